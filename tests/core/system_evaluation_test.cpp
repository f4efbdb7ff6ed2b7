#include "evaluation/evaluation_report_output.h"
#include "evaluation/system_evaluation.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;

namespace {

// "Alice met Bob in Paris on Monday."  Alice [0,5) Bob [10,13) in [14,16) Paris [17,22) on [23,25) Monday [26,32)
const QString kText = QStringLiteral("Alice met Bob in Paris on Monday.");

Span span(const QString &id, const QString &label, int start, int end, const QString &text = kText)
{
    Span s;
    s.id = id;
    s.label = label;
    s.start = start;
    s.end = end;
    s.text = text.mid(start, end - start);
    return s;
}

AnnotationSet document(QList<Span> spans, const QString &text = kText)
{
    AnnotationSet set;
    set.text = text;
    set.spans = std::move(spans);
    return set;
}

const QString kCli = QStringLiteral(GALLEY_BIN_DIR "/galley-cli");

struct EvalRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

// `galley-cli eval` on gold.jsonl and pred.jsonl written into `dir`.
EvalRun evalJsonl(const QTemporaryDir &dir, const QByteArray &gold, const QByteArray &pred,
                                     const QStringList &options = {})
{
    for (const auto &[name, json] : {std::pair{QStringLiteral("gold.jsonl"), gold}, std::pair{QStringLiteral("pred.jsonl"), pred}}) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
            return {};
    }
    QProcess process;
    process.start(kCli, QStringList{QStringLiteral("eval"), QStringLiteral("--gold"), dir.filePath(QStringLiteral("gold.jsonl")),
                                    QStringLiteral("--pred"), dir.filePath(QStringLiteral("pred.jsonl"))} + options);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

Q_DECLARE_METATYPE(QList<Span>)

class SystemEvaluationTest : public QObject
{
    Q_OBJECT

private slots:
    void schemes_countMatchesAsHandComputed_data()
    {
        QTest::addColumn<QList<Span>>("gold");
        QTest::addColumn<QList<Span>>("predicted");
        QTest::addColumn<QList<int>>("strict");    // tp fp fn
        QTest::addColumn<QList<int>>("exact");
        QTest::addColumn<QList<int>>("partial");
        QTest::addColumn<QList<int>>("type");
        const QList<Span> three{span("g1", "PER", 0, 5), span("g2", "PER", 10, 13), span("g3", "LOC", 17, 22)};
        QTest::newRow("identical") << three << three << QList{3, 0, 0} << QList{3, 0, 0} << QList{3, 0, 0}
                                   << QList{3, 0, 0};
        QTest::newRow("wrong label") << QList{span("g", "PER", 10, 13)} << QList{span("p", "ORG", 10, 13)}
                                     << QList{0, 1, 1} << QList{1, 0, 0} << QList{1, 0, 0} << QList{0, 1, 1};
        QTest::newRow("wider boundary") << QList{span("g", "LOC", 17, 22)} << QList{span("p", "LOC", 14, 22)}
                                        << QList{0, 1, 1} << QList{0, 1, 1} << QList{1, 0, 0} << QList{1, 0, 0};
        QTest::newRow("missed and spurious") << QList{span("g", "PER", 0, 5)} << QList{span("p", "DATE", 26, 32)}
                                             << QList{0, 1, 1} << QList{0, 1, 1} << QList{0, 1, 1} << QList{0, 1, 1};
        QTest::newRow("mixed") << three
                               << QList{span("p1", "PER", 0, 5), span("p2", "ORG", 10, 13), span("p3", "LOC", 17, 25),
                                        span("p4", "DATE", 26, 32)}
                               << QList{1, 3, 2} << QList{2, 2, 1} << QList{3, 1, 0} << QList{2, 2, 1};
        // Two predictions over one gold span: one pairs, the other is spurious (one to one).
        QTest::newRow("two over one") << QList{span("g", "LOC", 14, 22)}
                                      << QList{span("p1", "LOC", 14, 16), span("p2", "LOC", 17, 22)}
                                      << QList{0, 2, 1} << QList{0, 2, 1} << QList{1, 1, 0} << QList{1, 1, 0};
        QTest::newRow("nothing predicted") << three << QList<Span>{} << QList{0, 0, 3} << QList{0, 0, 3}
                                           << QList{0, 0, 3} << QList{0, 0, 3};
    }

