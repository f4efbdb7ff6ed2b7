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
    void roleBeforeTheName_isNoQuote();
    void longQuoteBeforeRoleAndName_stays();
    void relativeClause_speakerIsThePhraseBefore_data();
    void relativeClause_speakerIsThePhraseBefore();
    void relativeClause_ownObject_isLeft();
    void addresseeAndOccasion_areNotSaid_data();
    void addresseeAndOccasion_areNotSaid();
    void transcriptTurns_areDirect();
    void oneNameAndColon_isAHeadline();
    void frontedClause_isAllThatWasSaid();
    void frontedClause_notWithAnotherClauseAfter();
    void frontedClause_withoutAVerbItKnows_stays();
    void frontedClause_beforeAccordingTo();
    void givenNameAsCue_isNoQuote();
    void givenNameAsCue_ofTheOnlyReading_givesWayToTheVerb();
    void occasionAfterTheCue_isNotSaid();
    void occasionOpeningTheSentence_isNotSaid_data();
    void occasionOpeningTheSentence_isNotSaid();
    void pollOpeningTheSentence_reportsTheRest();
    void circumstanceAfterSaid_isNotSaid_data();
    void circumstanceAfterSaid_isNotSaid();
    void cueInsideASentence_saysBothSides();
    void cueInsideASentence_afterWhere();
    void cueInsideASentence_withItsOccasion();
    void reportedSpeech_runsToItsSentenceEnd_data();
    void reportedSpeech_runsToItsSentenceEnd();
    void subjectInTheCue_goesBackToTheContent_data();
    void subjectInTheCue_goesBackToTheContent();
    void agentlessPassive_hasNoSpeaker_andTheTitleGoesBack();
    void failing_reportsNothing();
    void stanceOnAPronoun_takesNoClauseAfterIt();
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

QString textOfRange(const QString &text, TextRange range)
{
    return text.mid(range.start, range.end - range.start);
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

void MisreadQuotesTest::roleBeforeTheName_isNoQuote()
{
    const QString text = QStringLiteral("A spokeswoman for Nvidia, Julia Chen, said the company would comply.");
    QList<Quote> quotes{indirect(text, QStringLiteral("A spokeswoman for Nvidia"), QStringLiteral("said"), QStringLiteral("Julia Chen")),
                        indirect(text, QStringLiteral("the company would comply"), QStringLiteral("said"),
                                 QStringLiteral("A spokeswoman for Nvidia, Julia Chen"))};
    dropMisreadQuotes(text, quotes);
    QCOMPARE(quotes.size(), 1);
    QCOMPARE(contentOf(text, quotes.first()), QStringLiteral("the company would comply"));
}

void MisreadQuotesTest::longQuoteBeforeRoleAndName_stays()
{
    // what was said runs up to the role: not a role of its own
    const QString text = QStringLiteral("Sanders remains committed to seeing the primary through to the convention, his top aide, "
                                        "Tad Devine, told reporters.");
    QList<Quote> quotes{indirect(text, QStringLiteral("Sanders remains committed to seeing the primary through to the convention, his top aide"),
                                 QStringLiteral("told reporters"), QStringLiteral("Tad Devine"))};
    dropMisreadQuotes(text, quotes);
    QCOMPARE(quotes.size(), 1);
}

void MisreadQuotesTest::relativeClause_speakerIsThePhraseBefore_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("cue");
    QTest::addColumn<QString>("speaker");   // as the tagger read it; empty: none
    QTest::addColumn<QString>("expectedSpeaker");
    QTest::addColumn<QString>("expectedCue");
    QTest::newRow("who as speaker, cue inside the clause")
        << QStringLiteral("\u201cIt\u2019s a bloodbath,\u201d one fund manager, who asked not to be named, told the FT.")
        << QStringLiteral("It\u2019s a bloodbath") << QStringLiteral("asked") << QStringLiteral("who")
        << QStringLiteral("one fund manager") << QStringLiteral("told");
    QTest::newRow("no speaker found")
        << QStringLiteral("The nurse, who has worked at the hospital for 20 years, said staff were exhausted.")
        << QStringLiteral("staff were exhausted") << QStringLiteral("said") << QString() << QStringLiteral("The nurse")
        << QStringLiteral("said");
    QTest::newRow("the clause as speaker")
        << QStringLiteral("MrBeast, whose real name is Jimmy Donaldson, said he was sorry.") << QStringLiteral("he was sorry")
        << QStringLiteral("said") << QStringLiteral("whose real name is Jimmy Donaldson") << QStringLiteral("MrBeast")
        << QStringLiteral("said");
    QTest::newRow("a word inside the clause as speaker")
        << QStringLiteral("Rep. Adam Schiff, 56, who has served on the committee, told reporters it was bad.")
        << QStringLiteral("it was bad") << QStringLiteral("told") << QStringLiteral("the committee")
        << QStringLiteral("Rep. Adam Schiff") << QStringLiteral("told");
    QTest::newRow("past a home town and a state")
        << QStringLiteral("Ana Ruiz, 60, of Ashton, Md., who watched on a screen, said it was moving.")
        << QStringLiteral("it was moving") << QStringLiteral("said") << QStringLiteral("who") << QStringLiteral("Ana Ruiz")
        << QStringLiteral("said");
    QTest::newRow("past an opening conjunction")
        << QStringLiteral("And retired Gen. John Allen, who led forces in Afghanistan, said it was wrong.")
        << QStringLiteral("it was wrong") << QStringLiteral("said") << QStringLiteral("who")
        << QStringLiteral("retired Gen. John Allen") << QStringLiteral("said");
    QTest::newRow("a clause before the comma is no speaker")
        << QStringLiteral("That\u2019s the view of experts, who spoke to us, saying it was bold.") << QStringLiteral("it was bold")
        << QStringLiteral("saying") << QString() << QString() << QStringLiteral("saying");
    QTest::newRow("a clause without a reporting word after it")
        << QStringLiteral("He met Democrats on Capitol Hill, who said they would block the bill.")
        << QStringLiteral("they would block the bill") << QStringLiteral("said") << QStringLiteral("who") << QStringLiteral("who")
        << QStringLiteral("said");
}

