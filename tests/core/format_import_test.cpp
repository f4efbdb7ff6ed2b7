// Files as other tools write them import with their offsets read as code points; broken files
// fail whole, naming the file, the line and the problem.
#include "annotation_fixture.h"

#include "formats/annotation_format.h"
#include "formats/format_io.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;

class FormatImportTest : public QObject
{
    Q_OBJECT

private slots:
    void brat_handWrittenAnnotations();
    void labelStudio_projectExport();
    void doccano_jsonlLine();
    void prodigy_jsonlLine();
    void spanTriples_inSpansOrEntities();
    void prodigyAnswer_isTheSpansStatus();
    void labelStudioTaskAnnotatedAfterGalley_readsAsAnyTask();
    void fileOpeningWithAByteOrderMark_isRead();
    void labelStudioUserObject_namesTheReviewer();
    void brokenFile_failsWholeNamingFileLineAndProblem_data();
    void brokenFile_failsWholeNamingFileLineAndProblem();
    void missingBratText_isAnError();
    void bratProblemInTheAnn_namesTheAnnWhenImportedByTheTxt();
    void textOpeningWithAByteOrderMark_keepsItsOffsets_data();
    void textOpeningWithAByteOrderMark_keepsItsOffsets();
};

namespace {

// The test's file, written whole; false when it cannot be.
bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile out(path);
    return out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size();
}

QString dataPath(const QString &name)
{
    return QStringLiteral(GALLEY_TEST_DATA_DIR "/formats/") + name;
}

QList<AnnotationSet> importFile(const QString &formatName, const QString &path)
{
    const auto imported = importAnnotations(*findAnnotationFormat(formatName), path);
    if (!imported)
        qFatal("%s", qPrintable(imported.error().toString()));
    return *imported;
}

const Span *spanWithText(const AnnotationSet &set, const QString &text)
{
    for (const Span &span : set.spans) {
        if (span.text == text)
            return &span;
    }
    return nullptr;
}

// Every span's text must be what its offsets cut from the text.
bool anchored(const AnnotationSet &set)
{
    for (const Span &span : set.spans) {
        if (set.text.mid(span.start, span.end - span.start) != span.text)
            return false;
    }
    return true;
}

} // namespace

void FormatImportTest::brat_handWrittenAnnotations()
{
    // Named by its .ann; the .txt beside it is read too. The text has a flag emoji before
    // every span, so code points and UTF-16 units differ.
    const QList<AnnotationSet> sets = importFile(QStringLiteral("brat"), dataPath(QStringLiteral("hand_written.ann")));
    QCOMPARE(sets.size(), 1);
    const AnnotationSet &set = sets.first();
    QVERIFY(anchored(set));
    QCOMPARE(set.spans.size(), 6);
    QCOMPARE(set.spans[0].id, QStringLiteral("T1"));
    QCOMPARE(set.spans[0].label, QStringLiteral("Person"));
    QCOMPARE(set.spans[0].text, QStringLiteral("Emmanuel Macron"));
    QCOMPARE(set.spans[0].status, ReviewStatus::Added);
    QCOMPARE(set.spans[0].attributes.value(QStringLiteral("note")).toString(), QStringLiteral("President of France since 2017"));
    // Two fragments around a line break make one span that holds the break.
    QCOMPARE(set.spans[3].text, QStringLiteral("Nous resterons\nunis."));
    QCOMPARE(set.spans[3].attributes.value(QStringLiteral("Kind")).toString(), QStringLiteral("direct"));
    QCOMPARE(set.spans[1].attributes.value(QStringLiteral("Uncertain")), QVariant(true));
    QCOMPARE(set.spans[2].attributes.value(QStringLiteral("Wikidata")).toString(), QStringLiteral("Q90"));
    QCOMPARE(set.relations.size(), 4);
    QCOMPARE(set.relations[0].type, QStringLiteral("Speaker"));
    QCOMPARE(set.relations[0].from, QStringLiteral("T4"));
    QCOMPARE(set.relations[0].to, QStringLiteral("T1"));
    // The Equiv line is a cluster of both Macron mentions.
    QCOMPARE(set.clusters.size(), 1);
    QCOMPARE(set.clusters[0].canonical, QStringLiteral("Emmanuel Macron"));
    QCOMPARE(set.relations[2].type, QStringLiteral("cluster"));
    QCOMPARE(set.relations[3].from, QStringLiteral("T6"));
    QCOMPARE(set.relations[3].to, set.clusters[0].id);
}