    void schemes_countMatchesAsHandComputed()
    {
        QFETCH(QList<Span>, gold);
        QFETCH(QList<Span>, predicted);
        const EvaluationReport report = evaluateAnnotations({document(gold)}, {document(predicted)});
        const auto check = [&](MatchScheme scheme, const QList<int> &expected) {
            const PrfCounts &micro = report.scores(scheme).micro;
            QCOMPARE(QList<int>({micro.truePositives, micro.falsePositives, micro.falseNegatives}), expected);
        };
        QFETCH(QList<int>, strict);
        QFETCH(QList<int>, exact);
        QFETCH(QList<int>, partial);
        QFETCH(QList<int>, type);
        check(MatchScheme::Strict, strict);
        check(MatchScheme::Exact, exact);
        check(MatchScheme::Partial, partial);
        check(MatchScheme::Type, type);
    }

    void perLabelAndMacro_mixedExample()
    {
        const EvaluationReport report = evaluateAnnotations(
            {document({span("g1", "PER", 0, 5), span("g2", "PER", 10, 13), span("g3", "LOC", 17, 22)})},
            {document({span("p1", "PER", 0, 5), span("p2", "ORG", 10, 13), span("p3", "LOC", 17, 25),
                       span("p4", "DATE", 26, 32)})});
        const SchemeScores &strict = report.scores(MatchScheme::Strict);
        QCOMPARE(strict.perLabel.keys(), QStringList({"DATE", "LOC", "ORG", "PER"}));
        QCOMPARE(strict.perLabel["PER"].truePositives, 1);
        QCOMPARE(strict.perLabel["PER"].falseNegatives, 1);
        QCOMPARE(strict.perLabel["LOC"].falsePositives, 1);
        QCOMPARE(strict.perLabel["LOC"].falseNegatives, 1);
        QCOMPARE(strict.perLabel["ORG"].falsePositives, 1);
        // PER: P 1, R 1/2, F1 2/3; the other three labels score 0.
        QVERIFY(qAbs(strict.macroF1 - (2.0 / 3.0) / 4.0) < 1e-12);
        QVERIFY(qAbs(strict.macroPrecision - 0.25) < 1e-12);
        // micro: tp 1, fp 3, fn 2 → P 1/4, R 1/3, F1 2/7
        QVERIFY(qAbs(strict.micro.f1() - 2.0 / 7.0) < 1e-12);
        // type: PER tp 1 (Alice), fn 1 (Bob); ORG fp 1; LOC tp 1; DATE fp 1.
        const SchemeScores &type = report.scores(MatchScheme::Type);
        QCOMPARE(type.perLabel["LOC"].truePositives, 1);
        QCOMPARE(type.perLabel["LOC"].falsePositives, 0);
        QCOMPARE(type.perLabel["ORG"].falsePositives, 1);
    }

