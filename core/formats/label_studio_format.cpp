#include "formats/label_studio_format.h"

#include "text/code_point_index.h"
#include "formats/galley_fields.h"
#include "formats/galley_meta.h"

#include <QHash>

#include <algorithm>

namespace galley {

namespace {

using namespace Qt::StringLiterals;

const auto kGalleyKey = "galley"_L1;

enum class Part { Annotation, Prediction, Rejected };

// Where Label Studio is to show a span: what the reviewer decided is their annotation, what a
// detector found and nobody checked yet a prediction (a pre-annotation, not a labelled task),
// and what the reviewer rejected neither (it rides along in Galley's meta for the way back).
Part partOf(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Pending: return Part::Prediction;
    case ReviewStatus::Rejected: return Part::Rejected;
    default: return Part::Annotation;
    }
}

void appendSpanResult(QByteArray &results, const AnnotationSet &set, const CodePointIndex &index, const Span &span)
{
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
    // Label Studio shows a region's meta text as its note
    if (const QString note = span.attributes.value(QStringLiteral("note")).toString(); !note.isEmpty()) {
        JsonObjectWriter meta(result.key("meta"));
        meta.key("text") += '[';
        appendJsonString(results, note);
        results += ']';
        meta.close();
    }
    JsonObjectWriter fields(result.key("galley"));
    writeSpanFields(fields, span, set.text, span.attributes);
    fields.close();
    result.close();
}

void appendRelationResult(QByteArray &results, const Relation &relation, int index)
{
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
    writeRelationFields(fields, relation, index);
    fields.close();
    result.close();
}

QString modelVersion(const AnnotationSet &set)
{
    QStringList detectors;
    for (const Span &span : set.spans) {
        if (span.status == ReviewStatus::Pending && !span.provenance.detector.isEmpty()
            && !detectors.contains(span.provenance.detector))
            detectors.append(span.provenance.detector);
    }
    return detectors.isEmpty() ? QStringLiteral("galley") : detectors.join(u'+');
}

void appendTask(QByteArray &out, const AnnotationSet &set, int taskId)
{
    const CodePointIndex index(set.text);
    QHash<QString, Part> partOfSpan;
    QByteArray results[3];
    for (QByteArray &list : results)
        list = "[";
    for (const Span &span : set.spans) {
        const Part part = partOf(span.status);
        partOfSpan.insert(span.id, part);
        appendSpanResult(results[int(part)], set, index, span);
    }
    QByteArray otherRelations;   // to a cluster, or between spans of two parts: Label Studio relates regions of one result list
    for (int i = 0; i < set.relations.size(); ++i) {
        const Relation &relation = set.relations[i];
        const auto from = partOfSpan.constFind(relation.from);
        const auto to = partOfSpan.constFind(relation.to);
        if (from == partOfSpan.cend() || to == partOfSpan.cend() || *from != *to || *from == Part::Rejected) {
            otherRelations += otherRelations.isEmpty() ? '[' : ',';
            appendRelationJson(otherRelations, relation, i);
            continue;
        }
        appendRelationResult(results[int(*from)], relation, i);
    }
    for (QByteArray &list : results)
        list += ']';

    JsonObjectWriter task(out);
    task.number("id", taskId);
    JsonObjectWriter data(task.key("data"));
    data.string("text", set.text);
    data.close();
    QByteArray &annotations = task.key("annotations");
    annotations += '[';
    const bool reviewed = set.document.status == DocumentStatus::Done || set.document.status == DocumentStatus::Adjudicated
                          || std::any_of(set.spans.cbegin(), set.spans.cend(),
                                         [](const Span &span) { return span.status != ReviewStatus::Pending; });
    if (reviewed) {
        JsonObjectWriter annotation(annotations);
        annotation.number("id", taskId);
        if (!set.reviewer.isEmpty())
            annotation.string("completed_by", set.reviewer);
        annotation.key("was_cancelled") += "false";
        annotation.key("result") += results[int(Part::Annotation)];
        annotation.close();
    }
    annotations += ']';
    QByteArray &predictions = task.key("predictions");
    predictions += '[';
    if (results[int(Part::Prediction)] != "[]") {
        JsonObjectWriter prediction(predictions);
        prediction.number("id", taskId);
        prediction.string("model_version", modelVersion(set));
        prediction.key("result") += results[int(Part::Prediction)];
        prediction.close();
    }
    predictions += ']';
    QList<std::pair<const char *, QByteArray>> extra;
    if (results[int(Part::Rejected)] != "[]")
        extra.append({"rejected", results[int(Part::Rejected)]});
    // The parts list spans apart; the set's own order comes back from this.
    QByteArray order = "[";
    for (const Span &span : set.spans) {
        if (order.size() > 1)
            order += ',';
        appendJsonString(order, span.id);
    }
    extra.append({"span_order", order + ']'});
    writeGalleyMeta(task, set, otherRelations, extra);
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