void FormatImportTest::labelStudio_projectExport()
{
    const QList<AnnotationSet> sets = importFile(QStringLiteral("label-studio"), dataPath(QStringLiteral("label_studio_export.json")));
    // Task 17: one finished annotation (the cancelled one is skipped); task 18: its prediction.
    QCOMPARE(sets.size(), 2);
    const AnnotationSet &annotated = sets[0];
    QVERIFY(anchored(annotated));
    QCOMPARE(annotated.reviewer, QStringLiteral("2"));
    const Span *merkel = spanWithText(annotated, QStringLiteral("Angela Merkel"));
    QVERIFY(merkel);
    QCOMPARE(merkel->id, QStringLiteral("Xq3bT9a1Lm"));
    QCOMPARE(merkel->start, 3);   // after the 🎉 (one code point, two UTF-16 units) and a space
    QCOMPARE(merkel->status, ReviewStatus::Added);
    QCOMPARE(merkel->created, QDateTime(QDate(2024, 3, 11), QTime(9, 12, 44, 101), Qt::UTC));
    // the region's note in Label Studio is the span's comment
    QCOMPARE(merkel->attributes.value(QStringLiteral("note")).toString(), QStringLiteral("Check her title"));
    QVERIFY(spanWithText(annotated, QStringLiteral("We stand with you,")));
    QCOMPARE(annotated.relations.size(), 2);
    QCOMPARE(annotated.relations[0].type, QStringLiteral("speaker"));
    QCOMPARE(annotated.relations[0].from, QStringLiteral("Zr7uYc4HsQ"));
    QCOMPARE(annotated.relations[0].to, QStringLiteral("Xq3bT9a1Lm"));
    // "direction": "left" points the other way.
    QCOMPARE(annotated.relations[1].from, QStringLiteral("Zr7uYc4HsQ"));
    QCOMPARE(annotated.relations[1].to, QStringLiteral("aB1cD2eF3g"));

    const AnnotationSet &predicted = sets[1];
    QVERIFY(anchored(predicted));
    QCOMPARE(predicted.spans.size(), 3);   // "Berlin" carries two labels: one span each
    QCOMPARE(predicted.spans[1].label, QStringLiteral("LOC"));
    QCOMPARE(predicted.spans[2].label, QStringLiteral("GPE"));
    QCOMPARE(predicted.spans[2].text, QStringLiteral("Berlin"));
    QCOMPARE(predicted.spans[0].status, ReviewStatus::Pending);
    QCOMPARE(predicted.spans[0].provenance.version, QStringLiteral("ner-v2"));
}

void FormatImportTest::doccano_jsonlLine()
{
    const QList<AnnotationSet> sets = importFile(QStringLiteral("jsonl"), dataPath(QStringLiteral("doccano.jsonl")));
    QCOMPARE(sets.size(), 1);
    const AnnotationSet &set = sets.first();
    QVERIFY(anchored(set));
    QCOMPARE(set.spans.size(), 3);
    QCOMPARE(set.spans[0].id, QStringLiteral("101"));
    QCOMPARE(set.spans[0].text, QStringLiteral("EU"));   // after the 🐑 and a space: code points 2-4
    QCOMPARE(set.spans[2].text, QStringLiteral("British"));
    QCOMPARE(set.relations.size(), 1);
    QCOMPARE(set.relations[0].type, QStringLiteral("rejects"));
    QCOMPARE(set.relations[0].from, QStringLiteral("101"));
    QCOMPARE(set.relations[0].to, QStringLiteral("102"));
}

void FormatImportTest::prodigy_jsonlLine()
{
    const QList<AnnotationSet> sets = importFile(QStringLiteral("jsonl"), dataPath(QStringLiteral("prodigy.jsonl")));
    QCOMPARE(sets.size(), 1);
    const AnnotationSet &set = sets.first();
    QVERIFY(anchored(set));
    QCOMPARE(set.spans.size(), 3);
    QCOMPARE(set.spans[1].text, QStringLiteral("Tim Cook"));   // after the 🍏
    QCOMPARE(set.spans[2].text, QStringLiteral("Cupertino"));
    QCOMPARE(set.relations.size(), 1);
    QCOMPARE(set.relations[0].type, QStringLiteral("EMPLOYS"));
    QCOMPARE(set.relations[0].from, set.spans[0].id);
    QCOMPARE(set.relations[0].to, set.spans[1].id);
}