    void errors_areClassifiedUnderStrictMatching()
    {
        const EvaluationReport report = evaluateAnnotations(
            {document({span("g1", "PER", 0, 5), span("g2", "PER", 10, 13), span("g3", "LOC", 17, 22),
                       span("g4", "DATE", 26, 32)})},
            {document({span("p1", "PER", 0, 5), span("p2", "ORG", 10, 13), span("p3", "LOC", 17, 25),
                       span("p5", "MISC", 14, 16)})});
        QCOMPARE(report.errors.size(), 4);
        QCOMPARE(report.errors[0].kind, EvaluationError::Kind::WrongLabel);
        QCOMPARE(report.errors[0].predicted->label, QStringLiteral("ORG"));
        QCOMPARE(report.errors[1].kind, EvaluationError::Kind::WrongBoundaries);
        QCOMPARE(report.errors[1].predicted->end, 25);
        QCOMPARE(report.errors[2].kind, EvaluationError::Kind::Missed);
        QCOMPARE(report.errors[2].gold->text, QStringLiteral("Monday"));
        QCOMPARE(report.errors[3].kind, EvaluationError::Kind::Spurious);
        QCOMPARE(report.errors[3].predicted->text, QStringLiteral("in"));
        QVERIFY(!report.errors[3].gold);
    }

    void errors_giveOffsetsInCodePoints()
    {
        const QString text = QStringLiteral("\U0001F600 Bob left.");   // the emoji is 2 UTF-16 units
        const EvaluationReport report = evaluateAnnotations({document({span("g", "PER", 3, 6, text)}, text)},
                                                            {document({}, text)});
        QCOMPARE(report.errors.size(), 1);
        QCOMPARE(report.errors[0].gold->start, 2);
        QCOMPARE(report.errors[0].gold->end, 5);
        const QJsonObject json = evaluationReportJson(report);
        QCOMPARE(json["offset_unit"].toString(), QStringLiteral("code point"));
        QCOMPARE(json["errors"].toArray()[0].toObject()["gold"].toObject()["start"].toInt(), 2);
    }

    void valueAccuracy_needsSameValueAndUnit()
    {
        const QString text = QStringLiteral("It cost $5 and 3 km.");
        Span goldMoney = span("g1", "MONEY", 8, 10, text);
        goldMoney.attributes = {{"value", 5}, {"unit", "USD"}};
        Span goldDistance = span("g2", "QUANTITY", 15, 19, text);
        goldDistance.attributes = {{"value", 3}, {"unit", "km"}};
        Span predMoney = span("p1", "MONEY", 8, 10, text);
        predMoney.attributes = {{"value", "5.0"}, {"unit", "USD"}};
        Span predDistance = span("p2", "QUANTITY", 15, 19, text);
        predDistance.attributes = {{"value", 3}, {"unit", "m"}};
        const EvaluationReport report = evaluateAnnotations({document({goldMoney, goldDistance}, text)},
                                                            {document({predMoney, predDistance}, text)});
        QCOMPARE(report.valueAccuracy.cases, 2);
        QCOMPARE(report.valueAccuracy.correct, 1);
    }

    void speakerAccuracy_comparesTheSpeakerSpans()
    {
        // "We won," said Alice. "Later," Bob said.
        const QString text = QStringLiteral("\"We won,\" said Alice. \"Later,\" Bob said.");
        const auto withQuotes = [&](const QString &secondSpeaker) {
            AnnotationSet set = document({span("q1", "QUOTE", 1, 7, text), span("alice", "PER", 15, 20, text),
                                          span("q2", "QUOTE", 23, 28, text), span("bob", "PER", 31, 34, text)},
                                         text);
            set.relations = {Relation{"r1", "speaker", "q1", "alice", {}, {}, {}, {}},
                             Relation{"r2", "speaker", "q2", secondSpeaker, {}, {}, {}, {}}};
            return set;
        };
        const EvaluationReport report = evaluateAnnotations({withQuotes("bob")}, {withQuotes("alice")});
        QCOMPARE(report.speakerAccuracy.cases, 2);
        QCOMPARE(report.speakerAccuracy.correct, 1);
    }

    void documents_pairedByTextWhateverTheOrder()
    {
        const QString other = QStringLiteral("Bob stayed home.");
        const AnnotationSet goldA = document({span("g", "PER", 0, 5)});
        const AnnotationSet goldB = document({span("g", "PER", 0, 3, other)}, other);
        const EvaluationReport report = evaluateAnnotations({goldA, goldB}, {goldB, goldA});
        QCOMPARE(report.scores(MatchScheme::Strict).micro.truePositives, 2);
        QVERIFY(report.warnings.isEmpty());
    }

