// galley-cli annotate, run as a process: the JSON contract of pages and of --lines texts.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QtTest>

class AnnotateCliTest final : public QObject
{
    Q_OBJECT

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };

    static QString sample(const QString &name)
    {
        return QStringLiteral(GALLEY_SOURCE_DIR "/resources/samples/harbour-vote/") + name;
    }

    static Result run(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        process.start(QStringLiteral(GALLEY_BIN_DIR "/galley-cli"), arguments);
        process.write(input);
        process.closeWriteChannel();
        Result result;
        if (!process.waitForFinished(120000))
            return result;
        result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    // [start, end) in code points of text.
    static QString codePointSlice(const QString &text, qsizetype start, qsizetype end)
    {
        const QList<uint> codePoints = text.toUcs4();
        return QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData() + start), end - start);
    }

    static QJsonObject spanWithText(const QJsonArray &spans, const QString &label, const QString &text)
    {
        for (const QJsonValue &span : spans) {
            if (span[u"label"].toString() == label && span[u"text"].toString() == text)
                return span.toObject();
        }
        return {};
    }

    // Every span's offsets index `text` in code points; ids run s1, s2, …
    static void verifySpans(const QString &text, const QJsonArray &spans)
    {
        static const QSet<QString> labels = {
            QStringLiteral("PER"), QStringLiteral("ORG"), QStringLiteral("LOC"), QStringLiteral("MISC"),
            QStringLiteral("QUOTE"), QStringLiteral("CUE"), QStringLiteral("SPEAKER"), QStringLiteral("CARDINAL"),
            QStringLiteral("ORDINAL"), QStringLiteral("PERCENT"), QStringLiteral("MONEY"), QStringLiteral("QUANTITY"),
            QStringLiteral("DATE"), QStringLiteral("TIME"), QStringLiteral("DURATION")};
        for (qsizetype i = 0; i < spans.size(); ++i) {
            const QJsonObject span = spans[i].toObject();
            QCOMPARE(span[u"id"].toString(), QStringLiteral("s%1").arg(i + 1));
            QVERIFY2(labels.contains(span[u"label"].toString()), qPrintable(span[u"label"].toString()));
            const qsizetype start = span[u"start"].toInteger();
            const qsizetype end = span[u"end"].toInteger();
            QVERIFY(start >= 0 && start < end);
            QCOMPARE(codePointSlice(text, start, end), span[u"text"].toString());
            QCOMPARE(span[u"status"].toString(), QStringLiteral("pending"));
        }
    }

