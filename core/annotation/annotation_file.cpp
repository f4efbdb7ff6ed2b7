#include "annotation/annotation_file.h"

#include "annotation/annotation_file_migration.h"
#include "annotation/annotation_json.h"
#include "annotation/annotation_validation.h"
#include "annotation/json_field_reader.h"
#include "load/binary_sniff.h"
#include "text/code_point_index.h"
#include "util/json_location.h"
#include "util/json_text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace galley {

using namespace Qt::StringLiterals;

namespace {

template<typename Item, typename AppendItem>
void appendItems(QByteArray &out, const char *key, const QList<Item> &items, AppendItem appendItem, bool last)
{
    out += "\"";
    out += key;
    out += "\": [";
    for (qsizetype i = 0; i < items.size(); ++i) {
        out += i == 0 ? "\n" : ",\n";
        appendItem(out, items[i]);
    }
    out += items.isEmpty() ? "]" : "\n]";
    out += last ? "\n" : ",\n";
}

AnnotationFileError errorAt(const QByteArray &json, const QString &fileName, const JsonProblem &problem)
{
    const qsizetype offset = jsonValueOffset(json, problem.pointer);
    const QString where = problem.pointer.isEmpty() ? QString() : jsonPointerText(problem.pointer) + u": "_s;
    return {fileName, lineAtByteOffset(json, offset), where + problem.problem};
}

// Problems visible before parsing: nothing there, a byte order mark, binary data.
QString problemBeforeParsing(const QByteArray &json)
{
    if (json.trimmed().isEmpty())
        return json.isEmpty() ? u"the file is empty"_s : u"the file holds only white space"_s;
    if (json.startsWith("\xEF\xBB\xBF"))
        return u"the file starts with a byte order mark; annotation files are UTF-8 without one"_s;
    const QString binaryKind = knownBinaryKind(json.first(qMin<qsizetype>(json.size(), 64)));
    if (!binaryKind.isEmpty())
        return u"the file is %1, not JSON"_s.arg(binaryKind);
    if (const qsizetype nul = json.indexOf('\0'); nul >= 0 || looksBinary(json.first(qMin<qsizetype>(json.size(), 4096))))
        return u"the file holds binary data, not JSON text%1"_s.arg(nul >= 0 ? u" (a NUL byte at byte %1)"_s.arg(nul) : QString());
    return {};
}

int readVersion(const JsonFieldReader &root)
{
    if (!root.has(u"galley_annotations"_s))
        root.failHere(u"not a Galley annotation file: no \"galley_annotations\" version"_s);
    const qsizetype version = root.integer(u"galley_annotations"_s, 0, std::numeric_limits<int>::max());
    if (version > kAnnotationFileVersion)
        root.fail(u"galley_annotations"_s,
                  u"written by a newer Galley (version %1); this Galley reads versions %2 to %3"_s.arg(version)
                      .arg(kOldestAnnotationFileVersion).arg(kAnnotationFileVersion));
    if (version < kOldestAnnotationFileVersion)
        root.fail(u"galley_annotations"_s, u"version %1 does not exist"_s.arg(version));
    return int(version);
}

template<typename T>
T valueOrThrow(Expected<T, JsonProblem> result, const QStringList &pointer)
{
    if (!result)
        throw JsonProblem{pointer + result.error().pointer, result.error().problem};
    return std::move(result).value();
}

AnnotationFile readCurrentVersion(const JsonFieldReader &root)
{
    AnnotationFile file;
    AnnotationSet &set = file.set;
    if (root.string(u"offset_unit"_s) != "code point"_L1)
        root.fail(u"offset_unit"_s, u"must be \"code point\""_s);
    const JsonFieldReader source = root.object(u"source"_s);
    set.sourcePath = source.string(u"path"_s);
    set.record = int(source.optionalInteger(u"record"_s, 0, std::numeric_limits<int>::max()).value_or(-1));
    set.contentHash = source.string(u"content_hash"_s);
    set.reviewer = root.string(u"reviewer"_s);
    file.state.saved = root.optionalTimestamp(u"saved"_s);
    file.state.journalSequence = root.integer(u"journal_sequence"_s, 0, std::numeric_limits<qint64>::max());
    set.document = valueOrThrow(documentFieldsFromJson(root.json().value("document"_L1)), {u"document"_s});
    set.text = root.string(u"text"_s);

    const CodePointIndex index(set.text);
    const QJsonArray spans = root.array(u"spans"_s);
    QSet<QString> spanIds;
    spanIds.reserve(spans.size());
    set.spans.reserve(spans.size());
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const QStringList pointer{u"spans"_s, QString::number(i)};
        Span span = valueOrThrow(spanFromJson(spans[i], index), pointer);
        if (const QString problem = spanProblem(span, set.text); !problem.isEmpty())
            throw JsonProblem{pointer, problem};
        if (spanIds.contains(span.id))
            throw JsonProblem{pointer + QStringList{u"id"_s}, u"a second span with id \"%1\""_s.arg(span.id)};
        spanIds.insert(span.id);
        set.spans.append(std::move(span));
    }

