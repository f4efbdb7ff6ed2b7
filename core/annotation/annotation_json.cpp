#include "annotation/annotation_json.h"

#include "annotation/json_field_reader.h"

#include <QJsonArray>

namespace galley {

using namespace Qt::StringLiterals;

namespace {

QJsonObject provenanceJson(const Provenance &provenance)
{
    return {{"detector"_L1, provenance.detector},
            {"version"_L1, provenance.version},
            {"reviewer"_L1, provenance.reviewer}};
}

Provenance readProvenance(const JsonFieldReader &object)
{
    if (!object.has(u"provenance"_s))
        return {};
    const JsonFieldReader fields = object.object(u"provenance"_s);
    return {fields.optionalString(u"detector"_s), fields.optionalString(u"version"_s),
            fields.optionalString(u"reviewer"_s)};
}

QJsonObject domPointJson(const DomPoint &point)
{
    return {{"node"_L1, point.nodePath}, {"offset"_L1, point.offset}};
}

DomPoint readDomPoint(const JsonFieldReader &point)
{
    return {point.string(u"node"_s), int(point.integer(u"offset"_s, 0, std::numeric_limits<int>::max()))};
}

ReviewStatus readReviewStatus(const JsonFieldReader &object)
{
    return object.named<ReviewStatus>(u"status"_s, reviewStatusFromName, u"pending, accepted, rejected, edited or added"_s);
}

} // namespace

QJsonValue timestampJson(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    const QDateTime utc = time.toUTC();
    return utc.time().msec() == 0 ? utc.toString(Qt::ISODate) : utc.toString(Qt::ISODateWithMs);
}

QJsonObject spanJson(const Span &span, const CodePointIndex &index)
{
    QJsonObject json{
        {"id"_L1, span.id},
        {"label"_L1, span.label},
        {"start"_L1, index.toCodePoints(span.start)},
        {"end"_L1, index.toCodePoints(span.end)},
        {"text"_L1, span.text},
        {"quote"_L1, QJsonObject{{"exact"_L1, span.quote.exact}, {"prefix"_L1, span.quote.prefix},
                                 {"suffix"_L1, span.quote.suffix}}},
        {"status"_L1, reviewStatusName(span.status)},
        {"anchor"_L1, anchorStateName(span.anchor)},
        {"provenance"_L1, provenanceJson(span.provenance)},
        {"created"_L1, timestampJson(span.created)},
        {"modified"_L1, timestampJson(span.modified)},
        {"attributes"_L1, QJsonObject::fromVariantMap(span.attributes)},
    };
    if (span.dom) {
        // DOM ranges count as the DOM does (Range.startOffset): UTF-16 units of the node's data.
        json.insert("dom"_L1, QJsonObject{{"offset_unit"_L1, "UTF-16 code unit"_L1},
                                          {"start"_L1, domPointJson(span.dom->start)},
                                          {"end"_L1, domPointJson(span.dom->end)}});
    }
    return json;
}

QJsonObject relationJson(const Relation &relation)
{
    return {{"id"_L1, relation.id},
            {"type"_L1, relation.type},
            {"from"_L1, relation.from},
            {"to"_L1, relation.to},
            {"status"_L1, reviewStatusName(relation.status)},
            {"provenance"_L1, provenanceJson(relation.provenance)},
            {"created"_L1, timestampJson(relation.created)},
            {"modified"_L1, timestampJson(relation.modified)}};
}

QJsonObject clusterJson(const Cluster &cluster)
{
    return {{"id"_L1, cluster.id}, {"label"_L1, cluster.label}, {"canonical"_L1, cluster.canonical}};
}

QJsonObject documentFieldsJson(const DocumentFields &fields)
{
    return {{"title"_L1, fields.title},
            {"byline"_L1, QJsonArray::fromStringList(fields.byline)},
            {"published"_L1, fields.published},
            {"notes"_L1, fields.notes},
            {"status"_L1, documentStatusName(fields.status)}};
}

Expected<Span, JsonProblem> spanFromJson(const QJsonValue &json, const CodePointIndex &index)
{
    return readJson<Span>([&] {
        const JsonFieldReader object(json);
        Span span;
        span.id = object.nonEmptyString(u"id"_s);
        span.label = object.nonEmptyString(u"label"_s);
        const qsizetype length = index.codePointLength();
        const qsizetype start = object.integer(u"start"_s, 0, length);
        const qsizetype end = object.integer(u"end"_s, start, length);
        span.start = int(index.toUtf16(start));
        span.end = int(index.toUtf16(end));
        span.text = object.string(u"text"_s);
        const JsonFieldReader quote = object.object(u"quote"_s);
        span.quote = {quote.string(u"exact"_s), quote.string(u"prefix"_s), quote.string(u"suffix"_s)};
        span.status = readReviewStatus(object);
        span.anchor = object.named<AnchorState>(u"anchor"_s, anchorStateFromName,
                                                u"anchored, moved, fuzzy or orphaned"_s);
        span.provenance = readProvenance(object);
        span.created = object.optionalTimestamp(u"created"_s);
        span.modified = object.optionalTimestamp(u"modified"_s);
        if (object.has(u"attributes"_s))
            span.attributes = object.object(u"attributes"_s).json().toVariantMap();
        if (object.has(u"dom"_s)) {
            const JsonFieldReader dom = object.object(u"dom"_s);
            span.dom = DomRange{readDomPoint(dom.object(u"start"_s)), readDomPoint(dom.object(u"end"_s))};
        }
        return span;
    });
}

Expected<Relation, JsonProblem> relationFromJson(const QJsonValue &json)
{
    return readJson<Relation>([&] {
        const JsonFieldReader object(json);
        Relation relation;
        relation.id = object.nonEmptyString(u"id"_s);
        relation.type = object.nonEmptyString(u"type"_s);
        relation.from = object.nonEmptyString(u"from"_s);
        relation.to = object.nonEmptyString(u"to"_s);
        relation.status = readReviewStatus(object);
        relation.provenance = readProvenance(object);
        relation.created = object.optionalTimestamp(u"created"_s);
        relation.modified = object.optionalTimestamp(u"modified"_s);
        return relation;
    });
}

Expected<Cluster, JsonProblem> clusterFromJson(const QJsonValue &json)
{
    return readJson<Cluster>([&] {
        const JsonFieldReader object(json);
        return Cluster{object.nonEmptyString(u"id"_s), object.nonEmptyString(u"label"_s),
                       object.string(u"canonical"_s)};
    });
}

Expected<DocumentFields, JsonProblem> documentFieldsFromJson(const QJsonValue &json)
{
    return readJson<DocumentFields>([&] {
        const JsonFieldReader object(json);
        DocumentFields fields;
        fields.title = object.string(u"title"_s);
        fields.byline = object.stringList(u"byline"_s);
        fields.published = object.string(u"published"_s);
        fields.notes = object.string(u"notes"_s);
        fields.status = object.named<DocumentStatus>(u"status"_s, documentStatusFromName,
                                                     u"not-started, in-progress, done or adjudicated"_s);
        return fields;
    });
}

} // namespace galley