private slots:
    void pages_jsonl_extractObjectWithSpans()
    {
        const Result result = run({QStringLiteral("annotate"), QStringLiteral("--format"), QStringLiteral("jsonl"),
                                   sample(QStringLiteral("harbour-vote.html"))});
        QCOMPARE(result.exitCode, 0);
        const QList<QByteArray> lines = result.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        const QJsonObject document = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(document[u"offset_unit"].toString(), QStringLiteral("code point"));
        QVERIFY(document[u"title"].toString().contains(QStringLiteral("Kestrel Bay")));
        QVERIFY(document[u"blocks"].isArray());
        const QString text = document[u"text"].toString();
        const QJsonArray spans = document[u"spans"].toArray();
        QVERIFY(spans.size() > 10);
        verifySpans(text, spans);

        const QJsonObject mayor = spanWithText(spans, QStringLiteral("PER"), QStringLiteral("Elena Varga"));
        QCOMPARE(mayor[u"canonical"].toString(), QStringLiteral("Elena Varga"));
        QVERIFY(mayor[u"cluster"].toString().startsWith(u'c'));
        const QJsonObject surname = spanWithText(spans, QStringLiteral("PER"), QStringLiteral("Varga"));
        QCOMPARE(surname[u"canonical"].toString(), QStringLiteral("Elena Varga"));
        QCOMPARE(surname[u"cluster"], mayor[u"cluster"]);

        QJsonObject quote;
        for (const QJsonValue &span : spans) {
            if (span[u"label"].toString() == u"QUOTE" && span[u"text"].toString().startsWith(u"This is the day"))
                quote = span.toObject();
        }
        QCOMPARE(quote[u"kind"].toString(), QStringLiteral("direct"));
        // how sure the finder is, 0 … 1 in two decimals: a plain quote with its speaker is sure
        QVERIFY2(quote[u"confidence"].isDouble() && quote[u"confidence"].toDouble() >= 0.85
                     && quote[u"confidence"].toDouble() <= 1.0,
                 qPrintable(QString::number(quote[u"confidence"].toDouble())));
        QCOMPARE(quote[u"cue"][u"text"].toString(), QStringLiteral("told"));
        QCOMPARE(quote[u"speaker"][u"text"].toString(), QStringLiteral("Mayor Elena Varga"));
        QCOMPARE(codePointSlice(text, quote[u"speaker"][u"start"].toInteger(), quote[u"speaker"][u"end"].toInteger()),
                 QStringLiteral("Mayor Elena Varga"));
        QCOMPARE(quote[u"speaker_canonical"].toString(), QStringLiteral("Elena Varga"));
        QCOMPARE(quote[u"speaker_cluster"], mayor[u"cluster"]);
        const auto continued = std::find_if(spans.begin(), spans.end(), [](const QJsonValue &span) {
            return span[u"label"].toString() == u"QUOTE" && span[u"text"].toString().startsWith(u"We have waited");
        });
        QVERIFY(continued != spans.end());
        QCOMPARE((*continued)[u"speaker_canonical"].toString(), QStringLiteral("Elena Varga"));   // continues her quote

        const QJsonObject money = spanWithText(spans, QStringLiteral("MONEY"), QStringLiteral("$4.5 million"));
        QCOMPARE(money[u"value"].toDouble(), 4500000.0);
        QCOMPARE(money[u"unit"].toString(), QStringLiteral("USD"));
        const QJsonObject area = spanWithText(spans, QStringLiteral("QUANTITY"), QStringLiteral("about 3 square kilometers"));
        QCOMPARE(area[u"modifier"].toString(), QStringLiteral("≈"));
        const QJsonObject tuesday = spanWithText(spans, QStringLiteral("DATE"), QStringLiteral("Tuesday"));
        QCOMPARE(tuesday[u"value"].toString(), QStringLiteral("2023-03-14"));   // published Tuesday 14 March 2023
    }

    void pages_json_arrayOfDocuments_sameSpansAcrossFormats()
    {
        const Result result = run({QStringLiteral("annotate"), sample(QStringLiteral("harbour-vote.html")),
                                   sample(QStringLiteral("harbour-vote.mhtml")), sample(QStringLiteral("harbour-vote.txt")),
                                   sample(QStringLiteral("harbour-vote.warc.gz"))});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray documents = QJsonDocument::fromJson(result.out).array();
        QCOMPARE(documents.size(), 5);   // the WARC holds two HTML records
        const QStringList formats = {QStringLiteral("html"), QStringLiteral("mhtml"), QStringLiteral("text"),
                                     QStringLiteral("warc"), QStringLiteral("warc")};
        for (qsizetype i = 0; i < formats.size(); ++i)
            QCOMPARE(documents[i][u"format"].toString(), formats[i]);
        QCOMPARE(documents[3][u"record"].toInt(), 0);
        const QJsonArray spans = documents[0][u"spans"].toArray();
        QVERIFY(!spans.isEmpty());
        for (qsizetype i = 1; i <= 3; ++i)
            QCOMPARE(documents[i][u"spans"].toArray(), spans);
    }

    void lines_offsetsInCodePoints()
    {
        const QString text = QStringLiteral("\U0001F389 Lt. Gen. Viktor Poznikhir met reporters in Aleppo. "
                                            "\U0001F600 Poznikhir left for Moscow on Friday.");
        const QByteArray input = QJsonDocument(QJsonObject{{QStringLiteral("id"), QStringLiteral("emoji")},
                                                           {QStringLiteral("text"), text},
                                                           {QStringLiteral("published"), QStringLiteral("2016-12-15")}})
                                     .toJson(QJsonDocument::Compact) + '\n';
        const Result result = run({QStringLiteral("annotate"), QStringLiteral("--lines"), QStringLiteral("-")}, input);
        QCOMPARE(result.exitCode, 0);
        const QJsonObject line = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(line[u"id"].toString(), QStringLiteral("emoji"));
        QCOMPARE(line[u"offset_unit"].toString(), QStringLiteral("code point"));
        const QJsonArray spans = line[u"spans"].toArray();
        verifySpans(text, spans);
        const QJsonObject full = spanWithText(spans, QStringLiteral("PER"), QStringLiteral("Viktor Poznikhir"));
        QCOMPARE(full[u"start"].toInt(), 11);   // the emoji is one code point (two UTF-16 units)
        QCOMPARE(full[u"end"].toInt(), 27);
        const QJsonObject surname = spanWithText(spans, QStringLiteral("PER"), QStringLiteral("Poznikhir"));
        QCOMPARE(surname[u"start"].toInt(), 55);
        QCOMPARE(surname[u"canonical"].toString(), QStringLiteral("Viktor Poznikhir"));
        QCOMPARE(surname[u"cluster"], full[u"cluster"]);
        const QJsonObject friday = spanWithText(spans, QStringLiteral("DATE"), QStringLiteral("Friday"));
        QCOMPARE(friday[u"value"].toString(), QStringLiteral("2016-12-09"));   // the Friday before "published"
    }

    void lines_badLine_namesLineNumber()
    {
        const QByteArray input = "{\"id\": 1, \"text\": \"Assad spoke.\"}\n"
                                 "{\"id\": 2, \"text\": 5}\n"
                                 "\n"
                                 "{\"id\": 3, \"text\": \"Putin spoke.\", \"published\": \"15 Dec 2016\"}\n"
                                 "not json\n"
                                 "{\"id\": 4, \"text\": \"Egeland spoke.\"}\n";
        const Result result = run({QStringLiteral("annotate"), QStringLiteral("--lines"), QStringLiteral("-")}, input);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("line 2:")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("line 4:")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("line 5:")), qPrintable(result.err));
        const QList<QByteArray> lines = result.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(QJsonDocument::fromJson(lines[0])[u"id"].toInt(), 1);
        QCOMPARE(QJsonDocument::fromJson(lines[1])[u"id"].toInt(), 4);
    }

    void usage_helpAndErrors()
    {
        const Result help = run({QStringLiteral("annotate"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.startsWith("Usage: galley-cli annotate [options] PAGE"));
        QVERIFY(help.out.contains("--lines <FILE>"));
        QCOMPARE(run({QStringLiteral("annotate")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("annotate"), QStringLiteral("--format"), QStringLiteral("xml"),
                      sample(QStringLiteral("harbour-vote.html"))}).exitCode, 2);
        const Result missing = run({QStringLiteral("annotate"), QStringLiteral("/nonexistent/page.html")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("/nonexistent/page.html")), qPrintable(missing.err));
    }

    // The quote trainer's choice of tagger: the BiLSTM-CRF by default, the perceptron on request.
    void trainQuotes_taggerChoice()
    {
        const Result help = run({QStringLiteral("train-quotes"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--tagger <KIND>"));
        QVERIFY(help.out.contains("(default: lstm)"));
        const Result unknown = run({QStringLiteral("train-quotes"), QStringLiteral("--tagger"), QStringLiteral("svm")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("--tagger takes 'lstm' or 'perceptron', not 'svm'")), qPrintable(unknown.err));
        QCOMPARE(run({QStringLiteral("train-quotes"), QStringLiteral("--epochs"), QStringLiteral("0")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(AnnotateCliTest)
#include "annotate_cli_test.moc"