void MisreadQuotesTest::relativeClause_speakerIsThePhraseBefore()
{
    QFETCH(QString, text);
    QFETCH(QString, content);
    QFETCH(QString, cue);
    QFETCH(QString, speaker);
    QFETCH(QString, expectedSpeaker);
    QFETCH(QString, expectedCue);
    Quote quote = indirect(text, content, cue, speaker);
    if (speaker.isEmpty())
        quote.speaker = {};
    QList<Quote> quotes{quote};
    dropMisreadQuotes(text, quotes);
    QCOMPARE(quotes.size(), 1);
    QCOMPARE(textOfRange(text, quotes.first().speaker), expectedSpeaker);
    QCOMPARE(textOfRange(text, quotes.first().cue), expectedCue);
}

void MisreadQuotesTest::relativeClause_ownObject_isLeft()
{
    // "which has imposed sanctions": what the clause's verb takes is no statement of the council
    const QString text = QStringLiteral("The council, which has imposed harsh sanctions, called for calm.");
    QList<Quote> quotes{indirect(text, QStringLiteral("harsh sanctions"), QStringLiteral("imposed"), QString())};
    quotes.first().speaker = {};
    dropMisreadQuotes(text, quotes);
    QCOMPARE(quotes.size(), 1);
    QVERIFY(quotes.first().speaker.isEmpty());
    QCOMPARE(textOfRange(text, quotes.first().cue), QStringLiteral("imposed"));
}

