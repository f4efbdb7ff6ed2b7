#include "word_snap.h"

#include <QtTest>

using namespace galley;

// Where a dragged span boundary comes to rest in "Mayor Elena Varga told reporters."
class WordSnapTest final : public QObject
{
    Q_OBJECT

private:
    const QString text = QStringLiteral("Mayor Elena Varga told reporters.");

private slots:
    void start_insideWordGoesToItsStart()
    {
        QCOMPARE(snapStartToWord(text, 8), 6);    // El|ena
        QCOMPARE(snapStartToWord(text, 6), 6);    // |Elena stays
        QCOMPARE(snapStartToWord(text, 1), 0);
    }

    void start_onSpaceGoesToTheNextWord()
    {
        QCOMPARE(snapStartToWord(text, 5), 6);    // Mayor| Elena
    }

    void end_insideWordGoesToItsEnd()
    {
        QCOMPARE(snapEndToWord(text, 19), 22);    // to|ld
        QCOMPARE(snapEndToWord(text, 22), 22);
    }

    void end_afterSpaceGoesBackToTheWord()
    {
        QCOMPARE(snapEndToWord(text, 23), 22);    // told |reporters
    }

    void end_keepsPunctuationItWasDroppedAfter()
    {
        QCOMPARE(snapEndToWord(text, 33), 33);    // reporters.|
        QCOMPARE(snapEndToWord(text, 31), 32);    // reporte|rs. → reporters|.
    }

    void outOfRangePositionsAreClamped()
    {
        QCOMPARE(snapStartToWord(text, -4), 0);
        QCOMPARE(snapEndToWord(text, 400), int(text.size()));
    }

    void wordsOfOtherScriptsAndMarks()
    {
        const QString russian = QStringLiteral("сказал Пе\u0301тр");
        QCOMPARE(snapStartToWord(russian, 9), 7);
        QCOMPARE(snapEndToWord(russian, 8), int(russian.size()));
    }
};

QTEST_GUILESS_MAIN(WordSnapTest)
#include "word_snap_test.moc"
