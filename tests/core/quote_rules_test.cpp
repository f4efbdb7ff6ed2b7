#include "quote_test_support.h"

#include "detect/ner/ner_model.h"

#include <QTest>

using namespace galley;

// findQuotes with an empty model: the quote-mark and reporting-verb rules alone, on sentences
// written for this test in every quote style.
class QuoteRulesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rules_findQuotes_data();
    void rules_findQuotes();
    void rules_offsetsAreUtf16_data();
    void rules_offsetsAreUtf16();
    void rules_emptyText_findsNothing();

private:
    std::optional<NerModel> m_ner;
};

void QuoteRulesTest::initTestCase()
{
    auto model = NerModel::load(QStringLiteral(GALLEY_SOURCE_DIR "/resources/models/ner-conll.model"));
    QVERIFY2(model.ok(), qPrintable(model.ok() ? QString() : model.error().toString()));
    m_ner = std::move(model).value();
}

void QuoteRulesTest::rules_findQuotes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const char *name, const QString &text, const QStringList &expected) {
        QTest::newRow(name) << text << expected;
    };
    row("curly, speaker before cue", QStringLiteral("“We will win this race,” Trump said."),
        {QStringLiteral("direct[We will win this race]cue[said]by[Trump]")});
    row("straight, cue before speaker", QStringLiteral("\"We will not back down,\" said Smith, a spokesman."),
        {QStringLiteral("direct[We will not back down]cue[said]by[Smith]")});
    row("guillemets", QStringLiteral("«We will fight on,» he said."),
        {QStringLiteral("direct[We will fight on]cue[said]by[he]")});
    row("german low-high", QStringLiteral("„We will manage this,“ Merkel said."),
        {QStringLiteral("direct[We will manage this]cue[said]by[Merkel]")});
    row("single curly, told", QStringLiteral("‘It was a total disaster,’ she told the BBC."),
        {QStringLiteral("direct[It was a total disaster]cue[told the BBC]by[she]")});
    row("single angle", QStringLiteral("‹Enough is enough›, he wrote."),
        {QStringLiteral("direct[Enough is enough]cue[wrote]by[he]")});
    row("cue and colon before", QStringLiteral("The senator added: “Nobody wants another shutdown.”"),
        {QStringLiteral("direct[Nobody wants another shutdown.]cue[added]by[The senator]")});
    row("nested", QStringLiteral("“He told me ‘never again’ and walked out,” Jones said."),
        {QStringLiteral("direct[He told me ‘never again’ and walked out]cue[said]by[Jones]")});
    row("continued over paragraphs",
        QStringLiteral("Smith said: “The first part of the speech went well.\n\n“Then the crowd turned on us.”"),
        {QStringLiteral("direct[The first part of the speech went well.\n\n“Then the crowd turned on us.]cue[said]by[Smith]")});
    row("unclosed quote ends with its paragraph", QStringLiteral("He said: “this is not over yet.\nThe vote is on Friday."),
        {QStringLiteral("direct[this is not over yet.]cue[said]by[He]")});
    row("partial quote in reported speech",
        QStringLiteral("The minister said the deal would be a 'watershed moment' for the region."),
        {QStringLiteral("indirect[the deal would be a 'watershed moment' for the region]cue[said]by[The minister]"),
         QStringLiteral("partial[watershed moment]cue[said]by[The minister]")});
    row("partial quote after the verb", QStringLiteral("Clinton called the plan “dangerous and reckless” on Monday."),
        {QStringLiteral("partial[dangerous and reckless]cue[called]by[Clinton]")});
    row("scare quotes without a speaker", QStringLiteral("The so-called “experts” were wrong again."), {});
    row("indirect with that", QStringLiteral("Police said that the suspect fled on foot."),
        {QStringLiteral("indirect[that the suspect fled on foot]cue[said]by[Police]")});
    row("told listener that", QStringLiteral("The ambassador told Sputnik that the talks had stalled."),
        {QStringLiteral("indirect[that the talks had stalled]cue[told Sputnik]by[The ambassador]")});
    row("according to first", QStringLiteral("According to the report, unemployment rose sharply last year."),
        {QStringLiteral("indirect[unemployment rose sharply last year]cue[According to]by[the report]")});
    // The speaker's title runs on past "to", "for" or "at" to the comma.
    row("according to a title with its body",
        QStringLiteral("According to French Ambassador to the UN Francois Delattre, the meeting could be held on Friday."),
        {QStringLiteral("indirect[the meeting could be held on Friday]cue[According to]"
                        "by[French Ambassador to the UN Francois Delattre]")});
    row("according to an analyst at a bank", QStringLiteral("According to an analyst at Barclays, rates will fall."),
        {QStringLiteral("indirect[rates will fall]cue[According to]by[an analyst at Barclays]")});
    row("according to last", QStringLiteral("Unemployment rose sharply, according to the Labor Department."),
        {QStringLiteral("indirect[Unemployment rose sharply]cue[according to]by[the Labor Department]")});
    // PolNeAR marks the poll as the source of what the sentence reports, "In" as the cue.
    row("a poll opening the sentence",
        QStringLiteral("Polls closed. In an NBC News/Wall Street Journal poll released Monday, 50 percent of respondents "
                       "chose Clinton."),
        {QStringLiteral("indirect[50 percent of respondents chose Clinton]cue[In]by[an NBC News/Wall Street Journal poll "
                        "released Monday]")});
    row("a place opening the sentence", QStringLiteral("In the city of Aleppo, fighting continued for weeks."), {});
    row("a poll too short to report", QStringLiteral("In the latest poll, nothing."), {});
    row("reported speech before the cue", QStringLiteral("The economy is slowing down, the central bank said."),
        {QStringLiteral("indirect[The economy is slowing down]cue[said]by[the central bank]")});
    row("pronoun speaker", QStringLiteral("“I am not worried about the polls,” she said."),
        {QStringLiteral("direct[I am not worried about the polls]cue[said]by[she]")});
    row("added", QStringLiteral("“It is over for them,” he added."),
        {QStringLiteral("direct[It is over for them]cue[added]by[he]")});
    row("auxiliary joins the cue", QStringLiteral("Sanders has said that the system is rigged."),
        {QStringLiteral("indirect[that the system is rigged]cue[has said]by[Sanders]")});
    row("transcript line", QStringLiteral("Partial transcript as follows:\n\nPENCE: Gennifer Flowers will not be at the debate."),
        {QStringLiteral("direct[Gennifer Flowers will not be at the debate.]cue[:]by[PENCE]")});
    row("signed with a dash", QStringLiteral("“He represents our greatest shame.” ― Sonya Herridge\n“I voted early.”"),
        {QStringLiteral("direct[He represents our greatest shame.]cue[―]by[Sonya Herridge]")});
    row("no attribution", QStringLiteral("The committee met on Tuesday and adjourned."), {});
    row("speaker after the cue, a year before it",
        QStringLiteral("The chain plans to open 1,000 stores by 2030, said Darren Tipton, its chief executive."),
        {QStringLiteral("indirect[The chain plans to open 1,000 stores by 2030]cue[said]by[Darren Tipton]")});
    row("speaker after the cue, a verb before the comma", QStringLiteral("The economy is slowing, said Andrew Bailey."),
        {QStringLiteral("indirect[The economy is slowing]cue[said]by[Andrew Bailey]")});
    // A speaker closing the sentence keeps what describes it back to the comma (it was no quote).
    row("description before a closing speaker", QStringLiteral("Prices will rise next year, Tesco boss Ken Murphy said."),
        {QStringLiteral("indirect[Prices will rise next year]cue[said]by[Tesco boss Ken Murphy]")});
    row("spokesman for a body closing", QStringLiteral("Prices will rise next year, a spokesman for Tesco said."),
        {QStringLiteral("indirect[Prices will rise next year]cue[said]by[a spokesman for Tesco]")});
    row("name and apposition closing", QStringLiteral("Prices will rise next year, Rachel Reeves, the chancellor, said."),
        {QStringLiteral("indirect[Prices will rise next year]cue[said]by[Rachel Reeves, the chancellor]")});
    row("where it was said after a closing cue",
        QStringLiteral("Prices will rise, regional governor Oleh Syniehubov said on Telegram."),
        {QStringLiteral("indirect[Prices will rise]cue[said]by[regional governor Oleh Syniehubov]")});
    // What opens a sentence before "Smith said …" is no quote when the cue has its own clause.
    row("a clause after the cue keeps the comma's words unsaid",
        QStringLiteral("According to the report, Smith said the plan failed."),
        {QStringLiteral("indirect[Smith said the plan failed]cue[According to]by[the report]"),
         QStringLiteral("indirect[the plan failed]cue[said]by[Smith]")});
    // The cue closes the sentence with where and to whom it was said (the phrase was a quote).
    row("told reporters at a place on a day", QStringLiteral("The talks went well, Biden told reporters at the White House on Monday."),
        {QStringLiteral("indirect[The talks went well]cue[told]by[Biden]")});
    row("said this week", QStringLiteral("Prices will rise, Smith said this week."),
        {QStringLiteral("indirect[Prices will rise]cue[said]by[Smith]")});
    row("said in May", QStringLiteral("Prices will rise, Smith said in May."),
        {QStringLiteral("indirect[Prices will rise]cue[said]by[Smith]")});
    row("a clause after a day leaves the opening words unsaid",
        QStringLiteral("As for the merger, Smith said on Monday the deal collapsed."), {});
    row("a clause after where it was said leaves the opening words unsaid",
        QStringLiteral("As for the merger, Smith said on Monday the deal was off."), {});
    row("an occasion before a described speaker stays unsaid",
        QStringLiteral("In a statement, Apple chief Tim Cook said the plant would close."),
        {QStringLiteral("indirect[the plant would close]cue[said]by[Tim Cook]")});
}