void MisreadQuotesTest::addresseeAndOccasion_areNotSaid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("cue");
    QTest::addColumn<QString>("expected");
    QTest::newRow("told him") << QStringLiteral("She told him the partnership was over.") << QStringLiteral("him the partnership was over")
                              << QStringLiteral("told") << QStringLiteral("the partnership was over");
    QTest::newRow("told reporters") << QStringLiteral("Macron told reporters the talks went well.")
                                    << QStringLiteral("reporters the talks went well") << QStringLiteral("told")
                                    << QStringLiteral("the talks went well");
    QTest::newRow("told the crowd") << QStringLiteral("She told the crowd the plan was dead.")
                                    << QStringLiteral("the crowd the plan was dead") << QStringLiteral("told")
                                    << QStringLiteral("the plan was dead");
    QTest::newRow("the told are not a body without the article")
        << QStringLiteral("She told crowd members the plan was dead.") << QStringLiteral("crowd members the plan was dead")
        << QStringLiteral("told") << QStringLiteral("crowd members the plan was dead");
    QTest::newRow("said at an occasion that")
        << QStringLiteral("Guardiola said at the post-match presentation that the team was tired.")
        << QStringLiteral("post-match presentation that the team was tired") << QStringLiteral("said")
        << QStringLiteral("the team was tired");
    QTest::newRow("the preposition in the cue") << QStringLiteral("He said at the briefing that the plan was dead.")
                                                << QStringLiteral("the briefing that the plan was dead") << QStringLiteral("said at")
                                                << QStringLiteral("the plan was dead");
    QTest::newRow("told her staff stays") << QStringLiteral("She told her staff the plan was dead.")
                                          << QStringLiteral("her staff the plan was dead") << QStringLiteral("told")
                                          << QStringLiteral("her staff the plan was dead");
    QTest::newRow("told investors") << QStringLiteral("He told investors the deal was done.")
                                    << QStringLiteral("investors the deal was done") << QStringLiteral("told")
                                    << QStringLiteral("the deal was done");
    // the one warned before "that" is no part of what was said; a relative "that" is
    QTest::newRow("warned a body that") << QStringLiteral("Reeves warned the Treasury that prices would rise.")
                                        << QStringLiteral("the Treasury that prices would rise") << QStringLiteral("warned")
                                        << QStringLiteral("that prices would rise");
    QTest::newRow("warned what that had grown stays")
        << QStringLiteral("Economists warned the economy that had grown strongly would shrink.")
        << QStringLiteral("the economy that had grown strongly would shrink") << QStringLiteral("warned")
        << QStringLiteral("the economy that had grown strongly would shrink");
    QTest::newRow("warned what that others did stays")
        << QStringLiteral("Reeves warned the cuts that ministers announced would hurt the poorest.")
        << QStringLiteral("the cuts that ministers announced would hurt the poorest") << QStringLiteral("warned")
        << QStringLiteral("the cuts that ministers announced would hurt the poorest");
    QTest::newRow("said that with no occasion stays") << QStringLiteral("He said the claim that it failed was false.")
                                                      << QStringLiteral("the claim that it failed was false") << QStringLiteral("said")
                                                      << QStringLiteral("the claim that it failed was false");
}

void MisreadQuotesTest::addresseeAndOccasion_areNotSaid()
{
    QFETCH(QString, text);
    QFETCH(QString, content);
    QFETCH(QString, cue);
    QFETCH(QString, expected);
    QList<Quote> quotes{indirect(text, content, cue, QString())};
    quotes.first().speaker = {};
    dropMisreadQuotes(text, quotes);
    QCOMPARE(quotes.size(), 1);
    QCOMPARE(contentOf(text, quotes.first()), expected);
}

void MisreadQuotesTest::transcriptTurns_areDirect()
{
    const QString text = QStringLiteral("Matthews: Well, speculation is bad.\nAlex Seitz-Wald: She is right on all these things.");
    QList<Quote> quotes{indirect(text, QStringLiteral("Well, speculation is bad."), QStringLiteral(":"), QStringLiteral("Matthews")),
                        indirect(text, QStringLiteral("She is right on all these things."), QStringLiteral(": She"),
                                 QStringLiteral("Alex Seitz-Wald"))};
    quotes[1].cue = {quotes[1].cue.start, quotes[1].cue.start + 1};
    dropMisreadQuotes(text, quotes);
    QCOMPARE(quotes.size(), 2);
    QCOMPARE(quotes[0].kind, QuoteKind::Direct);
    QCOMPARE(quotes[1].kind, QuoteKind::Direct);
}

void MisreadQuotesTest::oneNameAndColon_isAHeadline()
{
    const QString text = QStringLiteral("Sanders: Clinton email story has moved.\nThe senator spoke on Sunday.");
    QList<Quote> quotes{indirect(text, QStringLiteral("Clinton email story has moved."), QStringLiteral(":"), QStringLiteral("Sanders"))};
    dropMisreadQuotes(text, quotes);
    QCOMPARE(quotes.size(), 1);
    QCOMPARE(quotes.first().kind, QuoteKind::Indirect);
}

void MisreadQuotesTest::frontedClause_isAllThatWasSaid()
{
    // the piece is long and its cue holds a reporting word ("charged"): passive, said by no one
    const QString text = QStringLiteral("It rained. A man has been charged with the murder of Maria Santos, 51, in Peckham, "
                                        "Scotland Yard said on Monday.");
    QList<Quote> quotes{indirect(text, QStringLiteral("the murder of Maria Santos"), QStringLiteral("said"), QStringLiteral("Scotland Yard")),
                        indirect(text, QStringLiteral("the murder of Maria Santos, 51, in Peckham"), QStringLiteral("has been charged"),
                                 QStringLiteral("A man"))};
    dropMisreadQuotes(text, quotes);
    QCOMPARE(quotes.size(), 1);
    QCOMPARE(contentOf(text, quotes.first()), QStringLiteral("A man has been charged with the murder of Maria Santos, 51, in Peckham"));
}

