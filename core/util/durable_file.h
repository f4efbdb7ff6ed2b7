#pragma once

#include "util/expected.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

namespace galley {

struct FileError
{
    QString message;
};

// Replaces `path` with `bytes` so that a crash at any instant leaves either the old or the new
// content: QSaveFile writes a temporary file, which is fsync'd and renamed over `path`, then
// the folder is fsync'd so the rename itself survives a power cut. Returns the bytes written.
Expected<qint64, FileError> writeFileAtomically(const QString &path, const QByteArray &bytes);

// Removes what a writeFileAtomically() killed before its rename leaves behind: QSaveFile's
// temporary "PATH.XXXXXX" (six letters or digits), only when `isUnfinished` says its contents
// are an unfinished write, so a reviewer's own file of such a name is never touched. Returns
// the removed paths.
QStringList removeInterruptedWrites(const QString &path, const std::function<bool(const QByteArray &)> &isUnfinished);

// fsync of the folder holding `path`: makes a created, renamed or removed entry durable.
bool syncFolderOf(const QString &path);

// Copies `path` to "PATH.REASON-YYYYmmddTHHMMSS" (UTC; "-2", "-3", … when taken) and returns
// the copy's path; when an earlier copy for the same reason holds the same bytes, returns that
// one instead of making another. The original is left untouched.
Expected<QString, FileError> backUpFile(const QString &path, const QString &reason,
                                      const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace galley
