#include "detect/quotes/analysed_text.h"
#include "detect/quotes/speaker_adverbials.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

#include <QTest>

using namespace galley;

// A speaker named after its cue loses what tells when or where it spoke, and an age that ends it;
// titles, appositions and agents stay. On quotes written by hand, as the tagger's spans move with
// every retraining.
class SpeakerAdverbialsTest final : public QObject
{
    Q_OBJECT

private slots:
    void trimmed_data();
    void trimmed();
};

namespace {

TextRange rangeOf(const QString &text, const QString &needle)
{
    const qsizetype start = text.indexOf(needle);
    return {start, start + needle.size()};
}

} // namespace

void SpeakerAdverbialsTest::trimmed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("speaker");    // as the tagger read it
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *name, const char *text, const char *speaker, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(speaker) << QString::fromUtf8(expected);
    };
    row("a day after a name", "\u201CWe deserved it,\u201D said Eddie Howe on Sunday.", "Eddie Howe on Sunday", "Eddie Howe");
    row("an occasion after a name", "\u201CWe deserved it,\u201D said manager Eddie Howe after the 2-0 win over Arsenal.",
        "manager Eddie Howe after the 2-0 win over Arsenal", "manager Eddie Howe");
    row("a day after a description", "\u201CNo comment,\u201D said a police spokesman on Monday.",
        "a police spokesman on Monday", "a police spokesman");
    row("a place after an apposition", "\u201CRates will stay high,\u201D said Andrew Bailey, governor of the Bank of "
        "England, at a conference in London.", "Andrew Bailey, governor of the Bank of England, at a conference in London",
        "Andrew Bailey, governor of the Bank of England");
    row("an age that ends the speaker", "\u201CIt was terrifying,\u201D said Maria Lopez, 34, who fled.",
        "Maria Lopez, 34", "Maria Lopez");
    row("an adverb of time", "\u201CIt is over,\u201D said Trump yesterday.", "Trump yesterday", "Trump");
    // kept whole
    row("an age before an apposition", "\u201CWe have bigger problems,\u201D says Gloria Garcia, 34, a nurse from Texas.",
        "Gloria Garcia, 34, a nurse from Texas", "Gloria Garcia, 34, a nurse from Texas");
    row("a preposition inside an apposition", "\u201CWe lost,\u201D said Rep. Elijah Cummings, the top Democrat on the "
        "Oversight Committee.", "Rep. Elijah Cummings, the top Democrat on the Oversight Committee",
        "Rep. Elijah Cummings, the top Democrat on the Oversight Committee");
    row("a place of work", "\u201CSales fell,\u201D said the head of research at Barclays.",
        "the head of research at Barclays", "the head of research at Barclays");
    row("an affiliation after a name", "\u201CIt is rare,\u201D said John Smith at the University of Leeds.",
        "John Smith at the University of Leeds", "John Smith at the University of Leeds");
    row("an apposition opening with in", "\u201CWe will look,\u201D said Jane Smith, in charge of the inquiry.",
        "Jane Smith, in charge of the inquiry", "Jane Smith, in charge of the inquiry");
    row("an apposition opening with last", "\u201CI hope so,\u201D said Jane Smith, last year's winner.",
        "Jane Smith, last year's winner", "Jane Smith, last year's winner");
    row("a statement after a comma", "\u201CWe regret it,\u201D said the company, in a statement.",
        "the company, in a statement", "the company");
    row("a newspaper's name in capitals", "\u201CIt was a surprise,\u201D said USA TODAY contributor David Marsh.",
        "USA TODAY contributor David Marsh", "USA TODAY contributor David Marsh");
    row("an agent after the time", "\u201CIt had negligible effects,\u201D according to a study last year by economists at "
        "Duke University.", "a study last year by economists at Duke University",
        "a study last year by economists at Duke University");
    row("an adjective of time", "\u201CIt failed,\u201D said the earlier Senate report.", "the earlier Senate report",
        "the earlier Senate report");
}

void SpeakerAdverbialsTest::trimmed()
{
    QFETCH(QString, text);
    QFETCH(QString, speaker);
    QFETCH(QString, expected);
    const QList<Token> tokens = tokenize(text);
    const QList<Sentence> sentences = splitSentences(text, tokens);
    const QList<EntityMention> entities;
    const AnalysedText analysed(text, tokens, sentences, entities);
    Quote quote;
    quote.kind = QuoteKind::Direct;
    quote.content = {1, text.indexOf(u',')};
    const qsizetype speakerStart = text.indexOf(speaker);
    const qsizetype cueStart = text.lastIndexOf(u' ', speakerStart - 2) + 1;
    quote.cue = {cueStart, speakerStart - 1};
    quote.speaker = rangeOf(text, speaker);
    QList<Quote> quotes{quote};
    trimAdverbialsOffSpeakers(analysed, quotes);
    QCOMPARE(text.mid(quotes[0].speaker.start, quotes[0].speaker.end - quotes[0].speaker.start), expected);
}

QTEST_APPLESS_MAIN(SpeakerAdverbialsTest)
#include "speaker_adverbials_test.moc"
