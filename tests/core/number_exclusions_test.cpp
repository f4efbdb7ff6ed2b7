// What is not a number (parts of names, ids, phone numbers, pronouns, verbs), entities that
// hide numbers, offsets with emoji and CRLF, and the label and modifier names.
#include "number_description.h"

#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

#include <QTest>

using namespace galley;

class NumberExclusionsTest : public QObject
{
    Q_OBJECT

private slots:
    void notNumbers_data();
    void notNumbers();
    void entityHidesNumberInName();
    void offsetsAreUtf16WithEmojiAndCrlf();
    void labelNames_data();
    void labelNames();
    void modifierSymbols_data();
    void modifierSymbols();
};

namespace {

QString u8(const char *utf8) { return QString::fromUtf8(utf8); }

void row(const char *name, const char *text, const char *expected)
{
    QTest::newRow(name) << u8(text) << u8(expected);
}

} // namespace

void NumberExclusionsTest::notNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    row("district name", "reached the Al-Rashidin-4 sector", "");
    row("aircraft", "two F-16 jets", "[two] CARDINAL 2 jets");
    row("Sukhoi", "a Su-25 attack jet", "");
    row("disease", "new COVID-19 cases", "");
    row("Boeing 737", "a Boeing 737 crashed", "");
    row("product with version", "Windows 10 users", "");
    row("product with year", "it ran Windows 2000 for years", "[years] DURATION PXY year approx");
    row("lower-case brand", "the new iPhone 7 sold well", "");
    row("street address", "a meeting at 10 Downing Street", "");
    row("net zero", "The country aims for net zero emissions.", "");
    row("zero-hours contracts", "Zero-hours contracts are rising.", "");
    row("a number to call", "Witnesses are asked to call 101, quoting log 1234.", "");
    row("an emergency number dialled", "She dialled 999 at once.", "");
    row("police on a number", "Contact police on 101.", "");
    row("people to call are counted", "They will call 20 people.", "[20] CARDINAL 20 people");
    row("a range of people to call", "The defence will call 2 or 3 witnesses.", "[2 or 3] CARDINAL witnesses from=2 to=3");
    row("log as a verb", "Drivers log 11 hours a day.", "[11 hours a day] DURATION 11 PT11H hour per=P1D");
    row("a zero count", "Zero people came.", "[Zero] CARDINAL 0 people");
    row("a variant's name", "The variant BA.2.86 is spreading.", "");
    row("a standings line is no phone number", "BALTIMORE 67 58 .536 5",
        "[67] CARDINAL 67; [58] CARDINAL 58; [.536] CARDINAL 0.536; [5] CARDINAL 5");
    row("within at a sentence's start", "Within 48 hours, troops had moved in.", "[48 hours] DURATION 48 PT48H hour");
    row("address with two words", "they met at 1600 Pennsylvania Avenue in the capital", "");
    row("ordinal avenue", "a shop on 5th Avenue", "");
    row("ordinal fleet", "ships of the 6th Fleet sailed on", "");
    row("race name", "he won the 24 Hours of Le Mans in his car", "");
    row("count of a named body's things", "He argued 12 Supreme Court cases.", "[12] CARDINAL 12 cases");
    row("ordinal law before a verb", "The 2nd Amendment protects it.", "");
    row("address before a verb", "10 Downing Street says no.", "");
    row("address with a quadrant", "at 1600 Pennsylvania Avenue NW in the capital", "");
    row("end of a handle", "Follow jillbarshay.35 on Signal.", "");
    row("test scores are no vague amount", "comparing test scores of tutored students", "");

    row("resolution number", "under Security Council Resolution 2254", "");
    row("numbered item", "he was ranked No. 5 in the world", "");
    row("a Senate bill", "The Senate passed S. 2345 on a vote.", "");
    row("a House bill", "The House passed H.R. 1234 on a vote.", "");
    row("abbreviation before a number is no name", "U.S. 10-year bonds", "[10-year] DURATION 10 P10Y year");
    row("phone with country code", "call +7 495 123-45-67 now", "");
    row("phone with area code", "call (212) 555-1234 today", "[today] DATE");
    row("short phone", "dial 555-1234", "");
    row("phone in groups of three", "Call 612 345 678 for details.", "");
    row("phone in groups of three before a word", "The hotline is 612 345 678 now.", "");
    row("url", "see https://example.com/2016/12/15/report-2", "");
    row("email", "write to desk2016@example.org", "");
    row("id with letters", "a 5G network", "");
    row("one of the", "one of the convoys", "");
    row("at one point", "At one point, he left.", "");
    row("for one", "For one, the rules changed.", "");
    row("one size fits all", "One size fits all.", "");
    row("first as an adverb counts nothing", "It first became clear in May.", "[first] ORDINAL 1; [May] DATE --05");
    row("a verb with its object is no unit", "The second bullet struck his leg.", "[second] ORDINAL 2 bullet");
    row("a verb with an article after is no unit", "The second vehicle hit a pole.", "[second] ORDINAL 2 vehicle");
    row("a participle before the noun", "The first confirmed death came in May.", "[first] ORDINAL 1 death; [May] DATE --05");
    row("for one inside a sentence counts", "Tickets cost $5 for one, $8 for two.",
        "[$5] MONEY 5 USD; [one] CARDINAL 1; [$8] MONEY 8 USD; [two] CARDINAL 2");
    row("for one thing", "For one thing, the plan is too costly.", "");
    row("one day, some day", "One day, we may live on Mars.", "");
    row("list markers", "1. Monitor your use weekly.\n\n2) Turn off alerts.", "");
    row("hash number", "UNIDENTIFIED PERSON #1 said", "");
    row("disease type", "people with type 2 diabetes", "");
    row("trial phase", "in phase 3 trials of 40 people", "[40] CARDINAL 40 people");
    row("flight number", "flight 370 vanished", "");
    // an item word that is a noun of its own before the number
    row("this stage", "At this stage 40 people have died.", "[40] CARDINAL 40 people");
    row("last season", "Last season 14 players left the club.", "[14] CARDINAL 14 players");
    row("a level", "at a level 10 times higher", "[10] CARDINAL 10");
    row("a section", "They closed a section 5 km long.", "[5 km] QUANTITY 5 km si=5000m");
    row("phase before a percent", "in phase 3% of cases", "[3%] PERCENT 3 %");
    row("no one", "No one was hurt.", "");
    row("someone", "someone said", "");
    row("the one who", "the one who left", "");
    row("one another", "they blamed one another", "");
    row("May the modal", "Talks may resume.", "");
    row("May opening a sentence", "May God help them.", "");
    row("march the verb", "they march on", "");
    row("March the verb opening a sentence", "March on, they said.", "");
    row("per second", "ten frames per second", "[ten] CARDINAL 10 frames per=PT1S");
    row("wait a second", "wait a second.", "");
    row("second as time unit", "30 seconds later", "[30 seconds] DURATION 30 PT30S second");
    row("bowling figures", "Mushtaq took 4-38 on Friday", "[Friday] DATE");
    row("round the clock", "The shop is open 24-7.", "");
    row("numbered name with a dash", "Apollo 11-3 was a name", "");
    row("a range low to high is no score", "15-20 people came", "[15-20] CARDINAL people from=15 to=20");
    row("capitalised unit word starts a name", "they finished 19-23 Second Division", "");
    row("capitalised number word is a name", "he won the Second Division title", "");
    row("half as a noun", "in the first half", "[first] ORDINAL 1 half");
    row("scores of a game", "the scores were level", "");
    row("several alone", "several people", "");
    row("words around numbers are no numbers", "Numbers matter to someone.", "");
}

