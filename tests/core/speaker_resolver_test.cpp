#include "entity_markup.h"

#include "detect/entities/entity_clusterer.h"
#include "detect/entities/speaker_resolver.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

#include <QTest>

using namespace galley;

// Resolving a quote's speaker mention (a name, a pronoun, a description) to an entity cluster.
class SpeakerResolverTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void resolve_findsSpeaker_data();
    void resolve_findsSpeaker();
    void resolve_pronounSkipsQuotedNames();
    void resolve_itMeansABodyThatSpeaks();

private:
    // A marked-up text with everything a resolver reads; it must outlive the resolvers it makes.
    struct Analysed
    {
        MarkedText marked;
        QList<Token> tokens;
        QList<Sentence> sentences;
        QList<MentionName> names;
        QList<EntityCluster> clusters;
        const NameLexicon *lexicon = nullptr;

        SpeakerResolver resolver(const QList<Quote> &quotes) const
        {
            return SpeakerResolver(marked.text, tokens, sentences, marked.mentions, names, clusters, *lexicon, quotes);
        }
    };
    Analysed analyse(const QString &markup) const;

    std::optional<NameLexicon> m_lexicon;
};

namespace {

TextRange rangeOf(const QString &text, const QString &needle)
{
    const qsizetype start = text.indexOf(needle);
    return {start, start + needle.size()};
}

} // namespace

SpeakerResolverTest::Analysed SpeakerResolverTest::analyse(const QString &markup) const
{
    Analysed analysed;
    analysed.marked = parseEntityMarkup(markup);
    analysed.tokens = tokenize(analysed.marked.text);
    analysed.sentences = splitSentences(analysed.marked.text, analysed.tokens);
    for (const EntityMention &mention : analysed.marked.mentions)
        analysed.names.append(mentionName(analysed.marked.text, mention, *m_lexicon));
    analysed.clusters = clusterEntities(analysed.marked.text, analysed.marked.mentions, analysed.names, *m_lexicon);
    analysed.lexicon = &*m_lexicon;
    return analysed;
}

void SpeakerResolverTest::initTestCase()
{
    auto lexicon = NameLexicon::load(QStringLiteral(GALLEY_SOURCE_DIR "/resources/ner/gazetteer-debian.txt.gz"),
                                     QStringLiteral(GALLEY_SOURCE_DIR "/resources/ner/given-name-genders.txt.gz"));
    QVERIFY2(lexicon.ok(), qPrintable(lexicon.ok() ? QString() : lexicon.error().toString()));
    m_lexicon = std::move(lexicon).value();
}

