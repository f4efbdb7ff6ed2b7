#include "formats/label_studio_format.h"

#include "formats/code_point_range.h"
#include "formats/galley_fields.h"

#include <QJsonArray>
#include <QJsonDocument>

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
    JsonObjectWriter meta(task.key("meta"));
    JsonObjectWriter galley(meta.key("galley"));
    writeDocumentFields(galley, set);
    if (!otherRelations.isEmpty())
        galley.key("relations") += otherRelations + ']';
    galley.close();
    meta.close();
    task.close();
}

// The task's text: data.text, or the one string among the data fields.
QString taskText(const QJsonObject &data)
{
    if (data.value("text"_L1).isString())
        return data.value("text"_L1).toString();
    QStringList strings;
    for (const QJsonValue &value : data) {
        if (value.isString())
            strings.append(value.toString());
    }
    return strings.size() == 1 ? strings.first() : QString();
}

struct Problem
{
    QString resultId;   // to find the line by
    QString message;
};

struct ReadResults
{
    AnnotationSet set;
    QList<IndexedRelation> relations;
};

// Spans and relations of one annotation or prediction (`made`: its times and model version
// stand in where Galley's own fields are absent).
Expected<ReadResults, Problem> readResults(const QJsonArray &results, const QString &text, ReviewStatus status,
                                           const QJsonObject &made)
{
    const QDateTime created = QDateTime::fromString(made.value("created_at"_L1).toString(), Qt::ISODateWithMs).toUTC();
    const QDateTime updated = QDateTime::fromString(made.value("updated_at"_L1).toString(), Qt::ISODateWithMs).toUTC();
    Provenance provenance;
    if (made.contains("model_version"_L1))
        provenance = {QStringLiteral("label-studio"), made.value("model_version"_L1).toString(), {}};
    ReadResults read;
    AnnotationSet &set = read.set;
    set.text = text;
    const CodePointIndex index(set.text);
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject result = results[i].toObject();
        const QString id = result.value("id"_L1).toString();
        const QString type = result.value("type"_L1).toString();
        const QString where = QStringLiteral("result %1%2: ").arg(i + 1).arg(id.isEmpty() ? QString() : u" (" + id + u')');
        if (type == "labels"_L1) {
            const QJsonObject value = result.value("value"_L1).toObject();
            const auto range = utf16Range(value.value("start"_L1), value.value("end"_L1), index);
            if (!range)
                return Problem{id, where + range.error()};
            const QJsonArray labels = value.value("labels"_L1).toArray();
            if (labels.isEmpty())
                return Problem{id, where + QStringLiteral("a region without labels")};
            for (qsizetype l = 0; l < labels.size(); ++l) {
                // A region with several labels becomes one span per label.
                QString spanId = l == 0 ? id : id + u'-' + QString::number(l + 1);
                if (id.isEmpty())
                    spanId = QStringLiteral("s%1").arg(set.spans.size() + 1);
                Span span = importedSpan(spanId, labels[l].toString(), range->start, range->end, set.text);
                span.status = status;
                span.provenance = provenance;
                span.created = created;
                span.modified = updated;
                if (auto problem = readSpanFields(result.value(kGalleyKey).toObject(), span))
                    return Problem{id, where + *problem};
                set.spans.append(std::move(span));
            }
        } else if (type == "relation"_L1) {
            IndexedRelation entry;
            Relation &relation = entry.relation;
            relation.id = QStringLiteral("r%1").arg(read.relations.size() + 1);
            relation.status = status;
            relation.provenance = provenance;
            relation.from = result.value("from_id"_L1).toString();
            relation.to = result.value("to_id"_L1).toString();
            if (result.value("direction"_L1).toString() == "left"_L1)
                std::swap(relation.from, relation.to);
            const QJsonArray labels = result.value("labels"_L1).toArray();
            relation.type = labels.isEmpty() ? QStringLiteral("relation") : labels.first().toString();
            if (relation.from.isEmpty() || relation.to.isEmpty())
                return Problem{id, where + QStringLiteral("a relation needs from_id and to_id")};
            if (auto problem = readRelationFields(result.value(kGalleyKey).toObject(), relation, entry.index))
                return Problem{id, where + *problem};
            read.relations.append(std::move(entry));
        } else {
            return Problem{id, where + QStringLiteral("results of type '%1' have no place in Galley (labels and "
                                                      "relation results only)").arg(type)};
        }
    }
    return read;
}

