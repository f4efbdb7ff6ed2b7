#include "annotation/text_diff.h"

#include <QRandomGenerator>
#include <QTest>

using galley::TextDiff;

class TextDiffTest : public QObject
{
    Q_OBJECT

private slots:
    void equalRuns_data();
    void equalRuns();
    void equalRuns_anchoredWhenTooManyEdits();
    void mapRange_data();
    void mapRange();
};

namespace {

QString u8(const char *utf8) { return QString::fromUtf8(utf8); }

// "old→new×length" for every unchanged run, so a row shows the whole alignment.
QString describe(const TextDiff &diff)
{
    QStringList runs;
    for (const TextDiff::EqualRun &run : diff.equalRuns())
        runs.append(QString::number(run.oldStart) + u8("→") + QString::number(run.newStart) + u8("×") + QString::number(run.length));
    return runs.join(u' ');
}

} // namespace

void TextDiffTest::equalRuns_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<int>("maxEdits");
    QTest::addColumn<QString>("runs");

    QTest::newRow("identical") << u8("Merkel met Macron.") << u8("Merkel met Macron.") << 100 << u8("0→0×18");
    QTest::newRow("insertion at the start") << u8("Merkel met Macron.") << u8("Today Merkel met Macron.") << 100 << u8("0→6×18");
    QTest::newRow("word replaced") << u8("Merkel met Macron in Paris.") << u8("Merkel met Scholz in Paris.") << 100
                                   << u8("0→0×11 17→17×10");
    // The common suffix "n Tuesday" must not take the "n" of "Berlin": trimming stops at words.
    QTest::newRow("deletion after a word ending like the deleted one")
        << u8("At noon in Berlin on Tuesday") << u8("At 12 in Berlin Tuesday") << 100 << u8("0→0×3 7→5×10 20→15×8");
    QTest::newRow("edits in two places") << u8("One two three four five six") << u8("One 2 three four 5 six") << 100
                                         << u8("0→0×4 7→5×12 23→18×4");
    QTest::newRow("more edits than allowed: prefix and suffix only")
        << u8("a b c d e") << u8("x b y d z e") << 1 << u8("7→9×2");
}

void TextDiffTest::equalRuns()
{
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    QFETCH(int, maxEdits);
    QFETCH(QString, runs);

    const TextDiff diff(oldText, newText, maxEdits);
    QCOMPARE(describe(diff), runs);
    for (const TextDiff::EqualRun &run : diff.equalRuns())
        QCOMPARE(QStringView(newText).mid(run.newStart, run.length), QStringView(oldText).mid(run.oldStart, run.length));
}

// Past maxEdits, runs of words found once in each text anchor the diff: with scattered edits
// in a long text it must still keep (nearly) everything the unlimited diff keeps.
void TextDiffTest::equalRuns_anchoredWhenTooManyEdits()
{
    QRandomGenerator random(3);
    QString oldText;
    for (int word = 0; word < 6000; ++word)
        oldText += QString::number(random.bounded(100000), 36) + (word % 12 == 11 ? u8(". ") : u8(" "));
    QString newText = oldText;
    for (qsizetype at = newText.size() - 100; at > 0; at -= 300)
        newText.insert(newText.indexOf(u' ', at), u8(" inserted"));

    const TextDiff unlimited(oldText, newText, 1'000'000);
    const TextDiff anchored(oldText, newText, 20);
    const auto keptUnits = [&](const TextDiff &diff) {
        int kept = 0;
        for (const TextDiff::EqualRun &run : diff.equalRuns()) {
            if (QStringView(newText).mid(run.newStart, run.length) != QStringView(oldText).mid(run.oldStart, run.length))
                return -1;
            kept += run.length;
        }
        return kept;
    };
    QCOMPARE(keptUnits(unlimited), int(oldText.size()));
    QVERIFY2(keptUnits(anchored) >= 0.98 * oldText.size(), qPrintable(QString::number(keptUnits(anchored))));
}

void TextDiffTest::mapRange_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<QString>("oldSpan");
    QTest::addColumn<QString>("newSpan");   // empty: does not map

    QTest::newRow("shifted") << u8("Merkel met Macron.") << u8("Today Merkel met Macron.") << u8("Macron") << u8("Macron");
    QTest::newRow("grown by an insertion inside") << u8("Angela Merkel spoke.") << u8("Angela Dorothea Merkel spoke.")
                                                  << u8("Angela Merkel") << u8("Angela Dorothea Merkel");
    QTest::newRow("last word replaced") << u8("Angela Merkel spoke.") << u8("Angela Merkle spoke.") << u8("Angela Merkel")
                                        << QString();
    QTest::newRow("deleted") << u8("Merkel met Macron. Scholz left.") << u8("Merkel met Macron.") << u8("Scholz") << QString();
}

void TextDiffTest::mapRange()
{
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    QFETCH(QString, oldSpan);
    QFETCH(QString, newSpan);

    const TextDiff diff(oldText, newText);
    const int start = int(oldText.indexOf(oldSpan));
    const auto mapped = diff.mapRange(start, start + int(oldSpan.size()));
    if (newSpan.isEmpty()) {
        QVERIFY(!mapped);
        return;
    }
    QVERIFY(mapped);
    QCOMPARE(newText.mid(mapped->first, mapped->second - mapped->first), newSpan);
}

QTEST_GUILESS_MAIN(TextDiffTest)
#include "text_diff_test.moc"
