#include "formats/label_studio_format.h"

#include "formats/code_point_range.h"
#include "formats/galley_fields.h"
#include "formats/set_references.h"
#include "util/iso_time.h"
#include "util/json_pull_parser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <vector>

namespace galley {

namespace {

using namespace Qt::StringLiterals;

// The file as Label Studio lays it out, read in one pass; Galley's fields are read later, from
// where they start, once the task's text is known.
struct RawResult
{
    qsizetype at = 0;   // byte offset, for the error line
    QString id;
    QString type;
    double start = NAN;
    double end = NAN;
    QString text;
    bool hasText = false;
    QStringList labels;
    QString from;
    QString to;
    QString direction;
    QStringList metaText;   // the region's note in Label Studio
    qsizetype fieldsAt = -1;
};

struct RawAnnotation
{
    QList<RawResult> results;
    bool cancelled = false;
    QString completedBy;
    QDateTime created;
    QDateTime updated;
    QString modelVersion;
    bool hasModelVersion = false;
};

struct RawTask
{
    qsizetype at = 0;
    QString text;
    bool hasText = false;
    QList<RawAnnotation> annotations;
    QList<RawAnnotation> predictions;
    QJsonObject galley;
    bool fromGalley = false;        // meta.galley: written by Galley's export
    QList<RawResult> rejected;      // meta.galley.rejected
    QStringList spanOrder;          // meta.galley.span_order
};

QString readScalarString(JsonPullParser &parser)
{
    switch (parser.peek()) {
    case JsonPullParser::Kind::String: return parser.readString();
    case JsonPullParser::Kind::Number: return QString::number(qint64(parser.readNumber()));
    default: parser.skipValue(); return {};
    }
}

QStringList readStrings(JsonPullParser &parser)
{
    QStringList strings;
    parser.beginArray();
    while (parser.nextElement())
        strings.append(readScalarString(parser));
    return strings;
}

RawResult readResult(JsonPullParser &parser)
{
    RawResult result;
    result.at = parser.offset();
    parser.beginObject();
    while (parser.nextMember()) {
        const QByteArrayView key = parser.key();
        if (key == "id") {
            result.id = readScalarString(parser);
        } else if (key == "type") {
            result.type = readScalarString(parser);
        } else if (key == "from_id") {
            result.from = readScalarString(parser);
        } else if (key == "to_id") {
            result.to = readScalarString(parser);
        } else if (key == "direction") {
            result.direction = readScalarString(parser);
        } else if (key == "labels" && parser.peek() == JsonPullParser::Kind::Array) {
            result.labels = readStrings(parser);
        } else if (key == "value" && parser.peek() == JsonPullParser::Kind::Object) {
            parser.beginObject();
            while (parser.nextMember()) {
                const QByteArrayView name = parser.key();
                if ((name == "start" || name == "end") && parser.peek() == JsonPullParser::Kind::Number) {
                    (name == "start" ? result.start : result.end) = parser.readNumber();
                } else if (name == "text" && parser.peek() == JsonPullParser::Kind::String) {
                    result.text = parser.readString();
                    result.hasText = true;
                } else if (name == "labels" && parser.peek() == JsonPullParser::Kind::Array) {
                    result.labels = readStrings(parser);
                } else {
                    parser.skipValue();
                }
            }
        } else if (key == "meta" && parser.peek() == JsonPullParser::Kind::Object) {
            parser.beginObject();
            while (parser.nextMember()) {
                if (parser.key() == "text" && parser.peek() == JsonPullParser::Kind::Array)
                    result.metaText = readStrings(parser);
                else
                    parser.skipValue();
            }
        } else if (key == "galley") {
            result.fieldsAt = parser.offset();
            parser.skipValue();
        } else {
            parser.skipValue();
        }
    }
    return result;
}

RawAnnotation readAnnotation(JsonPullParser &parser)
{
    RawAnnotation annotation;
    parser.beginObject();
    while (parser.nextMember()) {
        const QByteArrayView key = parser.key();
        if (key == "result" && parser.peek() == JsonPullParser::Kind::Array) {
            parser.beginArray();
            while (parser.nextElement())
                annotation.results.append(readResult(parser));
        } else if (key == "was_cancelled" && parser.peek() == JsonPullParser::Kind::Bool) {
            annotation.cancelled = parser.readBool();
        } else if (key == "completed_by" && parser.peek() == JsonPullParser::Kind::Object) {
            // an export with users expanded: {"id": 1, "email": "…", "first_name": …}
            const QVariantMap user = parser.readVariant().toMap();
            for (const char *field : {"email", "username", "id"}) {
                if (annotation.completedBy.isEmpty())
                    annotation.completedBy = user.value(QString::fromLatin1(field)).toString();
            }
        } else if (key == "completed_by") {
            annotation.completedBy = readScalarString(parser);
        } else if (key == "created_at" || key == "updated_at") {
            (key == "created_at" ? annotation.created : annotation.updated) = parseIsoTimestamp(readScalarString(parser));
        } else if (key == "model_version") {
            annotation.modelVersion = readScalarString(parser);
            annotation.hasModelVersion = true;
        } else {
            parser.skipValue();
        }
    }
    return annotation;
}

QList<RawAnnotation> readAnnotations(JsonPullParser &parser)
{
    QList<RawAnnotation> annotations;
    if (parser.peek() != JsonPullParser::Kind::Array) {
        parser.skipValue();
        return annotations;
    }
    parser.beginArray();
    while (parser.nextElement())
        annotations.append(readAnnotation(parser));
    return annotations;
}

void readMeta(JsonPullParser &parser, RawTask &task)
{
    parser.beginObject();
    while (parser.nextMember()) {
        if (parser.key() != "galley" || parser.peek() != JsonPullParser::Kind::Object) {
            parser.skipValue();
            continue;
        }
        task.fromGalley = true;
        QVariantMap fields;
        parser.beginObject();
        while (parser.nextMember()) {
            const QString name = QString::fromUtf8(parser.key());
            if (name == "rejected"_L1 && parser.peek() == JsonPullParser::Kind::Array) {
                parser.beginArray();
                while (parser.nextElement())
                    task.rejected.append(readResult(parser));
            } else if (name == "span_order"_L1 && parser.peek() == JsonPullParser::Kind::Array) {
                task.spanOrder = readStrings(parser);
            } else {
                fields.insert(name, parser.readVariant());
            }
        }
        task.galley = QJsonObject::fromVariantMap(fields);
    }
}

RawTask readRawTask(JsonPullParser &parser)
{
    RawTask task;
    task.at = parser.offset();
    QStringList dataStrings;   // the task's text: data.text, or the one string among the data fields
    parser.beginObject();
    while (parser.nextMember()) {
        const QByteArrayView key = parser.key();
        if (key == "data" && parser.peek() == JsonPullParser::Kind::Object) {
            parser.beginObject();
            while (parser.nextMember()) {
                const bool isText = parser.key() == "text";
                if (parser.peek() != JsonPullParser::Kind::String) {
                    parser.skipValue();
                } else if (isText) {
                    task.text = parser.readString();
                    task.hasText = true;
                } else {
                    dataStrings.append(parser.readString());
                }
            }
        } else if (key == "annotations") {
            task.annotations = readAnnotations(parser);
        } else if (key == "predictions") {
            task.predictions = readAnnotations(parser);
        } else if (key == "meta" && parser.peek() == JsonPullParser::Kind::Object) {
            readMeta(parser, task);
        } else {
            parser.skipValue();
        }
    }
    if (!task.hasText && dataStrings.size() == 1) {
        task.text = dataStrings.first();
        task.hasText = true;
    }
    return task;
}

struct Problem
{
    qsizetype at = 0;
    QString message;
};

Expected<AnnotationSet, Problem> readSet(JsonPullParser &parser, const RawTask &task, const RawAnnotation &made,
                                         ReviewStatus status)
{
    AnnotationSet set;
    set.text = task.text;
    set.reviewer = made.completedBy;
    const CodePointIndex index(set.text);
    Provenance provenance;
    if (made.hasModelVersion)
        provenance = {QStringLiteral("label-studio"), made.modelVersion, {}};
    QList<IndexedRelation> relations;
    for (qsizetype i = 0; i < made.results.size(); ++i) {
        const RawResult &result = made.results[i];
        const QString where = QStringLiteral("result %1%2: ").arg(i + 1).arg(result.id.isEmpty() ? QString()
                                                                                             : u" (" + result.id + u')');
        const auto fail = [&](const QString &message) { return Problem{result.at, where + message}; };
        if (result.type == "labels"_L1) {
            if (std::isnan(result.start) || std::isnan(result.end) || std::floor(result.start) != result.start
                || std::floor(result.end) != result.end)
                return fail(QStringLiteral("value.start and value.end must be whole numbers (code point offsets)"));
            const auto range = utf16Range(qint64(result.start), qint64(result.end), index);
            if (!range)
                return fail(range.error());
            // Offsets counted in another unit (UTF-16, bytes) show as a text that does not match.
            if (result.hasText && result.text != QStringView(set.text).mid(range->start, range->end - range->start))
                return fail(QStringLiteral("value.text '%1' is not the task text at %2-%3 (code points)")
                                .arg(result.text).arg(qint64(result.start)).arg(qint64(result.end)));
            if (result.labels.isEmpty())
                return fail(QStringLiteral("a region without labels"));
            for (qsizetype l = 0; l < result.labels.size(); ++l) {
                // A region with several labels becomes one span per label.
                QString spanId = l == 0 ? result.id : result.id + u'-' + QString::number(l + 1);
                if (result.id.isEmpty())
                    spanId = QStringLiteral("s%1").arg(set.spans.size() + 1);
                Span span = importedSpan(spanId, result.labels[l], range->start, range->end, set.text);
                span.status = status;
                span.provenance = provenance;
                span.created = made.created;
                span.modified = made.updated;
                if (result.fieldsAt >= 0) {
                    parser.seek(result.fieldsAt);
                    if (auto problem = readSpanFields(parser, span))
                        return fail(*problem);
                }
                // the note as Label Studio shows it, edited there after Galley's export or not
                if (!result.metaText.isEmpty())
                    span.attributes.insert(QStringLiteral("note"), result.metaText.join(u'\n'));
                set.spans.append(std::move(span));
            }
        } else if (result.type == "relation"_L1) {
            IndexedRelation entry;
            Relation &relation = entry.relation;
            relation.id = QStringLiteral("ls-r%1").arg(relations.size() + 1);   // Galley's own come in its fields
            relation.status = status;
            relation.provenance = provenance;
            relation.from = result.from;
            relation.to = result.to;
            if (result.direction == "left"_L1)
                std::swap(relation.from, relation.to);
            relation.type = result.labels.isEmpty() ? QStringLiteral("relation") : result.labels.first();
            if (relation.from.isEmpty() || relation.to.isEmpty())
                return fail(QStringLiteral("a relation needs from_id and to_id"));
            if (result.fieldsAt >= 0) {
                parser.seek(result.fieldsAt);
                if (auto problem = readRelationFields(parser, relation, entry.index))
                    return fail(*problem);
            }
            relations.append(std::move(entry));
        } else {
            return fail(QStringLiteral("results of type '%1' have no place in Galley (labels and relation results "
                                       "only)").arg(result.type));
        }
    }
    if (auto problem = readDocumentFields(task.galley, set))
        return Problem{task.at, QStringLiteral("meta: ") + *problem};
    QSet<QString> ends;   // what a relation Galley kept in meta may link: this set's spans and clusters
    for (const Span &span : set.spans)
        ends.insert(span.id);
    for (const Cluster &cluster : set.clusters)
        ends.insert(cluster.id);
    for (const QJsonValue &value : task.galley.value("relations"_L1).toArray()) {
        IndexedRelation entry;
        if (auto problem = readRelationJson(value.toObject(), entry.relation, entry.index))
            return Problem{task.at, QStringLiteral("meta: ") + *problem};
        // one to a span of another part of the task, which an annotator's set read alone lacks
        if (ends.contains(entry.relation.from) && ends.contains(entry.relation.to))
            relations.append(std::move(entry));
    }
    set.relations = inSetOrder(std::move(relations));
    return set;
}

// A task as Galley wrote it: at most one annotation and one prediction, every result with
// Galley's fields. Once someone annotated it in Label Studio (results without them, a second
// annotator), it reads as any task: one set per annotation.
bool isUntouchedGalleyTask(const RawTask &task)
{
    if (!task.fromGalley || task.annotations.size() > 1 || task.predictions.size() > 1)
        return false;
    const auto carriesFields = [](const RawAnnotation &made) {
        return !made.cancelled && std::all_of(made.results.cbegin(), made.results.cend(),
                                              [](const RawResult &result) { return result.fieldsAt >= 0; });
    };
    return std::all_of(task.annotations.cbegin(), task.annotations.cend(), carriesFields)
           && std::all_of(task.predictions.cbegin(), task.predictions.cend(), carriesFields);
}

// Label Studio starts an annotation from the task's prediction; a region of Galley's
// prediction the annotator did not keep was deleted, which Galley records as rejected (it had
// been dropped without a word).
std::optional<Problem> addDeletedPredictions(JsonPullParser &parser, const RawTask &task, AnnotationSet &set)
{
    RawAnnotation predicted = task.predictions.first();
    predicted.results.removeIf([](const RawResult &result) { return result.type != "labels"_L1; });
    auto prediction = readSet(parser, task, predicted, ReviewStatus::Pending);
    if (!prediction)
        return prediction.error();
    QSet<QString> kept;
    for (const Span &span : set.spans)
        kept.insert(span.id);
    for (Span &span : prediction->spans) {
        if (kept.contains(span.id))
            continue;
        span.status = ReviewStatus::Rejected;
        set.spans.append(std::move(span));
    }
    return std::nullopt;
}

// Spans in the order `ids` lists them; those it does not list after them, as they came.
void inListedOrder(QList<Span> &spans, const QStringList &ids)
{
    if (ids.isEmpty())
        return;
    QHash<QString, qsizetype> rankOfId;
    rankOfId.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i)
        rankOfId.insert(ids[i], i);
    std::vector<std::pair<qsizetype, qsizetype>> ranked;   // (rank, index now)
    ranked.reserve(std::size_t(spans.size()));
    for (qsizetype i = 0; i < spans.size(); ++i)
        ranked.emplace_back(rankOfId.value(spans[i].id, ids.size()), i);
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<Span> ordered;
    ordered.reserve(spans.size());
    for (const auto &[rank, index] : ranked)
        ordered.append(std::move(spans[index]));
    spans = std::move(ordered);
}

Expected<QList<AnnotationSet>, Problem> readTask(JsonPullParser &parser, const RawTask &task)
{
    if (!task.hasText)
        return Problem{task.at, QStringLiteral("the task has no data.text")};
    QList<AnnotationSet> sets;
    if (isUntouchedGalleyTask(task)) {
        // Galley's own export: one set, its reviewed spans the annotation, the unchecked ones the
        // prediction, the rejected ones in meta (each span's status is in its fields).
        RawAnnotation whole = task.annotations.isEmpty() ? RawAnnotation{} : task.annotations.first();
        if (!task.predictions.isEmpty())
            whole.results += task.predictions.first().results;
        whole.results += task.rejected;
        auto set = readSet(parser, task, whole, ReviewStatus::Pending);
        if (!set)
            return set.error();
        inListedOrder(set->spans, task.spanOrder);
        sets.append(std::move(*set));
        return sets;
    }
    for (const RawAnnotation &annotation : task.annotations) {
        if (annotation.cancelled)
            continue;
        auto set = readSet(parser, task, annotation, ReviewStatus::Added);
        if (!set)
            return set.error();
        if (task.fromGalley && !task.predictions.isEmpty()) {
            if (auto problem = addDeletedPredictions(parser, task, *set))
                return *problem;
        }
        sets.append(std::move(*set));
    }
    if (sets.isEmpty()) {
        auto set = readSet(parser, task, task.predictions.isEmpty() ? RawAnnotation{} : task.predictions.first(),
                           ReviewStatus::Pending);
        if (!set)
            return set.error();
        sets.append(std::move(*set));
    }
    return sets;
}

int lineAt(const QByteArray &content, qsizetype offset)
{
    return int(QByteArrayView(content).first(std::clamp<qsizetype>(offset, 0, content.size())).count('\n')) + 1;
}

} // namespace

