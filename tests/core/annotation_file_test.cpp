#include "annotation/annotation_file.h"
#include "annotation/text_quote.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace galley;
using namespace Qt::StringLiterals;

namespace {

const QString kEmojiText = u"😀 Ana Ruiz met 👩‍🔬 Dr Lee in Köln on Monday."_s;

Span spanOf(const QString &text, const QString &id, const QString &label, const QString &words)
{
    Span span;
    span.id = id;
    span.label = label;
    span.start = int(text.indexOf(words));
    span.end = span.start + int(words.size());
    span.text = words;
    span.quote = textQuoteAt(text, span.start, span.end);
    span.created = QDateTime(QDate(2026, 1, 31), QTime(9, 0), Qt::UTC);
    span.modified = span.created.addMSecs(1500);
    span.provenance = {u"ner"_s, u"conll-1"_s, {}};
    return span;
}

AnnotationSet sampleSet()
{
    AnnotationSet set;
    set.sourcePath = u"/pages/storm.html"_s;
    set.contentHash = u"sha256:0f3a"_s;
    set.text = kEmojiText;
    set.reviewer = u"maria"_s;
    set.document = {u"Lee in Köln"_s, {u"Ana Ruiz"_s, u"Bo Chen"_s}, u"2026-01-31"_s, u"checked twice"_s,
                    DocumentStatus::InProgress};
    Span ana = spanOf(set.text, u"s1"_s, u"PER"_s, u"Ana Ruiz"_s);
    ana.status = ReviewStatus::Accepted;
    ana.provenance.reviewer = u"maria"_s;
    ana.attributes = {{u"canonical"_s, u"Ana Ruiz"_s}, {u"confidence"_s, 0.75}, {u"count"_s, 3},
                      {u"checked"_s, true}, {u"aliases"_s, QVariantList{u"A. Ruiz"_s, u"Ruiz"_s}}};
    ana.dom = DomRange{{u"/html[1]/body[1]/p[1]/text()[1]"_s, 3}, {u"/html[1]/body[1]/p[1]/text()[1]"_s, 11}};
    Span lee = spanOf(set.text, u"s2"_s, u"PER"_s, u"Dr Lee"_s);
    Span koeln = spanOf(set.text, u"s3"_s, u"LOC"_s, u"Köln"_s);
    koeln.status = ReviewStatus::Edited;
    set.spans = {ana, lee, koeln};
    set.clusters = {{u"c1"_s, u"PER"_s, u"Lee, Dr"_s}};
    Relation meets{u"r1"_s, u"met"_s, u"s1"_s, u"s2"_s, ReviewStatus::Added, {{}, {}, u"maria"_s},
                   ana.created, ana.modified};
    Relation cluster{u"r2"_s, u"cluster"_s, u"s2"_s, u"c1"_s, ReviewStatus::Pending, {u"clusters"_s, u"1"_s, {}}, {}, {}};
    set.relations = {meets, cluster};
    return set;
}

QByteArray replaced(QByteArray json, const QByteArray &from, const QByteArray &to)
{
    Q_ASSERT(json.contains(from));
    return json.replace(from, to);
}

// Replaces `from` on the line that holds `marker` only.
QByteArray replacedOnLineOf(const QByteArray &json, const QByteArray &marker, const QByteArray &from,
                            const QByteArray &to)
{
    const qsizetype lineStart = json.lastIndexOf('\n', json.indexOf(marker)) + 1;
    const qsizetype at = json.indexOf(from, lineStart);
    Q_ASSERT(at >= 0 && at < json.indexOf('\n', lineStart));
    return json.left(at) + to + json.mid(at + from.size());
}

int lineOf(const QByteArray &json, const QByteArray &needle)
{
    return int(json.left(json.indexOf(needle)).count('\n')) + 1;
}

} // namespace

class AnnotationFileTest : public QObject
{
    Q_OBJECT

private slots:
    void writeThenRead_givesTheSameSet();
    void offsets_areCodePointsAndSaySo();
    void everySpan_storedThreeWays_onItsOwnLine();
    void stateAndVersion_roundTrip();
    void damaged_reportsFileLineAndProblem_data();
    void damaged_reportsFileLineAndProblem();
    void version1_isMigrated();
    void damagedVersion1_reportsTheLineInTheFileAsWritten();
    void defaultPath_sitsNextToThePage();
};

void AnnotationFileTest::writeThenRead_givesTheSameSet()
{
    const AnnotationSet set = sampleSet();
    const auto read = parseAnnotationFile(annotationFileJson(set), u"storm.html.galley.json"_s);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message()));
    QCOMPARE(read->spans, set.spans);
    QCOMPARE(read->relations, set.relations);
    QCOMPARE(*read, set);
}