void MisreadQuotesTest::frontedClause_notWithAnotherClauseAfter()
{
    // the speaker and cue do not close the sentence: what follows them is said too, a second piece
    const QString text = QStringLiteral("Prices rose, the bank said, and wages fell.");
    QList<Quote> quotes{indirect(text, QStringLiteral("rose"), QStringLiteral("said"), QStringLiteral("the bank"))};
    dropMisreadQuotes(text, quotes);
    QStringList contents;
    for (const Quote &quote : quotes)
        contents.append(contentOf(text, quote));
    contents.sort();
    QCOMPARE(contents, (QStringList{QStringLiteral("Prices rose"), QStringLiteral("and wages fell")}));
}

void MisreadQuotesTest::frontedClause_withoutAVerbItKnows_stays()
{
    // "went" is on no verb list: the whole clause looked like a noun phrase that says nothing, and
    // the quote went as a piece of itself
    const QString text = QStringLiteral("The talks went well, Macron said.");
    QList<Quote> quotes{indirect(text, QStringLiteral("The talks went well"), QStringLiteral("said"), QStringLiteral("Macron"))};
    dropMisreadQuotes(text, quotes);
    QCOMPARE(quotes.size(), 1);
    QCOMPARE(contentOf(text, quotes.first()), QStringLiteral("The talks went well"));
}

void MisreadQuotesTest::frontedClause_beforeAccordingTo()
{
    // two quotes of the same words, one with the cue "discussed": the clause is what the agency says
    const QString text = QStringLiteral("The two leaders discussed a $600 billion investment pledge, according to the Saudi "
                                        "Press Agency.");
    QList<Quote> quotes{indirect(text, QStringLiteral("a $600 billion investment pledge"), QStringLiteral("discussed"),
                                 QStringLiteral("The two leaders")),
                        indirect(text, QStringLiteral("a $600 billion investment pledge"), QStringLiteral("according to"),
                                 QStringLiteral("the Saudi Press Agency"))};
    dropMisreadQuotes(text, quotes);
    QCOMPARE(quotes.size(), 1);
    QCOMPARE(contentOf(text, quotes.first()), QStringLiteral("The two leaders discussed a $600 billion investment pledge"));
    QCOMPARE(textOfRange(text, quotes.first().cue), QStringLiteral("according to"));
}

void MisreadQuotesTest::givenNameAsCue_isNoQuote()
{
    const QString text = QStringLiteral("Pep Guardiola said the title race was over. Obama Seeks More Refugees.");
    QList<Quote> quotes{indirect(text, QStringLiteral("the title race was over"), QStringLiteral("Pep"), QStringLiteral("Guardiola")),
                        indirect(text, QStringLiteral("the title race was over"), QStringLiteral("said"), QStringLiteral("Guardiola")),
                        indirect(text, QStringLiteral("More Refugees"), QStringLiteral("Seeks"), QStringLiteral("Obama"))};
    dropMisreadQuotes(text, quotes);
    QCOMPARE(quotes.size(), 2);
    QCOMPARE(textOfRange(text, quotes[0].cue), QStringLiteral("said"));
    QCOMPARE(textOfRange(text, quotes[1].cue), QStringLiteral("Seeks"));   // a headline's verb stays
}

// The quote was dropped with its misread cue, though no other reading held it.
void MisreadQuotesTest::givenNameAsCue_ofTheOnlyReading_givesWayToTheVerb()
{
    const QString text = QStringLiteral("“He's the best I've coached,” Pep Guardiola said of Haaland.");
    Quote direct = indirect(text, QStringLiteral("He's the best I've coached"), QStringLiteral("Pep"), QStringLiteral("Guardiola"));
    direct.kind = QuoteKind::Direct;
    QList<Quote> quotes{direct};
    dropMisreadQuotes(text, quotes);
    QCOMPARE(quotes.size(), 1);
    QCOMPARE(textOfRange(text, quotes[0].cue), QStringLiteral("said"));
    QCOMPARE(textOfRange(text, quotes[0].speaker), QStringLiteral("Pep Guardiola"));
}