void QuoteRulesTest::rules_findQuotes()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const QStringList found = describeQuotes(QuoteModel(), &*m_ner, text);
    QCOMPARE(found, expected);
}

void QuoteRulesTest::rules_offsetsAreUtf16_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("emoji before and inside")
        << QStringLiteral("😀😀 “We won it all 🎉,” the fans said.")
        << QStringList{QStringLiteral("direct[We won it all 🎉]cue[said]by[the fans]")};
    QTest::newRow("crlf paragraphs")
        << QStringLiteral("Intro line.\r\nSmith said: “The first part went well.\r\n\r\n“Then it turned.”\r\nEnd.")
        << QStringList{QStringLiteral("direct[The first part went well.\r\n\r\n“Then it turned.]cue[said]by[Smith]")};
}

void QuoteRulesTest::rules_offsetsAreUtf16()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(describeQuotes(QuoteModel(), &*m_ner, text), expected);
}

void QuoteRulesTest::rules_emptyText_findsNothing()
{
    QVERIFY(describeQuotes(QuoteModel(), &*m_ner, QString()).isEmpty());
    QVERIFY(describeQuotes(QuoteModel(), nullptr, QStringLiteral("“”")).isEmpty());
}

QTEST_GUILESS_MAIN(QuoteRulesTest)
#include "quote_rules_test.moc"