void AnnotationFileTest::offsets_areCodePointsAndSaySo()
{
    const QJsonObject root = QJsonDocument::fromJson(annotationFileJson(sampleSet())).object();
    QCOMPARE(root.value("galley_annotations"_L1).toInt(), 2);
    QCOMPARE(root.value("offset_unit"_L1).toString(), u"code point"_s);
    const QList<uint> codePoints = kEmojiText.toUcs4();
    for (const QJsonValue &value : root.value("spans"_L1).toArray()) {
        const QJsonObject span = value.toObject();
        const auto start = span.value("start"_L1).toInt(), end = span.value("end"_L1).toInt();
        const QList<uint> covered = codePoints.mid(start, end - start);
        QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(covered.data()), covered.size()),
                 span.value("text"_L1).toString());
    }
    // 😀 is one code point but two UTF-16 units; "Köln" comes after two such characters.
    QCOMPARE(root.value("spans"_L1).toArray().at(2).toObject().value("start"_L1).toInt(),
             int(kEmojiText.indexOf(u"Köln"_s)) - 3);
}

void AnnotationFileTest::everySpan_storedThreeWays_onItsOwnLine()
{
    const QByteArray json = annotationFileJson(sampleSet());
    const QList<QByteArray> lines = json.split('\n');
    const auto spanLine = std::find_if(lines.begin(), lines.end(),
                                       [](const QByteArray &line) { return line.contains("\"id\":\"s1\""); });
    QVERIFY(spanLine != lines.end());
    const QJsonObject span = QJsonDocument::fromJson(spanLine->chopped(1)).object();
    QCOMPARE(span.value("start"_L1).toInt(), 2);
    QCOMPARE(span.value("quote"_L1).toObject().value("exact"_L1).toString(), u"Ana Ruiz"_s);
    QCOMPARE(span.value("quote"_L1).toObject().value("prefix"_L1).toString(), u"😀 "_s);
    QVERIFY(span.value("quote"_L1).toObject().value("suffix"_L1).toString().startsWith(u" met 👩‍🔬"_s));
    QCOMPARE(span.value("dom"_L1).toObject().value("start"_L1).toObject().value("node"_L1).toString(),
             u"/html[1]/body[1]/p[1]/text()[1]"_s);
    QCOMPARE(span.value("created"_L1).toString(), u"2026-01-31T09:00:00Z"_s);
    QCOMPARE(span.value("modified"_L1).toString(), u"2026-01-31T09:00:01.500Z"_s);
}

void AnnotationFileTest::stateAndVersion_roundTrip()
{
    const AnnotationFileState state{42, QDateTime(QDate(2026, 2, 1), QTime(10, 30), Qt::UTC)};
    const auto read = readAnnotationFile(annotationFileJson(sampleSet(), state), u"a.galley.json"_s);
    QVERIFY(read.ok());
    QCOMPARE(read->state.journalSequence, 42);
    QCOMPARE(read->state.saved, state.saved);
    QCOMPARE(read->version, 2);
}

void AnnotationFileTest::damaged_reportsFileLineAndProblem_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("problem");

    const QByteArray good = annotationFileJson(sampleSet());
    const int koelnLine = lineOf(good, "\"id\":\"s3\"");
    QTest::newRow("empty") << QByteArray() << 0 << u"empty"_s;
    QTest::newRow("byte order mark") << "\xEF\xBB\xBF" + good << 0 << u"byte order mark"_s;
    QTest::newRow("binary junk") << QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0\0\0", 12) << 0 << u"not JSON"_s;
    QTest::newRow("truncated") << good.left(good.size() / 2) << int(good.left(good.size() / 2).count('\n')) + 1
                               << u"ends early"_s;
    QTest::newRow("not an object") << QByteArray("[1, 2]") << 1 << u"expected a JSON object"_s;
    QTest::newRow("no version") << QByteArray("{\"spans\": []}") << 1 << u"not a Galley annotation file"_s;
    QTest::newRow("future version") << replaced(good, "\"galley_annotations\": 2", "\"galley_annotations\": 7")
                                    << 2 << u"newer Galley (version 7)"_s;
    QTest::newRow("other offset unit") << replaced(good, "\"offset_unit\": \"code point\"", "\"offset_unit\": \"byte\"")
                                       << 3 << u"/offset_unit"_s;
    QTest::newRow("start is a string") << replaced(good, "\"start\":29", "\"start\":\"29\"") << koelnLine
                                       << u"/spans/2/start: expected a whole number, found a string"_s;
    QTest::newRow("end past the text") << replaced(good, "\"end\":33", "\"end\":900") << koelnLine
                                       << u"/spans/2/end: 900 is outside"_s;
    QTest::newRow("text does not match") << replaced(good, "\"text\":\"Köln\"", "\"text\":\"Bonn\"") << koelnLine
                                         << u"span s3 says \"Bonn\" but the text there is \"Köln\""_s;
    QTest::newRow("unknown status") << replaced(good, "\"status\":\"edited\"", "\"status\":\"maybe\"") << koelnLine
                                    << u"\"maybe\" is not one of"_s;
    QTest::newRow("duplicate id") << replaced(good, "\"id\":\"s3\"", "\"id\":\"s1\"") << koelnLine
                                  << u"a second span with id \"s1\""_s;
    QTest::newRow("relation to a missing span")
        << replaced(good, "\"from\":\"s1\"", "\"from\":\"s9\"") << lineOf(good, "\"id\":\"r1\"")
        << u"starts at span \"s9\", which does not exist"_s;
    QTest::newRow("byline not strings") << replaced(good, "[\"Ana Ruiz\",\"Bo Chen\"]", "[\"Ana Ruiz\",7]")
                                        << lineOf(good, "\"document\"") << u"/document/byline/1"_s;
    QTest::newRow("bad timestamp") << replacedOnLineOf(good, "\"id\":\"s3\"", "\"created\":\"2026-01-31T09:00:00Z\"",
                                                       "\"created\":\"yesterday\"")
                                   << koelnLine << u"/spans/2/created: \"yesterday\" is not an ISO 8601 time"_s;
}