// spaCy's training JSON and older doccano give spans as [start, end, label]; in "spans" they were
// refused as "not valid JSON: expected an object".
void FormatImportTest::spanTriples_inSpansOrEntities()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("triples.jsonl"));
    QVERIFY(writeBytes(path, "{\"text\": \"\xF0\x9F\x90\x91 Ann met Bob.\", \"spans\": [[2, 5, \"PER\"]]}\n"
              "{\"text\": \"Cy left.\", \"entities\": [[0, 2, \"PER\"]]}\n"));
    const auto imported = importAnnotations(*findAnnotationFormat(QStringLiteral("jsonl")), path);
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
    QCOMPARE(imported->size(), 2);
    QCOMPARE(imported->at(0).spans.first().text, QStringLiteral("Ann"));   // code points, after the emoji
    QCOMPARE(imported->at(1).spans.first().label, QStringLiteral("PER"));
}

// A rejected Prodigy example came in as gold: its spans "added" like an accepted one's.
void FormatImportTest::prodigyAnswer_isTheSpansStatus()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("answers.jsonl"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    for (const char *answer : {"accept", "reject", "ignore"})
        out.write(QByteArray("{\"text\": \"Ann went to Paris.\", \"spans\": [{\"start\": 12, \"end\": 17, \"label\": \"GPE\"}], "
                             "\"answer\": \"") + answer + "\"}\n");
    out.close();
    const QList<AnnotationSet> sets = importFile(QStringLiteral("jsonl"), path);
    QCOMPARE(sets.size(), 3);
    QCOMPARE(sets[0].spans.first().status, ReviewStatus::Added);
    QCOMPARE(sets[1].spans.first().status, ReviewStatus::Rejected);
    QCOMPARE(sets[2].spans.first().status, ReviewStatus::Pending);   // skipped: nobody decided
}

// A task Galley wrote, then annotated in Label Studio (a region of its own, the pre-annotation
// accepted with the same ids): read as one set per annotation, without the prediction's spans
// twice.
void FormatImportTest::labelStudioTaskAnnotatedAfterGalley_readsAsAnyTask()
{
    const AnnotationSet rich = fixture::richAnnotationSet();
    const AnnotationFormat &format = *findAnnotationFormat(QStringLiteral("label-studio"));
    QJsonArray tasks = QJsonDocument::fromJson(format.write({rich}, QStringLiteral("rich")).files.first().content).array();
    QJsonObject task = tasks[0].toObject();
    QJsonArray annotations = task[u"annotations"].toArray();
    QJsonObject annotation = annotations[0].toObject();
    QJsonArray results = annotation[u"result"].toArray();
    for (const QJsonValue &predicted : task[u"predictions"][0][u"result"].toArray())
        results.append(predicted);   // accepted in Label Studio: the same regions, same ids
    results.append(QJsonObject{{u"id"_qs, u"ls-1"_qs}, {u"type"_qs, u"labels"_qs},
                               {u"value"_qs, QJsonObject{{u"start"_qs, 0}, {u"end"_qs, 6}, {u"labels"_qs, QJsonArray{u"NORP"_qs}}}}});
    annotation[u"result"_qs] = results;
    annotations[0] = annotation;
    task[u"annotations"_qs] = annotations;
    tasks[0] = task;
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("tasks.json"));
    QVERIFY(writeBytes(path, QJsonDocument(tasks).toJson()));

    const QList<AnnotationSet> sets = importFile(QStringLiteral("label-studio"), path);
    QCOMPARE(sets.size(), 1);
    QSet<QString> ids;
    for (const Span &span : sets.first().spans)
        ids.insert(span.id);
    QCOMPARE(ids.size(), sets.first().spans.size());   // no id twice
    QVERIFY(ids.contains(QStringLiteral("ls-1")));
    const auto made = std::find_if(sets.first().spans.cbegin(), sets.first().spans.cend(),
                                   [](const Span &span) { return span.id == QStringLiteral("ls-1"); });
    QCOMPARE(made->status, ReviewStatus::Added);   // made by a person in Label Studio
    QCOMPARE(made->text, sets.first().text.mid(made->start, made->end - made->start));

    // a prediction region the annotator deleted comes back rejected, not lost
    const QString deleted = task[u"predictions"][0][u"result"][0][u"id"].toString();
    QJsonArray kept;
    for (const QJsonValue &result : annotation[u"result"].toArray()) {
        if (result[u"id"].toString() != deleted)
            kept.append(result);
    }
    annotation[u"result"_qs] = kept;
    annotations[0] = annotation;
    task[u"annotations"_qs] = annotations;
    tasks[0] = task;
    QVERIFY(writeBytes(path, QJsonDocument(tasks).toJson()));
    const QList<AnnotationSet> withDeleted = importFile(QStringLiteral("label-studio"), path);
    const auto gone = std::find_if(withDeleted.first().spans.cbegin(), withDeleted.first().spans.cend(),
                                   [&deleted](const Span &span) { return span.id == deleted; });
    QVERIFY(gone != withDeleted.first().spans.cend());
    QCOMPARE(gone->status, ReviewStatus::Rejected);
}

