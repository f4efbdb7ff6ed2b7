#include "detect/quotes/non_speech_quotes.h"

#include <QTest>

using namespace galley;

// Quotes that report nobody's words go; look-alikes that are speech stay. On quotes written by
// hand: the shipped model's output moves with every retraining, these do not.
class NonSpeechQuotesTest final : public QObject
{
    Q_OBJECT

private slots:
    void dropped_data();
    void dropped();
};

namespace {

TextRange rangeOf(const QString &text, const QString &needle)
{
    const qsizetype start = needle.isEmpty() ? -1 : text.indexOf(needle);
    return needle.isEmpty() ? TextRange{} : TextRange{start, start + needle.size()};
}

} // namespace

void NonSpeechQuotesTest::dropped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("cue");
    QTest::addColumn<QString>("speaker");
    QTest::addColumn<bool>("kept");

    const QString tweet = QStringLiteral(
        "She replied on Twitter.\n\n<tweet pic=\"pic.twitter.com/\" author=\"sen\" tweet_id=\"778257943577919488\">Read "
        "\"the plan\" here</tweet>.");
    QTest::newRow("markup attribute value") << tweet << QStringLiteral("778257943577919488") << QString() << QString() << false;
    QTest::newRow("quoted words inside the markup's text") << tweet << QStringLiteral("the plan") << QString() << QString()
                                                           << true;
    const QString headings = QStringLiteral("The mines closed.\n\n'Legend in the Coal Fields.'\n\nHe came back.\n\n"
                                            "\u201CAll Bets Are Off.\u201D\n\n\u201CWe won.\u201D\n\n\u201CThank You.\u201D\n\n"
                                            "\u201CNO WAY OUT NOW!\u201D\n\n"
                                            "'Legend in the Coal Fields,' said a miner.");
    QTest::newRow("subheading in single marks") << headings << QStringLiteral("Legend in the Coal Fields.") << QString()
                                                << QString() << false;
    QTest::newRow("subheading in double marks") << headings << QStringLiteral("All Bets Are Off.") << QString() << QString()
                                                << false;
    QTest::newRow("a short quote alone on its line") << headings << QStringLiteral("We won.") << QString() << QString()
                                                     << true;
    QTest::newRow("two capitalised words alone on their line") << headings << QStringLiteral("Thank You.") << QString()
                                                               << QString() << true;
    QTest::newRow("an exclamation in capitals") << headings << QStringLiteral("NO WAY OUT NOW!") << QString() << QString()
                                                << true;
    const QString attributed = QStringLiteral("'Legend in the Coal Fields,' said a miner.");
    QTest::newRow("the same words with a speaker") << attributed << QStringLiteral("Legend in the Coal Fields,")
                                                   << QStringLiteral("said") << QStringLiteral("a miner") << true;
    const QString having = QStringLiteral(
        "Taxes rose. (Having said that, there are economists who argue that corporate taxes should be nil.)");
    QTest::newRow("Having said that") << having << QStringLiteral("there are") << QStringLiteral("said")
                                      << QStringLiteral("economists") << false;
    QTest::newRow("economists who argue") << having << QStringLiteral("corporate taxes should be nil")
                                          << QStringLiteral("argue") << QStringLiteral("economists who") << true;
    QTest::newRow("That said") << QStringLiteral("Taxes rose. That said, the plan stands.")
                               << QStringLiteral("the plan stands") << QStringLiteral("said") << QStringLiteral("That")
                               << false;
    QTest::newRow("Needless to say") << QStringLiteral("Needless to say, voters noticed.") << QStringLiteral("voters noticed")
                                     << QStringLiteral("say") << QString() << false;
    QTest::newRow("a relative clause that said") << QStringLiteral("She posted a message that said, we are closed.")
                                                 << QStringLiteral("we are closed")
                                                 << QStringLiteral("posted a message that said")
                                                 << QStringLiteral("She") << true;
    QTest::newRow("said that, in a sentence") << QStringLiteral("The mayor said that, in the end, taxes rise.")
                                              << QStringLiteral("in the end, taxes rise") << QStringLiteral("said")
                                              << QStringLiteral("The mayor") << true;
}

void NonSpeechQuotesTest::dropped()
{
    QFETCH(QString, text);
    QFETCH(QString, content);
    QFETCH(QString, cue);
    QFETCH(QString, speaker);
    QFETCH(bool, kept);
    Quote quote;
    quote.kind = cue.isEmpty() ? QuoteKind::Direct : QuoteKind::Indirect;
    quote.content = rangeOf(text, content);
    quote.cue = rangeOf(text, cue);
    quote.speaker = rangeOf(text, speaker);
    QVERIFY(!quote.content.isEmpty());
    QList<Quote> quotes{quote};
    dropNonSpeechQuotes(text, quotes);
    QCOMPARE(quotes.size(), kept ? 1 : 0);
}

QTEST_APPLESS_MAIN(NonSpeechQuotesTest)
#include "non_speech_quotes_test.moc"
