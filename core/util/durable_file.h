#pragma once

#include "util/expected.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace galley {

struct FileError
{
    QString message;
};

// Replaces `path` with `bytes` so that a crash at any instant leaves either the old or the new
// content: QSaveFile writes a temporary file, which is fsync'd and renamed over `path`, then
// the folder is fsync'd so the rename itself survives a power cut. Returns the bytes written.
Expected<qint64, FileError> writeFileAtomically(const QString &path, const QByteArray &bytes);

// fsync of the folder holding `path`: makes a created, renamed or removed entry durable.
bool syncFolderOf(const QString &path);

// Copies `path` to "PATH.REASON-YYYYmmddTHHMMSS" (UTC; "-2", "-3", … when taken) and returns
// the copy's path. The original is left untouched.
Expected<QString, FileError> backUpFile(const QString &path, const QString &reason,
                                      const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace galley