void NumberExclusionsTest::notNumbers()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(describeNumbers(text), expected);
}

void NumberExclusionsTest::entityHidesNumberInName()
{
    const QString text = u8("the Sunday Times reported");
    const QList<Token> tokens = tokenize(text);
    const QList<Sentence> sentences = splitSentences(text, tokens);
    QCOMPARE(findNumbers(text, tokens, sentences, QDate(2016, 12, 15)).size(), 1);   // without names: a weekday
    const EntityMention paper{4, 16, EntityType::Organization};
    QVERIFY(findNumbers(text, tokens, sentences, QDate(2016, 12, 15), {paper}).isEmpty());
}

void NumberExclusionsTest::offsetsAreUtf16WithEmojiAndCrlf()
{
    // 😀 takes two UTF-16 units; CRLF ends the paragraph.
    const QString text = u8("\xF0\x9F\x98\x80 over 98 percent\r\nOn December 8, 2016 \xF0\x9F\x98\x80 3km");
    const QList<NumberMention> found = findNumbers(text);
    QCOMPARE(found.size(), 3);
    QCOMPARE(found[0].start, 3);
    QCOMPARE(found[0].end, 18);
    QCOMPARE(found[1].start, 23);
    QCOMPARE(found[1].end, 39);
    QCOMPARE(text.mid(found[1].start, found[1].end - found[1].start), u8("December 8, 2016"));
    QCOMPARE(found[2].start, 43);
    QCOMPARE(found[2].end, text.size());
    QCOMPARE(found[2].siValue, 3000.0);
}

void NumberExclusionsTest::labelNames_data()
{
    QTest::addColumn<int>("label");
    QTest::addColumn<QString>("name");
    QTest::newRow("cardinal") << int(NumberLabel::Cardinal) << u8("CARDINAL");
    QTest::newRow("ordinal") << int(NumberLabel::Ordinal) << u8("ORDINAL");
    QTest::newRow("percent") << int(NumberLabel::Percent) << u8("PERCENT");
    QTest::newRow("money") << int(NumberLabel::Money) << u8("MONEY");
    QTest::newRow("quantity") << int(NumberLabel::Quantity) << u8("QUANTITY");
    QTest::newRow("date") << int(NumberLabel::Date) << u8("DATE");
    QTest::newRow("time") << int(NumberLabel::Time) << u8("TIME");
    QTest::newRow("duration") << int(NumberLabel::Duration) << u8("DURATION");
}

void NumberExclusionsTest::labelNames()
{
    QFETCH(int, label);
    QFETCH(QString, name);
    QCOMPARE(numberLabelName(NumberLabel(label)), name);
    QCOMPARE(numberLabelFromName(name), std::optional<NumberLabel>(NumberLabel(label)));
}

void NumberExclusionsTest::modifierSymbols_data()
{
    QTest::addColumn<int>("modifier");
    QTest::addColumn<QString>("symbol");
    QTest::newRow("none") << int(NumberModifier::None) << QString();
    QTest::newRow("greater") << int(NumberModifier::Greater) << u8(">");
    QTest::newRow("greater or equal") << int(NumberModifier::GreaterOrEqual) << u8("\xE2\x89\xA5");
    QTest::newRow("less") << int(NumberModifier::Less) << u8("<");
    QTest::newRow("less or equal") << int(NumberModifier::LessOrEqual) << u8("\xE2\x89\xA4");
    QTest::newRow("approximately") << int(NumberModifier::Approximately) << u8("\xE2\x89\x88");
}

void NumberExclusionsTest::modifierSymbols()
{
    QFETCH(int, modifier);
    QFETCH(QString, symbol);
    QCOMPARE(numberModifierSymbol(NumberModifier(modifier)), symbol);
}

QTEST_GUILESS_MAIN(NumberExclusionsTest)
#include "number_exclusions_test.moc"
