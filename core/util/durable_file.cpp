#include "util/durable_file.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <fcntl.h>
#include <unistd.h>

namespace galley {

using namespace Qt::StringLiterals;

Expected<qint64, FileError> writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return FileError{u"cannot write %1: %2"_s.arg(path, file.errorString())};
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        file.cancelWriting();
        return FileError{error};
    }
    if (::fsync(file.handle()) != 0) {
        file.cancelWriting();
        return FileError{u"cannot write %1: the disk did not confirm the data (fsync: %2)"_s.arg(path, QString::fromLocal8Bit(strerror(errno)))};
    }
    if (!file.commit())
        return FileError{u"cannot write %1: %2"_s.arg(path, file.errorString())};
    syncFolderOf(path);
    return qint64(bytes.size());
}

bool syncFolderOf(const QString &path)
{
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int descriptor = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (descriptor < 0)
        return false;
    const bool synced = ::fsync(descriptor) == 0;
    ::close(descriptor);
    return synced;
}

Expected<QString, FileError> backUpFile(const QString &path, const QString &reason, const QDateTime &now)
{
    const QString stem = u"%1.%2-%3"_s.arg(path, reason, now.toUTC().toString(u"yyyyMMdd'T'HHmmss"_s));
    QString backup = stem;
    for (int attempt = 2; QFile::exists(backup); ++attempt)
        backup = stem + u'-' + QString::number(attempt);
    QFile original(path);
    if (!original.copy(backup))
        return FileError{u"cannot copy %1 to %2: %3"_s.arg(path, backup, original.errorString())};
    syncFolderOf(backup);
    return backup;
}

} // namespace galley
