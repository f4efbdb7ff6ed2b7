#include "util/durable_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

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

namespace {

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// An existing "PATH.REASON-…" copy with the same bytes as `path`, or empty.
QString identicalBackup(const QString &path, const QString &reason)
{
    const QFileInfo original(path);
    const QDir folder = original.absoluteDir();
    const QStringList candidates = folder.entryList({original.fileName() + u'.' + reason + u"-*"_s}, QDir::Files);
    if (candidates.isEmpty())
        return {};
    const QByteArray bytes = contentsOf(path);
    for (const QString &candidate : candidates) {
        const QString candidatePath = folder.filePath(candidate);
        if (QFileInfo(candidatePath).size() == bytes.size() && contentsOf(candidatePath) == bytes)
            return candidatePath;
    }
    return {};
}

} // namespace

Expected<QString, FileError> backUpFile(const QString &path, const QString &reason, const QDateTime &now)
{
    if (const QString earlier = identicalBackup(path, reason); !earlier.isEmpty())
        return earlier;
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

QStringList removeInterruptedWrites(const QString &path, const std::function<bool(const QByteArray &)> &isUnfinished)
{
    const QFileInfo target(path);
    const QDir folder = target.absoluteDir();
    static const QRegularExpression kTemporarySuffix(u"^\\.[A-Za-z0-9]{6}$"_s);
    QStringList removed;
    for (const QString &name : folder.entryList({target.fileName() + u".??????"_s}, QDir::Files)) {
        if (!kTemporarySuffix.match(QStringView(name).sliced(target.fileName().size())).hasMatch())
            continue;
        const QString candidate = folder.filePath(name);
        QFile file(candidate);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray contents = file.readAll();
        file.close();
        if (isUnfinished(contents) && QFile::remove(candidate))
            removed.append(candidate);
    }
    return removed;
}

} // namespace galley
