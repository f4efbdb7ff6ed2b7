#include "quote_test_support.h"

#include "cpu_timer.h"
#include "detect/ner/ner_model.h"
#include "detect/quotes/polnear_evaluation.h"

#include <QFileInfo>
#include <QTest>

using namespace galley;

// The shipped quote model (resources/models/quotes-polnear.model) on sentences written for this
// test, and on the PolNeAR dev split when the shared data folder is there.
class QuoteModelTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shippedModel_findsQuotes_data();
    void shippedModel_findsQuotes();
    void shippedModel_eachQuoteOnce_data();
    void shippedModel_eachQuoteOnce();
    void shippedModel_speakerEndsBeforeItsClause();
    void shippedModel_lonePronounRunsOn();
    void shippedModel_noSpeakerFromTheNextParagraph();
    void shippedModel_noQuote_data();
    void shippedModel_noQuote();
    void shippedModel_loadsQuickly();
    void shippedModel_devFloors();

private:
    std::optional<NerModel> m_ner;
    std::optional<QuoteModel> m_model;
};

namespace {

// What the shipped model reached on PolNeAR dev when it was trained (galley-cli eval-quotes,
// rounded to 0.1), less 0.45 points: a change that loses more is a regression.
constexpr double kContentOverlapF1 = 0.846;
constexpr double kSourceOverlapF1 = 0.793;
constexpr double kCueOverlapF1 = 0.789;
constexpr double kQuotedContentExactF1 = 0.930;

// The floors of the issue ("Find what reviewers check", section 3).
constexpr double kTargetContent = 0.85;
constexpr double kTargetSource = 0.88;
constexpr double kTargetCue = 0.88;
constexpr double kTargetQuotedContent = 0.90;

// Whether the shipped model reaches each floor (measured: content 85.06, source 79.8, cue 79.4,
// quoted content exact 93.5; retraining on slightly different entities moves each by up to
// 0.7 point, with three shuffles averaged too). A floor not reached yet is an expected failure, so reaching it
// shows as XPASS (set its flag); a reached floor lost again fails.
constexpr bool kReachedContent = true;
constexpr bool kReachedSource = false;
constexpr bool kReachedCue = false;
constexpr bool kReachedQuotedContent = true;

} // namespace