    void documents_missingPredictionCountsAsMissed()
    {
        AnnotationSet gold = document({span("g", "PER", 0, 5)});
        gold.sourcePath = QStringLiteral("a.html");
        AnnotationSet predicted = document({span("p", "PER", 0, 5)}, QStringLiteral("Different text."));
        predicted.sourcePath = QStringLiteral("b.html");
        const EvaluationReport report = evaluateAnnotations({gold}, {predicted});
        QCOMPARE(report.scores(MatchScheme::Strict).micro.falseNegatives, 1);
        QCOMPARE(report.scores(MatchScheme::Strict).micro.falsePositives, 0);
        QCOMPARE(report.warnings.size(), 2);   // a.html unpredicted, b.html has no gold
    }

    void rejectedSpans_areLeftOut()
    {
        Span rejected = span("p", "PER", 10, 13);
        rejected.status = ReviewStatus::Rejected;
        const EvaluationReport report = evaluateAnnotations({document({})}, {document({rejected})});
        QCOMPARE(report.scores(MatchScheme::Strict).micro.falsePositives, 0);
    }

    void table_showsSchemesAndMicroRow()
    {
        const EvaluationReport report = evaluateAnnotations({document({span("g", "PER", 0, 5)})},
                                                            {document({span("p", "PER", 0, 5)})});
        const QString table = evaluationReportTable(report);
        QVERIFY(table.contains(QStringLiteral("strict (same boundaries and same label)")));
        QVERIFY(table.contains(QStringLiteral("type (label only: same label and any overlap)")));
        QVERIFY(table.contains(QStringLiteral("micro             1      0      0   100.0   100.0   100.0")));
    }

    void cli_scoresJsonlFilesAsJson()
    {
        if (!QFileInfo::exists(kCli))
            QSKIP("galley-cli is not built");
        QTemporaryDir dir;
        // Code points: the emoji is one, so "Bob" is [2,5) and "Paris" [12,17).
        const auto [exitCode, out, err] = evalJsonl(dir,
            "{\"text\": \"\xF0\x9F\x98\x80 Bob is in Paris.\", \"spans\": [{\"start\": 2, \"end\": 5, \"label\": "
            "\"PER\"}, {\"start\": 12, \"end\": 17, \"label\": \"LOC\"}]}\n",
            "{\"text\": \"\xF0\x9F\x98\x80 Bob is in Paris.\", \"spans\": [{\"start\": 2, \"end\": 5, \"label\": "
            "\"PER\"}, {\"start\": 12, \"end\": 17, \"label\": \"ORG\"}]}\n",
            {QStringLiteral("--json")});
        QCOMPARE(exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(out).object();
        const QJsonObject schemes = report["schemes"].toObject();
        QCOMPARE(schemes["strict"].toObject()["micro"].toObject()["tp"].toInt(), 1);
        QCOMPARE(schemes["exact"].toObject()["micro"].toObject()["tp"].toInt(), 2);
        const QJsonObject error = report["errors"].toArray()[0].toObject();
        QCOMPARE(error["kind"].toString(), QStringLiteral("wrong-label"));
        QCOMPARE(error["gold"].toObject()["start"].toInt(), 12);
    }

    // An unpaired document was named "#2": the user could not tell which file or line it was.
    void cli_namesTheFileOfAnUnpairedDocument()
    {
        if (!QFileInfo::exists(kCli))
            QSKIP("galley-cli is not built");
        QTemporaryDir dir;
        const auto [exitCode, bytes, err] = evalJsonl(dir, "{\"text\": \"Ann met Bob.\", \"spans\": []}\n{\"text\": \"Cy left.\", \"spans\": []}\n",
                                                 "{\"text\": \"Ann met Bob.\", \"spans\": []}\n{\"text\": \"Cy left!\", \"spans\": []}\n");
        QCOMPARE(exitCode, 0);
        const QString out = QString::fromUtf8(bytes);
        QVERIFY2(out.contains(QStringLiteral("2 gold documents (1 with a predicted one)")), qPrintable(out));
        QVERIFY2(err.contains(QStringLiteral("galley-cli eval: warning: %1, document 2: no predicted document").arg(dir.filePath(QStringLiteral("gold.jsonl")))),
                 qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("warning: %1, document 2: predicted document has no gold document").arg(dir.filePath(QStringLiteral("pred.jsonl")))),
                 qPrintable(err));
    }

