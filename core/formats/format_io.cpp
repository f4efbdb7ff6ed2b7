#include "formats/format_io.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace galley {

Expected<QList<AnnotationSet>, FormatError> importAnnotations(const AnnotationFormat &format, const QString &path)
{
    if (!format.read)
        return FormatError{path, 0, QStringLiteral("%1 is an export-only format").arg(format.name)};
    QStringList paths{path};
    const QFileInfo info(path);
    for (const QString &suffix : QString(format.siblingSuffixes).split(u' ', Qt::SkipEmptyParts)) {
        const QString sibling = info.path() + u'/' + info.completeBaseName() + u'.' + suffix;
        if (info.suffix() != suffix)
            paths.append(sibling);
    }
    FormatFiles files;
    for (const QString &name : paths) {
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly))
            return FormatError{name, 0, QStringLiteral("cannot read the file: ") + file.errorString()};
        files.append({name, file.readAll()});
    }
    return importFormatFiles(format, files);
}

Expected<QList<AnnotationSet>, FormatError> importFormatFiles(const AnnotationFormat &format, const FormatFiles &files)
{
    if (!format.read)
        return FormatError{files.value(0).name, 0, QStringLiteral("%1 is an export-only format").arg(format.name)};
    // Each reader checks ids and references where it knows the file and line.
    return format.read(files);
}

std::optional<QString> writeFormatFiles(const FormatFiles &files, const QString &folder)
{
    for (const FormatFile &file : files) {
        const QString path = QDir(folder).filePath(file.name);
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(file.content) != file.content.size() || !out.commit())
            return path + QStringLiteral(": cannot write: ") + out.errorString();
    }
    return std::nullopt;
}

} // namespace galley