void QuoteModelTest::initTestCase()
{
    const QString problem = loadShippedModels(m_ner, m_model);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void QuoteModelTest::shippedModel_findsQuotes_data()
{
    // The model writes spans as PolNeAR marks them ("Smith, a spokesman", "that …"), so each row
    // names the content and kind exactly and words the cue and the speaker must contain.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("cue");
    QTest::addColumn<QString>("speaker");
    const auto row = [](const char *name, const QString &text, const char *kind, const QString &content, const char *cue,
                        const QString &speaker) {
        QTest::newRow(name) << text << QString::fromLatin1(kind) << content << QString::fromLatin1(cue) << speaker;
    };
    row("curly", QStringLiteral("“We will win this race,” Trump said."), "direct", QStringLiteral("We will win this race"),
        "said", QStringLiteral("Trump"));
    row("straight, cue before speaker", QStringLiteral("\"We will not back down,\" said Smith, a spokesman."), "direct",
        QStringLiteral("We will not back down"), "said", QStringLiteral("Smith"));
    row("guillemets", QStringLiteral("«We will fight on,» he said."), "direct", QStringLiteral("We will fight on"), "said",
        QStringLiteral("he"));
    row("german low-high", QStringLiteral("„We will manage this,“ Merkel said."), "direct",
        QStringLiteral("We will manage this"), "said", QStringLiteral("Merkel"));
    row("single curly", QStringLiteral("‘It was a total disaster,’ she told the BBC."), "direct",
        QStringLiteral("It was a total disaster"), "told", QStringLiteral("she"));
    row("colon before", QStringLiteral("The senator added: “Nobody wants another shutdown.”"), "direct",
        QStringLiteral("Nobody wants another shutdown."), "added", QStringLiteral("senator"));
    row("nested", QStringLiteral("“He told me ‘never again’ and walked out,” Jones said."), "direct",
        QStringLiteral("He told me ‘never again’ and walked out"), "said", QStringLiteral("Jones"));
    row("partial quote in reported speech",
        QStringLiteral("The minister said the deal would be a 'watershed moment' for the region."), "partial",
        QStringLiteral("watershed moment"), "said", QStringLiteral("minister"));
    row("indirect", QStringLiteral("Police said that the suspect fled on foot."), "indirect",
        QStringLiteral("that the suspect fled on foot"), "said", QStringLiteral("Police"));
    row("according to", QStringLiteral("According to the report, unemployment rose sharply last year."), "indirect",
        QStringLiteral("unemployment rose sharply last year"), "According to", QStringLiteral("report"));
    row("pronoun", QStringLiteral("“I am not worried about the polls,” she said."), "direct",
        QStringLiteral("I am not worried about the polls"), "said", QStringLiteral("she"));
    row("emoji", QStringLiteral("😀😀 “We won it all 🎉,” the fans said."), "direct", QStringLiteral("We won it all 🎉"),
        "said", QStringLiteral("fans"));
    row("crlf", QStringLiteral("Intro line.\r\n“The first part went well,” Smith said.\r\nEnd."), "direct",
        QStringLiteral("The first part went well"), "said", QStringLiteral("Smith"));
    // The content stopped at "“sobering", its closing mark left out.
    row("reported speech ending in a partial quote",
        QStringLiteral("Tutoring was expected to help. Their preliminary results were “sobering,” according to a June "
                       "report by the lab."),
        "indirect", QStringLiteral("Their preliminary results were “sobering,”"), "according to", QStringLiteral("report"));
    // The tagger found "that education is No" with the speaker "I" inside the turn, and the
    // turn itself was lost.
    row("transcript turn",
        QStringLiteral("Teachers rallied at the Capitol.\n\nTRAVIS CANTWELL: Teachers don't get the respect they deserve, "
                       "and I think that education is No. 1 for all of us.\n\nThe rally ended at noon."),
        "direct",
        QStringLiteral("Teachers don't get the respect they deserve, and I think that education is No. 1 for all of us."),
        ":", QStringLiteral("TRAVIS CANTWELL"));
    // The tagger read "According" as the cue and the name after it as what was said.
    row("according to a full name",
        QStringLiteral("The fire spread fast. According to John Smith, 70 people were hurt."),
        "indirect", QStringLiteral("70 people were hurt"), "According to", QStringLiteral("John Smith"));
    row("according to a description",
        QStringLiteral("The fire spread fast. According to local police, 70 people were hurt."),
        "indirect", QStringLiteral("70 people were hurt"), "According to", QStringLiteral("local police"));
    row("according to one word",
        QStringLiteral("The fire spread fast. According to police, two people were hurt."),
        "indirect", QStringLiteral("two people were hurt"), "According to", QStringLiteral("police"));
    row("according to one word and a number",
        QStringLiteral("The fire spread fast. According to estimates, 70 people died."),
        "indirect", QStringLiteral("70 people died"), "According to", QStringLiteral("estimates"));
    row("according to a source from a body",
        QStringLiteral("The report came out. According to data from the Labor Department, 200,000 jobs were added."),
        "indirect", QStringLiteral("200,000 jobs were added"), "According to", QStringLiteral("data from the Labor Department"));
    // The speaker stopped at the nationality: "Egyptian".
    row("title and name after the cue, a nationality first",
        QStringLiteral("Ceasefire talks in Cairo have made progress, said Egyptian Foreign Minister Badr Abdelatty."),
        "indirect", QStringLiteral("Ceasefire talks in Cairo have made progress"), "said",
        QStringLiteral("Egyptian Foreign Minister Badr Abdelatty"));
    row("reported speech before the cue, a verb on no list",
        QStringLiteral("The talks went well, Macron said."), "indirect", QStringLiteral("The talks went well"), "said",
        QStringLiteral("Macron"));
    row("two words before the closing cue", QStringLiteral("The markets opened. Prices fell, Macron said."), "indirect",
        QStringLiteral("Prices fell"), "said", QStringLiteral("Macron"));
    row("two words before a closing according to", QStringLiteral("The markets opened. It worked, according to the company."),
        "indirect", QStringLiteral("It worked"), "according to", QStringLiteral("the company"));
    row("a place before the noun it describes", QStringLiteral("'It worked,' noted U.S. officials."), "direct",
        QStringLiteral("It worked"), "noted", QStringLiteral("U.S. officials"));
    // The tagger read "the ministry, hospitals" as who ordered "extra supplies", beside the
    // according-to reading; and "the summer" apart from "to be dry".
    row("according to before a clause with a verb", QStringLiteral("According to the ministry, hospitals ordered extra supplies."),
        "indirect", QStringLiteral("hospitals ordered extra supplies"), "According to", QStringLiteral("the ministry"));
    row("according to before a passive of expecting",
        QStringLiteral("According to the Met Office, the summer is expected to be dry."), "indirect",
        QStringLiteral("the summer is expected to be dry"), "According to", QStringLiteral("the Met Office"));
    // The speaker was the place ("Frankfurt"), the owner alone, or nobody; the one warned was said.
    row("speaker qualified by a place", QStringLiteral("'The market is panicking,' one trader in Frankfurt told Reuters."),
        "direct", QStringLiteral("The market is panicking"), "told", QStringLiteral("one trader in Frankfurt"));
    row("owner before the speaker after the cue", QStringLiteral("Prices will rise next year, said Tesco's chief executive."),
        "indirect", QStringLiteral("Prices will rise next year"), "said", QStringLiteral("Tesco's chief executive"));
    row("speaker set off with an apposition",
        QStringLiteral("Lord Cameron, the former prime minister, warned that cutting aid would be a mistake."), "indirect",
        QStringLiteral("that cutting aid would be a mistake"), "warned", QStringLiteral("Cameron, the former prime minister"));
    row("the one warned is no part of what was said", QStringLiteral("Rachel Reeves warned the Treasury that prices would rise."),
        "indirect", QStringLiteral("that prices would rise"), "warned the Treasury", QStringLiteral("Rachel Reeves"));
    // "first" before a cue is an adverb there: the quote stays.
    row("adverb before a participle cue",
        QStringLiteral("Markets rose on Monday. Reuters first reported that the company was in talks."),
        "indirect", QStringLiteral("that the company was in talks"), "reported", QStringLiteral("Reuters"));
    // "the ruling" was an indirect quote of its own, and the direct quote had nobody saying it.
    row("speaker after the cue",
        QStringLiteral("\"It is a right to vote or to climb a mountain,\" said the ruling. Husted said he would appeal."),
        "direct", QStringLiteral("It is a right to vote or to climb a mountain"), "said", QStringLiteral("the ruling"));
    // A transcript quoted line by line was one quote with nobody saying it, and its first turn lost.
    row("transcript turn in quote marks",
        QStringLiteral("Partial transcript as follows:\n\n\"WALLACE: Let’s start with breaking news on the debate story. "
                       "Are you ready?\n\n\"PENCE: Well, look, you know, Mark Cuban has been out there saying things."),
        "direct", QStringLiteral("Let’s start with breaking news on the debate story. Are you ready?"), ":",
        QStringLiteral("WALLACE"));
}

void QuoteModelTest::shippedModel_findsQuotes()
{
    QFETCH(QString, text);
    QFETCH(QString, kind);
    QFETCH(QString, content);
    QFETCH(QString, cue);
    QFETCH(QString, speaker);
    const QStringList found = describeQuotes(*m_model, &*m_ner, text);
    const QString prefix = kind + u'[' + content + QStringLiteral("]cue[");
    const auto match = std::find_if(found.begin(), found.end(), [&](const QString &d) { return d.startsWith(prefix); });
    QVERIFY2(match != found.end(), qPrintable(QStringLiteral("no %1…] among:\n").arg(prefix) + found.join(u'\n')));
    const QString cueText = match->section(QStringLiteral("]cue["), 1).section(QStringLiteral("]by["), 0, 0);
    const QString speakerText = match->section(QStringLiteral("]by["), 1).chopped(1);
    QVERIFY2(cueText.contains(cue), qPrintable(*match));
    QVERIFY2(speakerText.contains(speaker), qPrintable(*match));
}

void QuoteModelTest::shippedModel_eachQuoteOnce_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("speaker");   // what no content may hold
    // A cue in the sentence before went to the next sentence's quote, which then showed twice.
    QTest::newRow("cue of a missed quote") << QStringLiteral(
        "Higher doses worked better, says Klinger. \"It is not magic,\" says Klinger.") << QStringLiteral("Klinger");
    // "2030" before "said" was taken for a speaker, the speaker's name for what was said.
    QTest::newRow("speaker after the cue") << QStringLiteral(
        "The chain plans to open 1,000 stores in the United States by 2030, said Darren Tipton, CEO of Paris "
        "Baguette North America. The chain opened its first store in 2005.") << QStringLiteral("Tipton");
    // The speaker with an apposition was also a quote of its own, said by "your protein intake".
    QTest::newRow("speaker with an apposition after the cue") << QStringLiteral(
        "It's important not to neglect other macronutrients while ramping up your protein intake, says Keri Gans, "
        "author of The Small Change Diet.") << QStringLiteral("Gans");
    // The rules' speaker stops at "on"; the tagger's whole phrase was a quote of its own.
    QTest::newRow("speaker with a preposition after the cue") << QStringLiteral(
        "\"It's over,\" said the sign on the door.") << QStringLiteral("door");
    // The tagger cut what was said at "was" and read the speaker and the apposition as said.
    QTest::newRow("speaker and apposition after the cue") << QStringLiteral(
        "The plan was dead, says Macron, the French president.") << QStringLiteral("French president");
    QTest::newRow("speaker after the cue, a verb before it") << QStringLiteral(
        "The government made a serious mistake, explained Microsoft.") << QStringLiteral("Microsoft");
    // The tagger read the whole speaker phrase, seven words to the sentence's end, as what was said.
    QTest::newRow("long speaker phrase after the cue") << QStringLiteral(
        "Rescue teams are still searching for survivors, said a spokesman for the civil defence agency.")
                                                        << QStringLiteral("spokesman");
    // The tagger ran what was said on into the speaker named before the closing cue.
    QTest::newRow("described speaker before the closing cue") << QStringLiteral(
        "Russian drones struck an energy facility in Kharkiv overnight, leaving 200,000 people without power, "
        "regional governor Oleh Syniehubov said.") << QStringLiteral("Syniehubov");
    // "extra supplies" came twice: with the cue "ordered" and with "According to".
    QTest::newRow("according to before a clause with a verb") << QStringLiteral(
        "According to the ministry, hospitals ordered extra supplies.") << QStringLiteral("ministry");
    QTest::newRow("speaker with a relative clause after the cue") << QStringLiteral(
        "\"It was scary,\" said one resident who did not want to be named.") << QStringLiteral("resident");
    // Each turn of a quoted transcript was also a quote with nobody saying it, name included.
    QTest::newRow("quoted transcript turns") << QStringLiteral(
        "The debate went on.\n\n\"WALLACE: Why did you say that to the voters last week?\n\n"
        "\"BIDEN: Because it was true and everyone knew it.") << QStringLiteral("WALLACE");
}

