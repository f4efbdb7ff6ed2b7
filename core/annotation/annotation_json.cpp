#include "annotation/annotation_json.h"

#include "annotation/json_field_reader.h"
#include "util/iso_time.h"
#include "util/json_text.h"

#include <QJsonArray>

namespace galley {

using namespace Qt::StringLiterals;

namespace {

void appendProvenanceJson(QByteArray &out, const Provenance &provenance)
{
    JsonObjectWriter object(out);
    object.string("detector", provenance.detector);
    object.string("version", provenance.version);
    object.string("reviewer", provenance.reviewer);
    object.close();
}

Provenance readProvenance(const JsonFieldReader &object)
{
    if (!object.has(u"provenance"_s))
        return {};
    const JsonFieldReader fields = object.object(u"provenance"_s);
    return {fields.optionalString(u"detector"_s), fields.optionalString(u"version"_s),
            fields.optionalString(u"reviewer"_s)};
}

void appendDomPointJson(QByteArray &out, const DomPoint &point)
{
    JsonObjectWriter object(out);
    object.string("node", point.nodePath);
    object.number("offset", point.offset);
    object.close();
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

void appendTimestampJson(QByteArray &out, const QDateTime &time)
{
    if (!time.isValid()) {
        out += "null";
        return;
    }
    out += '"';
    out += isoUtcTimestamp(time);
    out += '"';
}

void appendSpanJson(QByteArray &out, const Span &span, const CodePointIndex &index)
{
    JsonObjectWriter object(out);
    object.string("id", span.id);
    object.string("label", span.label);
    object.number("start", index.toCodePoints(span.start));
    object.number("end", index.toCodePoints(span.end));
    object.string("text", span.text);
    JsonObjectWriter quote(object.key("quote"));
    quote.string("exact", span.quote.exact);
    quote.string("prefix", span.quote.prefix);
    quote.string("suffix", span.quote.suffix);
    quote.close();
    object.string("status", reviewStatusName(span.status));
    object.string("anchor", anchorStateName(span.anchor));
    appendProvenanceJson(object.key("provenance"), span.provenance);
    appendTimestampJson(object.key("created"), span.created);
    appendTimestampJson(object.key("modified"), span.modified);
    appendJsonValue(object.key("attributes"), span.attributes);
    if (span.dom) {
        // DOM ranges count as the DOM does (Range.startOffset): UTF-16 units of the node's data.
        JsonObjectWriter dom(object.key("dom"));
        dom.string("offset_unit", u"UTF-16 code unit");
        appendDomPointJson(dom.key("start"), span.dom->start);
        appendDomPointJson(dom.key("end"), span.dom->end);
        dom.close();
    }
    object.close();
}

void appendRelationJson(QByteArray &out, const Relation &relation)
{
    JsonObjectWriter object(out);
    object.string("id", relation.id);
    object.string("type", relation.type);
    object.string("from", relation.from);
    object.string("to", relation.to);
    object.string("status", reviewStatusName(relation.status));
    appendProvenanceJson(object.key("provenance"), relation.provenance);
    appendTimestampJson(object.key("created"), relation.created);
    appendTimestampJson(object.key("modified"), relation.modified);
    object.close();
}

void appendClusterJson(QByteArray &out, const Cluster &cluster)
{
    JsonObjectWriter object(out);
    object.string("id", cluster.id);
    object.string("label", cluster.label);
    object.string("canonical", cluster.canonical);
    object.close();
}

void appendDocumentFieldsJson(QByteArray &out, const DocumentFields &fields)
{
    JsonObjectWriter object(out);
    object.string("title", fields.title);
    appendJsonValue(object.key("byline"), fields.byline);
    object.string("published", fields.published);
    object.string("notes", fields.notes);
    object.string("status", documentStatusName(fields.status));
    object.close();
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
        if (object.has(u"attributes"_s)) {
            const JsonFieldReader attributes = object.object(u"attributes"_s);
            if (!attributes.json().isEmpty())
                span.attributes = attributes.json().toVariantMap();
        }
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
