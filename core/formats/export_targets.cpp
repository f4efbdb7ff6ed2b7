#include "formats/export_targets.h"

#include "formats/brat_conf_merge.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace galley {

namespace {

using namespace Qt::StringLiterals;

bool isCollectionFile(const QString &name) { return name == "annotation.conf"_L1; }

bool isGalleysOwn(const QString &name)
{
    // the annotation file, its lock and journal, and the backups import and recovery keep
    return name.contains(".galley.json"_L1) || name.endsWith(".journal"_L1);
}

} // namespace

std::optional<QString> protectedExportTarget(const FormatFiles &files, const QString &folder, const QStringList &pagePaths)
{
    QStringList pages;
    for (const QString &path : pagePaths) {
        if (!path.isEmpty() && QFileInfo::exists(path))
            pages.append(QFileInfo(path).canonicalFilePath());
    }
    for (const FormatFile &file : files) {
        const QFileInfo target(QDir(folder).filePath(file.name));
        if (target.exists() && (pages.contains(target.canonicalFilePath()) || isGalleysOwn(target.fileName())))
            return QDir::toNativeSeparators(target.absoluteFilePath());
    }
    return std::nullopt;
}

QStringList replacedExportFiles(const FormatFiles &files, const QString &folder)
{
    QStringList replaced;
    for (const FormatFile &file : files) {
        if (!isCollectionFile(file.name) && QFileInfo::exists(QDir(folder).filePath(file.name)))
            replaced.append(file.name);
    }
    return replaced;
}

FormatFiles withCollectionFilesMerged(FormatFiles files, const QString &folder)
{
    for (FormatFile &file : files) {
        if (!isCollectionFile(file.name))
            continue;
        QFile existing(QDir(folder).filePath(file.name));
        if (existing.open(QIODevice::ReadOnly))
            file.content = mergedBratConf(existing.readAll(), file.content);
    }
    return files;
}

} // namespace galley