void MisreadQuotesTest::occasionAfterTheCue_isNotSaid()
{
    const QString text = QStringLiteral("“Sovereignty is not negotiable,” Sheinbaum said at her morning press conference.");
    Quote direct = indirect(text, QStringLiteral("Sovereignty is not negotiable"), QStringLiteral("said"), QStringLiteral("Sheinbaum"));
    direct.kind = QuoteKind::Direct;
    QList<Quote> quotes{direct, indirect(text, QStringLiteral("morning press conference"), QStringLiteral("said"),
                                         QStringLiteral("Sheinbaum"))};
    dropMisreadQuotes(text, quotes);
    QCOMPARE(quotes.size(), 1);
    QCOMPARE(contentOf(text, quotes.first()), QStringLiteral("Sovereignty is not negotiable"));
}

// "In a statement, Apple said …" made "In a statement" a quote of its own, beside what Apple said.
void MisreadQuotesTest::occasionOpeningTheSentence_isNotSaid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("opening");
    QTest::addColumn<QString>("speaker");
    QTest::addColumn<QString>("said");
    QTest::addColumn<int>("kept");
    QTest::newRow("in a statement") << QStringLiteral("In a statement, Apple said it was reviewing the matter.")
                                    << QStringLiteral("In a statement") << QStringLiteral("Apple")
                                    << QStringLiteral("it was reviewing the matter") << 1;
    QTest::newRow("after a sentence") << QStringLiteral("Talks failed. In an interview with CNN, Smith said the plan was dead.")
                                      << QStringLiteral("In an interview with CNN") << QStringLiteral("Smith")
                                      << QStringLiteral("the plan was dead") << 1;
    QTest::newRow("participle") << QStringLiteral("Speaking to reporters, Smith said the plan would fail.")
                                << QStringLiteral("Speaking to reporters") << QStringLiteral("Smith")
                                << QStringLiteral("the plan would fail") << 1;
    // a clause before the speaker is what was said: "The plan failed, Smith said, …"
    QTest::newRow("a clause stays") << QStringLiteral("In the end the plan failed, Smith said, and nobody cared.")
                                    << QStringLiteral("In the end the plan failed") << QStringLiteral("Smith")
                                    << QStringLiteral("and nobody cared") << 2;
    // a clause or a phrase naming no way of speaking is what was said (a review found these dropped)
    QTest::newRow("a count") << QStringLiteral("At least 12 people died, police said, after the storm hit.")
                             << QStringLiteral("At least 12 people died") << QStringLiteral("police")
                             << QStringLiteral("after the storm hit") << 2;
    QTest::newRow("a participle clause") << QStringLiteral("Talking to the Taliban was a mistake, Smith said on Monday.")
                                         << QStringLiteral("Talking to the Taliban was a mistake") << QStringLiteral("Smith")
                                         << QStringLiteral("on Monday") << 2;
    // mid-sentence, the words before the comma are not an opening occasion
    QTest::newRow("not opening a sentence") << QStringLiteral("He left, and in a statement, Apple said it was sorry.")
                                            << QStringLiteral("in a statement") << QStringLiteral("Apple")
                                            << QStringLiteral("it was sorry") << 2;
}

void MisreadQuotesTest::occasionOpeningTheSentence_isNotSaid()
{
    QFETCH(QString, text);
    QFETCH(QString, opening);
    QFETCH(QString, speaker);
    QFETCH(QString, said);
    QFETCH(int, kept);
    QList<Quote> quotes{indirect(text, opening, QStringLiteral("said"), speaker), indirect(text, said, QStringLiteral("said"), speaker)};
    dropMisreadQuotes(text, quotes);
    QCOMPARE(quotes.size(), kept);
    QStringList contents;
    for (const Quote &quote : quotes)
        contents.append(contentOf(text, quote));
    QVERIFY2(contents.contains(said), qPrintable(contents.join(u'|')));
    if (kept == 1)
        QVERIFY2(!contents.contains(opening), qPrintable(contents.join(u'|')));
}

