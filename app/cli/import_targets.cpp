#include "import_targets.h"

#include "util/durable_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryFile>

#include <cstdio>
#include <memory>
#include <vector>
#include <sys/stat.h>
#include <unistd.h>

using namespace galley;

namespace {

QString journalOf(const QString &path)
{
    return path + QStringLiteral(".journal");
}

std::optional<QString> checkTarget(const QString &path, bool force)
{
    for (const QString &existing : {path, journalOf(path)}) {
        const QFileInfo info(existing);
        if (!info.exists())
            continue;
        if (!info.isFile())
            return existing + QStringLiteral(": is not a file; nothing was imported");
        if (!force)
            return existing + (existing == path ? QStringLiteral(" exists and may hold review work")
                                                : QStringLiteral(" holds edits not saved yet"))
                   + QStringLiteral("; --force replaces it (keeping a backup)");
    }
    return std::nullopt;
}

// What a new file gets from open(2) with 0666 under the process's umask; a temporary file is
// made 0600, which would keep a shared folder's other readers out of the annotations.
QFileDevice::Permissions newFilePermissions()
{
    mode_t mask = 022;
    // Read, not set and set back: umask(2) would change it for every thread meanwhile.
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("Umask:"))
                mask = mode_t(line.mid(6).trimmed().toUInt(nullptr, 8));
        }
    }
    const mode_t mode = 0666 & ~mask;
    QFileDevice::Permissions permissions;
    const std::pair<mode_t, QFileDevice::Permissions> bits[] = {
        {S_IRUSR, QFileDevice::ReadOwner | QFileDevice::ReadUser}, {S_IWUSR, QFileDevice::WriteOwner | QFileDevice::WriteUser},
        {S_IRGRP, QFileDevice::ReadGroup}, {S_IWGRP, QFileDevice::WriteGroup},
        {S_IROTH, QFileDevice::ReadOther}, {S_IWOTH, QFileDevice::WriteOther}};
    for (const auto &[bit, permission] : bits) {
        if (mode & bit)
            permissions |= permission;
    }
    return permissions;
}

// A temporary file beside the target holding its content, flushed to disk, with the
// permissions of the file it replaces or of a new file; null on failure.
std::unique_ptr<QTemporaryFile> writeTemporary(const ImportTarget &target, QString &problem)
{
    auto file = std::make_unique<QTemporaryFile>(target.path + QStringLiteral(".import-XXXXXX"));
    const QFileDevice::Permissions permissions =
        QFileInfo::exists(target.path) ? QFile::permissions(target.path) : newFilePermissions();
    if (!file->open() || !file->setPermissions(permissions) || file->write(target.content) != target.content.size()
        || !file->flush() || ::fsync(file->handle()) != 0) {
        problem = target.path + QStringLiteral(": cannot write: ") + file->errorString();
        return nullptr;
    }
    return file;
}

// rename(2): replaces `to` in one step.
bool renameOver(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

// Undoes a replacement: the old file back from its backup copy, or no file when there was none.
bool putBack(const QString &path, const QString &backup)
{
    if (backup.isEmpty())
        return QFile::remove(path);
    const QString restored = path + QStringLiteral(".restore");
    QFile::remove(restored);
    return QFile::copy(backup, restored) && renameOver(restored, path);
}

} // namespace

std::optional<QString> writeImportTargets(const QList<ImportTarget> &targets, bool force, QStringList &backups)
{
    for (const ImportTarget &target : targets) {
        if (auto problem = checkTarget(target.path, force))
            return problem;
    }
    std::vector<std::unique_ptr<QTemporaryFile>> written;   // removed on return unless renamed
    for (const ImportTarget &target : targets) {
        QString problem;
        auto file = writeTemporary(target, problem);
        if (!file)
            return problem;
        written.push_back(std::move(file));
    }
    // Backups are copies: until the renames below the originals stay where they are. backUpFile()
    // may hand back an earlier copy with the same bytes; a failure removes only the new ones.
    QSet<QString> earlier;
    for (const ImportTarget &target : targets) {
        const QFileInfo info(target.path);
        for (const QString &name : info.dir().entryList({info.fileName() + QStringLiteral("*.before-import-*")}, QDir::Files))
            earlier.insert(info.dir().filePath(name));
    }
    const auto removeNew = [&earlier](const QStringList &copies) {
        for (const QString &copy : copies) {
            if (!earlier.contains(copy))
                QFile::remove(copy);
        }
    };
    QStringList made;
    QList<QString> fileBackups;   // of each target's old file; empty when it had none
    for (const ImportTarget &target : targets) {
        fileBackups.append(QString());
        for (const QString &existing : {target.path, journalOf(target.path)}) {
            if (!QFileInfo::exists(existing))
                continue;
            const auto backup = backUpFile(existing, QStringLiteral("before-import"));
            if (!backup) {
                removeNew(made);
                return existing + QStringLiteral(": cannot back up: ") + backup.error().message;
            }
            made.append(*backup);
            if (existing == target.path)
                fileBackups.last() = *backup;
        }
    }
    for (size_t i = 0; i < written.size(); ++i) {
        const QString path = targets[qsizetype(i)].path;
        if (!renameOver(written[i]->fileName(), path)) {
            // Puts back the files already replaced, from their backups.
            for (size_t j = 0; j < i; ++j) {
                const QString &replaced = targets[qsizetype(j)].path;
                if (!putBack(replaced, fileBackups[qsizetype(j)]))
                    return path + QStringLiteral(": cannot rename the written file into place, nor put back ")
                           + replaced + QStringLiteral(" (its backup: ") + fileBackups[qsizetype(j)] + u')';
            }
            removeNew(made);
            return path + QStringLiteral(": cannot rename the written file into place; nothing was imported");
        }
        written[i]->setAutoRemove(false);
        syncFolderOf(path);
    }
    for (const ImportTarget &target : targets) {
        if (QFileInfo::exists(journalOf(target.path)) && !QFile::remove(journalOf(target.path)))
            return journalOf(target.path) + QStringLiteral(": cannot remove the old journal (a copy is among ")
                   + made.join(QStringLiteral(", ")) + QStringLiteral("); remove it before opening the page");
    }
    backups = made;
    return std::nullopt;
}