// A JSONL or Label Studio file saved by a Windows editor starts with a byte order mark; it was
// refused ("unexpected character 'ï'") while annotate --lines read it.
void FormatImportTest::fileOpeningWithAByteOrderMark_isRead()
{
    QTemporaryDir folder;
    const QList<std::pair<QString, QByteArray>> files{
        {QStringLiteral("jsonl"), "\xEF\xBB\xBF{\"text\": \"Ann met Bob.\", \"spans\": [{\"start\": 0, \"end\": 3, \"label\": \"PER\"}]}\n"},
        {QStringLiteral("label-studio"), "\xEF\xBB\xBF[{\"data\": {\"text\": \"Ann met Bob.\"}, \"annotations\": [{\"result\": [{\"id\": \"a\", "
                                          "\"type\": \"labels\", \"value\": {\"start\": 0, \"end\": 3, \"labels\": [\"PER\"]}}, "
                                          "{\"id\": \"b\", \"type\": \"labels\", \"value\": {\"start\": 8, \"end\": 11, \"labels\": [\"PER\"]}}, "
                                          "{\"from_id\": \"a\", \"to_id\": \"b\", \"type\": \"relation\", \"labels\": [\"MET\"]}]}], "
                                          "\"meta\": {\"galley\": {\"relations\": [{\"id\": \"r1\", \"type\": \"KNOWS\", \"from\": \"a\", \"to\": \"b\"}]}}}]"}};
    for (const auto &[formatName, content] : files) {
        const QString path = folder.filePath(formatName + QStringLiteral(".txt"));
        QVERIFY(writeBytes(path, content));
        const auto imported = importAnnotations(*findAnnotationFormat(formatName), path);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
        QCOMPARE(imported->first().text, QStringLiteral("Ann met Bob."));
        QCOMPARE(imported->first().spans.first().text, QStringLiteral("Ann"));
    }
}

// Label Studio exports with users expanded give completed_by as an object; its reviewer was lost.
void FormatImportTest::labelStudioUserObject_namesTheReviewer()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("tasks.json"));
    QVERIFY(writeBytes(path, "[{\"data\": {\"text\": \"Ann met Bob.\"}, \"annotations\": [{\"completed_by\": {\"id\": 7, \"email\": "
              "\"ann@example.org\"}, \"result\": [{\"id\": \"a\", \"type\": \"labels\", \"value\": {\"start\": 0, \"end\": 3, "
              "\"labels\": [\"PER\"]}}]}]}]"));
    const QList<AnnotationSet> sets = importFile(QStringLiteral("label-studio"), path);
    QCOMPARE(sets.first().reviewer, QStringLiteral("ann@example.org"));
}

