#include "formats/jsonl_format.h"

#include "formats/code_point_range.h"
#include "formats/galley_fields.h"
#include "formats/set_references.h"
#include "util/json_pull_parser.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace galley {

namespace {

using namespace Qt::StringLiterals;

// A span or relation as the line gives it; Galley's fields are read once the text is known
// (a line may name "text" after "spans"), from where they start.
struct RawSpan
{
    QString id;
    double start = NAN;
    double end = NAN;
    QString label;
    QString text;           // Prodigy's, checked against the offsets
    bool hasText = false;
    qsizetype fieldsAt = -1;
};

struct RawRelation
{
    QString id;
    QString from;
    QString to;
    QString type;
    RawSpan head;   // Prodigy names the ends by extent
    RawSpan child;
    qsizetype fieldsAt = -1;
};

QString readId(JsonPullParser &parser)
{
    switch (parser.peek()) {
    case JsonPullParser::Kind::Number: return QString::number(qint64(parser.readNumber()));
    case JsonPullParser::Kind::String: return parser.readString();
    default: parser.skipValue(); return {};
    }
}

double readOffset(JsonPullParser &parser)
{
    if (parser.peek() == JsonPullParser::Kind::Number)
        return parser.readNumber();
    parser.skipValue();
    return NAN;
}

QString readOptionalString(JsonPullParser &parser)
{
    if (parser.peek() == JsonPullParser::Kind::String)
        return parser.readString();
    parser.skipValue();
    return {};
}

// One span object: Prodigy's start/end or doccano's start_offset/end_offset.
RawSpan readSpan(JsonPullParser &parser)
{
    RawSpan span;
    parser.beginObject();
    while (parser.nextMember()) {
        const QByteArrayView key = parser.key();
        if (key == "id") {
            span.id = readId(parser);
        } else if (key == "start" || key == "start_offset") {
            span.start = readOffset(parser);
        } else if (key == "end" || key == "end_offset") {
            span.end = readOffset(parser);
        } else if (key == "label") {
            span.label = readOptionalString(parser);
        } else if (key == "text" && parser.peek() == JsonPullParser::Kind::String) {
            span.text = parser.readString();
            span.hasText = true;
        } else if (key == "galley") {
            span.fieldsAt = parser.offset();
            parser.skipValue();
        } else {
            parser.skipValue();
        }
    }
    return span;
}

RawSpan readSpanTriple(JsonPullParser &parser)
{
    const QVariantList triple = parser.readVariant().toList();
    RawSpan span;
    if (triple.size() == 3 && triple[0].canConvert<double>() && triple[2].typeId() == QMetaType::QString) {
        span.start = triple[0].toDouble();
        span.end = triple[1].toDouble();
        span.label = triple[2].toString();
    }
    return span;
}

RawRelation readRelation(JsonPullParser &parser)
{
    RawRelation relation;
    parser.beginObject();
    while (parser.nextMember()) {
        const QByteArrayView key = parser.key();
        if (key == "id") {
            relation.id = readId(parser);
        } else if (key == "from_id") {
            relation.from = readId(parser);
        } else if (key == "to_id") {
            relation.to = readId(parser);
        } else if (key == "type" || key == "label") {
            const QString type = readOptionalString(parser);
            if (relation.type.isEmpty() || key == "type")
                relation.type = type;
        } else if (key == "head_span") {
            relation.head = readSpan(parser);
        } else if (key == "child_span") {
            relation.child = readSpan(parser);
        } else if (key == "galley") {
            relation.fieldsAt = parser.offset();
            parser.skipValue();
        } else {
            parser.skipValue();
        }
    }
    return relation;
}

struct RawDocument
{
    QString text;
    bool hasText = false;
    QList<RawSpan> spans;
    QList<RawRelation> relations;
    QJsonObject galley;   // meta.galley
    QString answer;       // Prodigy's: accept, reject or ignore
    QString problem;      // a key of ours holding something else than a list
};

RawDocument readRawDocument(JsonPullParser &parser)
{
    RawDocument document;
    parser.beginObject();
    while (parser.nextMember()) {
        const QByteArrayView key = parser.key();
        if (key == "text" && parser.peek() == JsonPullParser::Kind::String) {
            document.text = parser.readString();
            document.hasText = true;
        } else if ((key == "spans" || key == "entities" || key == "label") && parser.peek() == JsonPullParser::Kind::Array) {
            // objects, or [start, end, label] as doccano's older "label" and spaCy's training "entities"
            parser.beginArray();
            while (parser.nextElement())
                document.spans.append(parser.peek() == JsonPullParser::Kind::Array ? readSpanTriple(parser) : readSpan(parser));
        } else if ((key == "spans" || key == "entities" || key == "relations") && parser.peek() != JsonPullParser::Kind::Array) {
            document.problem = QStringLiteral("\"%1\" must be a list, not %2").arg(QString::fromUtf8(key), jsonKindName(parser.peek()));
            parser.skipValue();
        } else if (key == "relations" && parser.peek() == JsonPullParser::Kind::Array) {
            parser.beginArray();
            while (parser.nextElement())
                document.relations.append(readRelation(parser));
        } else if (key == "meta" && parser.peek() == JsonPullParser::Kind::Object) {
            const QVariantMap meta = parser.readVariant().toMap();
            document.galley = QJsonObject::fromVariantMap(meta.value(QStringLiteral("galley")).toMap());
        } else if (key == "answer" && parser.peek() == JsonPullParser::Kind::String) {
            document.answer = parser.readString();
        } else {
            parser.skipValue();
        }
    }
    parser.expectEnd();
    return document;
}

QString extentKey(double start, double end, const QString &label)
{
    return QString::number(qint64(start)) + u' ' + QString::number(qint64(end)) + u' ' + label;
}

// Prodigy's answer is the annotator's decision on the example's spans: "reject" says they are
// wrong, "ignore" that nobody decided. Spans with Galley's own fields keep the status they say.
void applyAnswer(const RawDocument &raw, AnnotationSet &set)
{
    const std::optional<ReviewStatus> status = raw.answer == "reject"_L1 ? std::optional(ReviewStatus::Rejected)
                                               : raw.answer == "ignore"_L1 ? std::optional(ReviewStatus::Pending)
                                                                          : std::nullopt;
    if (!status)
        return;
    for (qsizetype i = 0; i < set.spans.size(); ++i) {
        if (raw.spans[i].fieldsAt < 0)
            set.spans[i].status = *status;
    }
    for (Relation &relation : set.relations) {
        if (relation.status == ReviewStatus::Added)
            relation.status = *status;
    }
}

Expected<AnnotationSet, QString> readDocument(JsonPullParser &parser)
{
    const RawDocument raw = readRawDocument(parser);
    if (!raw.problem.isEmpty())
        return raw.problem;
    if (!raw.hasText)
        return QStringLiteral("the document has no \"text\"");
    AnnotationSet set;
    set.text = raw.text;
    const CodePointIndex index(set.text);
    for (qsizetype i = 0; i < raw.spans.size(); ++i) {
        const RawSpan &entry = raw.spans[i];
        const QString where = QStringLiteral("span %1: ").arg(i + 1);
        if (std::isnan(entry.start) || std::isnan(entry.end) || std::floor(entry.start) != entry.start
            || std::floor(entry.end) != entry.end)
            return QString(where + QStringLiteral("start and end must be whole numbers (code point offsets)"));
        const auto range = utf16Range(qint64(entry.start), qint64(entry.end), index);
        if (!range)
            return QString(where + range.error());
        if (entry.label.isEmpty())
            return QString(where + QStringLiteral("no label"));
        // offsets counted in another unit (UTF-16, bytes) cut another text than the span says
        if (entry.hasText && entry.text != QStringView(set.text).mid(range->start, range->end - range->start))
            return QString(where + QStringLiteral("\"text\" '%1' is not the document's text at %2-%3 (code points)")
                                       .arg(entry.text).arg(qint64(entry.start)).arg(qint64(entry.end)));
        Span span = importedSpan(entry.id.isEmpty() ? QStringLiteral("s%1").arg(i + 1) : entry.id, entry.label,
                                 range->start, range->end, set.text);
        if (entry.fieldsAt >= 0) {
            parser.seek(entry.fieldsAt);
            if (auto problem = readSpanFields(parser, span))
                return QString(where + *problem);
        }
        set.spans.append(std::move(span));
    }
    QHash<QString, QString> idByExtent;   // built for Prodigy relations, which name spans by extent
    QList<IndexedRelation> relations;
    for (qsizetype i = 0; i < raw.relations.size(); ++i) {
        const RawRelation &entry = raw.relations[i];
        const QString where = QStringLiteral("relation %1: ").arg(i + 1);
        IndexedRelation indexed;
        Relation &relation = indexed.relation;
        relation.id = entry.id.isEmpty() ? QStringLiteral("r%1").arg(i + 1) : entry.id;
        relation.status = ReviewStatus::Added;
        relation.type = entry.type;
        relation.from = entry.from;
        relation.to = entry.to;
        if (relation.from.isEmpty() && !std::isnan(entry.head.start)) {
            if (idByExtent.isEmpty()) {
                for (qsizetype s = 0; s < raw.spans.size(); ++s)
                    idByExtent.insert(extentKey(raw.spans[s].start, raw.spans[s].end, raw.spans[s].label), set.spans[s].id);
            }
            relation.from = idByExtent.value(extentKey(entry.head.start, entry.head.end, entry.head.label));
            relation.to = idByExtent.value(extentKey(entry.child.start, entry.child.end, entry.child.label));
        }
        if (relation.from.isEmpty() || relation.to.isEmpty() || relation.type.isEmpty())
            return QString(where + QStringLiteral("needs from_id, to_id and type (or head_span, child_span and label) "
                                                  "naming spans of the document"));
        if (entry.fieldsAt >= 0) {
            parser.seek(entry.fieldsAt);
            if (auto problem = readRelationFields(parser, relation, indexed.index))
                return QString(where + *problem);
        }
        relations.append(std::move(indexed));
    }
    if (auto problem = readDocumentFields(raw.galley, set))
        return QString(QStringLiteral("meta: ") + *problem);
    for (const QJsonValue &value : raw.galley.value("relations"_L1).toArray()) {
        IndexedRelation entry;
        if (auto problem = readRelationJson(value.toObject(), entry.relation, entry.index))
            return QString(QStringLiteral("meta: ") + *problem);
        relations.append(std::move(entry));
    }
    set.relations = inSetOrder(std::move(relations));
    applyAnswer(raw, set);
    return set;
}

} // namespace

