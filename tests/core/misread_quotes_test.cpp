#include "detect/quotes/misread_quotes.h"

#include <QTest>

using namespace galley;

// What the rules mend in the tagger's quotes, on quotes written by hand: the shipped model's
// output moves with every retraining, these do not.
class MisreadQuotesTest final : public QObject
{
    Q_OBJECT

private slots:
    void lonePronoun_runsOnToTheSentenceEnd();
    void lonePronoun_dropsThePiecesInside();
    void refusals_areNoQuotes_data();
    void refusals_areNoQuotes();
    void speakerInTheNextParagraph_isDropped();
    void speakerReadAsContent_isTheSpeaker();
    void cueWithItsWordsPastAComma_isNoQuote();
};

namespace {

TextRange rangeOf(const QString &text, const QString &needle)
{
    const qsizetype start = text.indexOf(needle);
    return {start, start + needle.size()};
}

Quote indirect(const QString &text, const QString &content, const QString &cue, const QString &speaker)
{
    Quote quote;
    quote.kind = QuoteKind::Indirect;
    quote.content = rangeOf(text, content);
    quote.cue = rangeOf(text, cue);
    quote.speaker = rangeOf(text, speaker);
    return quote;
}

QString contentOf(const QString &text, const Quote &quote)
{
    return text.mid(quote.content.start, quote.content.end - quote.content.start);
}

} // namespace

void MisreadQuotesTest::lonePronoun_runsOnToTheSentenceEnd()
{
    // The period of "Dr." ends no sentence.
    const QString text = QStringLiteral("Police said she was released by Dr. Smith later that day. Then it rained.");
    QList<Quote> quotes{indirect(text, QStringLiteral("she"), QStringLiteral("said"), QStringLiteral("Police"))};
    dropMisreadQuotes(text, quotes);
    QCOMPARE(quotes.size(), 1);
    QCOMPARE(contentOf(text, quotes.first()), QStringLiteral("she was released by Dr. Smith later that day"));
}

void MisreadQuotesTest::lonePronoun_dropsThePiecesInside()
{
    const QString text = QStringLiteral("Police said she was released later that day.");
    QList<Quote> quotes{indirect(text, QStringLiteral("she"), QStringLiteral("said"), QStringLiteral("Police")),
                        indirect(text, QStringLiteral("that day"), QStringLiteral("was released later"), QStringLiteral("Police"))};
    dropMisreadQuotes(text, quotes);
    QCOMPARE(quotes.size(), 1);
    QCOMPARE(contentOf(text, quotes.first()), QStringLiteral("she was released later that day"));
}

void MisreadQuotesTest::refusals_areNoQuotes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("cue");
    QTest::newRow("declined to comment") << QStringLiteral("Shein declined to comment.") << QStringLiteral("to comment")
                                         << QStringLiteral("declined");
    QTest::newRow("declined to comment beyond") << QStringLiteral("Amazon declined to comment beyond its statement.")
                                                << QStringLiteral("to comment beyond its statement") << QStringLiteral("declined");
    QTest::newRow("declined to comment on") << QStringLiteral("The White House declined to comment on the report.")
                                            << QStringLiteral("the report") << QStringLiteral("declined to comment on");
    QTest::newRow("not to be identified")
        << QStringLiteral("Two people, who asked not to be identified because the talks are private, said so.")
        << QStringLiteral("not to be identified because the talks are private") << QStringLiteral("asked");
    QTest::newRow("anonymity") << QStringLiteral("He spoke on condition of anonymity because he was not authorized.")
                               << QStringLiteral("anonymity because he was not authorized") << QStringLiteral("spoke on condition of");
}

void MisreadQuotesTest::refusals_areNoQuotes()
{
    QFETCH(QString, text);
    QFETCH(QString, content);
    QFETCH(QString, cue);
    QList<Quote> quotes{indirect(text, content, cue, QString())};
    quotes.first().speaker = {};
    dropMisreadQuotes(text, quotes);
    QVERIFY(quotes.isEmpty());
}

void MisreadQuotesTest::speakerInTheNextParagraph_isDropped()
{
    const QString text = QStringLiteral("“The public want us to get on with the job.”\n\nKeir Starmer said it was laughable.");
    Quote quote;
    quote.content = rangeOf(text, QStringLiteral("The public want us to get on with the job."));
    quote.cue = rangeOf(text, QStringLiteral("said"));
    quote.speaker = rangeOf(text, QStringLiteral("Keir Starmer"));
    QList<Quote> quotes{quote};
    dropMisreadQuotes(text, quotes);
    QCOMPARE(quotes.size(), 1);
    QVERIFY(quotes.first().speaker.isEmpty());
    QVERIFY(quotes.first().cue.isEmpty());
}

void MisreadQuotesTest::speakerReadAsContent_isTheSpeaker()
{
    const QString text = QStringLiteral("It rained. Higher doses worked better, says Klinger. Then it stopped.");
    Quote quote = indirect(text, QStringLiteral("Klinger"), QStringLiteral("says"), QString());
    quote.speaker = {};
    QList<Quote> quotes{quote};
    dropMisreadQuotes(text, quotes);
    QCOMPARE(quotes.size(), 1);
    QCOMPARE(contentOf(text, quotes.first()), QStringLiteral("Higher doses worked better"));
    QCOMPARE(text.mid(quotes.first().speaker.start, quotes.first().speaker.end - quotes.first().speaker.start),
             QStringLiteral("Klinger"));
}

void MisreadQuotesTest::cueWithItsWordsPastAComma_isNoQuote()
{
    const QString text = QStringLiteral("While some people enjoy mocktails, they're not for everyone.");
    QList<Quote> quotes{indirect(text, QStringLiteral("they're not for everyone"), QStringLiteral("enjoy"), QStringLiteral("some people"))};
    dropMisreadQuotes(text, quotes);
    QVERIFY(quotes.isEmpty());
}

QTEST_GUILESS_MAIN(MisreadQuotesTest)
#include "misread_quotes_test.moc"