    // "eval --gold x.ann --pred pred.jsonl" read the predictions as brat too ("pred.txt: cannot
    // read the file"); each side now has its own format, from its name or --pred-format.
    void cli_goldAndPredictionsInTwoFormats()
    {
        if (!QFileInfo::exists(kCli))
            QSKIP("galley-cli is not built");
        QTemporaryDir dir;
        const QByteArray text = "Bob is in\nParis.";
        for (const auto &[name, bytes] : {std::pair{QStringLiteral("gold.txt"), text},
                                          std::pair{QStringLiteral("gold.ann"), QByteArray("T1\tPER 0 3\tBob\nT2\tLOC 10 16\tParis.\n")},
                                          std::pair{QStringLiteral("pred.json"),
                                                    QByteArray("[{\"data\": {\"text\": \"Bob is in\\nParis.\"}, \"annotations\": [{\"result\": ["
                                                               "{\"id\": \"a\", \"type\": \"labels\", \"value\": {\"start\": 7, \"end\": 16, \"labels\": [\"LOC\"]}}]}]}]")}}) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
        }
        QProcess process;
        process.start(kCli, {QStringLiteral("eval"), QStringLiteral("--gold"), dir.filePath(QStringLiteral("gold.ann")),
                             QStringLiteral("--pred"), dir.filePath(QStringLiteral("pred.json")), QStringLiteral("--pred-format"),
                             QStringLiteral("label-studio")});
        QVERIFY(process.waitForFinished(60000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(process.exitCode() == 0, qPrintable(QString::fromUtf8(process.readAllStandardError())));
        QVERIFY2(out.contains(QStringLiteral("1 gold document (1 with a predicted one)")), qPrintable(out));
        // one error a line: the span's line break is written as a sign
        QVERIFY2(out.contains(QStringLiteral("LOC [7,16) \"in\u23CEParis.\"")), qPrintable(out));

        // no format named: each side's own name says it (the .jsonl was read as brat)
        const QByteArray jsonl = "{\"text\": \"Bob is in\\nParis.\", \"spans\": [{\"start\": 0, \"end\": 3, \"label\": \"PER\"}]}\n";
        QFile predictions(dir.filePath(QStringLiteral("pred.jsonl")));
        QVERIFY(predictions.open(QIODevice::WriteOnly) && predictions.write(jsonl) == jsonl.size());
        predictions.close();
        QProcess byName;
        byName.start(kCli, {QStringLiteral("eval"), QStringLiteral("--gold"), dir.filePath(QStringLiteral("gold.ann")),
                            QStringLiteral("--pred"), dir.filePath(QStringLiteral("pred.jsonl"))});
        QVERIFY(byName.waitForFinished(60000));
        QVERIFY2(byName.exitCode() == 0, qPrintable(QString::fromUtf8(byName.readAllStandardError())));
        QVERIFY(QString::fromUtf8(byName.readAllStandardOutput()).contains(QStringLiteral("1 gold document (1 with a predicted one)")));
    }
};

QTEST_GUILESS_MAIN(SystemEvaluationTest)
#include "system_evaluation_test.moc"