Expected<QList<AnnotationSet>, FormatError> readJsonl(const FormatFiles &files)
{
    const FormatFile &file = files.constFirst();
    QList<AnnotationSet> sets;
    // a Windows editor's byte order mark before the first line
    qsizetype lineStart = file.content.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    for (int lineNumber = 1; lineStart < file.content.size(); ++lineNumber) {
        qsizetype lineEnd = file.content.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = file.content.size();
        const QByteArrayView line = QByteArrayView(file.content).sliced(lineStart, lineEnd - lineStart).trimmed();
        lineStart = lineEnd + 1;
        if (line.isEmpty())
            continue;
        if (invalidUtf8Offset(line) >= 0)
            return FormatError{file.name, lineNumber, QStringLiteral("not UTF-8 at byte %1 of the line").arg(invalidUtf8Offset(line))};
        JsonPullParser parser(line);
        try {
            if (parser.peek() != JsonPullParser::Kind::Object)
                return FormatError{file.name, lineNumber, QStringLiteral("a line must hold one JSON object")};
            auto set = readDocument(parser);
            if (!set)
                return FormatError{file.name, lineNumber, set.error()};
            if (auto problem = referenceProblem(*set))
                return FormatError{file.name, lineNumber, *problem};
            sets.append(std::move(*set));
        } catch (const JsonSyntaxError &error) {
            return FormatError{file.name, lineNumber,
                               QStringLiteral("%1 at byte %2 of the line").arg(error.problem).arg(error.offset)};
        }
    }
    if (sets.isEmpty())
        return FormatError{file.name, 0, QStringLiteral("no document in the file")};
    return sets;
}

} // namespace galley
