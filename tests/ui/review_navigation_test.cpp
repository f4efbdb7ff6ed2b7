#include "pending_navigation.h"
#include "selection_in_text.h"
#include "word_steps.h"

#include "annotation_set_builder.h"

#include <QtTest>

using namespace galley;
using namespace galley::test;

// The pieces behind N / P, the boundary keys and adding a span from the page's selection.
class ReviewNavigationTest final : public QObject
{
    Q_OBJECT

private slots:
    void nextPending_followsReadingOrder_skipsReviewed_wraps()
    {
        AnnotationSetBuilder builder(QStringLiteral("Ana Ruiz met Bo Li in Lima on Monday."));
        const QString lima = builder.span(QStringLiteral("LOC"), QStringLiteral("Lima"));
        const QString ana = builder.span(QStringLiteral("PER"), QStringLiteral("Ana Ruiz"));
        const QString bo = builder.span(QStringLiteral("PER"), QStringLiteral("Bo Li"));
        const QString monday = builder.span(QStringLiteral("DATE"), QStringLiteral("Monday"));
        builder.last().status = ReviewStatus::Accepted;
        const AnnotationSet set = builder.set();

        QCOMPARE(nextPendingSpan(set, {}), ana);
        QCOMPARE(nextPendingSpan(set, ana), bo);
        QCOMPARE(nextPendingSpan(set, bo), lima);
        QCOMPARE(nextPendingSpan(set, lima), ana);          // Monday is accepted; wraps to the start
        QCOMPARE(previousPendingSpan(set, ana), lima);
        QCOMPARE(previousPendingSpan(set, {}), lima);
        QCOMPARE(nextPendingSpan(set, monday), ana);
    }

    void nothingPending_noSpan()
    {
        AnnotationSetBuilder builder(QStringLiteral("Ana Ruiz"));
        builder.span(QStringLiteral("PER"), QStringLiteral("Ana Ruiz"));
        builder.last().status = ReviewStatus::Rejected;
        QCOMPARE(nextPendingSpan(builder.set(), {}), QString());
    }

    void wordSteps_moveByWholeWords()
    {
        const QString text = QStringLiteral("said Mayor Elena Varga, smiling.");
        const int start = int(text.indexOf(QStringLiteral("Elena")));
        const int end = int(text.indexOf(QStringLiteral(",")));
        QCOMPARE(text.mid(wordStartBefore(text, start), end - wordStartBefore(text, start)), QStringLiteral("Mayor Elena Varga"));
        QCOMPARE(text.mid(start, wordEndAfter(text, end) - start), QStringLiteral("Elena Varga, smiling"));
        QCOMPARE(text.mid(start, wordEndBefore(text, end) - start), QStringLiteral("Elena"));
        QCOMPARE(text.mid(wordStartAfter(text, start), end - wordStartAfter(text, start)), QStringLiteral("Varga"));
    }

    // Shift+Left could not stop at "15%" before an emoji: the step counted "%" as punctuation
    // to skip and the emoji's surrogates as letters.
    void wordSteps_keepWordsWrittenTogether()
    {
        const QString text = QStringLiteral("Sales fell 15% \U0001F389 and $4.5bn, said U.S. officials.");
        const int start = int(text.indexOf(QStringLiteral("15%")));
        const int emojiEnd = int(text.indexOf(QStringLiteral(" and")));
        QCOMPARE(text.mid(start, wordEndBefore(text, emojiEnd) - start), QStringLiteral("15%"));
        QCOMPARE(text.mid(start, wordEndAfter(text, start + 3) - start), QStringLiteral("15% \U0001F389"));
        const int money = int(text.indexOf(QStringLiteral("$4.5bn")));
        QCOMPARE(text.mid(money, wordEndAfter(text, money) - money), QStringLiteral("$4.5bn"));
        QCOMPARE(text.mid(wordStartBefore(text, money), 3), QStringLiteral("and"));
        const int officials = int(text.indexOf(QStringLiteral("officials")));
        QCOMPARE(text.mid(wordStartBefore(text, officials), officials - wordStartBefore(text, officials)), QStringLiteral("U.S. "));
    }

    // Steps read only the text near them; a word further off than that is still reached.
    void wordSteps_reachWordsFarOff()
    {
        const QString gap(5000, u' ');
        const QString text = QStringLiteral("alpha") + gap + QStringLiteral("omega");
        QCOMPARE(wordEndAfter(text, 5), int(text.size()));
        QCOMPARE(wordEndBefore(text, int(text.size())), 5);
        QCOMPARE(wordStartBefore(text, int(text.size()) - 5), 0);
        QCOMPARE(wordStartAfter(text, 0), int(text.size()) - 5);
    }

    void pageSelection_foundByItsSurroundings()
    {
        const QString text = QStringLiteral("The port grew.\n\nLater the port\nclosed for good.");
        const auto second = locateSelection(text, {QStringLiteral("the port closed"), QStringLiteral("grew.\nLater "), QStringLiteral(" for good.")});
        QVERIFY(second);
        QCOMPARE(text.mid(second->first, second->second - second->first), QStringLiteral("the port\nclosed"));
        const auto first = locateSelection(text, {QStringLiteral("port"), QStringLiteral("The "), QStringLiteral(" grew.")});
        QVERIFY(first);
        QCOMPARE(first->first, 4);
        QVERIFY(!locateSelection(text, {QStringLiteral("harbour"), {}, {}}));
    }
};

QTEST_GUILESS_MAIN(ReviewNavigationTest)
#include "review_navigation_test.moc"
