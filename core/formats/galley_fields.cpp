#include "formats/galley_fields.h"

#include "annotation/text_quote.h"
#include "util/iso_time.h"

#include <QJsonArray>

#include <algorithm>

namespace galley {

namespace {

using namespace Qt::StringLiterals;

void writeProvenance(JsonObjectWriter &object, const Provenance &provenance)
{
    if (provenance == Provenance{})
        return;
    JsonObjectWriter json(object.key("provenance"));
    if (!provenance.detector.isEmpty())
        json.string("detector", provenance.detector);
    if (!provenance.version.isEmpty())
        json.string("version", provenance.version);
    if (!provenance.reviewer.isEmpty())
        json.string("reviewer", provenance.reviewer);
    json.close();
}

Provenance provenanceFromJson(const QJsonObject &json)
{
    return {json.value("detector"_L1).toString(), json.value("version"_L1).toString(),
            json.value("reviewer"_L1).toString()};
}

void writeTime(JsonObjectWriter &object, const char *name, const QDateTime &time)
{
    if (time.isValid())
        object.key(name) += '"' + isoUtcTimestamp(time) + '"';
}

std::optional<QString> readTime(const QJsonValue &value, const QString &key, QDateTime &time)
{
    if (value.isNull())
        return std::nullopt;
    time = parseIsoTimestamp(value.toString());
    if (!time.isValid())
        return QStringLiteral("'%1' is no ISO 8601 time with its zone: '%2'").arg(key, value.toString());
    return std::nullopt;
}

DomPoint domPointFromJson(const QJsonObject &json)
{
    return {json.value("node"_L1).toString(), json.value("utf16_offset"_L1).toInt(-1)};
}

std::optional<QString> readStatus(const QJsonValue &value, ReviewStatus &status)
{
    const auto parsed = reviewStatusFromName(value.toString());
    if (!parsed)
        return QStringLiteral("unknown status '%1' (pending, accepted, rejected, edited or added)").arg(value.toString());
    status = *parsed;
    return std::nullopt;
}

} // namespace

void writeSpanFields(JsonObjectWriter &object, const Span &span, QStringView text, const QVariantMap &attributes,
                     bool withStatus)
{
    object.string("id", span.id);
    if (withStatus)
        object.string("status", reviewStatusName(span.status));
    writeProvenance(object, span.provenance);
    writeTime(object, "created", span.created);
    writeTime(object, "modified", span.modified);
    if (!attributes.isEmpty())
        appendJsonValue(object.key("attributes"), attributes);
    if (span.anchor != AnchorState::Anchored)
        object.string("anchor", anchorStateName(span.anchor));
    if (span.text != text.mid(span.start, span.end - span.start))
        object.string("text", span.text);
    if (span.quote != textQuoteAt(text, span.start, span.end)) {
        JsonObjectWriter quote(object.key("quote"));
        quote.string("exact", span.quote.exact);
        quote.string("prefix", span.quote.prefix);
        quote.string("suffix", span.quote.suffix);
        quote.close();
    }
    if (span.dom) {
        // A DOM offset counts UTF-16 units of the text node's data, as the DOM itself does; the
        // node's data is not at hand here to convert it.
        JsonObjectWriter dom(object.key("dom"));
        for (const auto &[name, point] : {std::pair{"start", &span.dom->start}, std::pair{"end", &span.dom->end}}) {
            JsonObjectWriter end(dom.key(name));
            end.string("node", point->nodePath);
            end.number("utf16_offset", point->offset);
            end.close();
        }
        dom.close();
    }
}

Span importedSpan(QString id, QString label, int start, int end, QStringView text)
{
    Span span;
    span.id = std::move(id);
    span.label = std::move(label);
    span.start = start;
    span.end = end;
    span.text = text.mid(start, end - start).toString();
    span.quote = textQuoteAt(text, start, end);
    span.status = ReviewStatus::Added;
    return span;
}

std::optional<QString> readSpanFields(const QJsonObject &fields, Span &span)
{
    // One pass over the members: a QJsonObject finds a key by scanning them all.
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (key == "id"_L1) {
            span.id = value.toString();
        } else if (key == "status"_L1) {
            if (auto problem = readStatus(value, span.status))
                return problem;
        } else if (key == "provenance"_L1) {
            span.provenance = provenanceFromJson(value.toObject());
        } else if (key == "created"_L1 || key == "modified"_L1) {
            if (auto problem = readTime(value, key, key == "created"_L1 ? span.created : span.modified))
                return problem;
        } else if (key == "attributes"_L1) {
            span.attributes = value.toObject().toVariantMap();
        } else if (key == "anchor"_L1) {
            const auto anchor = anchorStateFromName(value.toString());
            if (!anchor)
                return QStringLiteral("unknown anchor state '%1'").arg(value.toString());
            span.anchor = *anchor;
        } else if (key == "text"_L1) {
            span.text = value.toString();
        } else if (key == "quote"_L1) {
            const QJsonObject quote = value.toObject();
            span.quote = {quote.value("exact"_L1).toString(), quote.value("prefix"_L1).toString(),
                          quote.value("suffix"_L1).toString()};
        } else if (key == "dom"_L1) {
            const QJsonObject dom = value.toObject();
            span.dom = DomRange{domPointFromJson(dom.value("start"_L1).toObject()),
                                domPointFromJson(dom.value("end"_L1).toObject())};
        }
    }
    return std::nullopt;
}

