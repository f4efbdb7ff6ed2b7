#pragma once

#include <QStringList>

class QSplitter;

namespace galley {

// Names a splitter's handles for assistive tools, in order: `names[i]` for the handle between
// widget i and widget i + 1. Call once the widgets are added.
void nameSplitterHandles(QSplitter *splitter, const QStringList &names);

} // namespace galley
