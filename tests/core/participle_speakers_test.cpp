// A participle cue after a comma ("…, saying …") has the sentence's subject as its speaker.
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
    QTest::newRow("not a name inside the sentence")
        << QStringLiteral("The court fined Jerry Greenfield, saying the case was clear.") << QStringLiteral("Jerry Greenfield")
        << QStringLiteral("saying") << QString();
    QTest::newRow("a passive clause") << QStringLiteral("Jerry Greenfield was fined by the court, saying the case was clear.")
                                      << QStringLiteral("Jerry Greenfield") << QStringLiteral("saying") << QString();
    QTest::newRow("a cue that is no participle") << QStringLiteral("Jerry Greenfield quit, and said the case was lost.")
                                                 << QStringLiteral("Jerry Greenfield") << QStringLiteral("said") << QString();
}

void ParticipleSpeakersTest::speaker_isTheSubject()
{
    QFETCH(QString, text);
    QFETCH(QString, entity);
    QFETCH(QString, cue);
    QFETCH(QString, expected);
    const QList<Token> tokens = tokenize(text);
    const QList<Sentence> sentences = splitSentences(text, tokens);
    const qsizetype at = text.indexOf(entity);
    const QList<EntityMention> entities{{at, at + entity.size(), EntityType::Person}};
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
