#include "annotation/annotation_json.h"

#include "annotation/json_field_reader.h"
#include "util/iso_time.h"
#include "util/json_text.h"


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

Provenance readProvenance(JsonObjectReader object)
{
    Provenance provenance;
    while (object.next()) {
        if (object.is("detector"))
            provenance.detector = object.string();
        else if (object.is("version"))
            provenance.version = object.string();
        else if (object.is("reviewer"))
            provenance.reviewer = object.string();
        else
            object.skip();
    }
    return provenance;
}

void appendDomPointJson(QByteArray &out, const DomPoint &point)
{
    JsonObjectWriter object(out);
    object.string("node", point.nodePath);
    object.number("offset", point.offset);
    object.close();
}

DomPoint readDomPoint(JsonObjectReader point)
{
    DomPoint dom;
    bool hasNode = false, hasOffset = false;
    while (point.next()) {
        if (point.is("node")) {
            dom.nodePath = point.nonEmptyString();
            hasNode = true;
        } else if (point.is("offset")) {
            dom.offset = int(point.integer(0, std::numeric_limits<int>::max()));
            hasOffset = true;
        } else {
            point.skip();
        }
    }
    point.requireAll({{"node", hasNode}, {"offset", hasOffset}});
    return dom;
}

DomRange readDomRange(JsonObjectReader dom)
{
    DomRange range;
    bool hasStart = false, hasEnd = false;
    while (dom.next()) {
        if (dom.is("start")) {
            range.start = readDomPoint(dom.object());
            hasStart = true;
        } else if (dom.is("end")) {
            range.end = readDomPoint(dom.object());
            hasEnd = true;
        } else if (dom.is("offset_unit")) {
            const qsizetype offset = dom.valueOffset();
            if (dom.string() != "UTF-16 code unit"_L1)
                dom.fail(offset, u"DOM offsets must be in \"UTF-16 code unit\"s, as the DOM counts"_s);
        } else {
            dom.skip();
        }
    }
    dom.requireAll({{"start", hasStart}, {"end", hasEnd}});
    return range;
}

TextQuote readQuote(JsonObjectReader quote)
{
    TextQuote read;
    bool hasExact = false;
    while (quote.next()) {
        if (quote.is("exact")) {
            read.exact = quote.string();
            hasExact = true;
        } else if (quote.is("prefix")) {
            read.prefix = quote.string();
        } else if (quote.is("suffix")) {
            read.suffix = quote.string();
        } else {
            quote.skip();
        }
    }
    quote.requireAll({{"exact", hasExact}});
    return read;
}

const QString kReviewStates = u"pending, accepted, rejected, edited or added"_s;

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

Expected<Span, JsonProblem> spanFromJson(JsonPullParser &parser, const QStringList &pointer,
                                         const CodePointIndex &index)
{
    return readJson<Span>([&] {
        JsonObjectReader object(parser, pointer);
        Span span;
        double start = -1, end = -1;
        qsizetype startOffset = 0, endOffset = 0;
        bool hasId = false, hasLabel = false, hasText = false, hasQuote = false, hasStatus = false, hasAnchor = false;
        while (object.next()) {
            if (object.is("id")) {
                span.id = object.nonEmptyString();
                hasId = true;
            } else if (object.is("label")) {
                span.label = object.nonEmptyString();
                hasLabel = true;
            } else if (object.is("start")) {
                startOffset = object.valueOffset();
                start = double(object.integer(0, std::numeric_limits<int>::max()));
            } else if (object.is("end")) {
                endOffset = object.valueOffset();
                end = double(object.integer(0, std::numeric_limits<int>::max()));
            } else if (object.is("text")) {
                span.text = object.string();
                hasText = true;
            } else if (object.is("quote")) {
                span.quote = readQuote(object.object());
                hasQuote = true;
            } else if (object.is("status")) {
                span.status = object.named<ReviewStatus>(reviewStatusFromName, kReviewStates);
                hasStatus = true;
            } else if (object.is("anchor")) {
                span.anchor = object.named<AnchorState>(anchorStateFromName, u"anchored, moved, fuzzy or orphaned"_s);
                hasAnchor = true;
            } else if (object.is("provenance")) {
                span.provenance = readProvenance(object.object());
            } else if (object.is("created")) {
                span.created = object.optionalTimestamp();
            } else if (object.is("modified")) {
                span.modified = object.optionalTimestamp();
            } else if (object.is("attributes")) {
                span.attributes = object.variantMap();
            } else if (object.is("dom")) {
                span.dom = readDomRange(object.object());
            } else {
                object.skip();
            }
        }
        object.requireAll({{"id", hasId}, {"label", hasLabel}, {"start", start >= 0}, {"end", end >= 0},
                           {"text", hasText}, {"quote", hasQuote}, {"status", hasStatus}, {"anchor", hasAnchor}});
        const double length = double(index.codePointLength());
        if (start > length)
            throw JsonProblem{pointer + QStringList{u"start"_s},
                              u"%1 is past the end of the text (%2 code points)"_s.arg(start).arg(length), startOffset};
        if (end < start || end > length)
            throw JsonProblem{pointer + QStringList{u"end"_s},
                              u"%1 is outside %2…%3 (the start and the end of the text, in code points)"_s.arg(end)
                                  .arg(start).arg(length), endOffset};
        span.start = int(index.toUtf16(qsizetype(start)));
        span.end = int(index.toUtf16(qsizetype(end)));
        return span;
    });
}