void QuoteModelTest::shippedModel_eachQuoteOnce()
{
    QFETCH(QString, text);
    QFETCH(QString, speaker);
    const QStringList found = describeQuotes(*m_model, &*m_ner, text);
    QStringList contents;
    for (const QString &quote : found) {
        const QString content = quote.section(u'[', 1).section(QStringLiteral("]cue["), 0, 0);
        QVERIFY2(!contents.contains(content), qPrintable(found.join(u'\n')));
        QVERIFY2(!content.contains(speaker), qPrintable(found.join(u'\n')));
        contents.append(content);
    }
    QVERIFY2(!found.isEmpty(), "no quote found");
}

void QuoteModelTest::shippedModel_lonePronounRunsOn()
{
    // The tagger's content stopped at "she", and "that day" was a quote of its own, cue "was
    // released later" (misread_quotes_test checks the mending on quotes written by hand).
    const QStringList found = describeQuotes(*m_model, &*m_ner, QStringLiteral("Police said she was released later that day."));
    QCOMPARE(found, QStringList{QStringLiteral("indirect[she was released later that day]cue[said]by[Police]")});
}

void QuoteModelTest::shippedModel_noSpeakerFromTheNextParagraph()
{
    // Starmer's sentence gave the quote before it his name.
    const QStringList found = describeQuotes(*m_model, &*m_ner, QStringLiteral(
        "\"I have a mandate,\" Boris Johnson told reporters.\n\n\"The public want us to get on with the job.\"\n\n"
        "Keir Starmer said it was laughable."));
    for (const QString &quote : found)
        QVERIFY2(!(quote.contains(QStringLiteral("The public")) && quote.contains(QStringLiteral("Starmer"))), qPrintable(found.join(u'\n')));
    QVERIFY2(found.contains(QStringLiteral("indirect[it was laughable]cue[said]by[Keir Starmer]")), qPrintable(found.join(u'\n')));
}