void FormatImportTest::brokenFile_failsWholeNamingFileLineAndProblem_data()
{
    QTest::addColumn<QString>("formatName");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("problem");

    const QByteArray goodLine = R"({"text": "Ann met Bob.", "spans": [{"start": 0, "end": 3, "label": "PER"}]})";
    QTest::newRow("jsonl: a line is no JSON")
        << QStringLiteral("jsonl") << QStringLiteral("docs.jsonl") << goodLine + "\n{\"text\": \"x\"\n" << 2
        << QStringLiteral("the JSON ends early (truncated?) at byte 12 of the line");
    QTest::newRow("label-studio: JSONL lines")
        << QStringLiteral("label-studio") << QStringLiteral("tasks.json") << goodLine + "\n" + goodLine + "\n" << 2
        << QStringLiteral("more data after the end (a JSON document a line is JSONL: import it as jsonl)");
    QTest::newRow("jsonl: a span's text is not at its offsets")
        << QStringLiteral("jsonl") << QStringLiteral("docs.jsonl")
        << QByteArray("{\"text\": \"Acme Corp hired Bob.\", \"spans\": [{\"start\": 0, \"end\": 9, \"label\": \"ORG\", \"text\": \"Acme\"}]}\n")
        << 1 << QStringLiteral("span 1: \"text\" 'Acme' is not the document's text at 0-9 (code points)");
    QTest::newRow("jsonl: spans that are no list")
        << QStringLiteral("jsonl") << QStringLiteral("docs.jsonl") << QByteArray("{\"text\": \"abc\", \"spans\": \"x\"}\n") << 1
        << QStringLiteral("\"spans\" must be a list, not a string");
    QTest::newRow("label-studio: valid JSON of another shape")
        << QStringLiteral("label-studio") << QStringLiteral("tasks.json") << QByteArray("[1, 2]\n") << 1
        << QStringLiteral("expected an object, found a number");
    QTest::newRow("jsonl: lone surrogate")
        << QStringLiteral("jsonl") << QStringLiteral("docs.jsonl")
        << goodLine + "\n" + R"({"text": "x\ud83d Alice", "spans": [{"start": 3, "end": 8, "label": "PER"}]})" << 2
        << QStringLiteral("\\ud83d is half of a surrogate pair");
    QTest::newRow("jsonl: lone low surrogate")
        << QStringLiteral("jsonl") << QStringLiteral("docs.jsonl")
        << QByteArray(R"({"text": "x\ude00\ud83d Alice", "spans": []})") << 1
        << QStringLiteral("\\ude00 is half of a surrogate pair");
    QTest::newRow("jsonl: span past the end")
        << QStringLiteral("jsonl") << QStringLiteral("docs.jsonl")
        << goodLine + "\n\n" + R"({"text": "Bob", "spans": [{"start": 0, "end": 9, "label": "PER"}]})" << 3
        << QStringLiteral("span 1: end 9 is past the end of the text (3 code points)");
    QTest::newRow("jsonl: relation to no span")
        << QStringLiteral("jsonl") << QStringLiteral("docs.jsonl")
        << QByteArray(R"({"text": "Bob", "spans": [{"id": "a", "start": 0, "end": 3, "label": "PER"}], "relations": [{"id": "r", "from_id": "a", "to_id": "z", "type": "speaker"}]})")
        << 1 << QStringLiteral("relation 'r' (speaker) leads from 'a' to 'z'");
    QTest::newRow("jsonl: duplicate span id on the second document")
        << QStringLiteral("jsonl") << QStringLiteral("docs.jsonl")
        << goodLine + "\n" + R"({"text": "Bob", "spans": [{"id": "a", "start": 0, "end": 3, "label": "PER"}, {"id": "a", "start": 0, "end": 1, "label": "PER"}]})"
        << 2 << QStringLiteral("span id 'a' is empty or not unique");
    QTest::newRow("label-studio: relation to no span")
        << QStringLiteral("label-studio") << QStringLiteral("tasks.json")
        << QByteArray("[{\"data\": {\"text\": \"Ann\"}},\n {\"data\": {\"text\": \"Bob\"}, \"annotations\": [{\"result\": [\n"
                      "  {\"id\": \"b\", \"type\": \"labels\", \"value\": {\"start\": 0, \"end\": 3, \"labels\": [\"PER\"]}},\n"
                      "  {\"type\": \"relation\", \"from_id\": \"b\", \"to_id\": \"zz\", \"labels\": [\"speaker\"]}]}]}]")
        << 2 << QStringLiteral("task 2: relation");
    QTest::newRow("brat: duplicate span id")
        << QStringLiteral("brat") << QStringLiteral("a.ann")
        << QByteArray("T1\tPER 0 3\tAnn\nT1\tPER 8 11\tBob\n") << 2 << QStringLiteral("span id 'T1' appears twice");
    QTest::newRow("brat: duplicate relation id")
        << QStringLiteral("brat") << QStringLiteral("a.ann")
        << QByteArray("T1\tPER 0 3\tAnn\nT2\tPER 8 11\tBob\nR1\tmet Arg1:T1 Arg2:T2\nR1\tmet Arg1:T2 Arg2:T1\n") << 4
        << QStringLiteral("relation id 'R1' appears twice");
    QTest::newRow("label-studio: result Galley has no place for")
        << QStringLiteral("label-studio") << QStringLiteral("tasks.json")
        << QByteArray("[{\"data\": {\"text\": \"Ann\"},\n \"annotations\": [{\"result\": [\n"
                      "  {\"id\": \"ok1\", \"type\": \"labels\", \"value\": {\"start\": 0, \"end\": 3, \"labels\": [\"PER\"]}},\n"
                      "  {\"id\": \"c7\", \"type\": \"choices\", \"value\": {\"choices\": [\"Positive\"]}}]}]}]")
        << 4 << QStringLiteral("task 1: result 2 (c7): results of type 'choices'");
    QTest::newRow("label-studio: offsets in UTF-16 units, not code points")
        << QStringLiteral("label-studio") << QStringLiteral("tasks.json")
        << QByteArray("[{\"data\": {\"text\": \"\xF0\x9F\x8E\x89 Ann met Bob.\"},\n \"annotations\": [{\"result\": [\n"
                      "  {\"id\": \"u16\", \"type\": \"labels\", \"value\": {\"start\": 3, \"end\": 6, \"text\": \"Ann\", "
                      "\"labels\": [\"PER\"]}}]}]}]")
        << 3 << QStringLiteral("value.text 'Ann' is not the task text at 3-6 (code points)");
    QTest::newRow("conll: not an IOB2 tag")
        << QStringLiteral("conll") << QStringLiteral("a.conll")
        << QByteArray("-DOCSTART- -X- -X- O\n\nAnn -X- -X- B-PER\nmet -X- -X- X-VERB\n") << 4
        << QStringLiteral("'X-VERB' is no IOB2 tag");
    QTest::newRow("conll: a JSONL file read as CoNLL")
        << QStringLiteral("conll") << QStringLiteral("gold.jsonl")
        << QByteArray("{\"id\": \"a\", \"text\": \"Alice went to Paris.\", \"spans\": [{\"start\": 0, \"end\": 5, \"label\": \"PER\"}]}\n") << 1
        << QStringLiteral("this line is JSON, not CoNLL columns 'WORD … TAG' (JSONL: import it as jsonl)");
    QTest::newRow("brat: text differs from the .txt")
        << QStringLiteral("brat") << QStringLiteral("a.ann")
        << QByteArray("T1\tPER 0 3\tAnn\nT2\tPER 8 11\tBen\n") << 2
        << QStringLiteral("the text 'Ben' differs from the .txt at those offsets ('Bob')");
    QTest::newRow("brat: relation to a span not in the file")
        << QStringLiteral("brat") << QStringLiteral("a.ann")
        << QByteArray("T1\tPER 0 3\tAnn\nR1\tspeaker Arg1:T1 Arg2:T9\n") << 2
        << QStringLiteral("names a span that is not in the file");
    QTest::newRow("brat: fragments with words between")
        << QStringLiteral("brat") << QStringLiteral("a.ann")
        << QByteArray("T1\tPER 0 3;8 11\tAnn Bob\n") << 1
        << QStringLiteral("fragments with text between them");
    QTest::newRow("brat: Latin-1, not UTF-8")
        << QStringLiteral("brat") << QStringLiteral("a.ann")
        << QByteArray("T1\tPER 0 3\tAnn\n#1\tAnnotatorNotes T1\tcaf\xE9\n") << 2
        << QStringLiteral("not UTF-8 at byte 24 of the line");
    QTest::newRow("conll: Latin-1, not UTF-8")
        << QStringLiteral("conll") << QStringLiteral("a.conll")
        << QByteArray("-DOCSTART- -X- -X- O\n\nJos\xE9 -X- -X- B-PER\n") << 3
        << QStringLiteral("not UTF-8 at byte 3 of the line");
    QTest::newRow("brat: events")
        << QStringLiteral("brat") << QStringLiteral("a.ann")
        << QByteArray("T1\tMeet 4 7\tmet\nE1\tMeet:T1\n") << 2 << QStringLiteral("events (E lines)");
}