void writeRelationFields(JsonObjectWriter &object, const Relation &relation, int index)
{
    object.string("id", relation.id);
    object.string("status", reviewStatusName(relation.status));
    object.number("n", index);
    writeProvenance(object, relation.provenance);
    writeTime(object, "created", relation.created);
    writeTime(object, "modified", relation.modified);
}

void appendRelationJson(QByteArray &out, const Relation &relation, int index)
{
    JsonObjectWriter object(out);
    writeRelationFields(object, relation, index);
    object.string("type", relation.type);
    object.string("from", relation.from);
    object.string("to", relation.to);
    object.close();
}

std::optional<QString> readRelationFields(const QJsonObject &fields, Relation &relation, int &index)
{
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (key == "id"_L1) {
            relation.id = value.toString();
        } else if (key == "status"_L1) {
            if (auto problem = readStatus(value, relation.status))
                return problem;
        } else if (key == "provenance"_L1) {
            relation.provenance = provenanceFromJson(value.toObject());
        } else if (key == "created"_L1 || key == "modified"_L1) {
            if (auto problem = readTime(value, key, key == "created"_L1 ? relation.created : relation.modified))
                return problem;
        } else if (key == "n"_L1) {
            index = value.toInt(-1);
        }
    }
    return std::nullopt;
}

std::optional<QString> readRelationJson(const QJsonObject &json, Relation &relation, int &index)
{
    relation.status = ReviewStatus::Added;
    relation.type = json.value("type"_L1).toString();
    relation.from = json.value("from"_L1).toString();
    relation.to = json.value("to"_L1).toString();
    if (relation.type.isEmpty() || relation.from.isEmpty() || relation.to.isEmpty())
        return QStringLiteral("a relation needs type, from and to");
    return readRelationFields(json, relation, index);
}

void writeDocumentFields(JsonObjectWriter &object, const AnnotationSet &set)
{
    if (!set.sourcePath.isEmpty())
        object.string("source", set.sourcePath);
    if (set.record >= 0)
        object.number("record", set.record);
    if (!set.contentHash.isEmpty())
        object.string("content_hash", set.contentHash);
    if (!set.reviewer.isEmpty())
        object.string("reviewer", set.reviewer);
    const DocumentFields &document = set.document;
    if (!document.title.isEmpty())
        object.string("title", document.title);
    if (!document.byline.isEmpty())
        appendJsonValue(object.key("byline"), document.byline);
    if (!document.published.isEmpty())
        object.string("published", document.published);
    if (!document.notes.isEmpty())
        object.string("notes", document.notes);
    if (document.status != DocumentStatus::NotStarted)
        object.string("status", documentStatusName(document.status));
    if (!set.clusters.isEmpty()) {
        QByteArray &clusters = object.key("clusters");
        clusters += '[';
        for (qsizetype i = 0; i < set.clusters.size(); ++i) {
            if (i > 0)
                clusters += ',';
            JsonObjectWriter cluster(clusters);
            cluster.string("id", set.clusters[i].id);
            cluster.string("label", set.clusters[i].label);
            cluster.string("canonical", set.clusters[i].canonical);
            cluster.close();
        }
        clusters += ']';
    }
}

std::optional<QString> readDocumentFields(const QJsonObject &fields, AnnotationSet &set)
{
    // Only what the fields hold: a format may have set the reviewer from its own field.
    if (fields.contains("source"_L1))
        set.sourcePath = fields.value("source"_L1).toString();
    if (fields.contains("record"_L1))
        set.record = fields.value("record"_L1).toInt(-1);
    if (fields.contains("content_hash"_L1))
        set.contentHash = fields.value("content_hash"_L1).toString();
    if (fields.contains("reviewer"_L1))
        set.reviewer = fields.value("reviewer"_L1).toString();
    DocumentFields &document = set.document;
    document.title = fields.value("title"_L1).toString();
    for (const QJsonValue &name : fields.value("byline"_L1).toArray())
        document.byline.append(name.toString());
    document.published = fields.value("published"_L1).toString();
    document.notes = fields.value("notes"_L1).toString();
    if (fields.contains("status"_L1)) {
        const auto status = documentStatusFromName(fields.value("status"_L1).toString());
        if (!status)
            return QStringLiteral("unknown document status '%1'").arg(fields.value("status"_L1).toString());
        document.status = *status;
    }
    for (const QJsonValue &value : fields.value("clusters"_L1).toArray()) {
        const QJsonObject cluster = value.toObject();
        set.clusters.append({cluster.value("id"_L1).toString(), cluster.value("label"_L1).toString(),
                             cluster.value("canonical"_L1).toString()});
    }
    return std::nullopt;
}

QList<Relation> inSetOrder(QList<IndexedRelation> relations)
{
    const bool allIndexed = std::all_of(relations.cbegin(), relations.cend(),
                                        [](const IndexedRelation &entry) { return entry.index >= 0; });
    if (allIndexed)
        std::stable_sort(relations.begin(), relations.end(),
                         [](const IndexedRelation &a, const IndexedRelation &b) { return a.index < b.index; });
    QList<Relation> ordered;
    ordered.reserve(relations.size());
    for (IndexedRelation &entry : relations)
        ordered.append(std::move(entry.relation));
    return ordered;
}

} // namespace galley