void QuoteModelTest::shippedModel_speakerEndsBeforeItsClause()
{
    // The tagger's source ran on: "Smith, who was elected in 2020".
    const QStringList found = describeQuotes(*m_model, &*m_ner, QStringLiteral("\"We won,\" said Smith, who was elected in 2020."));
    QVERIFY2(found.contains(QStringLiteral("direct[We won]cue[said]by[Smith]")), qPrintable(found.join(u'\n')));
}

void QuoteModelTest::shippedModel_noQuote_data()
{
    QTest::addColumn<QString>("text");
    // Labels of web pages were read as speakers of what follows their colon.
    QTest::newRow("correction") << QStringLiteral("CORRECTION: An earlier version of this story misstated the date of the vote.");
    QTest::newRow("read more") << QStringLiteral("READ MORE: Storm hits the coast as thousands flee their homes.");
    // One word with a cue that says nothing: "mocktails" was a quote of "some people".
    QTest::newRow("one word without speech") << QStringLiteral("While some people enjoy mocktails, they're not for everyone.");
    // "confirmed" was a cue, "The first" its speaker.
    QTest::newRow("participle after an ordinal") << QStringLiteral("The first confirmed outage came at 7:30 p.m.");
    // "to comment" was a quote of Shein's, cue "declined".
    QTest::newRow("declined to comment") << QStringLiteral("Shein declined to comment.");
    QTest::newRow("declined to comment on") << QStringLiteral("The White House declined to comment on the report.");
    QTest::newRow("on condition of anonymity")
        << QStringLiteral("He spoke on condition of anonymity because he was not authorized to speak.");
}

