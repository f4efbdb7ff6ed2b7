#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace galley {

// One file a format writes or reads: its name (a bare file name on export, the path as given
// on import) and its bytes.
struct FormatFile
{
    QString name;
    QByteArray content;
};

using FormatFiles = QList<FormatFile>;

// What an export produced, and what the format could not carry (one sentence each).
struct ExportResult
{
    FormatFiles files;
    QStringList warnings;
};

} // namespace galley
