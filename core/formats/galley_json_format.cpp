#include "formats/galley_json_format.h"

#include "annotation/annotation_file.h"
#include "formats/export_stem.h"

namespace galley {

ExportResult writeGalleyJson(const QList<AnnotationSet> &sets, const QString &stem)
{
    ExportResult result;
    for (int i = 0; i < sets.size(); ++i) {
        const QString name = documentStem(stem, sets, i);
        result.files.append({name + QStringLiteral(".galley.json"), annotationFileJson(sets[i])});
    }
    return result;
}

Expected<QList<AnnotationSet>, FormatError> readGalleyJson(const FormatFiles &files)
{
    const FormatFile &file = files.constFirst();
    auto set = parseAnnotationFile(file.content, file.name);
    if (!set)
        return FormatError{set.error().fileName, set.error().line, set.error().problem};
    return QList<AnnotationSet>{std::move(*set)};
}

} // namespace galley
