#include "formats/jsonl_format.h"

#include "formats/galley_fields.h"
#include "formats/galley_meta.h"
#include "text/code_point_index.h"

#include <QSet>

namespace galley {

namespace {

using namespace Qt::StringLiterals;

const auto kGalleyKey = "galley"_L1;

void appendDocument(QByteArray &out, const AnnotationSet &set)
{
    const CodePointIndex index(set.text);
    JsonObjectWriter document(out);
    document.string("text", set.text);
    QByteArray &spans = document.key("spans");
    spans += '[';
    QSet<QString> spanIds;
    for (qsizetype i = 0; i < set.spans.size(); ++i) {
        const Span &span = set.spans[i];
        spanIds.insert(span.id);
        if (i > 0)
            spans += ',';
        JsonObjectWriter object(spans);
        object.string("id", span.id);
        object.number("start", index.toCodePoints(span.start));
        object.number("end", index.toCodePoints(span.end));
        object.string("label", span.label);
        JsonObjectWriter fields(object.key("galley"));
        writeSpanFields(fields, span, set.text, span.attributes);
        fields.close();
        object.close();
    }
    spans += ']';
    QByteArray &relations = document.key("relations");
    relations += '[';
    QByteArray otherRelations;   // to a cluster: no span for to_id to name
    for (int i = 0; i < set.relations.size(); ++i) {
        const Relation &relation = set.relations[i];
        if (!spanIds.contains(relation.from) || !spanIds.contains(relation.to)) {
            otherRelations += otherRelations.isEmpty() ? '[' : ',';
            appendRelationJson(otherRelations, relation, i);
            continue;
        }
        if (relations.back() != '[')
            relations += ',';
        JsonObjectWriter object(relations);
        object.string("id", relation.id);
        object.string("from_id", relation.from);
        object.string("to_id", relation.to);
        object.string("type", relation.type);
        JsonObjectWriter fields(object.key("galley"));
        writeRelationFields(fields, relation, i);
        fields.close();
        object.close();
    }
    relations += ']';
    writeGalleyMeta(document, set, otherRelations);
    document.close();
}

} // namespace

ExportResult writeJsonl(const QList<AnnotationSet> &sets, const QString &stem)
{
    QByteArray lines;
    for (const AnnotationSet &set : sets) {
        appendDocument(lines, set);
        lines += '\n';
    }
    return {{{stem + QStringLiteral(".jsonl"), lines}}, {}};
}

} // namespace galley
