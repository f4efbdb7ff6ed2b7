#include "formats/export_targets.h"

#include "formats/brat_conf_merge.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace galley {

namespace {

using namespace Qt::StringLiterals;

bool isCollectionFile(const QString &name) { return name == "annotation.conf"_L1; }

bool isGalleysOwn(const QString &name)
{
    // the annotation file, its lock and journal, and the backups import and recovery keep
    return name.contains(".galley.json"_L1) || name.endsWith(".journal"_L1);
}

// The saved page whose annotation file or journal `target` would be ("story.txt.galley.json",
// "archive.warc.gz.record-1.galley.json.journal" → the page), empty when it is none.
QString pageOfAnnotationPath(const QFileInfo &target)
{
    static const QRegularExpression suffix(QStringLiteral("(\\.record-[0-9]+)?\\.galley\\.json(\\.journal|\\.lock)?$"));
    QString path = target.absoluteFilePath();
    const auto match = suffix.match(path);
    if (!match.hasMatch())
        return {};
    path.truncate(match.capturedStart());
    return path;
}

} // namespace

std::optional<QString> protectedExportTarget(const FormatFiles &files, const QString &folder, const QStringList &pagePaths,
                                             bool annotationFiles)
{
    QStringList pages;
    for (const QString &path : pagePaths) {
        if (!path.isEmpty() && QFileInfo::exists(path))
            pages.append(QFileInfo(path).canonicalFilePath());
    }
    for (const FormatFile &file : files) {
        const QFileInfo target(QDir(folder).filePath(file.name));
        // an annotation file or journal a page beside it will read, even before there is one
        const QString owner = pageOfAnnotationPath(target);
        const bool seedsAnnotations = annotationFiles && target.fileName().endsWith(".galley.json"_L1);
        if (!owner.isEmpty() && QFileInfo::exists(owner) && !(seedsAnnotations && !target.exists()))
            return QDir::toNativeSeparators(target.absoluteFilePath());
        if (!target.exists())
            continue;
        // a page exported, Galley's own file, or another page with review work beside it
        if (pages.contains(target.canonicalFilePath()) || isGalleysOwn(target.fileName())
            || QFileInfo::exists(target.absoluteFilePath() + ".galley.json"_L1))
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