// "In a CBS News poll, she led Mr. Sanders 56 percent to 32 percent.": the poll between "In" and
// the comma reports what follows; "In" is no given name before a speaker either.
void MisreadQuotesTest::pollOpeningTheSentence_reportsTheRest()
{
    const QString text = QStringLiteral("In an early-October CBS News poll, she led Mr. Sanders 56 percent to 32 percent.");
    QList<Quote> quotes{indirect(text, QStringLiteral("she led Mr. Sanders 56 percent to 32 percent"), QStringLiteral("In"),
                                 QStringLiteral("an early-October CBS News poll"))};
    dropMisreadQuotes(text, quotes);
    QCOMPARE(quotes.size(), 1);
    const QString mocktails = QStringLiteral("While some people enjoy mocktails, they're not for everyone.");
    QList<Quote> enjoy{indirect(mocktails, QStringLiteral("they're not for everyone"), QStringLiteral("enjoy"),
                                QStringLiteral("some people"))};
    dropMisreadQuotes(mocktails, enjoy);
    QVERIFY(enjoy.isEmpty());
}

void MisreadQuotesTest::circumstanceAfterSaid_isNotSaid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("content");
    QTest::addColumn<bool>("kept");
    QTest::newRow("said as") << QStringLiteral("“We will march,” Quina Jones said as she and others moved through the city.")
                             << QStringLiteral("as she and others moved through the city") << false;
    QTest::newRow("said from") << QStringLiteral("“Golf is dying,” Mr. Hedge said from his office in Orlando.")
                               << QStringLiteral("from his office in Orlando") << false;
    QTest::newRow("said with an adverb, then when")
        << QStringLiteral("“We lost,” a delegate said quietly when the vote ended.") << QStringLiteral("quietly when the vote ended")
        << false;
    QTest::newRow("said as much") << QStringLiteral("Asked whether he would run, Smith said as much.") << QStringLiteral("as much")
                                  << true;
    QTest::newRow("said when asked if") << QStringLiteral("“Absolutely,” Sanders said when asked if that remains his view.")
                                        << QStringLiteral("when asked if that remains his view") << true;
    QTest::newRow("said as, then quote marks")
        << QStringLiteral("Clinton said as he introduced his wife, “Finally, the dam broke.”")
        << QStringLiteral("as he introduced his wife, “Finally, the dam broke.”") << true;
    QTest::newRow("said, when: a clause inside what was said")
        << QStringLiteral("Ms. Ripert said, when she was earning $24,000 a year, a boss called.")
        << QStringLiteral("when she was earning $24,000 a year, a boss called") << true;
}

void MisreadQuotesTest::circumstanceAfterSaid_isNotSaid()
{
    QFETCH(QString, text);
    QFETCH(QString, content);
    QFETCH(bool, kept);
    const qsizetype said = text.indexOf(QStringLiteral("said"));
    Quote quote;
    quote.kind = QuoteKind::Indirect;
    quote.content = rangeOf(text, content);
    quote.cue = {said, said + 4};
    QList<Quote> quotes{quote};
    dropMisreadQuotes(text, quotes);
    QCOMPARE(quotes.size(), kept ? 1 : 0);
}

void MisreadQuotesTest::cueInsideASentence_saysBothSides()
{
    // the tagger read "gave" as a cue of its own and lost "The board"
    const QString text = QStringLiteral("It rained. The board, officials claimed, gave its approval.");
    QList<Quote> quotes{indirect(text, QStringLiteral("its approval"), QStringLiteral("gave"), QStringLiteral("officials")),
                        indirect(text, QStringLiteral("its approval"), QStringLiteral("claimed"), QStringLiteral("officials"))};
    dropMisreadQuotes(text, quotes);
    QStringList contents;
    for (const Quote &quote : quotes) {
        QCOMPARE(textOfRange(text, quote.cue), QStringLiteral("claimed"));
        contents.append(contentOf(text, quote));
    }
    contents.sort();
    QCOMPARE(contents, (QStringList{QStringLiteral("The board"), QStringLiteral("gave its approval")}));
}