void QuoteModelTest::shippedModel_noQuote()
{
    QFETCH(QString, text);
    const QStringList found = describeQuotes(*m_model, &*m_ner, text);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

void QuoteModelTest::shippedModel_loadsQuickly()
{
    const QString path = QStringLiteral(GALLEY_SOURCE_DIR "/resources/models/quotes-polnear.model");
    QVERIFY(QFileInfo(path).size() < 8 * 1024 * 1024);
    const CpuTimer timer;
    const auto model = QuoteModel::load(path);
    QVERIFY(model.ok());
    QVERIFY2(timer.elapsedMs() < 1000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsedMs())));
}

void QuoteModelTest::shippedModel_devFloors()
{
    const auto dev = readPolnearSplit(QStringLiteral(GALLEY_SHARED_DIR "/data/quotes/polnear/dev"));
    if (!dev)
        QSKIP("../shared/data/quotes/polnear/dev is absent (shared data not checked out)");
    const QuoteScores scores = evaluateQuotes(*dev, *m_ner, *m_model);
    qInfo().noquote() << '\n' + scores.toText();
    const double content = scores.overlap(QuoteRole::Content).f1();
    const double source = scores.overlap(QuoteRole::Source).f1();
    const double cue = scores.overlap(QuoteRole::Cue).f1();
    const double quoted = scores.quotedContentExact().f1();
    QVERIFY2(content >= kContentOverlapF1, qPrintable(QString::number(content)));
    QVERIFY2(source >= kSourceOverlapF1, qPrintable(QString::number(source)));
    QVERIFY2(cue >= kCueOverlapF1, qPrintable(QString::number(cue)));
    QVERIFY2(quoted >= kQuotedContentExactF1, qPrintable(QString::number(quoted)));
    // The floors: the expectation follows the constant flag, never the score.
    const auto target = [](double score, double floor, bool reachedBefore, const char *what) {
        if (!reachedBefore)
            QEXPECT_FAIL("", qPrintable(QStringLiteral("%1 target not reached yet").arg(QLatin1String(what))), Continue);
        QVERIFY2(score >= floor, qPrintable(QStringLiteral("%1 %2 < %3").arg(QLatin1String(what)).arg(score).arg(floor)));
    };
    target(content, kTargetContent, kReachedContent, "content overlap F1");
    target(source, kTargetSource, kReachedSource, "source overlap F1");
    target(cue, kTargetCue, kReachedCue, "cue overlap F1");
    target(quoted, kTargetQuotedContent, kReachedQuotedContent, "quoted content exact F1");
}

QTEST_GUILESS_MAIN(QuoteModelTest)
#include "quote_model_test.moc"