void SpeakerResolverTest::resolve_findsSpeaker_data()
{
    // Entities in [TYPE …]; the speaker mention between < and >; the canonical name expected,
    // empty when nothing should be found.
    QTest::addColumn<QString>("markup");
    QTest::addColumn<QString>("speaker");
    QTest::addColumn<QString>("reference");
    QTest::newRow("name in the mention")
        << QStringLiteral("\"We won,\" <[PER Lt. Gen. Viktor Poznikhir]> said.") << QStringLiteral("Viktor Poznikhir")
        << QStringLiteral("name");
    QTest::newRow("person after a long description")
        << QStringLiteral("\"Done,\" <the first deputy chief of the [ORG General Staff], Lt. Gen. [PER Viktor Poznikhir]>, said.")
        << QStringLiteral("Viktor Poznikhir") << QStringLiteral("name");
    QTest::newRow("person before an apposition naming another")
        << QStringLiteral("\"We grow,\" said <[PER Darren Tipton], CEO of [PER Baguette North America]>.")
        << QStringLiteral("Darren Tipton") << QStringLiteral("name");
    QTest::newRow("surname the entity model missed")
        << QStringLiteral("[PER Elena Varga] met [PER Tomas Brandt]. \"Yes,\" <Varga> said.")
        << QStringLiteral("Elena Varga") << QStringLiteral("name");
    QTest::newRow("unknown capitalised speaker")
        << QStringLiteral("[PER Elena Varga] spoke. \"Yes,\" <Officials> said.") << QString() << QStringLiteral("none");
    QTest::newRow("organisation as speaker")
        << QStringLiteral("\"We urge action,\" <the [ORG Russian Foreign Ministry]> said.")
        << QStringLiteral("Russian Foreign Ministry") << QStringLiteral("name");
    QTest::newRow("nationality adjective is not the speaker")
        << QStringLiteral("\"Calm,\" <the [MISC Russian] reconciliation center> said.") << QString()
        << QStringLiteral("none");
    QTest::newRow("person inside a longer mention")
        << QStringLiteral("\"Go,\" according to <the order of [MISC Russian] President [PER Vladimir Putin]>.")
        << QStringLiteral("Vladimir Putin") << QStringLiteral("name");
    QTest::newRow("he: person of the previous sentence")
        << QStringLiteral("On Thursday, [PER Poznikhir] said that civilians left [LOC Aleppo].\n\n"
                          "\"Overall, 108,076 civilians were taken,\" <he> said.")
        << QStringLiteral("Poznikhir") << QStringLiteral("pronoun");
    QTest::newRow("he: subject over a later person")
        << QStringLiteral("[PER Viktor Poznikhir] met [PER Jan Egeland] on Monday. \"It went well,\" <he> said.")
        << QStringLiteral("Viktor Poznikhir") << QStringLiteral("pronoun");
    QTest::newRow("he: nearest sentence first")
        << QStringLiteral("[PER Jan Egeland] arrived. Then [PER Viktor Poznikhir] spoke. \"Enough,\" <he> said.")
        << QStringLiteral("Viktor Poznikhir") << QStringLiteral("pronoun");
    QTest::newRow("she skips a man")
        << QStringLiteral("Spokeswoman [PER Maria Zakharova] answered [PER Mr. Craig]. \"No,\" <she> said.")
        << QStringLiteral("Maria Zakharova") << QStringLiteral("pronoun");
    QTest::newRow("he skips a woman")
        << QStringLiteral("[PER Scott Craig] met spokeswoman [PER Maria Zakharova]. \"Yes,\" <he> said.")
        << QStringLiteral("Scott Craig") << QStringLiteral("pronoun");
    QTest::newRow("she: given name tells")
        << QStringLiteral("[PER Scott Craig] met [PER Maria Zakharova]. \"No,\" <she> said.")
        << QStringLiteral("Maria Zakharova") << QStringLiteral("pronoun");
    QTest::newRow("he: given name skips the subject")
        << QStringLiteral("[PER Elena Varga] met [PER Tomas Brandt]. \"No,\" <he> said.")
        << QStringLiteral("Tomas Brandt") << QStringLiteral("pronoun");
    QTest::newRow("he: unknown given name fits")
        << QStringLiteral("[PER Elena Varga] met [PER Viktor Poznikhir]. [PER Poznikhir] left. \"No,\" <he> said.")
        << QStringLiteral("Viktor Poznikhir") << QStringLiteral("pronoun");
    QTest::newRow("he: same sentence before the pronoun")
        << QStringLiteral("[PER Jan Egeland] arrived. [PER Scott Craig] said \"soon\", as <he> put it.")
        << QStringLiteral("Scott Craig") << QStringLiteral("pronoun");
    QTest::newRow("it: the organisation")
        << QStringLiteral("[PER Sergei Lavrov] met the [ORG OPCW] in [LOC The Hague]. \"No comment,\" <it> said.")
        << QStringLiteral("OPCW") << QStringLiteral("pronoun");
    QTest::newRow("who: the person before it")
        << QStringLiteral("[PER Jan Egeland] arrived. Mayor [PER Elena Varga], <who> chairs the [ORG Harbour Authority], "
                          "said it would pass.")
        << QStringLiteral("Elena Varga") << QStringLiteral("pronoun");
    QTest::newRow("which: the organisation before it")
        << QStringLiteral("[PER Scott Craig] wrote to the [ORG Harbour Authority], <which> has denied any delay.")
        << QStringLiteral("Harbour Authority") << QStringLiteral("pronoun");
    QTest::newRow("who: not a person further back")
        << QStringLiteral("[PER Elena Varga] told a young woman <who> asked about it.") << QString()
        << QStringLiteral("none");
    QTest::newRow("which: not a person")
        << QStringLiteral("The vote went to [PER Elena Varga], <which> surprised many.") << QString()
        << QStringLiteral("none");
    QTest::newRow("he: no person before")
        << QStringLiteral("[LOC Aleppo] was calm. \"Quiet,\" <he> said.") << QString() << QStringLiteral("none");
    QTest::newRow("the spokesperson")
        << QStringLiteral("[ORG UNHCR] spokesperson [PER Scott Craig] and [PER Jan Egeland] met. "
                          "\"Aid is ready,\" <the spokesperson> said.")
        << QStringLiteral("Scott Craig") << QStringLiteral("description");
    QTest::newRow("spokeswoman introduced as spokesperson")
        << QStringLiteral("Foreign ministry spokesperson [PER Maria Zakharova] spoke. [PER Sergei Lavrov] was away. "
                          "\"Never,\" <the spokeswoman> added.")
        << QStringLiteral("Maria Zakharova") << QStringLiteral("description");
    QTest::newRow("the minister")
        << QStringLiteral("Foreign Minister [PER Sergei Lavrov] met [PER Scott Craig]. \"Fine,\" <the minister> said.")
        << QStringLiteral("Sergei Lavrov") << QStringLiteral("description");
    QTest::newRow("the ministry")
        << QStringLiteral("The [ORG Russian Defence Ministry] reported losses. \"None,\" <the ministry> said.")
        << QStringLiteral("Russian Defence Ministry") << QStringLiteral("description");
    QTest::newRow("the report is no publisher")
        << QStringLiteral("The [ORG Hechinger Report] covered a study. Tutoring helped, <the report> found.")
        << QString() << QStringLiteral("none");
    QTest::newRow("the organization")
        << QStringLiteral("The [ORG World Health Organization] issued a warning. \"Measles is back,\" <the organization> said.")
        << QStringLiteral("World Health Organization") << QStringLiteral("description");
    QTest::newRow("the source is not the one it is close to")
        << QStringLiteral("A source close to [PER Farah Ibrahim] spoke. \"She lied,\" <the source> said.")
        << QString() << QStringLiteral("none");
    // A tester named before is not "a tester": someone not named.
    QTest::newRow("an indefinite description is someone new")
        << QStringLiteral("\"Great,\" said tester [PER Greg Jaindl]. \"Solid,\" said <a tester>.") << QString()
        << QStringLiteral("none");
    // The report's role words ("The trends report found [PER Pilates]…") made it the person.
    QTest::newRow("the report is no person")
        << QStringLiteral("The trends report named [PER Pilates] the top workout. Classes grew, <the report> found.")
        << QString() << QStringLiteral("none");
    QTest::newRow("pronoun: agreeing gender before unknown")
        << QStringLiteral("[PER Rishi Sunak] met [PER Angela Merkel] in Rome. <She> said Italy agreed.")
        << QStringLiteral("Angela Merkel") << QStringLiteral("pronoun");
    QTest::newRow("pronoun: unknown gender when none agrees")
        << QStringLiteral("[PER Angela Merkel] met [PER Rishi Sunak] in Rome. <He> said Italy agreed.")
        << QStringLiteral("Rishi Sunak") << QStringLiteral("pronoun");
    QTest::newRow("description in other words")
        << QStringLiteral("Pope [PER Francis] visited [LOC Jakarta]. \"Help the poor,\" <the pontiff> said.")
        << QStringLiteral("Francis") << QStringLiteral("description");
    QTest::newRow("someone speaking for a person is not that person")
        << QStringLiteral("[PER Donald Trump] was convicted. <[PER Trump]'s lawyer> said they would appeal.")
        << QString() << QStringLiteral("none");
    QTest::newRow("a lawyer for a person is not that person")
        << QStringLiteral("<A lawyer for Prince [PER Harry]> said no.") << QString() << QStringLiteral("none");
    QTest::newRow("the agent named after the owner")
        << QStringLiteral("<[PER Trump]'s lawyer [PER Alina Habba]> said they would appeal.") << QStringLiteral("Alina Habba")
        << QStringLiteral("name");
    QTest::newRow("the agent named before the apposition")
        << QStringLiteral("<[PER Abbe Lowell], a lawyer for [PER Hunter Biden]>, said no.") << QStringLiteral("Abbe Lowell")
        << QStringLiteral("name");
    QTest::newRow("a spokesman for a body speaks as the body")
        << QStringLiteral("<A spokesman for the [ORG Kremlin]> said no.") << QStringLiteral("Kremlin")
        << QStringLiteral("name");
    QTest::newRow("the premier is no other minister")
        << QStringLiteral("Foreign Minister [PER Wang Yi] met officials. <The premier> said no.") << QString()
        << QStringLiteral("none");
    QTest::newRow("the company is the body before")
        << QStringLiteral("[ORG Nvidia] shares rose. <The company> said demand was strong.") << QStringLiteral("Nvidia")
        << QStringLiteral("description");
    QTest::newRow("the club in a later sentence")
        << QStringLiteral("[ORG Chelsea] have signed a winger. \"He is special,\" <the club> said.") << QStringLiteral("Chelsea")
        << QStringLiteral("description");
    QTest::newRow("an age is the person before")
        << QStringLiteral("[PER Marcus Rashford] scored twice. \"I feel great,\" <the 28-year-old> said.")
        << QStringLiteral("Marcus Rashford") << QStringLiteral("description");
    QTest::newRow("a nationality is the person, not the nationality")
        << QStringLiteral("[PER Pep Guardiola] was furious. \"Not good enough,\" <the [MISC Spaniard]> said.")
        << QStringLiteral("Pep Guardiola") << QStringLiteral("description");
    QTest::newRow("a title no one else holds")
        << QStringLiteral("[PER Angela Merkel] visited [LOC Kyiv]. <The former chancellor> said the war must end.")
        << QStringLiteral("Angela Merkel") << QStringLiteral("description");
    QTest::newRow("the gender of the word counts")
        << QStringLiteral("[PER Rishi Sunak] spoke. \"It was lovely,\" <the actress> said.") << QString()
        << QStringLiteral("none");
    QTest::newRow("a title between two persons is no guess")
        << QStringLiteral("[PER Emmanuel Macron] met [PER Olaf Scholz]. \"We agree,\" <the chancellor> said.") << QString()
        << QStringLiteral("none");
    QTest::newRow("a body named with the word is no other body")
        << QStringLiteral("[ORG Pfizer] said sales rose. \"We are pleased,\" <the ministry> said.") << QString()
        << QStringLiteral("none");
    // The nearest body before the description was taken: the object, or a thing the body owns.
    QTest::newRow("the watchdog is the subject of its sentence")
        << QStringLiteral("The [ORG Electoral Commission] fined the [ORG Scottish National Party] £50,000, <the watchdog> "
                          "confirmed.")
        << QStringLiteral("Electoral Commission") << QStringLiteral("description");
    QTest::newRow("the company is the owner of the thing")
        << QStringLiteral("[ORG SpaceX]'s [ORG Starship] exploded after launch, <the company> confirmed.") << QStringLiteral("SpaceX")
        << QStringLiteral("description");
    QTest::newRow("the regulator is the agent of a passive")
        << QStringLiteral("[ORG Thames Water] was fined £3m by [ORG Ofwat], <the regulator> said.") << QStringLiteral("Ofwat")
        << QStringLiteral("description");
    QTest::newRow("a passive's subject is not the one acting on it")
        << QStringLiteral("[ORG Thames Water] was fined £3m by [LOC Ofwat], <the regulator> said.") << QString()
        << QStringLiteral("none");
    QTest::newRow("a body after a preposition is not the subject")
        << QStringLiteral("After talks with [ORG Boeing], [ORG Airbus] cut its forecast, <the company> said.")
        << QStringLiteral("Airbus") << QStringLiteral("description");
    QTest::newRow("the body told is not the company")
        << QStringLiteral("A source told [ORG Reuters] that [ORG Tesla] cut prices. <The company> said demand was strong.")
        << QStringLiteral("Tesla") << QStringLiteral("description");
    QTest::newRow("his coach is not him")
        << QStringLiteral("[PER Lionel Messi] scored. \"Rest,\" <his coach> said.") << QString() << QStringLiteral("none");
    QTest::newRow("the lawyer is someone not named")
        << QStringLiteral("[PER Donald Trump] was convicted. \"He is innocent,\" <the lawyer> said.") << QString()
        << QStringLiteral("none");
    QTest::newRow("pronoun: the one named, not the owner before")
        << QStringLiteral("[PER Lionel Messi]'s coach, [PER Javier Mascherano], was tired. \"Rest,\" <he> added.")
        << QStringLiteral("Javier Mascherano") << QStringLiteral("pronoun");
    QTest::newRow("description with no match")
        << QStringLiteral("[PER Scott Craig] spoke. \"Fine,\" <the witness> said.") << QString() << QStringLiteral("none");
    // The words before a name across a verb are not its role: the accuser is not the accused.
    QTest::newRow("the one who claims is not the one claimed about")
        << QStringLiteral("The new source claims [PER Farah Ibrahim] lied. \"She is the ringleader,\" said <the source>.")
        << QString() << QStringLiteral("none");
    QTest::newRow("the accuser is not the accused")
        << QStringLiteral("A former employee accused [PER Mary Jones] of fraud. \"She ran it,\" <the former employee> said.")
        << QString() << QStringLiteral("none");
    QTest::newRow("the witness is not the one seen")
        << QStringLiteral("A witness said he saw [PER John Smith] fire. \"He was calm,\" <the witness> said.")
        << QString() << QStringLiteral("none");
    QTest::newRow("where the speaker is does not speak")
        << QStringLiteral("\"We go on,\" said <a federal judge in [LOC Manhattan]>.") << QString() << QStringLiteral("none");
    QTest::newRow("a body before an apposition naming a person")
        << QStringLiteral("<[ORG Reliance Industries], controlled by billionaire [PER Mukesh Ambani],> said profit rose.")
        << QStringLiteral("Reliance Industries") << QStringLiteral("name");
    QTest::newRow("a body opening a list is not the speaker")
        << QStringLiteral("<[ORG Apple], [ORG Google] and [ORG Microsoft]> said they would comply.")
        << QStringLiteral("Microsoft") << QStringLiteral("name");
    QTest::newRow("a role right before the name still counts")
        << QStringLiteral("Police said witness [PER John Smith] was calm. \"I ran,\" <the witness> said.")
        << QStringLiteral("John Smith") << QStringLiteral("description");
}

