#include "formats/galley_fields.h"

#include "annotation/text_quote.h"

#include <QJsonArray>

#include <algorithm>

namespace galley {

namespace {

using namespace Qt::StringLiterals;

QJsonObject provenanceJson(const Provenance &provenance)
{
    QJsonObject json;
    if (!provenance.detector.isEmpty())
        json.insert("detector"_L1, provenance.detector);
    if (!provenance.version.isEmpty())
        json.insert("version"_L1, provenance.version);
    if (!provenance.reviewer.isEmpty())
        json.insert("reviewer"_L1, provenance.reviewer);
    return json;
}

Provenance provenanceFromJson(const QJsonObject &json)
{
    return {json.value("detector"_L1).toString(), json.value("version"_L1).toString(),
            json.value("reviewer"_L1).toString()};
}

void insertTime(QJsonObject &json, QLatin1StringView key, const QDateTime &time)
{
    if (time.isValid())
        json.insert(key, time.toUTC().toString(Qt::ISODateWithMs));
}

std::optional<QString> readTime(const QJsonObject &json, QLatin1StringView key, QDateTime &time)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        return QStringLiteral("'%1' is no ISO 8601 time: '%2'").arg(key, value.toString());
    time = time.toUTC();
    return std::nullopt;
}

QJsonObject domPointJson(const DomPoint &point)
{
    // A DOM offset counts UTF-16 units of the text node's data, as the DOM itself does; the
    // node's data is not at hand here to convert it.
    return {{"node"_L1, point.nodePath}, {"utf16_offset"_L1, point.offset}};
}

DomPoint domPointFromJson(const QJsonObject &json)
{
    return {json.value("node"_L1).toString(), json.value("utf16_offset"_L1).toInt(-1)};
}

std::optional<QString> readStatus(const QJsonObject &json, ReviewStatus &status)
{
    const QJsonValue value = json.value("status"_L1);
    if (value.isUndefined())
        return std::nullopt;
    const auto parsed = reviewStatusFromName(value.toString());
    if (!parsed)
        return QStringLiteral("unknown status '%1' (pending, accepted, rejected, edited or added)")
            .arg(value.toString());
    status = *parsed;
    return std::nullopt;
}

} // namespace

QJsonObject spanFields(const Span &span, QStringView text)
{
    QJsonObject json{{"id"_L1, span.id}, {"status"_L1, reviewStatusName(span.status)}};
    const QJsonObject provenance = provenanceJson(span.provenance);
    if (!provenance.isEmpty())
        json.insert("provenance"_L1, provenance);
    insertTime(json, "created"_L1, span.created);
    insertTime(json, "modified"_L1, span.modified);
    if (!span.attributes.isEmpty())
        json.insert("attributes"_L1, QJsonObject::fromVariantMap(span.attributes));
    if (span.anchor != AnchorState::Anchored)
        json.insert("anchor"_L1, anchorStateName(span.anchor));
    if (span.text != text.mid(span.start, span.end - span.start))
        json.insert("text"_L1, span.text);
    if (span.quote != textQuoteAt(text, span.start, span.end))
        json.insert("quote"_L1, QJsonObject{{"exact"_L1, span.quote.exact}, {"prefix"_L1, span.quote.prefix},
                                            {"suffix"_L1, span.quote.suffix}});
    if (span.dom)
        json.insert("dom"_L1, QJsonObject{{"start"_L1, domPointJson(span.dom->start)},
                                          {"end"_L1, domPointJson(span.dom->end)}});
    return json;
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
    if (fields.contains("id"_L1))
        span.id = fields.value("id"_L1).toString();
    if (auto problem = readStatus(fields, span.status))
        return problem;
    if (fields.contains("provenance"_L1))
        span.provenance = provenanceFromJson(fields.value("provenance"_L1).toObject());
    if (auto problem = readTime(fields, "created"_L1, span.created))
        return problem;
    if (auto problem = readTime(fields, "modified"_L1, span.modified))
        return problem;
    if (fields.contains("attributes"_L1))
        span.attributes = fields.value("attributes"_L1).toObject().toVariantMap();
    if (fields.contains("anchor"_L1)) {
        const auto anchor = anchorStateFromName(fields.value("anchor"_L1).toString());
        if (!anchor)
            return QStringLiteral("unknown anchor state '%1'").arg(fields.value("anchor"_L1).toString());
        span.anchor = *anchor;
    }
    if (fields.contains("text"_L1))
        span.text = fields.value("text"_L1).toString();
    if (fields.contains("quote"_L1)) {
        const QJsonObject quote = fields.value("quote"_L1).toObject();
        span.quote = {quote.value("exact"_L1).toString(), quote.value("prefix"_L1).toString(),
                      quote.value("suffix"_L1).toString()};
    }
    if (fields.contains("dom"_L1)) {
        const QJsonObject dom = fields.value("dom"_L1).toObject();
        span.dom = DomRange{domPointFromJson(dom.value("start"_L1).toObject()),
                            domPointFromJson(dom.value("end"_L1).toObject())};
    }
    return std::nullopt;
}