// Where or when before the cue belongs to what was said (PolNeAR marks "In his state" of "In his
// state, Christie said, non-violent offenders …" in 14 of 20 train sentences); a quote in marks
// after the cue is what was said, and the words before it set the scene.
void MisreadQuotesTest::cueInsideASentence_afterWhere()
{
    const QString text = QStringLiteral("In London, he said, the plan was dead.");
    QList<Quote> quotes{indirect(text, QStringLiteral("the plan was dead"), QStringLiteral("said"), QStringLiteral("he"))};
    dropMisreadQuotes(text, quotes);
    QStringList contents;
    for (const Quote &quote : quotes)
        contents.append(contentOf(text, quote));
    contents.sort();
    QCOMPARE(contents, (QStringList{QStringLiteral("In London"), QStringLiteral("the plan was dead")}));

    const QString scene = QStringLiteral("As a phone rang, the announcer said, “It’s 3 a.m., and your children are asleep.”");
    QList<Quote> inMarks{indirect(scene, QStringLiteral("It’s 3 a.m., and your children are asleep"), QStringLiteral("said"),
                                  QStringLiteral("the announcer"))};
    dropMisreadQuotes(scene, inMarks);
    QCOMPARE(inMarks.size(), 1);
    QCOMPARE(contentOf(scene, inMarks.first()), QStringLiteral("It’s 3 a.m., and your children are asleep"));
}

// "…, the agency said in a June report, and …": when it was said stands between the cue and the
// comma; what follows is said too, "and" included as PolNeAR marks it.
void MisreadQuotesTest::cueInsideASentence_withItsOccasion()
{
    const QString text = QStringLiteral("The middle fifth paid 8.9 percent, the agency said in a June report, and those "
                                        "in the bottom fifth paid 0.8 percent.");
    QList<Quote> quotes{indirect(text, QStringLiteral("The middle fifth paid 8.9 percent"), QStringLiteral("said"),
                                 QStringLiteral("the agency"))};
    dropMisreadQuotes(text, quotes);
    QStringList contents;
    for (const Quote &quote : quotes)
        contents.append(contentOf(text, quote));
    contents.sort();
    QCOMPARE(contents, (QStringList{QStringLiteral("The middle fifth paid 8.9 percent"),
                                    QStringLiteral("and those in the bottom fifth paid 0.8 percent")}));
}

void MisreadQuotesTest::reportedSpeech_runsToItsSentenceEnd_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("found");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a time after a preposition")
        << QStringLiteral("Police said officers were called at about 11pm on Saturday. A man died.")
        << QStringLiteral("officers were called at about") << QStringLiteral("officers were called at about 11pm on Saturday");
    QTest::newRow("adverbs") << QStringLiteral("It said aid deliveries had fallen sharply since March.")
                             << QStringLiteral("aid deliveries had fallen")
                             << QStringLiteral("aid deliveries had fallen sharply since March");
    QTest::newRow("not past a comma") << QStringLiteral("Police said officers were called, and two men fled.")
                                      << QStringLiteral("officers were called") << QStringLiteral("officers were called");
    QTest::newRow("not over many words")
        << QStringLiteral("He said prices rose in the first three months of the year in every one of the regions.")
        << QStringLiteral("prices rose") << QStringLiteral("prices rose");
}

void MisreadQuotesTest::reportedSpeech_runsToItsSentenceEnd()
{
    QFETCH(QString, text);
    QFETCH(QString, found);
    QFETCH(QString, expected);
    const QString speaker = text.section(u' ', 0, 0);
    QList<Quote> quotes{indirect(text, found, QStringLiteral("said"), speaker)};
    dropMisreadQuotes(text, quotes);
    QCOMPARE(quotes.size(), 1);
    QCOMPARE(contentOf(text, quotes.first()), expected);
}

void MisreadQuotesTest::subjectInTheCue_goesBackToTheContent_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cue");
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("expectedCue");
    QTest::addColumn<QString>("expectedContent");
    QTest::newRow("said demand") << QStringLiteral("Huang said demand for chips was strong.") << QStringLiteral("said demand")
                                 << QStringLiteral("for chips was strong") << QStringLiteral("said")
                                 << QStringLiteral("demand for chips was strong");
    QTest::newRow("said talks with") << QStringLiteral("He said talks with Iran had stalled.") << QStringLiteral("said talks with")
                                     << QStringLiteral("Iran had stalled") << QStringLiteral("said")
                                     << QStringLiteral("talks with Iran had stalled");
    QTest::newRow("when it was said stays") << QStringLiteral("He said Friday prices would rise.") << QStringLiteral("said Friday")
                                            << QStringLiteral("prices would rise") << QStringLiteral("said Friday")
                                            << QStringLiteral("prices would rise");
    QTest::newRow("where it was said stays")
        << QStringLiteral("He said in a statement that prices would rise.") << QStringLiteral("said in a statement")
        << QStringLiteral("that prices would rise") << QStringLiteral("said in a statement") << QStringLiteral("that prices would rise");
    QTest::newRow("how it was said stays") << QStringLiteral("He said repeatedly prices would rise.")
                                           << QStringLiteral("said repeatedly") << QStringLiteral("prices would rise")
                                           << QStringLiteral("said repeatedly") << QStringLiteral("prices would rise");
}