void AnnotationFileTest::damaged_reportsFileLineAndProblem()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(QString, problem);
    const auto read = readAnnotationFile(json, u"/pages/storm.html.galley.json"_s);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().problem.contains(problem), qPrintable(read.error().message()));
    QCOMPARE(read.error().line, line);
    QVERIFY(read.error().message().startsWith(u"/pages/storm.html.galley.json:"_s));
}

void AnnotationFileTest::version1_isMigrated()
{
    QFile file(QStringLiteral(GALLEY_TEST_DATA_DIR "/annotation/version1.galley.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto read = readAnnotationFile(file.readAll(), file.fileName());
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message()));
    QCOMPARE(read->version, 1);
    const AnnotationSet &set = read->set;
    QCOMPARE(set.contentHash, u"sha256:3f1c"_s);
    QCOMPARE(set.record, -1);
    QCOMPARE(set.document.status, DocumentStatus::InProgress);
    QCOMPARE(set.document.byline, QStringList{u"Ana Ruiz"_s});
    QCOMPARE(set.spans.size(), 2);
    const Span &valencia = set.spans.at(1);
    QCOMPARE(set.text.mid(valencia.start, valencia.end - valencia.start), u"Valencia"_s);
    QCOMPARE(valencia.quote, textQuoteAt(set.text, valencia.start, valencia.end));
    QCOMPARE(valencia.quote.prefix, u"😀 Ana Ruiz said the port of "_s);
    QCOMPARE(valencia.provenance, (Provenance{u"ner"_s, u"conll-1"_s, {}}));
    QCOMPARE(valencia.attributes.value(u"canonical"_s).toString(), u"València"_s);
    QCOMPARE(set.spans.at(0).provenance.reviewer, u"maria"_s);
    QCOMPARE(set.relations.at(0).provenance.reviewer, u"maria"_s);
    QVERIFY(!set.relations.at(0).created.isValid());
    QCOMPARE(read->state.journalSequence, 0);

    // Written back, it is a version 2 file that reads to the same set.
    const auto again = readAnnotationFile(annotationFileJson(set), file.fileName());
    QVERIFY(again.ok());
    QCOMPARE(again->version, 2);
    QCOMPARE(again->set, set);
}

void AnnotationFileTest::damagedVersion1_reportsTheLineInTheFileAsWritten()
{
    QFile file(QStringLiteral(GALLEY_TEST_DATA_DIR "/annotation/version1.galley.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = replaced(file.readAll(), "\"start\": 28, \"end\": 36", "\"start\": 28, \"end\": 3600");
    const auto read = readAnnotationFile(json, file.fileName());
    QVERIFY(!read.ok());
    QCOMPARE(read.error().line, lineOf(json, "\"id\": \"s2\""));
    QVERIFY2(read.error().problem.startsWith(u"/spans/1/end: 3600 is outside"_s), qPrintable(read.error().message()));
}

void AnnotationFileTest::defaultPath_sitsNextToThePage()
{
    QCOMPARE(annotationFilePath(u"/news/storm.html"_s), u"/news/storm.html.galley.json"_s);
    QCOMPARE(annotationFilePath(u"/news/crawl.warc.gz"_s, 3), u"/news/crawl.warc.gz.record-3.galley.json"_s);
    QVERIFY(isAnnotationFilePath(annotationFilePath(u"/news/storm.html"_s)));
    QVERIFY(!isAnnotationFilePath(u"/news/storm.html"_s));
}

QTEST_GUILESS_MAIN(AnnotationFileTest)
#include "annotation_file_test.moc"
