#include "extract/extraction_metrics.h"
#include "extract/wcxb_evaluation.h"

#include <QTest>

using namespace galley;

class ExtractionMetricsTest : public QObject
{
    Q_OBJECT

private slots:
    void wordTokens_lowerCasesWordRuns();
    void bagOfWords_data();
    void bagOfWords();
    void snippets_ignoreCaseAndWhitespace();
    void titles_dates_authors_data();
    void titles_dates_authors();
    void summarize_averagesPagesAndPoolsSnippets();
};

void ExtractionMetricsTest::wordTokens_lowerCasesWordRuns()
{
    QCOMPARE(wordTokens(QStringLiteral("Hello, World! it's 2025_v2 — Café")),
             (QStringList{"hello", "world", "it", "s", "2025_v2", "café"}));
    QVERIFY(wordTokens(QStringLiteral(" ... ")).isEmpty());
}

void ExtractionMetricsTest::bagOfWords_data()
{
    QTest::addColumn<QString>("predicted");
    QTest::addColumn<QString>("gold");
    QTest::addColumn<double>("precision");
    QTest::addColumn<double>("recall");
    QTest::addColumn<double>("f1");

    QTest::newRow("identical") << "a b c" << "A B C" << 1.0 << 1.0 << 1.0;
    // predicted {a, b, x, y}, gold {a, b, c}: shared 2 -> P 2/4, R 2/3, F1 2PR/(P+R) = 4/7
    QTest::newRow("partial") << "a b x y" << "a b c" << 0.5 << 2.0 / 3.0 << 4.0 / 7.0;
    // counts matter: predicted a a a, gold a: shared 1 -> P 1/3, R 1, F1 0.5
    QTest::newRow("repeated words") << "a a a" << "a" << 1.0 / 3.0 << 1.0 << 0.5;
    QTest::newRow("order ignored") << "c b a" << "a b c" << 1.0 << 1.0 << 1.0;
    QTest::newRow("empty prediction") << "" << "a" << 0.0 << 0.0 << 0.0;
    QTest::newRow("empty both") << "" << "" << 1.0 << 1.0 << 1.0;
    QTest::newRow("empty gold") << "a" << "" << 0.0 << 0.0 << 0.0;
    QTest::newRow("disjoint") << "x y" << "a b" << 0.0 << 0.0 << 0.0;
}

void ExtractionMetricsTest::bagOfWords()
{
    QFETCH(QString, predicted);
    QFETCH(QString, gold);
    const BagOfWordsScore score = bagOfWordsScore(predicted, gold);
    QTEST(score.precision, "precision");
    QTEST(score.recall, "recall");
    QFETCH(double, f1);
    QVERIFY(qAbs(score.f1 - f1) < 1e-12);
}

void ExtractionMetricsTest::snippets_ignoreCaseAndWhitespace()
{
    QVERIFY(containsSnippet(QStringLiteral("The Quick\n\nbrown fox"), QStringLiteral("quick brown")));
    QVERIFY(!containsSnippet(QStringLiteral("The quick fox"), QStringLiteral("quick brown")));
    QVERIFY(!containsSnippet(QStringLiteral("it\u2019s \u201Cfine\u201D"), QStringLiteral("it's \"fine\"")));
    QVERIFY(containsSnippetFoldingQuotes(QStringLiteral("it\u2019s \u201Cfine\u201D"), QStringLiteral("It's \"fine\"")));
    QVERIFY(titlesMatchFoldingQuotes(QStringLiteral("Here\u2019s  how"), QStringLiteral("here's how")));
    QVERIFY(!titlesMatch(QStringLiteral("Here\u2019s how"), QStringLiteral("Here's how")));
}

void ExtractionMetricsTest::titles_dates_authors_data()
{
    QTest::addColumn<QString>("measure");
    QTest::addColumn<QString>("extracted");
    QTest::addColumn<QString>("gold");
    QTest::addColumn<bool>("match");

    QTest::newRow("title case and spaces") << "title" << "  Big  News Today " << "big news today" << true;
    QTest::newRow("title differs") << "title" << "Big News" << "Big News Today" << false;
    QTest::newRow("date with time") << "date" << "2025-09-04T12:50:36+00:00" << "2025-09-04" << true;
    QTest::newRow("date other day") << "date" << "2025-09-05" << "2025-09-04" << false;
    QTest::newRow("date missing") << "date" << "" << "2025-09-04" << false;
    QTest::newRow("author exact") << "author" << "Andrew King" << "andrew king" << true;
    QTest::newRow("author in longer gold") << "author" << "Genevieve Carlton" << "Genevieve Carlton, Ph.D." << true;
    QTest::newRow("author other") << "author" << "John Roe" << "Jane Doe" << false;
    QTest::newRow("author initials never match by containment") << "author" << "Jo" << "Joanna Okedara" << false;
}

void ExtractionMetricsTest::titles_dates_authors()
{
    QFETCH(QString, measure);
    QFETCH(QString, extracted);
    QFETCH(QString, gold);
    QFETCH(bool, match);
    if (measure == QLatin1String("title"))
        QCOMPARE(titlesMatch(extracted, gold), match);
    else if (measure == QLatin1String("date"))
        QCOMPARE(datesMatch(extracted, gold), match);
    else
        QCOMPARE(authorMatches({QStringLiteral("Someone Else"), extracted}, gold), match);
}

void ExtractionMetricsTest::summarize_averagesPagesAndPoolsSnippets()
{
    PageEvaluation first;
    first.body = {1.0, 0.5, 2.0 / 3.0};
    first.withFound = 1;
    first.withTotal = 1;
    first.withoutTotal = 2;
    first.titleExact = true;
    first.dateMatch = true;
    PageEvaluation second;
    second.body = {0.0, 0.0, 0.0};
    second.withFound = 1;
    second.withTotal = 3;
    second.withoutLeaked = 1;
    second.withoutTotal = 2;
    second.authorMatch = false;
    const ExtractionEvaluation e = summarize({first, second});
    QCOMPARE(e.body.precision, 0.5);
    QCOMPARE(e.body.recall, 0.25);
    QCOMPARE(e.body.f1, 1.0 / 3.0);
    QCOMPARE(e.withFound, 0.5);        // 2 of 4 snippets
    QCOMPARE(e.withoutLeaked, 0.25);   // 1 of 4 snippets
    QCOMPARE(e.titleExact, 0.5);
    QCOMPARE(e.date, 1.0);
    QCOMPARE(e.datePages, 1);
    QCOMPARE(e.author, 0.0);
    QCOMPARE(e.authorPages, 1);
}

QTEST_GUILESS_MAIN(ExtractionMetricsTest)
#include "extraction_metrics_test.moc"
