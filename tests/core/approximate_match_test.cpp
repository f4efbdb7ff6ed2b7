#include "annotation/approximate_match.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <vector>

using galley::ApproximateMatcher;

class ApproximateMatchTest : public QObject
{
    Q_OBJECT

private slots:
    void search_data();
    void search();
    void search_agreesWithPlainDynamicProgramming();
};

namespace {

QString u8(const char *utf8) { return QString::fromUtf8(utf8); }

// Sellers' O(n·m) table: the fewest edits of pattern ending at any place of text.
int fewestEditsAnywhere(QStringView text, QStringView pattern)
{
    std::vector<int> column(pattern.size() + 1);
    for (size_t i = 0; i < column.size(); ++i)
        column[i] = int(i);
    int best = column.back();
    for (const QChar c : text) {
        int diagonal = column[0];
        for (qsizetype i = 1; i <= pattern.size(); ++i) {
            const int left = column[i];
            column[i] = std::min({diagonal + (pattern[i - 1] == c ? 0 : 1), left + 1, column[i - 1] + 1});
            diagonal = left;
        }
        best = std::min(best, column.back());
    }
    return best;
}

} // namespace

void ApproximateMatchTest::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("maxErrors");
    QTest::addColumn<QString>("found");   // the best match's text; empty: none
    QTest::addColumn<int>("errors");

    QTest::newRow("exact") << u8("Merkel met Macron") << u8("Macron") << 1 << u8("Macron") << 0;
    QTest::newRow("one substitution") << u8("Merkel met Macrom in Paris") << u8("Macron") << 1 << u8("Macrom") << 1;
    QTest::newRow("one insertion") << u8("Angela Dorothea Merkel") << u8("Dorothe Merkel") << 2 << u8("Dorothea Merkel") << 1;
    QTest::newRow("too many edits") << u8("Merkel met Macron") << u8("Sarkozy") << 2 << QString() << 0;
    QTest::newRow("non-BMP units") << u8("fans \xF0\x9F\x98\x80 cheered") << u8("\xF0\x9F\x98\x80 cheerd") << 2
                                   << u8("\xF0\x9F\x98\x80 cheered") << 1;
    const QString longQuote = u8("We will not accept any agreement that leaves our farmers worse off than before, said the minister");
    QTest::newRow("pattern over two 64-unit blocks")
        << u8("Yesterday: ") + QString(longQuote).replace(u8("farmers"), u8("framers")) + u8(" Then nothing.") << longQuote << 10
        << QString(longQuote).replace(u8("farmers"), u8("framers")) << 2;
}

void ApproximateMatchTest::search()
{
    QFETCH(QString, text);
    QFETCH(QString, pattern);
    QFETCH(int, maxErrors);
    QFETCH(QString, found);
    QFETCH(int, errors);

    const ApproximateMatcher matcher(text);
    const auto matches = matcher.search(pattern, 0, int(text.size()), maxErrors, 0, 5);
    if (found.isEmpty()) {
        QVERIFY(matches.isEmpty());
        return;
    }
    QVERIFY(!matches.isEmpty());
    QCOMPARE(text.mid(matches.first().start, matches.first().end - matches.first().start), found);
    QCOMPARE(matches.first().errors, errors);
}

// The bit-parallel automaton against the textbook table on random texts over a small alphabet
// (many near matches), with patterns from one unit to three 64-unit blocks.
void ApproximateMatchTest::search_agreesWithPlainDynamicProgramming()
{
    QRandomGenerator random(7);
    const auto randomText = [&random](int length) {
        QString text;
        for (int i = 0; i < length; ++i)
            text += QChar(u'a' + random.bounded(4));
        return text;
    };
    for (int round = 0; round < 300; ++round) {
        const QString text = randomText(random.bounded(1, 400));
        const QString pattern = randomText(random.bounded(1, 190));
        const int maxErrors = random.bounded(int(pattern.size()));
        const int expected = fewestEditsAnywhere(text, pattern);

        const ApproximateMatcher matcher(text);
        const auto matches = matcher.search(pattern, 0, int(text.size()), maxErrors, 0, 1000);
        if (expected > maxErrors) {
            QVERIFY2(matches.isEmpty(), qPrintable(QString::number(round)));
            continue;
        }
        QVERIFY2(!matches.isEmpty(), qPrintable(QString::number(round)));
        QCOMPARE(matches.first().errors, expected);
        for (const ApproximateMatcher::Match &match : matches) {
            QVERIFY(match.errors <= maxErrors);
            QCOMPARE(galley::editDistance(pattern, QStringView(text).mid(match.start, match.end - match.start)), match.errors);
        }
    }
}

QTEST_GUILESS_MAIN(ApproximateMatchTest)
#include "approximate_match_test.moc"
