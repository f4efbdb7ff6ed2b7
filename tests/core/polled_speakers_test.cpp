#include "detect/quotes/polled_speakers.h"

#include <QTest>

using namespace galley;

// Who answered a poll speaks, not who ran it. On quotes written by hand: the shipped model's
// output moves with every retraining, these do not.
class PolledSpeakersTest final : public QObject
{
    Q_OBJECT

private slots:
    void speaker_data();
    void speaker();
};

namespace {

TextRange rangeOf(const QString &text, const QString &needle)
{
    const qsizetype start = text.indexOf(needle);
    return {start, start + needle.size()};
}

} // namespace

void PolledSpeakersTest::speaker_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("found");   // the speaker as the tagger read it
    QTest::addColumn<QString>("cue");
    QTest::addColumn<QString>("expected");

    QTest::newRow("polled by") << QStringLiteral("Economists polled by Reuters expect the bank to raise rates.")
                               << QStringLiteral("Reuters") << QStringLiteral("expect")
                               << QStringLiteral("Economists polled by Reuters");
    QTest::newRow("after a comma and 'and'")
        << QStringLiteral("Prices rose, and most analysts surveyed by Bloomberg on Friday said inflation would slow.")
        << QStringLiteral("Bloomberg") << QStringLiteral("said") << QStringLiteral("most analysts surveyed by Bloomberg");
    QTest::newRow("a count of the respondents")
        << QStringLiteral("Twenty-one of 30 economists polled by Reuters said the bank would hold.")
        << QStringLiteral("Reuters") << QStringLiteral("said") << QStringLiteral("Twenty-one of 30 economists polled by Reuters");
    QTest::newRow("a clause of its own") << QStringLiteral("Lewandowski was interviewed by police, who said nothing.")
                                         << QStringLiteral("police") << QStringLiteral("said") << QStringLiteral("police");
    QTest::newRow("a pollster's own word") << QStringLiteral("Reuters said the bank would hold.") << QStringLiteral("Reuters")
                                           << QStringLiteral("said") << QStringLiteral("Reuters");
    QTest::newRow("a long clause before") << QStringLiteral("The many people from all over the state who came were polled "
                                                            "by Gallup, which said turnout was high.")
                                          << QStringLiteral("Gallup") << QStringLiteral("said") << QStringLiteral("Gallup");
}

void PolledSpeakersTest::speaker()
{
    QFETCH(QString, text);
    QFETCH(QString, found);
    QFETCH(QString, cue);
    QFETCH(QString, expected);
    Quote quote;
    quote.kind = QuoteKind::Indirect;
    quote.speaker = rangeOf(text, found);
    quote.cue = rangeOf(text, cue);
    quote.content = {quote.cue.end + 1, text.size() - 1};
    QList<Quote> quotes{quote};
    giveSpeakersTheirRespondents(text, quotes);
    QCOMPARE(text.mid(quotes[0].speaker.start, quotes[0].speaker.end - quotes[0].speaker.start), expected);
}

QTEST_GUILESS_MAIN(PolledSpeakersTest)
#include "polled_speakers_test.moc"
