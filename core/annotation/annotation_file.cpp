#include "annotation/annotation_file.h"

#include "annotation/annotation_file_migration.h"
#include "annotation/annotation_json.h"
#include "annotation/annotation_validation.h"
#include "annotation/json_field_reader.h"
#include "util/json_pull_parser.h"
#include "load/binary_sniff.h"
#include "load/charset_detection.h"
#include "text/code_point_index.h"
#include "util/json_byte_order_marks.h"
#include "util/json_location.h"
#include "util/json_text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <memory>
#include <optional>

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

// Where a problem is: its byte offset when the reader knew it, else found from its pointer.
AnnotationFileError errorAt(QByteArrayView json, const QString &fileName, const JsonProblem &problem)
{
    const QString pointer = jsonPointerText(problem.pointer);
    const qsizetype offset = problem.offset >= 0 ? problem.offset : jsonValueOffset(json, pointer);
    const QString where = pointer.isEmpty() ? QString() : pointer + u": "_s;
    return {fileName, positionOfByte(json, offset).line, where + problem.problem};
}

// Problems visible before parsing: nothing there, UTF-16, binary data, not UTF-8. The byte
// numbers named count from the file's start, `firstByte` bytes before `json`.
std::optional<JsonProblem> problemBeforeParsing(QByteArrayView json, qsizetype firstByte)
{
    const auto wholeFile = [](const QString &problem) { return JsonProblem{{}, problem, -1}; };
    if (json.trimmed().isEmpty())
        return wholeFile(json.isEmpty() ? u"the file is empty"_s : u"the file holds only white space"_s);
    if (const QString encoding = detectByteOrderMark(json).encoding; encoding.startsWith("UTF-16"_L1))
        return wholeFile(u"the file is %1 text; annotation files are UTF-8"_s.arg(encoding));
    const QString binaryKind = knownBinaryKind(json.first(qMin<qsizetype>(json.size(), 64)));
    if (!binaryKind.isEmpty())
        return wholeFile(u"the file is %1, not JSON"_s.arg(binaryKind));
    if (const qsizetype nul = json.indexOf('\0'); nul >= 0 || looksBinary(json.first(qMin<qsizetype>(json.size(), 4096))))
        return wholeFile(u"the file holds binary data, not JSON text%1"_s.arg(nul >= 0 ? u" (a NUL byte at byte %1)"_s.arg(firstByte + nul) : QString()));
    if (const qsizetype invalid = invalidUtf8Offset(json); invalid >= 0)
        return JsonProblem{{}, u"not UTF-8 text: byte %1 cannot be decoded"_s.arg(firstByte + invalid), invalid};
    return std::nullopt;
}

// The file's "galley_annotations" version, checked against what this Galley reads.
int readVersion(QByteArrayView json)
{
    JsonPullParser parser(json);
    if (parser.peek() != JsonPullParser::Kind::Object)
        throw JsonProblem{{}, u"expected a JSON object, found "_s + jsonKindName(parser.peek()), parser.offset()};
    JsonObjectReader root(parser, {});
    while (root.next()) {
        if (!root.is("galley_annotations")) {
            root.skip();
            continue;
        }
        const qsizetype offset = root.valueOffset();
        const qsizetype version = root.integer(0, std::numeric_limits<int>::max());
        if (version > kAnnotationFileVersion)
            root.fail(offset, u"written by a newer Galley (version %1); this Galley reads versions %2 to %3"_s
                                  .arg(version).arg(kOldestAnnotationFileVersion).arg(kAnnotationFileVersion));
        if (version < kOldestAnnotationFileVersion)
            root.fail(offset, u"version %1 does not exist"_s.arg(version));
        return int(version);
    }
    root.failObject(u"not a Galley annotation file: no \"galley_annotations\" version"_s);
}

template<typename T>
T valueOrThrow(Expected<T, JsonProblem> result)
{
    if (!result)
        throw result.error();
    return std::move(result).value();
}

QStringList itemPointer(const char *array, qsizetype index)
{
    return {QString::fromLatin1(array), QString::number(index)};
}