void MisreadQuotesTest::subjectInTheCue_goesBackToTheContent()
{
    QFETCH(QString, text);
    QFETCH(QString, cue);
    QFETCH(QString, content);
    QFETCH(QString, expectedCue);
    QFETCH(QString, expectedContent);
    QList<Quote> quotes{indirect(text, content, cue, text.section(u' ', 0, 0))};
    dropMisreadQuotes(text, quotes);
    QCOMPARE(quotes.size(), 1);
    QCOMPARE(textOfRange(text, quotes.first().cue), expectedCue);
    QCOMPARE(contentOf(text, quotes.first()), expectedContent);
}

// The seed article's first sentence: the tagger gave "is expected" the speaker of the next clause
// and ended its content with that speaker's title.
void MisreadQuotesTest::agentlessPassive_hasNoSpeaker_andTheTitleGoesBack()
{
    const QString text = QStringLiteral("While the liberation of Aleppo from militants is expected to be completed in the near "
                                        "future, Syrian President Bashar Assad said Thursday it would be a watershed moment.");
    QList<Quote> quotes{indirect(text, QStringLiteral("to be completed in the near future, Syrian President"),
                                 QStringLiteral("is expected"), QStringLiteral("Bashar Assad")),
                        indirect(text, QStringLiteral("it would be a watershed moment"), QStringLiteral("said"),
                                 QStringLiteral("Bashar Assad"))};
    dropMisreadQuotes(text, quotes);
    QCOMPARE(quotes.size(), 2);
    QVERIFY(quotes[0].speaker.isEmpty());
    QCOMPARE(contentOf(text, quotes[0]), QStringLiteral("to be completed in the near future"));
    QCOMPARE(textOfRange(text, quotes[1].speaker), QStringLiteral("Syrian President Bashar Assad"));

    // An agent named with "by" stays the speaker.
    const QString seen = QStringLiteral("The deal was seen by some analysts as a win for the mayor.");
    QList<Quote> bySome{indirect(seen, QStringLiteral("as a win for the mayor"), QStringLiteral("was seen"), QStringLiteral("some analysts"))};
    dropMisreadQuotes(seen, bySome);
    QCOMPARE(textOfRange(seen, bySome.first().speaker), QStringLiteral("some analysts"));
}

void MisreadQuotesTest::failing_reportsNothing()
{
    const QString text = QStringLiteral("The attempts to evacuate civilians have repeatedly failed due to militants shelling the corridors. "
                                        "The council failed to mention the cost.");
    QList<Quote> quotes{indirect(text, QStringLiteral("due to militants shelling the corridors"), QStringLiteral("have repeatedly failed"),
                                 QStringLiteral("The attempts")),
                        indirect(text, QStringLiteral("the cost"), QStringLiteral("failed to mention"), QStringLiteral("The council"))};
    dropMisreadQuotes(text, quotes);
    QCOMPARE(quotes.size(), 1);
    QCOMPARE(contentOf(text, quotes.first()), QStringLiteral("the cost"));
}

// The sample's "35 percent opposed it and the rest were undecided" was a quote of what 35 percent
// "opposed": "it and the rest were undecided". Said words keep the clause ("Police said it and
// the car were found").
void MisreadQuotesTest::stanceOnAPronoun_takesNoClauseAfterIt()
{
    const QString text = QStringLiteral("While 35 percent opposed it and the rest were undecided, police said it and the car were found.");
    QList<Quote> quotes{indirect(text, QStringLiteral("it and the rest were undecided"), QStringLiteral("opposed"),
                                 QStringLiteral("35 percent")),
                        indirect(text, QStringLiteral("it and the car were found"), QStringLiteral("said"), QStringLiteral("police"))};
    dropMisreadQuotes(text, quotes);
    QStringList contents;
    for (const Quote &quote : quotes)
        contents.append(contentOf(text, quote));
    QVERIFY2(!contents.contains(QStringLiteral("it and the rest were undecided")), qPrintable(contents.join(u'|')));
    QVERIFY2(contents.contains(QStringLiteral("it and the car were found")), qPrintable(contents.join(u'|')));
}

QTEST_GUILESS_MAIN(MisreadQuotesTest)
#include "misread_quotes_test.moc"
