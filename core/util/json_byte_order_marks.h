#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace galley {

// JSON for QJsonDocument::fromJson, which drops a U+FEFF opening a string as QString::fromUtf8
// does: each raw one is written as the escape \ufeff, which it keeps. One before the document (a
// Windows editor's byte order mark) is left out.
QByteArray jsonKeepingByteOrderMarks(QByteArrayView json);

} // namespace galley