void FormatImportTest::brokenFile_failsWholeNamingFileLineAndProblem()
{
    QFETCH(QString, formatName);
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    QFETCH(QString, problem);
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(fileName);
    FormatFiles files{{path, content}};
    if (formatName == QLatin1String("brat"))
        files.append({folder.filePath(QStringLiteral("a.txt")), QByteArray("Ann met Bob.")});
    for (const FormatFile &file : files) {
        QFile out(file.name);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(file.content);
    }
    const auto imported = importAnnotations(*findAnnotationFormat(formatName), path);
    QVERIFY(!imported);
    QCOMPARE(imported.error().file, path);
    QCOMPARE(imported.error().line, line);
    QVERIFY2(imported.error().problem.contains(problem), qPrintable(imported.error().toString()));
    QVERIFY(imported.error().toString().startsWith(path + (line > 0 ? u':' + QString::number(line) + u':' : QStringLiteral(":"))));
}

void FormatImportTest::missingBratText_isAnError()
{
    QTemporaryDir folder;
    const QString ann = folder.filePath(QStringLiteral("lonely.ann"));
    QFile out(ann);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("T1\tPER 0 3\tAnn\n");
    out.close();
    const auto imported = importAnnotations(*findAnnotationFormat(QStringLiteral("brat")), ann);
    QVERIFY(!imported);
    QCOMPARE(imported.error().file, folder.filePath(QStringLiteral("lonely.txt")));
    QVERIFY(imported.error().problem.contains(QStringLiteral("cannot read")));
}