void SpeakerResolverTest::resolve_findsSpeaker()
{
    QFETCH(QString, markup);
    QFETCH(QString, speaker);
    QFETCH(QString, reference);
    const qsizetype open = markup.indexOf(u'<');
    const qsizetype close = markup.indexOf(u'>');
    const MarkedText before = parseEntityMarkup(markup.left(open));
    const MarkedText inside = parseEntityMarkup(markup.left(close).remove(u'<'));
    const Analysed text = analyse(QString(markup).remove(u'<').remove(u'>'));
    const TextRange range{before.text.size(), inside.text.size()};

    const SpeakerResolution resolution = text.resolver({}).resolve(range);

    QCOMPARE(resolution.cluster >= 0 ? text.clusters[resolution.cluster].canonical : QString(), speaker);
    static const QStringList kReferences = {QStringLiteral("none"), QStringLiteral("name"), QStringLiteral("pronoun"),
                                            QStringLiteral("description")};
    QCOMPARE(kReferences[int(resolution.reference)], reference);
}

// "Kaja Kallas spoke. “Putin is playing games,” she said.": a name inside the quote marks is
// what was said, not whom "she" means (the resolver took Putin).
void SpeakerResolverTest::resolve_pronounSkipsQuotedNames()
{
    const Analysed text = analyse(
        QStringLiteral("[PER Kaja Kallas] spoke in Brussels. \"[PER Putin] is playing games,\" she said."));
    Quote quote;
    quote.content = rangeOf(text.marked.text, QStringLiteral("Putin is playing games"));
    quote.speaker = rangeOf(text.marked.text, QStringLiteral("she"));
    const SpeakerResolution resolution = text.resolver({quote}).resolve(quote.speaker);
    QVERIFY(resolution.cluster >= 0);
    QCOMPARE(text.clusters[resolution.cluster].canonical, QStringLiteral("Kaja Kallas"));
}

// "Israel said … It said …": a place that speaks in the text is what "it" means there.
void SpeakerResolverTest::resolve_itMeansABodyThatSpeaks()
{
    const Analysed text = analyse(QStringLiteral(
        "[LOC Israel] said its jets struck targets near [LOC Beirut]. It said the operation would go on."));
    Quote first;
    first.kind = QuoteKind::Indirect;
    first.content = rangeOf(text.marked.text, QStringLiteral("its jets struck targets near Beirut"));
    first.speaker = rangeOf(text.marked.text, QStringLiteral("Israel"));
    Quote second;
    second.kind = QuoteKind::Indirect;
    second.content = rangeOf(text.marked.text, QStringLiteral("the operation would go on"));
    second.speaker = rangeOf(text.marked.text, QStringLiteral("It"));
    const SpeakerResolution resolution = text.resolver({first, second}).resolve(second.speaker);
    QVERIFY(resolution.cluster >= 0);
    QCOMPARE(text.clusters[resolution.cluster].canonical, QStringLiteral("Israel"));
    QCOMPARE(resolution.reference, SpeakerReference::Pronoun);
}

QTEST_GUILESS_MAIN(SpeakerResolverTest)
#include "speaker_resolver_test.moc"
