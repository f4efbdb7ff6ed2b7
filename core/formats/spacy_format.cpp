#include "formats/spacy_format.h"

#include "formats/label_family.h"
#include "text/code_point_index.h"
#include "text/tokenizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

namespace galley {

namespace {

using namespace Qt::StringLiterals;

QJsonObject spanJson(const Span &span, const CodePointIndex &index)
{
    return {{"start"_L1, index.toCodePoints(span.start)}, {"end"_L1, index.toCodePoints(span.end)},
            {"label"_L1, span.label}};
}

QJsonObject docJson(const AnnotationSet &set, QStringList &warnings)
{
    const CodePointIndex index(set.text);
    QJsonArray tokens;
    const QList<Token> found = tokenize(set.text);
    for (qsizetype i = 0; i < found.size(); ++i)
        tokens.append(QJsonObject{{"id"_L1, i}, {"start"_L1, index.toCodePoints(found[i].start)},
                                  {"end"_L1, index.toCodePoints(found[i].end)}});
    QJsonArray ents;
    for (const Span *span : nonOverlappingEntities(set, warnings))
        ents.append(spanJson(*span, index));
    std::map<QString, QJsonArray> groups;
    for (const Span &span : set.spans) {
        if (span.status != ReviewStatus::Rejected)
            groups[labelFamily(span.label)].append(spanJson(span, index));
    }
    QJsonObject spans;
    for (const auto &[group, members] : groups)
        spans.insert(group, members);
    return {{"text"_L1, set.text}, {"tokens"_L1, tokens}, {"ents"_L1, ents}, {"spans"_L1, spans}};
}

} // namespace

ExportResult writeSpacy(const QList<AnnotationSet> &sets, const QString &stem)
{
    ExportResult result;
    QByteArray out;
    for (const AnnotationSet &set : sets) {
        const QJsonDocument doc(docJson(set, result.warnings));
        out += sets.size() == 1 ? doc.toJson(QJsonDocument::Indented) : doc.toJson(QJsonDocument::Compact) + '\n';
    }
    result.files.append({stem + (sets.size() == 1 ? QStringLiteral(".json") : QStringLiteral(".jsonl")), out});
    return result;
}

} // namespace galley
