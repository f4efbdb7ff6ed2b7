#include "formats/label_studio_format.h"

#include "text/code_point_index.h"
#include "formats/galley_fields.h"
#include "formats/galley_meta.h"

#include <QSet>

namespace galley {

namespace {

using namespace Qt::StringLiterals;

const auto kGalleyKey = "galley"_L1;

void appendTask(QByteArray &out, const AnnotationSet &set, int taskId)
{
    const CodePointIndex index(set.text);
    JsonObjectWriter task(out);
    task.number("id", taskId);
    JsonObjectWriter data(task.key("data"));
    data.string("text", set.text);
    data.close();
    QByteArray &annotations = task.key("annotations");
    annotations += '[';
    JsonObjectWriter annotation(annotations);
    annotation.number("id", taskId);
    if (!set.reviewer.isEmpty())
        annotation.string("completed_by", set.reviewer);
    annotation.key("was_cancelled") += "false";
    QByteArray &results = annotation.key("result");
    results += '[';
    QSet<QString> spanIds;
    for (const Span &span : set.spans) {
        spanIds.insert(span.id);
        if (results.back() != '[')
            results += ',';
        JsonObjectWriter result(results);
        result.string("id", span.id);
        result.string("from_name", u"label");
        result.string("to_name", u"text");
        result.string("type", u"labels");
        result.string("origin", span.provenance.detector.isEmpty() ? u"manual" : u"prediction");
        // Label Studio's own field for how sure a prediction is (0 … 1)
        if (const QVariant confidence = span.attributes.value(QStringLiteral("confidence")); confidence.isValid())
            appendJsonValue(result.key("score"), confidence);
        JsonObjectWriter value(result.key("value"));
        value.number("start", index.toCodePoints(span.start));
        value.number("end", index.toCodePoints(span.end));
        value.string("text", QStringView(set.text).mid(span.start, span.end - span.start));
        value.key("labels") += '[';
        appendJsonString(results, span.label);
        results += ']';
        value.close();
        JsonObjectWriter fields(result.key("galley"));
        writeSpanFields(fields, span, set.text, span.attributes);
        fields.close();
        result.close();
    }
    QByteArray otherRelations;   // to a cluster: Label Studio relates regions only
    for (int i = 0; i < set.relations.size(); ++i) {
        const Relation &relation = set.relations[i];
        if (!spanIds.contains(relation.from) || !spanIds.contains(relation.to)) {
            otherRelations += otherRelations.isEmpty() ? '[' : ',';
            appendRelationJson(otherRelations, relation, i);
            continue;
        }
        if (results.back() != '[')
            results += ',';
        JsonObjectWriter result(results);
        result.string("from_id", relation.from);
        result.string("to_id", relation.to);
        result.string("type", u"relation");
        result.string("direction", u"right");
        result.key("labels") += '[';
        appendJsonString(results, relation.type);
        results += ']';
        JsonObjectWriter fields(result.key("galley"));
        writeRelationFields(fields, relation, i);
        fields.close();
        result.close();
    }
    results += ']';
    annotation.close();
    annotations += ']';
    task.key("predictions") += "[]";
    writeGalleyMeta(task, set, otherRelations);
    task.close();
}

} // namespace

ExportResult writeLabelStudio(const QList<AnnotationSet> &sets, const QString &stem)
{
    // One task a line, for diffs and for reading errors by line.
    QByteArray tasks = "[\n";
    for (int i = 0; i < sets.size(); ++i) {
        if (i > 0)
            tasks += ",\n";
        appendTask(tasks, sets[i], i + 1);
    }
    tasks += "\n]\n";
    return {{{stem + QStringLiteral(".json"), tasks}}, {}};
}

} // namespace galley
