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

std::optional<QString> protectedExportTarget(const FormatFiles &files, const QString &folder, const QString &pagePath)
{
    const QString page = pagePath.isEmpty() ? QString() : QFileInfo(pagePath).canonicalFilePath();
    for (const FormatFile &file : files) {
        const QFileInfo target(QDir(folder).filePath(file.name));
        if (!target.exists())
            continue;
        if ((!page.isEmpty() && target.canonicalFilePath() == page) || isGalleysOwn(target.fileName()))
            return u"%1 is the page or the annotations Galley keeps for it: choose another folder or file name"_s.arg(
                QDir::toNativeSeparators(target.absoluteFilePath()));
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