Expected<QList<AnnotationSet>, FormatError> readLabelStudio(const FormatFiles &files)
{
    const FormatFile &file = files.constFirst();
    if (const qsizetype bad = invalidUtf8Offset(file.content); bad >= 0)
        return FormatError{file.name, lineAt(file.content, bad), QStringLiteral("not UTF-8")};
    JsonPullParser parser(file.content);
    if (file.content.startsWith("\xEF\xBB\xBF"))
        parser.seek(3);   // a Windows editor's byte order mark
    QList<AnnotationSet> sets;
    try {
        QList<RawTask> tasks;
        if (parser.peek() == JsonPullParser::Kind::Array) {
            parser.beginArray();
            while (parser.nextElement())
                tasks.append(readRawTask(parser));
        } else {
            tasks.append(readRawTask(parser));
        }
        parser.expectEnd();
        for (qsizetype i = 0; i < tasks.size(); ++i) {
            auto taskSets = readTask(parser, tasks[i]);
            if (!taskSets)
                return FormatError{file.name, lineAt(file.content, taskSets.error().at),
                                   QStringLiteral("task %1: ").arg(i + 1) + taskSets.error().message};
            for (const AnnotationSet &set : *taskSets) {
                if (auto problem = referenceProblem(set))
                    return FormatError{file.name, lineAt(file.content, tasks[i].at),
                                       QStringLiteral("task %1: ").arg(i + 1) + *problem};
            }
            sets.append(std::move(*taskSets));
        }
    } catch (const JsonSyntaxError &error) {
        // More JSON after the first document: one document a line is JSONL, not Label Studio's array.
        const bool lines = error.problem.endsWith(QLatin1String("more data after the end"));
        return FormatError{file.name, lineAt(file.content, error.offset),
                           error.problem + (lines ? QStringLiteral(" (a JSON document a line is JSONL: import it as jsonl)") : QString())};
    }
    if (sets.isEmpty())
        return FormatError{file.name, 0, QStringLiteral("no task in the file")};
    return sets;
}

} // namespace galley