// Reads the items of the array at the parser's position, noting where each starts.
template<typename Item, typename ReadItem>
void readItems(JsonPullParser &parser, const char *array, QList<Item> &items, QList<qsizetype> &offsets,
               ReadItem readItem)
{
    if (parser.peek() != JsonPullParser::Kind::Array)
        throw JsonProblem{{QString::fromLatin1(array)}, u"expected an array, found "_s + jsonKindName(parser.peek()),
                          parser.offset()};
    parser.beginArray();
    while (parser.nextElement()) {
        offsets.append(parser.offset());
        items.append(valueOrThrow(readItem(itemPointer(array, items.size()))));
    }
}

template<typename Item>
void requireUniqueIds(const QList<Item> &items, const QList<qsizetype> &offsets, const char *array, const QString &kind)
{
    QSet<QString> ids;
    ids.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (ids.contains(items[i].id))
            throw JsonProblem{itemPointer(array, i) + QStringList{u"id"_s},
                              u"a second %1 with id \"%2\""_s.arg(kind, items[i].id), offsets[i]};
        ids.insert(items[i].id);
    }
}

// Everything about a version 2 file that needs more than one item: span text against the
// article text, unique ids, relation ends.
void validateSet(const AnnotationSet &set, const QList<qsizetype> &spanOffsets, const QList<qsizetype> &relationOffsets,
                 const QList<qsizetype> &clusterOffsets)
{
    for (qsizetype i = 0; i < set.spans.size(); ++i) {
        if (const QString problem = spanProblem(set.spans[i], set.text); !problem.isEmpty())
            throw JsonProblem{itemPointer("spans", i), problem, spanOffsets[i]};
    }
    requireUniqueIds(set.spans, spanOffsets, "spans", u"span"_s);
    requireUniqueIds(set.clusters, clusterOffsets, "clusters", u"cluster"_s);
    requireUniqueIds(set.relations, relationOffsets, "relations", u"relation"_s);
    QSet<QString> spanIds, clusterIds;
    spanIds.reserve(set.spans.size());
    for (const Span &span : set.spans)
        spanIds.insert(span.id);
    for (const Cluster &cluster : set.clusters)
        clusterIds.insert(cluster.id);
    const auto spanExists = [&](const QString &id) { return spanIds.contains(id); };
    const auto clusterExists = [&](const QString &id) { return clusterIds.contains(id); };
    for (qsizetype i = 0; i < set.relations.size(); ++i) {
        if (const QString problem = relationProblem(set.relations[i], spanExists, clusterExists); !problem.isEmpty())
            throw JsonProblem{itemPointer("relations", i), problem, relationOffsets[i]};
    }
}

