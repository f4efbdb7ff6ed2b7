#include "formats/jsonl_format.h"

#include "formats/code_point_range.h"
#include "formats/galley_fields.h"

#include <QJsonArray>
#include <QJsonDocument>

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
    JsonObjectWriter meta(document.key("meta"));
    JsonObjectWriter galley(meta.key("galley"));
    writeDocumentFields(galley, set);
    if (!otherRelations.isEmpty())
        galley.key("relations") += otherRelations + ']';
    galley.close();
    meta.close();
    document.close();
}

QString idOf(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(qint64(value.toDouble())) : value.toString();
}

QString extentKey(const QJsonValue &start, const QJsonValue &end, const QJsonValue &label)
{
    return QString::number(start.toInteger()) + u' ' + QString::number(end.toInteger()) + u' ' + label.toString();
}

struct SpanEntry
{
    QJsonValue id;
    QJsonValue start;
    QJsonValue end;
    QJsonValue label;
    QJsonObject fields;
};

// Prodigy "spans", doccano "entities" or doccano's older "label": [[start, end, label]].
Expected<QList<SpanEntry>, QString> spanEntries(const QJsonObject &document)
{
    QList<SpanEntry> entries;
    if (document.contains("spans"_L1)) {
        for (const QJsonValue &value : document.value("spans"_L1).toArray()) {
            const QJsonObject span = value.toObject();
            entries.append({span.value("id"_L1), span.value("start"_L1), span.value("end"_L1),
                            span.value("label"_L1), span.value(kGalleyKey).toObject()});
        }
    } else if (document.contains("entities"_L1)) {
        for (const QJsonValue &value : document.value("entities"_L1).toArray()) {
            const QJsonObject span = value.toObject();
            entries.append({span.value("id"_L1), span.value("start_offset"_L1), span.value("end_offset"_L1),
                            span.value("label"_L1), {}});
        }
    } else if (document.value("label"_L1).isArray()) {
        for (const QJsonValue &value : document.value("label"_L1).toArray()) {
            const QJsonArray triple = value.toArray();
            if (triple.size() != 3)
                return QStringLiteral("\"label\" entries must be [start, end, label]");
            entries.append({{}, triple[0], triple[1], triple[2], {}});
        }
    }
    return entries;
}

Expected<AnnotationSet, QString> readDocument(const QJsonObject &document)
{
    if (!document.value("text"_L1).isString())
        return QStringLiteral("the document has no \"text\"");
    AnnotationSet set;
    set.text = document.value("text"_L1).toString();
    const CodePointIndex index(set.text);
    const auto entries = spanEntries(document);
    if (!entries)
        return entries.error();
    QHash<QString, QString> idByExtent;   // built for Prodigy relations, which name spans by extent
    for (qsizetype i = 0; i < entries->size(); ++i) {
        const SpanEntry &entry = entries->at(i);
        const QString where = QStringLiteral("span %1: ").arg(i + 1);
        const auto range = utf16Range(entry.start, entry.end, index);
        if (!range)
            return QString(where + range.error());
        if (!entry.label.isString() || entry.label.toString().isEmpty())
            return QString(where + QStringLiteral("no label"));
        const QString id = entry.id.isUndefined() ? QStringLiteral("s%1").arg(i + 1) : idOf(entry.id);
        Span span = importedSpan(id, entry.label.toString(), range->start, range->end, set.text);
        if (auto problem = readSpanFields(entry.fields, span))
            return QString(where + *problem);
        set.spans.append(std::move(span));
    }
    QList<IndexedRelation> relations;
    const QJsonArray relationArray = document.value("relations"_L1).toArray();
    for (qsizetype i = 0; i < relationArray.size(); ++i) {
        const QJsonObject json = relationArray[i].toObject();
        const QString where = QStringLiteral("relation %1: ").arg(i + 1);
        IndexedRelation entry;
        Relation &relation = entry.relation;
        relation.id = json.contains("id"_L1) ? idOf(json.value("id"_L1)) : QStringLiteral("r%1").arg(i + 1);
        relation.status = ReviewStatus::Added;
        if (json.contains("from_id"_L1)) {
            relation.from = idOf(json.value("from_id"_L1));
            relation.to = idOf(json.value("to_id"_L1));
            relation.type = json.value("type"_L1).toString();
        } else {
            if (idByExtent.isEmpty()) {
                for (qsizetype s = 0; s < entries->size(); ++s)
                    idByExtent.insert(extentKey(entries->at(s).start, entries->at(s).end, entries->at(s).label),
                                      set.spans[s].id);
            }
            const auto spanId = [&](const QJsonObject &span) {
                return idByExtent.value(extentKey(span.value("start"_L1), span.value("end"_L1), span.value("label"_L1)));
            };
            relation.from = spanId(json.value("head_span"_L1).toObject());
            relation.to = spanId(json.value("child_span"_L1).toObject());
            relation.type = json.value("label"_L1).toString();
        }
        if (relation.from.isEmpty() || relation.to.isEmpty() || relation.type.isEmpty())
            return QString(where + QStringLiteral("needs from_id, to_id and type (or head_span, child_span and label) "
                                          "naming spans of the document"));
        if (auto problem = readRelationFields(json.value(kGalleyKey).toObject(), relation, entry.index))
            return QString(where + *problem);
        relations.append(std::move(entry));
    }
    const QJsonObject galley = document.value("meta"_L1).toObject().value(kGalleyKey).toObject();
    if (auto problem = readDocumentFields(galley, set))
        return *problem;
    for (const QJsonValue &value : galley.value("relations"_L1).toArray()) {
        IndexedRelation entry;
        if (auto problem = readRelationJson(value.toObject(), entry.relation, entry.index))
            return QString(QStringLiteral("meta: ") + *problem);
        relations.append(std::move(entry));
    }
    set.relations = inSetOrder(std::move(relations));
    return set;
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

Expected<QList<AnnotationSet>, FormatError> readJsonl(const FormatFiles &files)
{
    const FormatFile &file = files.constFirst();
    QList<AnnotationSet> sets;
    const QList<QByteArray> lines = file.content.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const int lineNumber = int(i + 1);
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return FormatError{file.name, lineNumber,
                               QStringLiteral("not JSON: %1 at byte %2 of the line")
                                   .arg(parseError.errorString()).arg(parseError.offset)};
        if (!json.isObject())
            return FormatError{file.name, lineNumber, QStringLiteral("a line must hold one JSON object")};
        auto set = readDocument(json.object());
        if (!set)
            return FormatError{file.name, lineNumber, set.error()};
        sets.append(std::move(*set));
    }
    if (sets.isEmpty())
        return FormatError{file.name, 0, QStringLiteral("no document in the file")};
    return sets;
}

} // namespace galley