void FormatImportTest::bratProblemInTheAnn_namesTheAnnWhenImportedByTheTxt()
{
    QTemporaryDir folder;
    const QString txt = folder.filePath(QStringLiteral("a.txt")), ann = folder.filePath(QStringLiteral("a.ann"));
    for (const FormatFile &file : FormatFiles{{txt, "Ann met Bob."}, {ann, "T1\tPER 0 3\tAnn\nT1\tPER 8 11\tBob\n"}}) {
        QFile out(file.name);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(file.content);
    }
    const auto imported = importAnnotations(*findAnnotationFormat(QStringLiteral("brat")), txt);
    QVERIFY(!imported);
    QCOMPARE(imported.error().toString(), ann + QStringLiteral(":2: span id 'T1' appears twice"));
}

// A text that opens with U+FEFF counts it, as brat (Python) and doccano do: Qt's UTF-8 decoding
// dropped it, and every span read one character early ("Abou" for "Ann").
void FormatImportTest::textOpeningWithAByteOrderMark_keepsItsOffsets_data()
{
    QTest::addColumn<QString>("formatName");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QByteArray>("bratText");
    QTest::newRow("jsonl") << QStringLiteral("jsonl") << QStringLiteral("docs.jsonl")
                           << QByteArray("{\"text\": \"\xEF\xBB\xBF" "Ann met Bob.\", \"spans\": [{\"start\": 1, \"end\": 4, \"label\": \"PER\"}]}\n")
                           << QByteArray();
    QTest::newRow("label-studio") << QStringLiteral("label-studio") << QStringLiteral("tasks.json")
                                  << QByteArray("[{\"data\": {\"text\": \"\xEF\xBB\xBF" "Ann met Bob.\"}, \"annotations\": [{\"result\": "
                                                "[{\"id\": \"a\", \"from_name\": \"label\", \"to_name\": \"text\", \"type\": \"labels\", "
                                                "\"value\": {\"start\": 1, \"end\": 4, \"labels\": [\"PER\"]}}]}]}]")
                                  << QByteArray();
    QTest::newRow("brat") << QStringLiteral("brat") << QStringLiteral("a.ann") << QByteArray("T1\tPER 1 4\tAnn\n")
                          << QByteArray("\xEF\xBB\xBF" "Ann met Bob.");
}

void FormatImportTest::textOpeningWithAByteOrderMark_keepsItsOffsets()
{
    QFETCH(QString, formatName);
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, bratText);
    QTemporaryDir folder;
    FormatFiles files{{folder.filePath(fileName), content}};
    if (!bratText.isEmpty())
        files.append({folder.filePath(QStringLiteral("a.txt")), bratText});
    for (const FormatFile &file : files) {
        QFile out(file.name);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(file.content);
    }
    const QList<AnnotationSet> sets = importFile(formatName, files.first().name);
    QCOMPARE(sets.size(), 1);
    QCOMPARE(sets.first().text, QStringLiteral("\uFEFFAnn met Bob."));
    QCOMPARE(sets.first().spans.size(), 1);
    QCOMPARE(sets.first().spans.first().text, QStringLiteral("Ann"));
    QVERIFY(anchored(sets.first()));
}

QTEST_GUILESS_MAIN(FormatImportTest)
#include "format_import_test.moc"