Expected<Relation, JsonProblem> relationFromJson(JsonPullParser &parser, const QStringList &pointer)
{
    return readJson<Relation>([&] {
        JsonObjectReader object(parser, pointer);
        Relation relation;
        bool hasId = false, hasType = false, hasFrom = false, hasTo = false, hasStatus = false;
        while (object.next()) {
            if (object.is("id")) {
                relation.id = object.nonEmptyString();
                hasId = true;
            } else if (object.is("type")) {
                relation.type = object.nonEmptyString();
                hasType = true;
            } else if (object.is("from")) {
                relation.from = object.nonEmptyString();
                hasFrom = true;
            } else if (object.is("to")) {
                relation.to = object.nonEmptyString();
                hasTo = true;
            } else if (object.is("status")) {
                relation.status = object.named<ReviewStatus>(reviewStatusFromName, kReviewStates);
                hasStatus = true;
            } else if (object.is("provenance")) {
                relation.provenance = readProvenance(object.object());
            } else if (object.is("created")) {
                relation.created = object.optionalTimestamp();
            } else if (object.is("modified")) {
                relation.modified = object.optionalTimestamp();
            } else {
                object.skip();
            }
        }
        object.requireAll({{"id", hasId}, {"type", hasType}, {"from", hasFrom}, {"to", hasTo}, {"status", hasStatus}});
        return relation;
    });
}

Expected<Cluster, JsonProblem> clusterFromJson(JsonPullParser &parser, const QStringList &pointer)
{
    return readJson<Cluster>([&] {
        JsonObjectReader object(parser, pointer);
        Cluster cluster;
        bool hasId = false, hasLabel = false;
        while (object.next()) {
            if (object.is("id")) {
                cluster.id = object.nonEmptyString();
                hasId = true;
            } else if (object.is("label")) {
                cluster.label = object.nonEmptyString();
                hasLabel = true;
            } else if (object.is("canonical")) {
                cluster.canonical = object.string();
            } else {
                object.skip();
            }
        }
        object.requireAll({{"id", hasId}, {"label", hasLabel}});
        return cluster;
    });
}

Expected<DocumentFields, JsonProblem> documentFieldsFromJson(JsonPullParser &parser, const QStringList &pointer)
{
    return readJson<DocumentFields>([&] {
        JsonObjectReader object(parser, pointer);
        DocumentFields fields;
        bool hasStatus = false;
        while (object.next()) {
            if (object.is("title")) {
                fields.title = object.string();
            } else if (object.is("byline")) {
                fields.byline = object.stringList();
            } else if (object.is("published")) {
                fields.published = object.string();
            } else if (object.is("notes")) {
                fields.notes = object.string();
            } else if (object.is("status")) {
                fields.status = object.named<DocumentStatus>(documentStatusFromName,
                                                             u"not-started, in-progress, done or adjudicated"_s);
                hasStatus = true;
            } else {
                object.skip();
            }
        }
        object.requireAll({{"status", hasStatus}});
        return fields;
    });
}

} // namespace galley