AnnotationFile readCurrentVersion(QByteArrayView json)
{
    AnnotationFile file;
    AnnotationSet &set = file.set;
    JsonPullParser parser(json);
    JsonObjectReader root(parser, {});
    bool hasUnit = false, hasSource = false, hasReviewer = false, hasSequence = false, hasDocument = false,
         hasText = false, hasRelations = false, hasClusters = false;
    qsizetype spansOffset = -1;
    bool spansDeferred = false;   // they came before the text their offsets index
    QList<qsizetype> spanOffsets, relationOffsets, clusterOffsets;
    std::unique_ptr<CodePointIndex> index;
    while (root.next()) {
        if (root.is("offset_unit")) {
            const qsizetype offset = root.valueOffset();
            if (root.string() != "code point"_L1)
                root.fail(offset, u"must be \"code point\""_s);
            hasUnit = true;
        } else if (root.is("source")) {
            JsonObjectReader source = root.object();
            bool hasPath = false, hasHash = false;
            while (source.next()) {
                if (source.is("path")) {
                    set.sourcePath = source.string();
                    hasPath = true;
                } else if (source.is("record")) {
                    set.record = int(source.optionalInteger(0, std::numeric_limits<int>::max()).value_or(-1));
                } else if (source.is("content_hash")) {
                    set.contentHash = source.string();
                    hasHash = true;
                } else {
                    source.skip();
                }
            }
            source.requireAll({{"path", hasPath}, {"content_hash", hasHash}});
            hasSource = true;
        } else if (root.is("reviewer")) {
            set.reviewer = root.string();
            hasReviewer = true;
        } else if (root.is("saved")) {
            file.state.saved = root.optionalTimestamp();
        } else if (root.is("journal_sequence")) {
            file.state.journalSequence = root.integer(0, std::numeric_limits<qint64>::max() / 2);
            hasSequence = true;
        } else if (root.is("document")) {
            set.document = valueOrThrow(documentFieldsFromJson(parser, {u"document"_s}));
            hasDocument = true;
        } else if (root.is("text")) {
            set.text = root.string();
            index = std::make_unique<CodePointIndex>(set.text);
            hasText = true;
        } else if (root.is("spans")) {
            spansOffset = root.valueOffset();
            if (index)
                readItems(parser, "spans", set.spans, spanOffsets,
                          [&](const QStringList &pointer) { return spanFromJson(parser, pointer, *index); });
            else
                root.skip();
            spansDeferred = !index;
        } else if (root.is("relations")) {
            readItems(parser, "relations", set.relations, relationOffsets,
                      [&](const QStringList &pointer) { return relationFromJson(parser, pointer); });
            hasRelations = true;
        } else if (root.is("clusters")) {
            readItems(parser, "clusters", set.clusters, clusterOffsets,
                      [&](const QStringList &pointer) { return clusterFromJson(parser, pointer); });
            hasClusters = true;
        } else {
            root.skip();
        }
    }
    parser.expectEnd();
    root.requireAll({{"offset_unit", hasUnit}, {"source", hasSource}, {"reviewer", hasReviewer},
                     {"journal_sequence", hasSequence}, {"document", hasDocument}, {"text", hasText},
                     {"spans", spansOffset >= 0}, {"relations", hasRelations}, {"clusters", hasClusters}});
    if (spansDeferred) {
        parser.seek(spansOffset);
        readItems(parser, "spans", set.spans, spanOffsets,
                  [&](const QStringList &pointer) { return spanFromJson(parser, pointer, *index); });
    }
    validateSet(set, spanOffsets, relationOffsets, clusterOffsets);
    return file;
}

// An older version: migrated as a JSON tree, then read like a current file. Problems are
// located in the original by their JSON Pointer.
AnnotationFile readMigrated(QByteArrayView json, int version)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(jsonKeepingByteOrderMarks(json), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw JsonProblem{{}, u"not valid JSON: "_s + parseError.errorString(), parseError.offset};
    const QJsonObject migrated = valueOrThrow(migrateAnnotationFile(document.object(), version));
    const Expected<AnnotationFile, JsonProblem> file =
        readJson<AnnotationFile>([&] { return readCurrentVersion(QJsonDocument(migrated).toJson(QJsonDocument::Compact)); });
    if (!file)
        throw JsonProblem{file.error().pointer, file.error().problem, -1};
    return *file;
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
    out += kAnnotationFileStart + QByteArray::number(kAnnotationFileVersion) + ",\n";
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

Expected<AnnotationFile, AnnotationFileError> readAnnotationFile(const QByteArray &bytes, const QString &fileName)
{
    // Windows editors add a UTF-8 byte order mark when a reviewer saves there; it moves no line.
    const ByteOrderMark bom = detectByteOrderMark(bytes);
    const qsizetype bomLength = bom.encoding == "UTF-8"_L1 ? bom.length : 0;
    const QByteArrayView json = QByteArrayView(bytes).sliced(bomLength);
    if (const std::optional<JsonProblem> problem = problemBeforeParsing(json, bomLength))
        return AnnotationFileError{fileName, problem->offset >= 0 ? positionOfByte(json, problem->offset).line : 0,
                                   problem->problem};
    const Expected<AnnotationFile, JsonProblem> file = readJson<AnnotationFile>([&] {
        const int version = readVersion(json);
        AnnotationFile read = version == kAnnotationFileVersion ? readCurrentVersion(json) : readMigrated(json, version);
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
