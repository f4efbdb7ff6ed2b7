// A participle cue after a comma ("…, saying …") or a verb joined to the first ("… and said …") has
// the clause's subject as its speaker.
#include "detect/quotes/participle_speakers.h"

#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

#include <QTest>

using namespace galley;

class ParticipleSpeakersTest final : public QObject
{
    Q_OBJECT

private slots:
    void speaker_isTheSubject_data();
    void speaker_isTheSubject();
};

void ParticipleSpeakersTest::speaker_isTheSubject_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("entity");   // a person the text names, or empty
    QTest::addColumn<QString>("cue");
    QTest::addColumn<QString>("expected");
    QTest::newRow("saying") << QStringLiteral("Jerry Greenfield quit the company, saying its independence was lost.")
                            << QStringLiteral("Jerry Greenfield") << QStringLiteral("saying") << QStringLiteral("Jerry Greenfield");
    QTest::newRow("not an owner") << QStringLiteral("Trump's lawyer quit, saying the case was lost.")
                                  << QStringLiteral("Trump") << QStringLiteral("saying") << QString();
    QTest::newRow("the subject, not a name inside the sentence")
        << QStringLiteral("The court fined Jerry Greenfield, saying the case was clear.") << QStringLiteral("Jerry Greenfield")
        << QStringLiteral("saying") << QStringLiteral("The court");
    QTest::newRow("a passive clause") << QStringLiteral("Jerry Greenfield was fined by the court, saying the case was clear.")
                                      << QStringLiteral("Jerry Greenfield") << QStringLiteral("saying") << QString();
    // a verb joined to the first by "and", "but" or "yet", and subjects that are no names (had
    // no speaker)
    QTest::newRow("a verb joined by and") << QStringLiteral("Jerry Greenfield quit, and said the case was lost.")
                                          << QStringLiteral("Jerry Greenfield") << QStringLiteral("said")
                                          << QStringLiteral("Jerry Greenfield");
    QTest::newRow("joined with an adverb") << QStringLiteral("Jerry Greenfield arrived in 1993 and promptly voted against the bill.")
                                           << QStringLiteral("Jerry Greenfield") << QStringLiteral("voted against")
                                           << QStringLiteral("Jerry Greenfield");
    QTest::newRow("a pronoun") << QStringLiteral("He arrived in Congress and promptly voted against the bill.") << QString()
                               << QStringLiteral("voted against") << QStringLiteral("He");
    QTest::newRow("a noun phrase with its determiner")
        << QStringLiteral("A New York judge has rejected the request, saying the courts have no business there.") << QString()
        << QStringLiteral("saying") << QStringLiteral("A New York judge");
    QTest::newRow("after an opening adverbial")
        << QStringLiteral("In 1986, however, the Supreme Court blocked the plan, citing a threat to health.") << QString()
        << QStringLiteral("citing") << QStringLiteral("the Supreme Court");
    QTest::newRow("the comma inside a closing quote mark")
        << QStringLiteral("Jerry Greenfield called him a \u201Cstrong leader,\u201D comparing him to Obama.")
        << QStringLiteral("Jerry Greenfield") << QStringLiteral("comparing") << QStringLiteral("Jerry Greenfield");
    QTest::newRow("a title before the name")
        << QStringLiteral("Sen. Jerry Greenfield said he disagreed, arguing that the plan failed.") << QStringLiteral("Jerry Greenfield")
        << QStringLiteral("arguing") << QStringLiteral("Jerry Greenfield");
    QTest::newRow("the comma inside two apostrophes")
        << QStringLiteral("Mr. Jerry Greenfield said of it, ''I don't like it,'' adding that they were angry.")
        << QStringLiteral("Jerry Greenfield") << QStringLiteral("adding") << QStringLiteral("Jerry Greenfield");
    QTest::newRow("joined after a time phrase")
        << QStringLiteral("Jerry Greenfield freed up funds and on Monday announced more was coming.")
        << QStringLiteral("Jerry Greenfield") << QStringLiteral("announced") << QStringLiteral("Jerry Greenfield");
    QTest::newRow("after an opening adverb") << QStringLiteral("Then he cut into Bush, calling him a stiff.") << QString()
                                             << QStringLiteral("calling") << QStringLiteral("he");
    QTest::newRow("after an opening participle clause")
        << QStringLiteral("Asked whether he would serve, Jerry Greenfield paused and said that he might.")
        << QStringLiteral("Jerry Greenfield") << QStringLiteral("said") << QStringLiteral("Jerry Greenfield");
    QTest::newRow("a subject before its apposition")
        << QStringLiteral("Jerry Greenfield, who leads the race, mocked Rubio for losing.") << QStringLiteral("Jerry Greenfield")
        << QStringLiteral("mocked") << QStringLiteral("Jerry Greenfield");
    QTest::newRow("an apposition in a passive clause")
        << QStringLiteral("The plan, which failed, was rejected by the council as a waste.") << QString()
        << QStringLiteral("was rejected") << QString();
    QTest::newRow("a bare plural is no subject")
        << QStringLiteral("Authorities announced the arrest and said a curfew would continue.") << QString()
        << QStringLiteral("said") << QString();
    QTest::newRow("a verb neither a participle nor joined")
        << QStringLiteral("Jerry Greenfield quit when officials said the case was lost.") << QStringLiteral("Jerry Greenfield")
        << QStringLiteral("said") << QString();
}

void ParticipleSpeakersTest::speaker_isTheSubject()
{
    QFETCH(QString, text);
    QFETCH(QString, entity);
    QFETCH(QString, cue);
    QFETCH(QString, expected);
    const QList<Token> tokens = tokenize(text);
    const QList<Sentence> sentences = splitSentences(text, tokens);
    QList<EntityMention> entities;
    if (!entity.isEmpty())
        entities.append({text.indexOf(entity), text.indexOf(entity) + entity.size(), EntityType::Person});
    const AnalysedText analysed(text, tokens, sentences, entities);
    Quote quote;
    quote.kind = QuoteKind::Indirect;
    const qsizetype cueAt = text.indexOf(cue);
    quote.cue = {cueAt, cueAt + cue.size()};
    quote.content = {cueAt + cue.size() + 1, text.size() - 1};
    QList<Quote> quotes{quote};
    giveParticiplesTheirSubject(analysed, quotes);
    QCOMPARE(text.mid(quotes.first().speaker.start, quotes.first().speaker.end - quotes.first().speaker.start), expected);
}

QTEST_GUILESS_MAIN(ParticipleSpeakersTest)
#include "participle_speakers_test.moc"