Expected<QList<AnnotationSet>, Problem> readTask(const QJsonObject &task)
{
    const QString text = taskText(task.value("data"_L1).toObject());
    if (text.isNull())
        return Problem{{}, QStringLiteral("the task has no data.text")};
    const QJsonObject galley = task.value("meta"_L1).toObject().value(kGalleyKey).toObject();
    QList<AnnotationSet> sets;
    // `made` is the annotation or prediction object: who, when, which model.
    const auto addSet = [&](const QJsonObject &made, ReviewStatus status) -> std::optional<Problem> {
        auto read = readResults(made.value("result"_L1).toArray(), text, status, made);
        if (!read)
            return read.error();
        AnnotationSet &set = read->set;
        const QJsonValue completedBy = made.value("completed_by"_L1);
        set.reviewer = completedBy.isDouble() ? QString::number(completedBy.toInteger()) : completedBy.toString();
        if (auto problem = readDocumentFields(galley, set))
            return Problem{{}, QStringLiteral("meta: ") + *problem};
        for (const QJsonValue &value : galley.value("relations"_L1).toArray()) {
            IndexedRelation entry;
            if (auto problem = readRelationJson(value.toObject(), entry.relation, entry.index))
                return Problem{{}, QStringLiteral("meta: ") + *problem};
            read->relations.append(std::move(entry));
        }
        set.relations = inSetOrder(std::move(read->relations));
        sets.append(std::move(set));
        return std::nullopt;
    };
    for (const QJsonValue &value : task.value("annotations"_L1).toArray()) {
        const QJsonObject annotation = value.toObject();
        if (annotation.value("was_cancelled"_L1).toBool())
            continue;
        if (auto problem = addSet(annotation, ReviewStatus::Added))
            return *problem;
    }
    if (sets.isEmpty()) {
        const QJsonArray predictions = task.value("predictions"_L1).toArray();
        if (auto problem = addSet(predictions.isEmpty() ? QJsonObject{} : predictions.first().toObject(),
                                  ReviewStatus::Pending))
            return *problem;
    }
    return sets;
}

int lineAt(const QByteArray &content, qsizetype offset)
{
    return int(QByteArrayView(content).first(std::clamp<qsizetype>(offset, 0, content.size())).count('\n')) + 1;
}

// The line of the offending result (found by its id), else of the task's "data".
int problemLine(const QByteArray &content, const Problem &problem, qsizetype taskIndex)
{
    if (!problem.resultId.isEmpty()) {
        const qsizetype at = content.indexOf(QByteArray('"' + problem.resultId.toUtf8() + '"'));
        return at >= 0 ? lineAt(content, at) : 0;
    }
    qsizetype at = -1;
    for (qsizetype task = 0; task <= taskIndex; ++task) {
        at = content.indexOf("\"data\"", at + 1);
        if (at < 0)
            return 0;
    }
    return lineAt(content, at);
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

Expected<QList<AnnotationSet>, FormatError> readLabelStudio(const FormatFiles &files)
{
    const FormatFile &file = files.constFirst();
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.content, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return FormatError{file.name, lineAt(file.content, parseError.offset),
                           QStringLiteral("not JSON: ") + parseError.errorString()};
    const QJsonArray tasks = json.isArray() ? json.array() : QJsonArray{json.object()};
    QList<AnnotationSet> sets;
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        auto taskSets = readTask(tasks[i].toObject());
        if (!taskSets) {
            const Problem &problem = taskSets.error();
            return FormatError{file.name, problemLine(file.content, problem, i),
                               QStringLiteral("task %1: ").arg(i + 1) + problem.message};
        }
        sets.append(std::move(*taskSets));
    }
    if (sets.isEmpty())
        return FormatError{file.name, 0, QStringLiteral("no task in the file")};
    return sets;
}

} // namespace galley
