#pragma once

#include <QString>
#include <QStringList>

namespace galley {

// Author names from a byline as pages write it: "By Jane Doe and John Roe, Staff Writers |
// Updated March 3, 2025" gives ["Jane Doe", "John Roe"]. Drops "By"/"Written by", roles,
// dates, e-mail addresses and URLs. Empty when nothing looks like a name.
QStringList cleanByline(const QString &byline);

// Adds names not yet in `names` (case-insensitive), keeping order.
void appendNewNames(QStringList &names, const QStringList &more);

} // namespace galley