    const QJsonArray clusters = root.array(u"clusters"_s);
    QSet<QString> clusterIds;
    for (qsizetype i = 0; i < clusters.size(); ++i) {
        const QStringList pointer{u"clusters"_s, QString::number(i)};
        Cluster cluster = valueOrThrow(clusterFromJson(clusters[i]), pointer);
        if (clusterIds.contains(cluster.id))
            throw JsonProblem{pointer + QStringList{u"id"_s}, u"a second cluster with id \"%1\""_s.arg(cluster.id)};
        clusterIds.insert(cluster.id);
        set.clusters.append(std::move(cluster));
    }

    const QJsonArray relations = root.array(u"relations"_s);
    QSet<QString> relationIds;
    const auto spanExists = [&](const QString &id) { return spanIds.contains(id); };
    const auto clusterExists = [&](const QString &id) { return clusterIds.contains(id); };
    for (qsizetype i = 0; i < relations.size(); ++i) {
        const QStringList pointer{u"relations"_s, QString::number(i)};
        Relation relation = valueOrThrow(relationFromJson(relations[i]), pointer);
        if (const QString problem = relationProblem(relation, spanExists, clusterExists); !problem.isEmpty())
            throw JsonProblem{pointer, problem};
        if (relationIds.contains(relation.id))
            throw JsonProblem{pointer + QStringList{u"id"_s}, u"a second relation with id \"%1\""_s.arg(relation.id)};
        relationIds.insert(relation.id);
        set.relations.append(std::move(relation));
    }
    return file;
}

} // namespace

QString AnnotationFileError::message() const
{
    return line > 0 ? u"%1:%2: %3"_s.arg(fileName).arg(line).arg(problem) : fileName + u": "_s + problem;
}

QByteArray annotationFileJson(const AnnotationSet &set, const AnnotationFileState &state)
{
    const CodePointIndex index(set.text);
    QByteArray out;
    out.reserve(set.text.size() * 2 + set.spans.size() * 600 + set.relations.size() * 250 + 1024);
    out += "{\n\"galley_annotations\": " + QByteArray::number(kAnnotationFileVersion) + ",\n";
    out += "\"offset_unit\": \"code point\",\n";
    out += "\"source\": ";
    JsonObjectWriter source(out);
    source.string("path", set.sourcePath);
    source.key("record") += set.record >= 0 ? QByteArray::number(set.record) : QByteArray("null");
    source.string("content_hash", set.contentHash);
    source.close();
    out += ",\n\"reviewer\": ";
    appendJsonString(out, set.reviewer);
    if (state.saved.isValid()) {
        out += ",\n\"saved\": ";
        appendTimestampJson(out, state.saved);
    }
    out += ",\n\"journal_sequence\": " + QByteArray::number(state.journalSequence) + ",\n";
    out += "\"document\": ";
    appendDocumentFieldsJson(out, set.document);
    out += ",\n\"text\": ";
    appendJsonString(out, set.text);
    out += ",\n";
    appendItems(out, "spans", set.spans, [&](QByteArray &bytes, const Span &span) { appendSpanJson(bytes, span, index); }, false);
    appendItems(out, "relations", set.relations, appendRelationJson, false);
    appendItems(out, "clusters", set.clusters, appendClusterJson, true);
    out += "}\n";
    return out;
}

Expected<AnnotationFile, AnnotationFileError> readAnnotationFile(const QByteArray &json, const QString &fileName)
{
    if (const QString problem = problemBeforeParsing(json); !problem.isEmpty())
        return AnnotationFileError{fileName, 0, problem};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QString problem = parseError.offset >= json.size() ? u"the file ends early (truncated?): "_s + parseError.errorString()
                                                                 : u"not valid JSON: "_s + parseError.errorString();
        return AnnotationFileError{fileName, lineAtByteOffset(json, parseError.offset), problem};
    }
    if (!document.isObject())
        return AnnotationFileError{fileName, 1, u"expected a JSON object, found an array"_s};

    const Expected<AnnotationFile, JsonProblem> file = readJson<AnnotationFile>([&] {
        const int version = readVersion(JsonFieldReader(document.object()));
        QJsonObject root = document.object();
        if (version < kAnnotationFileVersion)
            root = valueOrThrow(migrateAnnotationFile(std::move(root), version), {});
        AnnotationFile read = readCurrentVersion(JsonFieldReader(root));
        read.version = version;
        return read;
    });
    if (!file)
        return errorAt(json, fileName, file.error());
    return *file;
}

Expected<AnnotationSet, AnnotationFileError> parseAnnotationFile(const QByteArray &json, const QString &fileName)
{
    Expected<AnnotationFile, AnnotationFileError> file = readAnnotationFile(json, fileName);
    if (!file)
        return file.error();
    return std::move(file).value().set;
}

QString annotationFilePath(const QString &pagePath, int record)
{
    return record >= 0 ? u"%1.record-%2.galley.json"_s.arg(pagePath).arg(record) : pagePath + u".galley.json"_s;
}

bool isAnnotationFilePath(const QString &path)
{
    return path.endsWith(".galley.json"_L1);
}

} // namespace galley