QJsonObject relationFields(const Relation &relation, int index)
{
    QJsonObject json{{"id"_L1, relation.id}, {"status"_L1, reviewStatusName(relation.status)}, {"n"_L1, index}};
    const QJsonObject provenance = provenanceJson(relation.provenance);
    if (!provenance.isEmpty())
        json.insert("provenance"_L1, provenance);
    insertTime(json, "created"_L1, relation.created);
    insertTime(json, "modified"_L1, relation.modified);
    return json;
}

QJsonObject relationAsJson(const Relation &relation, int index)
{
    QJsonObject json = relationFields(relation, index);
    json.insert("type"_L1, relation.type);
    json.insert("from"_L1, relation.from);
    json.insert("to"_L1, relation.to);
    return json;
}

std::optional<QString> readRelationFields(const QJsonObject &fields, Relation &relation, int &index)
{
    if (fields.contains("id"_L1))
        relation.id = fields.value("id"_L1).toString();
    if (auto problem = readStatus(fields, relation.status))
        return problem;
    if (fields.contains("provenance"_L1))
        relation.provenance = provenanceFromJson(fields.value("provenance"_L1).toObject());
    if (auto problem = readTime(fields, "created"_L1, relation.created))
        return problem;
    if (auto problem = readTime(fields, "modified"_L1, relation.modified))
        return problem;
    index = fields.value("n"_L1).toInt(-1);
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

QJsonObject documentFields(const AnnotationSet &set)
{
    QJsonObject json;
    if (!set.sourcePath.isEmpty())
        json.insert("source"_L1, set.sourcePath);
    if (set.record >= 0)
        json.insert("record"_L1, set.record);
    if (!set.contentHash.isEmpty())
        json.insert("content_hash"_L1, set.contentHash);
    if (!set.reviewer.isEmpty())
        json.insert("reviewer"_L1, set.reviewer);
    const DocumentFields &document = set.document;
    if (!document.title.isEmpty())
        json.insert("title"_L1, document.title);
    if (!document.byline.isEmpty())
        json.insert("byline"_L1, QJsonArray::fromStringList(document.byline));
    if (!document.published.isEmpty())
        json.insert("published"_L1, document.published);
    if (!document.notes.isEmpty())
        json.insert("notes"_L1, document.notes);
    if (document.status != DocumentStatus::NotStarted)
        json.insert("status"_L1, documentStatusName(document.status));
    if (!set.clusters.isEmpty()) {
        QJsonArray clusters;
        for (const Cluster &cluster : set.clusters)
            clusters.append(QJsonObject{{"id"_L1, cluster.id}, {"label"_L1, cluster.label},
                                        {"canonical"_L1, cluster.canonical}});
        json.insert("clusters"_L1, clusters);
    }
    return json;
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
