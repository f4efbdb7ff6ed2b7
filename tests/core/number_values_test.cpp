// Normalised values of counts, ordinals, fractions, percents, money, quantities and durations:
// one table row per rule, each showing every mention found in the text.
#include "number_description.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

#include <QTest>

class NumberValuesTest : public QObject
{
    Q_OBJECT

private slots:
    void values_data();
    void values();
    void valuesAreTheWrittenDecimals_data();
    void valuesAreTheWrittenDecimals();
    void ageSetOffAfterANamedPerson();
};

namespace {

QString u8(const char *utf8) { return QString::fromUtf8(utf8); }

void row(const char *name, const char *text, const char *expected)
{
    QTest::newRow(name) << u8(text) << u8(expected);
}

} // namespace

void NumberValuesTest::values_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    // counts keep what they count
    row("grouped thousands", "Overall, 108,076 civilians left.", "[108,076] CARDINAL 108076 civilians");
    row("spelled two", "The two convoys of buses arrived.", "[two] CARDINAL 2 convoys");
    row("million with decimals", "It has 1.1 million residents.", "[1.1 million] CARDINAL 1100000 residents");
    row("1.5 million", "some 1.5 million people", "[some 1.5 million] CARDINAL 1500000 people mod=≈");
    row("plain digits", "They destroyed 105 tanks.", "[105] CARDINAL 105 tanks");
    row("irregular plural", "He fed 150,000 people.", "[150,000] CARDINAL 150000 people");
    row("children", "including 47,183 children", "[47,183] CARDINAL 47183 children");
    row("adjective before noun", "three heavy tanks", "[three] CARDINAL 3 tanks");
    row("adverb after noun", "3,000 militants voluntarily left", "[3,000] CARDINAL 3000 militants");
    row("singular count", "one convoy left", "[one] CARDINAL 1 convoy");
    row("no noun after", "The toll rose to 62.", "[62] CARDINAL 62");
    row("function word after", "Of those, 12 were children.", "[12] CARDINAL 12");
    row("twenty-five", "twenty-five soldiers", "[twenty-five] CARDINAL 25 soldiers");
    row("twenty five unhyphenated", "twenty five soldiers", "[twenty five] CARDINAL 25 soldiers");
    row("hundred and five", "one hundred and five villages", "[one hundred and five] CARDINAL 105 villages");
    row("two million", "two million refugees", "[two million] CARDINAL 2000000 refugees");
    row("a million", "a million refugees", "[a million] CARDINAL 1000000 refugees");
    row("a dozen", "a dozen rockets", "[a dozen] CARDINAL 12 rockets");
    row("two dozen", "two dozen rockets", "[two dozen] CARDINAL 24 rockets");
    row("one and a half million", "one and a half million voters", "[one and a half million] CARDINAL 1500000 voters");
    row("thousand scale word", "5 thousand troops", "[5 thousand] CARDINAL 5000 troops");
    row("bn suffix without currency", "4.5bn users", "[4.5bn] CARDINAL 4500000000 users");
    row("m suffix before a count is million", "1.5m people fled", "[1.5m] CARDINAL 1500000 people");
    row("m suffix before a thing is metres", "a 100m sprint", "[100m] QUANTITY 100 m si=100m");
    row("m suffix ending a level is millions", "Unemployment rose to 1.3m.", "[1.3m] CARDINAL 1300000");
    row("m suffix ending a population is millions", "Britain's population is 67m.", "[67m] CARDINAL 67000000");
    row("a quarter of a million", "a quarter of a million residents", "[a quarter of a million] CARDINAL 250000 residents");
    row("three quarters of a million", "three quarters of a million pounds",
        "[three quarters of a million pounds] MONEY 750000 GBP");
    row("a hundred and twenty", "A hundred and twenty people attended.", "[A hundred and twenty] CARDINAL 120 people");
    row("a thousand and one", "a thousand and one nights", "[a thousand and one] CARDINAL 1001 nights");
    row("thousands set apart by a no-break space", "80\u00a0000 residents", "[80\u00a0000] CARDINAL 80000 residents");
    row("thousands set apart by spaces", "It has 1 250 000 people.", "[1 250 000] CARDINAL 1250000 people");
    row("numbers of a table row stay apart", "The scores were 12 5 120 in all.", "[12] CARDINAL 12; [5] CARDINAL 5; [120] CARDINAL 120");
    row("a label's number is no thousands", "In round 3 120 players remain.", "[3] CARDINAL 3; [120] CARDINAL 120 players");
    // counts glued to what they count by a hyphen
    row("points of a lead", "a 10-point lead", "[10-point] CARDINAL 10 points");
    row("members of a board", "the seven-member board", "[seven-member] CARDINAL 7 members");
    row("strong counts the noun after", "A 12,000-strong crowd watched.", "[12,000-strong] CARDINAL 12000 crowd");
    row("magnitude glued", "a 6.2-magnitude earthquake", "[6.2-magnitude] CARDINAL 6.2 magnitude");
    row("magnitude before", "a magnitude 7.8 earthquake", "[7.8] CARDINAL 7.8 magnitude");
    row("magnitude after", "a 5.1 magnitude quake", "[5.1] CARDINAL 5.1 magnitude");
    row("odd is about", "some 50-odd people", "[some 50-odd] CARDINAL 50 people mod=\xE2\x89\x88");
    row("plus is at least", "100,000-plus subscribers", "[100,000-plus] CARDINAL 100000 subscribers mod=\xE2\x89\xA5");
    // bare degrees: a temperature or an angle; spelled out, diplomas
    row("degrees", "Temperatures reached 35 degrees.", "[35 degrees] QUANTITY 35 \xC2\xB0");
    row("spelled degrees are diplomas", "She holds two degrees.", "[two] CARDINAL 2 degrees");
    row("degrees after a verb of getting them are diplomas", "She earned 2 degrees.", "[2] CARDINAL 2 degrees");
    row("degrees awarded are diplomas", "The university awarded 4,000 degrees.", "[4,000] CARDINAL 4000 degrees");
    row("an oven's degrees", "Preheat the oven to 425 degrees.", "[425 degrees] QUANTITY 425 \xC2\xB0");
    row("m suffix of a few whole metres stays metres", "The wall is 3m.", "[3m] QUANTITY 3 m si=3m");
    row("m suffix of a rise stays metres", "Sea levels could rise by 1.2m.", "[1.2m] QUANTITY 1.2 m si=1.2m");
    row("m suffix of a height stays metres", "The tower is 300m.", "[300m] QUANTITY 300 m si=300m");
    row("m suffix of a depth stays metres", "The ship sank at a depth of 20m.", "[20m] QUANTITY 20 m si=20m");
    row("millions of pounds", "The councils have lost millions of pounds.", "[millions of pounds] MONEY GBP approx mag=6");
    row("pounds of a weight are no money", "millions of pounds of food aid", "[millions] CARDINAL pounds approx mag=6");
    row("metric tons", "Ukraine exported 5 metric tons of honey.", "[5 metric tons] QUANTITY 5 t si=5000kg");
    row("a fraction without its zero", "Rates rose to .75 percent.", "[.75 percent] PERCENT 0.75 %");
    row("seven out of 10", "Seven out of 10 people backed the ban.", "[Seven out of 10] CARDINAL 0.7 people");
    row("a vote along party lines", "The House voted 220 to 212 along party lines.", "[220] CARDINAL 220; [212] CARDINAL 212");
    row("zero", "zero casualties", "[zero] CARDINAL 0 casualties");
    row("decimal", "a rate of 2.75", "[2.75] CARDINAL 2.75");
    row("minus word", "minus 5", "[minus 5] CARDINAL -5");
    row("minus sign", "it fell to -5 overnight", "[-5] CARDINAL -5");
    row("unicode minus", "it fell to \xE2\x88\x92" "12", "[\xE2\x88\x92" "12] CARDINAL -12");
    row("spaced hyphen makes a range", "3 - 5 rockets", "[3 - 5] CARDINAL rockets from=3 to=5");

    // ordinals
    row("ordinal word", "the third convoy", "[third] ORDINAL 3 convoy");
    row("first", "the first deputy chief", "[first] ORDINAL 1 chief");
    row("ordinal digits", "the 8th division", "[8th] ORDINAL 8 division");
    row("21st", "the 21st century", "[21st] ORDINAL 21 century");
    row("twenty-first", "the twenty-first round", "[twenty-first] ORDINAL 21 round");
    row("second as ordinal", "a second convoy", "[second] ORDINAL 2 convoy");
    row("hundredth", "its hundredth day", "[hundredth] ORDINAL 100 day");
    row("ordinal before a noun and a participle", "for the third year running", "[third] ORDINAL 3 year");
    row("ordinal before a compound ending in -ing", "the second office building", "[second] ORDINAL 2 building");
    row("count before a compound ending in -ing", "one car bombing", "[one] CARDINAL 1 bombing");

    // fractions
    row("half", "about half of them", "[about half] CARDINAL 0.5 mod=≈");
    row("a third", "a third of the city", "[a third] CARDINAL 0.333333333333333 city");
    row("a third before a noun and its verb", "When a third of the town feels unheard", "[a third] CARDINAL 0.333333333333333 town");
    row("a third before a compound ending in -s", "a third of the apartment blocks", "[a third] CARDINAL 0.333333333333333 blocks");
    row("a fifth before a noun is an ordinal", "I want a fifth title.", "[fifth] ORDINAL 5 title");
    // the rank at the head of a hyphenated word (was no number at all)
    row("hyphenated quarter", "Fourth-quarter earnings rose.", "[Fourth] ORDINAL 4 quarter");
    row("hyphenated superlative", "It is the second-largest city.", "[second] ORDINAL 2");
    row("hyphenated place in digits", "her 10th-place finish", "[10th] ORDINAL 10");
    row("hyphenated compound ordinal", "the twenty-first-largest firm", "[twenty-first] ORDINAL 21");
    row("first-ever", "the first-ever vote", "[first] ORDINAL 1");
    row("rank word after the first hyphen", "the third-most-populous state", "[third] ORDINAL 3");
    row("a word ending in -est is no superlative", "a first-interest rule", "");
    row("third-party is no rank", "A third-party candidate ran.", "");
    row("second-hand is no rank", "a second-hand car", "");
    row("a third at the end", "cut by a third.", "[a third] CARDINAL 0.333333333333333");
    row("by a third before more words", "Prices have risen by a third since 2020.", "[a third] CARDINAL 0.333333333333333; [since 2020] DATE 2020 isoFrom=2020");
    row("by a third before a noun", "hacked by a third party", "[third] ORDINAL 3 party");
    row("lives counted", "The fire claimed 12 lives.", "[12] CARDINAL 12 lives");
    row("live before a noun", "two live grenades", "[two] CARDINAL 2 grenades");
    row("a third of a plural and its verb", "A third of children live in poverty.", "[A third] CARDINAL 0.333333333333333 children");
    row("a fraction of a singular and its verb", "one-fifth of the budget goes to defence", "[one-fifth] CARDINAL 0.2 budget");
    row("a quarter", "a quarter of voters", "[a quarter] CARDINAL 0.25 voters");
    row("two thirds", "two thirds of the land", "[two thirds] CARDINAL 0.666666666666667 land");
    row("three-quarters", "three-quarters of homes", "[three-quarters] CARDINAL 0.75 homes");
    row("one-third", "one-third of staff", "[one-third] CARDINAL 0.333333333333333 staff");
    row("digit fraction", "1/2 of the budget", "[1/2] CARDINAL 0.5 budget");
    row("mixed fraction", "3 1/2 cups", "[3 1/2] CARDINAL 3.5 cups");
    row("sixteenths", "a 7/16 inch bolt", "[7/16 inch] QUANTITY 0.4375 in si=0.0111125m");
    row("event is no fraction", "after the 9/11 attacks", "");
    row("date is no fraction", "the vote on 11/8 was close", "");
    row("phrase is no fraction", "24/7 news", "");
    row("half a million", "half a million people", "[half a million] CARDINAL 500000 people");
    row("half a dozen", "Half a dozen deals closed.", "[Half a dozen] CARDINAL 6 deals");

    // vague amounts
    row("dozens", "dozens of pieces of heavy military equipment", "[dozens] CARDINAL pieces approx mag=1");
    row("hundreds", "hundreds of families", "[hundreds] CARDINAL families approx mag=2");
    row("thousands", "thousands of refugees", "[thousands] CARDINAL refugees approx mag=3");
    row("tens of thousands", "tens of thousands people", "[tens of thousands] CARDINAL people approx mag=4");
    row("hundreds of thousands", "hundreds of thousands of Syrians", "[hundreds of thousands] CARDINAL Syrians approx mag=5");
    row("several hundred", "several hundred fighters", "[several hundred] CARDINAL fighters approx mag=2");
    row("a few thousand", "a few thousand votes", "[a few thousand] CARDINAL votes approx mag=3");
    row("scores of", "scores of protesters", "[scores] CARDINAL protesters approx mag=1");
    row("millions", "millions of dollars", "[millions of dollars] MONEY USD approx mag=6");

    // modifiers
    row("over", "over 900 terrorists", "[over 900] CARDINAL 900 terrorists mod=>");
    row("more than", "more than 200 people", "[more than 200] CARDINAL 200 people mod=>");
    row("less than", "less than 40 soldiers", "[less than 40] CARDINAL 40 soldiers mod=<");
    row("fewer than", "fewer than 10 cases", "[fewer than 10] CARDINAL 10 cases mod=<");
    row("about", "about 300 families", "[about 300] CARDINAL 300 families mod=≈");
    row("some", "Some 50,000 people remain", "[Some 50,000] CARDINAL 50000 people mod=≈");
    row("nearly", "nearly 100 trucks", "[nearly 100] CARDINAL 100 trucks mod=<");
    row("almost", "almost 70 percent", "[almost 70 percent] PERCENT 70 % mod=<");
    row("up to", "up to 5,000 troops", "[up to 5,000] CARDINAL 5000 troops mod=≤");
    row("at least", "at least 62 people", "[at least 62] CARDINAL 62 people mod=≥");
    row("o'clock", "at 5 o'clock", "[5 o'clock] TIME 05:00");
    row("o'clock tonight", "by 11 o'clock tonight", "[11 o'clock] TIME 23:00; [tonight] DATE");
    row("o'clock in the evening", "at 6 o'clock in the evening", "[6 o'clock in the evening] TIME 18:00");
    row("12 o'clock tonight", "by 12 o'clock tonight", "[12 o'clock] TIME 00:00; [tonight] DATE");
    row("at most", "at most 3 weeks", "[at most 3 weeks] DURATION 3 P3W week mod=≤");
    row("around", "around 1,000 fighters", "[around 1,000] CARDINAL 1000 fighters mod=≈");
    row("approximately", "approximately 12 km", "[approximately 12 km] QUANTITY 12 km si=12000m mod=≈");
    row("roughly", "roughly $4 million", "[roughly $4 million] MONEY 4000000 USD mod=≈");
    row("no more than", "no more than 20 people", "[no more than 20] CARDINAL 20 people mod=≤");
    row("or more after", "20 or more people", "[20 or more] CARDINAL 20 people mod=≥");
    row("and older", "those 65 and older are at risk", "[65 and older] CARDINAL 65 mod=\xE2\x89\xA5");
    row("and under", "children 12 and under", "[12 and under] CARDINAL 12 mod=\xE2\x89\xA4");
    row("and over the next", "sold 5 and over the next year bought 3", "[5] CARDINAL 5; [next year] DURATION 1 P1Y year; [3] CARDINAL 3");
    row("under one roof", "They live under one roof.", "");
    row("under one percent", "Under one percent voted.", "[Under one percent] PERCENT 1 % mod=<");
    row("or so after", "a week or so", "[a week or so] DURATION 1 P1W week mod=≈");
    row("an hour", "within an hour", "[an hour] DURATION 1 PT1H hour");
    // halves of a unit (were a rate of 0.5 an hour, or "an hour" and a separate 0.5)
    row("half an hour", "The journey took half an hour.", "[half an hour] DURATION 0.5 PT0.5H hour");
    row("an hour and a half", "The meeting lasted an hour and a half.", "[an hour and a half] DURATION 1.5 PT1.5H hour");
    row("hours and a half", "three hours and a half", "[three hours and a half] DURATION 3.5 PT3.5H hour");
    row("a year ago", "a year ago", "[a year ago] DATE");
    row("once a year is a frequency", "once a year", "");
    row("modifier without number", "over the recent months", "");

    // percents
    row("percent word", "over 98 percent of the territory", "[over 98 percent] PERCENT 98 % mod=>");
    row("percent sign", "rose 3.5% in May", "[3.5%] PERCENT 3.5 %; [May] DATE --05");
    row("per cent", "5 per cent", "[5 per cent] PERCENT 5 %");
    row("spelled percent", "twenty percent", "[twenty percent] PERCENT 20 %");
    row("percent points", "2 percent points", "[2 percent points] PERCENT 2 pp");
    row("percentage points", "rose 1.5 percentage points", "[1.5 percentage points] PERCENT 1.5 pp");
    row("half a percentage point", "Inflation rose half a percentage point.", "[half a percentage point] PERCENT 0.5 pp");
    row("basis points", "cut rates by 25 basis points", "[25 basis points] PERCENT 25 bp");
    row("basis points written short", "a 50bp cut and 10 bps more", "[50bp] PERCENT 50 bp; [10 bps] PERCENT 10 bp");
    row("per cent written pc", "a 10pc stake", "[10pc] PERCENT 10 %");
    row("negative percent", "fell -0.4%", "[-0.4%] PERCENT -0.4 %");
    row("percent range", "10 to 20 percent", "[10 to 20 percent] PERCENT % from=10 to=20");
    row("poll after a name", "Harris leads Trump 48% to 45%.", "[48%] PERCENT 48 %; [45%] PERCENT 45 %");
    row("poll pair with a dash", "Harris leads 48%-45%.", "[48%] PERCENT 48 %; [45%] PERCENT 45 %");
    row("margin of error", "plus or minus 3.2 percentage points", "[plus or minus 3.2 percentage points] PERCENT pp from=-3.2 to=3.2");
    row("margin sign", "a margin of error of \u00b13%", "[\u00b13%] PERCENT % from=-3 to=3");
    row("vote tally", "The bill passed 51-49.", "[51] CARDINAL 51; [49] CARDINAL 49");
    row("range of a unit after a score verb", "The patients lost 5-10 kg.", "[5-10 kg] QUANTITY kg from=5 to=10");
    row("range of what is counted after a score verb", "to win 10-15 seats", "[10-15] CARDINAL seats from=10 to=15");
    row("office hours", "a 9-5 job", "");
    row("House tally", "The House voted 217-213 on Friday.", "[217] CARDINAL 217; [213] CARDINAL 213; [Friday] DATE");
    row("score after a team", "The Chiefs beat the Bills 24-10.", "[24] CARDINAL 24; [10] CARDINAL 10");
    row("score before a noun", "It was a 3-1 victory.", "[3] CARDINAL 3; [1] CARDINAL 1");
    row("ruling", "in a 7-2 decision", "[7] CARDINAL 7; [2] CARDINAL 2");
    row("draw", "a 1-1 draw", "[1] CARDINAL 1; [1] CARDINAL 1");
    row("low side first after a verb", "They lost 10-24 at home.", "[10] CARDINAL 10; [24] CARDINAL 24");
    row("hyphenated percent", "a 50-percent share", "[50-percent] PERCENT 50 %");

    // money
    row("dollar bn", "a $4.5bn deal", "[$4.5bn] MONEY 4500000000 USD");
    row("trillion dollars", "$1.2 trillion", "[$1.2 trillion] MONEY 1200000000000 USD");
    row("euro m", "\xE2\x82\xAC" "30m in aid", "[\xE2\x82\xAC" "30m] MONEY 30000000 EUR");
    row("pound sign", "\xC2\xA3" "5 each", "[\xC2\xA3" "5] MONEY 5 GBP");
    row("yen sign", "\xC2\xA5" "100", "[\xC2\xA5" "100] MONEY 100 JPY");
    row("ruble sign after", "500 \xE2\x82\xBD", "[500 \xE2\x82\xBD] MONEY 500 RUB");
    row("US dollar sign", "US$20 million", "[US$20 million] MONEY 20000000 USD");
    row("Canadian dollar sign", "C$3.2bn", "[C$3.2bn] MONEY 3200000000 CAD");
    row("dollars word", "50 dollars", "[50 dollars] MONEY 50 USD");
    row("euros word", "2 million euros", "[2 million euros] MONEY 2000000 EUR");
    row("rubles word", "100 rubles", "[100 rubles] MONEY 100 RUB");
    row("roubles word", "3bn roubles", "[3bn roubles] MONEY 3000000000 RUB");
    row("US dollars", "5 US dollars", "[5 US dollars] MONEY 5 USD");
    row("Syrian pounds", "1,000 Syrian pounds", "[1,000 Syrian pounds] MONEY 1000 SYP");
    row("pounds sterling", "10 pounds sterling", "[10 pounds sterling] MONEY 10 GBP");
    row("million pounds", "3 million pounds", "[3 million pounds] MONEY 3000000 GBP");
    row("pounds paid", "The house sold for 450,000 pounds.", "[450,000 pounds] MONEY 450000 GBP");
    row("pounds earned a week", "He earns 300,000 pounds a week.", "[300,000 pounds a week] MONEY 300000 GBP per=P1W");
    row("rate glued on", "a \xC2\xA3" "5m-a-year deal", "[\xC2\xA3" "5m-a-year] MONEY 5000000 GBP per=P1Y");
    row("hourly rate glued on", "a $15-an-hour wage", "[$15-an-hour] MONEY 15 USD per=PT1H");
    row("billions a year glued on", "a $2bn-a-year budget", "[$2bn-a-year] MONEY 2000000000 USD per=P1Y");
    row("minus before a currency sign", "The fund returned -$3.4 million.", "[-$3.4 million] MONEY -3400000 USD");
    row("pounds of a thing weigh", "They seized 500 pounds of cocaine worth millions.", "[500 pounds] QUANTITY 500 lb si=226.796185kg; [millions] CARDINAL approx mag=6");
    row("cents", "earnings of 87 cents a share", "[87 cents] MONEY 0.87 USD");
    row("cents range", "It costs 5-10 cents.", "[5-10 cents] MONEY USD from=0.05 to=0.1");
    row("cents range with to", "from 10 to 20 cents", "[from 10 to 20 cents] MONEY USD from=0.1 to=0.2");
    row("two cents' worth", "He offered his two cents' worth.", "[two] CARDINAL 2 cents");
    row("video lines are no pence", "The camera records 1080p video.", "");
    row("pounds paid however few", "Shoppers paid 12 pounds for a tin.", "[12 pounds] MONEY 12 GBP");
    row("pounds won", "He won 10,000 pounds in prize money.", "[10,000 pounds] MONEY 10000 GBP");
    row("weight loss in pounds", "His weight loss of 120 pounds helped.", "[120 pounds] QUANTITY 120 lb si=54.4310844kg");
    row("pence", "a dividend of 45 pence", "[45 pence] MONEY 0.45 GBP");
    row("pence glued", "up from 85p", "[85p] MONEY 0.85 GBP");
    row("won after a scale", "a 10.4 trillion won budget", "[10.4 trillion won] MONEY 10400000000000 KRW");
    row("naira", "1,500 naira", "[1,500 naira] MONEY 1500 NGN");
    row("French francs", "37 million French francs", "[37 million French francs] MONEY 37000000 FRF");
    row("francs alone are no currency", "37 million francs", "[37 million] CARDINAL 37000000 francs");
    row("yuan", "8 billion yuan", "[8 billion yuan] MONEY 8000000000 CNY");
    row("currency code before", "USD 5 million", "[USD 5 million] MONEY 5000000 USD");
    row("currency code after", "5 million EUR", "[5 million EUR] MONEY 5000000 EUR");
    row("dollar k", "$5k", "[$5k] MONEY 5000 USD");
    row("money range", "$3-5 million", "[$3-5 million] MONEY USD from=3000000 to=5000000");
    // a scale suffix scales both ends ("£5-7m" was 5000000 to 7)
    row("money range with a scale suffix", "it will cost £5-7m.", "[£5-7m] MONEY GBP from=5000000 to=7000000");
    row("money range in billions", "worth $2-3bn", "[$2-3bn] MONEY USD from=2000000000 to=3000000000");
    row("money range with the scale on both ends", "worth $2bn-3bn", "[$2bn-3bn] MONEY USD from=2000000000 to=3000000000");
    row("count range in thousands", "10-15k jobs", "[10-15k] CARDINAL jobs from=10000 to=15000");
    row("count range in millions", "5-7m visitors", "[5-7m] CARDINAL visitors from=5000000 to=7000000");
    row("and up before up to", "£5m and up to $2bn", "[£5m] MONEY 5000000 GBP; [up to $2bn] MONEY 2000000000 USD mod=≤");
    row("vague money", "thousands of dollars", "[thousands of dollars] MONEY USD approx mag=3");
    row("vague money of a scale", "hundreds of millions of euros", "[hundreds of millions of euros] MONEY EUR approx mag=8");
    row("vague money without of", "several million dollars", "[several million dollars] MONEY USD approx mag=6");
    row("vague count stays a count", "thousands of troops", "[thousands] CARDINAL troops approx mag=3");
    row("vague money with a nationality", "several million Canadian dollars",
        "[several million Canadian dollars] MONEY CAD approx mag=6");
    row("vague count of banknotes", "hundreds of $100 bills", "[hundreds] CARDINAL approx mag=2; [$100] MONEY 100 USD");
    row("vague count before a name", "thousands of Euro 2024 tickets", "[thousands] CARDINAL approx mag=3");

    // quantities: value and unit as written, plus the SI value
    row("square kilometres", "less than 3 square kilometers", "[less than 3 square kilometers] QUANTITY 3 km² si=3000000m² mod=<");
    row("square mile", "1.1 square mile", "[1.1 square mile] QUANTITY 1.1 mi² si=2848986.9213696m²");
    row("sq km", "40 sq km", "[40 sq km] QUANTITY 40 km² si=40000000m²");
    row("km2 glued", "12km2", "[12km2] QUANTITY 12 km² si=12000000m²");
    row("km glued", "a 10km walk", "[10km] QUANTITY 10 km si=10000m");
    row("km ending a sentence", "They walked 57 km.", "[57 km] QUANTITY 57 km si=57000m");
    row("mph ending a sentence", "The car reached 90 mph. Police said it crashed.", "[90 mph] QUANTITY 90 mph si=40.2336m/s");
    row("degrees ending a sentence", "Temperatures hit 40\xC2\xB0" "C. It was hot.", "[40\xC2\xB0" "C] QUANTITY 40 \xC2\xB0" "C si=313.15K");
    row("kilometres", "25 kilometres", "[25 kilometres] QUANTITY 25 km si=25000m");
    row("metres spaced m", "30 m", "[30 m] QUANTITY 30 m si=30m");
    row("speed slash", "40 km/h", "[40 km/h] QUANTITY 40 km/h si=11.1111111111111m/s");
    row("speed per hour", "60 miles per hour", "[60 miles per hour] QUANTITY 60 mph si=26.8224m/s");
    row("mph", "70 mph", "[70 mph] QUANTITY 70 mph si=31.2928m/s");
    row("tonnes", "10 tonnes", "[10 tonnes] QUANTITY 10 t si=10000kg");
    row("kg", "2.5 kg", "[2.5 kg] QUANTITY 2.5 kg si=2.5kg");
    row("pounds weight", "150 pounds", "[150 pounds] QUANTITY 150 lb si=68.0388555kg");
    row("feet and inches", "5 feet 2 inches", "[5 feet 2 inches] QUANTITY 5.16666666666667 ft si=1.5748m");
    row("inches glued to the figure", "The storm brought 10in of rain.", "[10in] QUANTITY 10 in si=0.254m");
    row("hectares", "200 hectares", "[200 hectares] QUANTITY 200 ha si=2000000m²");
    row("litres", "3 litres", "[3 litres] QUANTITY 3 L si=0.003m³");
    row("barrels", "1 million barrels", "[1 million barrels] QUANTITY 1000000 bbl si=158987.294928m³");
    row("glued Celsius", "reached 40C", "[40C] QUANTITY 40 °C si=313.15K");
    row("celsius", "-5 degrees Celsius", "[-5 degrees Celsius] QUANTITY -5 °C si=268.15K");
    row("megawatts", "300 megawatts", "[300 megawatts] QUANTITY 300 MW si=300000000W");
    row("megawatts as a symbol", "300 MW of capacity", "[300 MW] QUANTITY 300 MW si=300000000W");
    row("terawatt hours", "the plants made 12 TWh", "[12 TWh] QUANTITY 12 TWh si=4.32e+16J");
    row("gigabytes", "8 GB of memory", "[8 GB] QUANTITY 8 GB si=8000000000B");
    row("gigabytes glued", "a 256GB phone", "[256GB] QUANTITY 256 GB si=256000000000B");
    row("terabytes spelled", "2 terabytes", "[2 terabytes] QUANTITY 2 TB si=2000000000000B");
    row("hertz", "a 120 Hz screen", "[120 Hz] QUANTITY 120 Hz si=120Hz");
    row("gigahertz", "2.4 GHz", "[2.4 GHz] QUANTITY 2.4 GHz si=2400000000Hz");
    row("kilohertz glued", "at 1kHz", "[1kHz] QUANTITY 1 kHz si=1000Hz");
    row("milliamp hours", "a 5,000 mAh battery", "[5,000 mAh] QUANTITY 5000 mAh si=18000C");
    row("megabits a second", "100 Mbps broadband", "[100 Mbps] QUANTITY 100 Mbit/s si=100000000bit/s");
    row("kilovolts", "a 400 kV line", "[400 kV] QUANTITY 400 kV si=400000V");
    row("hectopascals", "950 hPa", "[950 hPa] QUANTITY 950 hPa si=95000Pa");
    row("millibars", "980 millibars", "[980 millibars] QUANTITY 980 hPa si=98000Pa");
    row("decibels", "85 decibels", "[85 decibels] QUANTITY 85 dB si=85dB");
    row("bytes", "125 bytes a second", "[125 bytes a second] QUANTITY 125 B si=125B per=PT1S");
    row("lumens", "1200 lumens", "[1200 lumens] QUANTITY 1200 lm si=1200lm");
    row("millisieverts", "20 millisieverts", "[20 millisieverts] QUANTITY 20 mSv si=0.02Sv");
    row("horsepower", "a 400-horsepower engine", "[400-horsepower] QUANTITY 400 hp si=298279.948632908W");
    row("capitalised word after a number is no measure", "he counted 5 Miles Davis records", "[5] CARDINAL 5 Miles");
    row("tuberculosis is no terabyte", "10.6 million TB cases", "[10.6 million] CARDINAL 10600000 cases");
    row("team is no gigabyte", "they won 29 GB medals", "[29] CARDINAL 29 medals");
    row("wins are no watts", "a record of 3 W and 2 L", "[3] CARDINAL 3; [2] CARDINAL 2");
    row("capitals are no centimetres", "the 5 CM candidates", "[5] CARDINAL 5 candidates");
    row("quantity range hyphen", "3-5 km", "[3-5 km] QUANTITY km from=3 to=5");
    row("quantity range to", "3 to 5 km", "[3 to 5 km] QUANTITY km from=3 to=5");
    row("range after a capitalised verb", "Expect 15-20 centimetres of snow.", "[15-20 centimetres] QUANTITY cm from=15 to=20");
    row("range with to after a capitalised verb", "Expect 15 to 20 centimetres of snow.", "[15 to 20 centimetres] QUANTITY cm from=15 to=20");
    row("quantity range en dash", "3\xE2\x80\x93" "5 km", "[3\xE2\x80\x93" "5 km] QUANTITY km from=3 to=5");
    row("spelled quantity", "three-mile stretch", "[three-mile] QUANTITY 3 mi si=4828.032m");

    // ranges of counts
    row("between and", "between 10 and 20 people", "[between 10 and 20] CARDINAL people from=10 to=20");
    row("from to", "from 150 to 200 trucks", "[from 150 to 200] CARDINAL trucks from=150 to=200");
    row("to scale applies to both", "3 to 5 million people", "[3 to 5 million] CARDINAL people from=3000000 to=5000000");
    row("money range with both signs", "$3 to $5", "[$3 to $5] MONEY USD from=3 to=5");
    row("different units are no range", "fell 2.3 percent to $51.20 a barrel",
        "[2.3 percent] PERCENT 2.3 %; [$51.20] MONEY 51.2 USD");
    row("more before the noun", "1,200 more troops", "[1,200] CARDINAL 1200 troops");
    row("decimal scale applies to both", "3 to 5.5 million people", "[3 to 5.5 million] CARDINAL people from=3000000 to=5500000");
    row("spelled scale applies to both", "three to five million people", "[three to five million] CARDINAL people from=3000000 to=5000000");
    row("percent range in one token", "10-20% of voters", "[10-20%] PERCENT % from=10 to=20");
    row("money range between", "between $10 and $20", "[between $10 and $20] MONEY USD from=10 to=20");
    row("descending is no range", "from 20 to 5", "[20] CARDINAL 20; [5] CARDINAL 5");
    row("a change by, then where it led", "The population rose by 431,000 to 69.3 million.",
        "[431,000] CARDINAL 431000; [69.3 million] CARDINAL 69300000");
    row("a range after by", "They cut emissions by 40 to 50 percent.", "[40 to 50 percent] PERCENT % from=40 to=50");
    row("a small change by, then where it led", "The death toll rose by 14 to 52.", "[14] CARDINAL 14; [52] CARDINAL 52");
    row("a wide range after by", "Prices are expected to rise by 5 to 60 percent.", "[5 to 60 percent] PERCENT % from=5 to=60");
    row("currency before the first end", "a deal worth $2 to 3 billion", "[$2 to 3 billion] MONEY USD from=2000000000 to=3000000000");
    row("or range of money", "a deal worth $2 or 3 billion", "[$2 or 3 billion] MONEY USD from=2000000000 to=3000000000");
    row("far apart choices are no range", "a lawn of 300 or 2,000 m\xC2\xB2", "[300] CARDINAL 300; [2,000 m\xC2\xB2] QUANTITY 2000 m\xC2\xB2 si=2000m\xC2\xB2");
    row("one in five", "One in five Americans agree.", "[One in five] CARDINAL 0.2 Americans");
    row("one in every four", "1 in every 4 homes", "[1 in every 4] CARDINAL 0.25 homes");
    row("one in every five dollars", "one in every five dollars spent", "[one in every five] CARDINAL 0.2 dollars");
    row("top ten in twenty is no share", "the top 10 in 20 countries", "[10] CARDINAL 10; [20] CARDINAL 20 countries");
    row("change then level is no range", "Shares fell $2 to 180 in late trading.", "[$2] MONEY 2 USD; [180] CARDINAL 180");
    row("change as a range", "Prices rose 3 to 4 percent.", "[3 to 4 percent] PERCENT % from=3 to=4");
    row("change by then count is no range", "cut its price by $2 to 3 million customers",
        "[$2] MONEY 2 USD; [3 million] CARDINAL 3000000 customers");
    row("scaled alternatives far apart", "About 500,000 or 2 million people came.",
        "[About 500,000] CARDINAL 500000 mod=\xE2\x89\x88; [2 million] CARDINAL 2000000 people");
    row("plus before a noun is no bound", "pays $50,000 plus a bonus", "[$50,000] MONEY 50000 USD");
    row("plus between digits is no bound", "The 2+2 talks ended.", "[2] CARDINAL 2; [2] CARDINAL 2 talks");
    row("adverb before a noun is no rate", "The city has 5 daily newspapers.", "[5] CARDINAL 5 newspapers");
    row("plus glued", "50+ validated partners", "[50+] CARDINAL 50 partners mod=\xE2\x89\xA5");
    row("plus before a period", "people aged 65+.", "[65+] DURATION 65 P65Y year mod=\xE2\x89\xA5");
    // ages, in years, as "a 54-year-old" is one
    row("aged", "a boy aged 12 was hurt", "[12] DURATION 12 P12Y year");
    row("age set off after a person", "A woman, 34, and her son, 10, were hurt.",
        "[34] DURATION 34 P34Y year; [10] DURATION 10 P10Y year");
    row("a count set off after no person stays a count", "Of the ballots, 34, were spoiled.", "[34] CARDINAL 34");
    row("children's ages in brackets", "The boy (3) and the girl (1) were unhurt.",
        "[3] DURATION 3 P3Y year; [1] DURATION 1 P1Y year");
    row("ages after a count of people", "Two men, a father, 45, and his son, 20, were charged.",
        "[Two] CARDINAL 2 men; [45] DURATION 45 P45Y year; [20] DURATION 20 P20Y year");
    row("a count after a count of its sentence is no age", "The girl scored 12 points and her brother, 10.",
        "[12] CARDINAL 12 points; [10] CARDINAL 10");
    row("aged range", "those aged 18 to 24", "[18 to 24] DURATION year from=18 to=24 isoFrom=P18Y isoTo=P24Y");
    row("aged range with a hyphen", "Children aged 5-7 get meals.", "[5-7] DURATION year from=5 to=7 isoFrom=P5Y isoTo=P7Y");
    row("aged between", "Children aged between 5 and 7 attend.", "[between 5 and 7] DURATION year from=5 to=7 isoFrom=P5Y isoTo=P7Y");
    row("in his decade", "A man in his 40s was arrested.", "[40s] DURATION year from=40 to=49 isoFrom=P40Y isoTo=P49Y");
    row("in her early decade", "a woman in her early 30s", "[early 30s] DURATION year from=30 to=33 isoFrom=P30Y isoTo=P33Y");
    row("two decades of ages", "victims in their 20s and 30s",
        "[20s] DURATION year from=20 to=29 isoFrom=P20Y isoTo=P29Y; [30s] DURATION year from=30 to=39 isoFrom=P30Y isoTo=P39Y");
    row("in her mid-decade", "She is in her mid-40s.", "[mid-40s] DURATION year from=44 to=46 isoFrom=P44Y isoTo=P46Y");
    // feet and inches are one height
    row("feet and inches glued", "He is 6ft 2in tall.", "[6ft 2in] QUANTITY 6.16666666666667 ft si=1.8796m");
    row("feet and inches apart", "she is 5 feet 10 inches", "[5 feet 10 inches] QUANTITY 5.83333333333333 ft si=1.778m");
    row("a couple of", "A couple of officers came.", "[A couple] CARDINAL 2 officers");
    // one duration in two units (were two)
    row("hours and minutes", "It lasted 2 hours 35 minutes.", "[2 hours 35 minutes] DURATION 2.58333333333333 PT2H35M hour");
    // hours written "h" and minutes "m" after them; a dash before a duration is no minus (was "PT-5H")
    row("hours and minutes as letters", "The flight took 2h 35m.", "[2h 35m] DURATION 2.58333333333333 PT2H35M hour");
    row("hours as a letter", "a 24h strike", "[24h] DURATION 24 PT24H hour");
    row("m alone stays metres", "He swam 35m.", "[35m] QUANTITY 35 m si=35m");
    row("a fraction of an hour takes no minutes", "It took 1.5h 20m.", "[1.5h] DURATION 1.5 PT1.5H hour; [20m] QUANTITY 20 m si=20m");
    row("a European clock hour is no duration", "Kick-off is at 20h on Saturday.", "[Saturday] DATE");
    row("a dash before a duration", "Delay: -5 hours", "[5 hours] DURATION 5 PT5H hour");
    // feet and bare inches where a height is told, and in one word (were two numbers, or none)
    row("feet and bare inches", "She is 5ft 10 and fit.", "[5ft 10] QUANTITY 5.83333333333333 ft si=1.778m");
    row("feet and inches in one word", "the 6-foot-2 senator", "[6-foot-2] QUANTITY 6.16666666666667 ft si=1.8796m");
    row("feet before a count", "The 6ft 2 boats sailed.", "[6ft] QUANTITY 6 ft si=1.8288m; [2] CARDINAL 2 boats");
    row("a boat's feet take no bare inches", "The boat is 40ft 6 and fast.", "[40ft] QUANTITY 40 ft si=12.192m; [6] CARDINAL 6");
    // a range in thousands is no score (was dropped as one)
    row("range with a scale suffix", "Crowds of 30-40k gathered.", "[30-40k] CARDINAL from=30000 to=40000");
    row("range of grouped thousands", "Crowds of 30,000-40,000 gathered.", "[30,000-40,000] CARDINAL from=30000 to=40000");
    row("years and months", "He served 3 years and 2 months.", "[3 years and 2 months] DURATION 3.16666666666667 P3Y2M year");
    row("days and hours", "within 2 days 5 hours", "[2 days 5 hours] DURATION 2.20833333333333 P2DT5H day");
    row("more minutes than an hour has", "2 hours 90 minutes", "[2 hours] DURATION 2 PT2H hour; [90 minutes] DURATION 90 PT90M minute");
    row("vulgar fraction", "It took 2\xC2\xBD years.", "[2\xC2\xBD years] DURATION 2.5 P2.5Y year");
    row("square feet at a sentence end", "The flat is 3,000 sq ft. It sold.", "[3,000 sq ft] QUANTITY 3000 ft\xC2\xB2 si=278.70912m\xC2\xB2");
    // a temperature range written as one token
    row("temperature range", "Highs of 25-28C are forecast.", "[25-28C] QUANTITY °C from=25 to=28");
    row("plus apart is arithmetic", "2 + 2", "[2] CARDINAL 2; [2] CARDINAL 2");

    // durations
    row("days", "three days", "[three days] DURATION 3 P3D day");
    row("two-year", "a two-year deal", "[two-year] DURATION 2 P2Y year");
    row("digit-year", "a 10-year plan", "[10-year] DURATION 10 P10Y year");
    row("hours", "for 48 hours", "[48 hours] DURATION 48 PT48H hour");
    row("minutes", "30 minutes", "[30 minutes] DURATION 30 PT30M minute");
    row("seconds", "90 seconds", "[90 seconds] DURATION 90 PT90S second");
    row("weeks", "two weeks", "[two weeks] DURATION 2 P2W week");
    row("months", "six months", "[six months] DURATION 6 P6M month");
    row("decades", "two decades", "[two decades] DURATION 2 P20Y decade");
    row("fractional years", "1.5 years", "[1.5 years] DURATION 1.5 P1.5Y year");
    row("age", "a 50-year-old man", "[50-year-old] DURATION 50 P50Y year");
    row("duration range", "3-5 days", "[3-5 days] DURATION day from=3 to=5 isoFrom=P3D isoTo=P5D");
    row("or range of a duration", "one or two months", "[one or two months] DURATION month from=1 to=2 isoFrom=P1M isoTo=P2M");
    row("or range of a count", "three or four cups a day", "[three or four] CARDINAL cups from=3 to=4 per=P1D");
    row("or between choices is no range", "choose option 1 or 2", "[1] CARDINAL 1; [2] CARDINAL 2");
    row("or more is no range", "one or more days", "[one or more] CARDINAL 1 days mod=≥");
    row("or range of times", "He ate three or four times a day.", "[three or four] CARDINAL times from=3 to=4 per=P1D");
    row("abbreviated unit with its period", "The shoe weighs 7.9 oz. and costs more.", "[7.9 oz.] QUANTITY 7.9 oz si=0.2239612326875kg");
    row("over days", "over 3 days", "[over 3 days] DURATION 3 P3D day mod=>");
    row("over days after for", "They fought for over 3 days.", "[over 3 days] DURATION 3 P3D day mod=>");
    row("over years across them", "Prices rose 20% over two years.", "[20%] PERCENT 20 %; [two years] DURATION 2 P2Y year");
    row("vague years", "The talks dragged on for several years.", "[several years] DURATION PXY year approx");
    row("a few hours", "It took a few hours.", "[a few hours] DURATION PTXH hour approx");
    row("multiple decades", "It took multiple decades.", "[multiple decades] DURATION PXDE decade approx");
    row("the past few days", "Prices rose over the past few days.", "[past few days] DURATION PXD day approx");
    row("the coming weeks", "A ruling is expected in the coming weeks.", "[coming weeks] DURATION PXW week approx");
    row("recent months", "Prices fell in recent months.", "[recent months] DURATION PXM month approx");
    row("for decades", "For decades, the town thrived.", "[decades] DURATION PXDE decade approx");
    row("a couple of days", "It took a couple of days.", "[a couple of days] DURATION 2 P2D day approx");
    row("vague years ago", "They met several years ago.", "[several years ago] DATE approx");
    row("vague hundreds of years", "It took several hundred years.", "[several hundred years] DURATION PXY year approx mag=2");
    row("the last days of is no stretch", "In the last days of the empire, it fell.", "");
    row("a day or two", "It could take a day or two.", "[a day or two] DURATION day from=1 to=2 isoFrom=P1D isoTo=P2D");
    row("hours a day", "He works 8 hours a day.", "[8 hours a day] DURATION 8 PT8H hour per=P1D");
    row("school years are no stretch", "Pupils in years 7 and 8 return.", "[7] CARDINAL 7; [8] CARDINAL 8");
    row("days gone by", "In days gone by, the port was busy.", "");
    row("coming months without the", "Prices will rise in coming months.", "[coming months] DURATION PXM month approx");
    row("over years old bounds", "Children over two years old were hurt.", "[over two years] DURATION 2 P2Y year mod=>");
    row("by over years bounds", "It was delayed by over two years.", "[over two years] DURATION 2 P2Y year mod=>");
    row("phased in over years", "The cut will be phased in over three years.", "[three years] DURATION 3 P3Y year");
    row("recorded in over a decade bounds", "the coldest night recorded in over a decade",
        "[over a decade] DURATION 1 P10Y decade mod=>");
    row("in over a decade bounds", "It was the first time in over a decade.", "[first] ORDINAL 1 time; [over a decade] DURATION 1 P10Y decade mod=>");
    row("took over years ago", "Since he took over 2 years ago, sales rose.", "[2 years ago] DATE");
    row("games over seasons", "They won 110 games over two seasons.", "[110] CARDINAL 110 games; [two] CARDINAL 2 seasons");

    // rates: the period is part of the amount, no duration of its own
    row("money a year", "paid $40,000 a year in rent", "[$40,000 a year] MONEY 40000 USD per=P1Y");
    row("money a year or more", "save $180 a year or more", "[$180 a year or more] MONEY 180 USD mod=\xE2\x89\xA5 per=P1Y");
    row("money monthly", "rent of $500 monthly", "[$500 monthly] MONEY 500 USD per=P1M");
    row("money weekly as", "She earns $500 weekly as a cleaner.", "[$500 weekly] MONEY 500 USD per=P1W");
    row("money range a month", "Plans range from $200 to $450 a month.", "[from $200 to $450 a month] MONEY USD from=200 to=450 per=P1M");
    row("count range a day", "between 10 and 20 people a day", "[between 10 and 20] CARDINAL people from=10 to=20 per=P1D");
    row("money per slash year", "costs $20,000/year", "[$20,000/year] MONEY 20000 USD per=P1Y");
    row("percent per year", "growth of 5% per year", "[5% per year] PERCENT 5 % per=P1Y");
    row("count a day after its noun", "3,000 people a day fled", "[3,000] CARDINAL 3000 people per=P1D");
    row("times a week", "three times a week", "[three] CARDINAL 3 times per=P1W");
    row("rate after a compound noun", "he held one press conference a week", "[one] CARDINAL 1 conference per=P1W");
    row("rate after what the noun holds", "she drank 8 glasses of fresh water a day", "[8] CARDINAL 8 glasses per=P1D");
    row("a month ago is a date, no rate", "he paid $5 a month ago", "[$5] MONEY 5 USD; [a month ago] DATE");
    row("a week later is no rate", "two convoys a week later", "[two] CARDINAL 2 convoys; [a week] DURATION 1 P1W week");
    row("a year prior is no rate", "compared with 4.1% a year prior",
        "[4.1%] PERCENT 4.1 %; [a year] DURATION 1 P1Y year");
    row("a year apart is no rate", "10 a year apart", "[10] CARDINAL 10; [a year] DURATION 1 P1Y year");
    row("nothing counted after a rate", "One a day keeps the doctor away.", "[One a day] CARDINAL 1 per=P1D");
    row("rupees abbreviated", "Plans cost Rs. 499 a month.", "[Rs. 499 a month] MONEY 499 INR per=P1M");

    // scales and signs of South Asian news
    row("lakh", "2.5 lakh tonnes of rice", "[2.5 lakh tonnes] QUANTITY 250000 t si=250000000kg");
    row("crore rupees", "Rs 3 crore", "[Rs 3 crore] MONEY 30000000 INR");
    row("taka", "Taka 8,500 a month", "[Taka 8,500 a month] MONEY 8500 BDT per=P1M");
    row("plus sign before a scale", "15+ million users", "[15+ million] CARDINAL 15000000 users mod=≥");
}

void NumberValuesTest::values()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(describeNumbers(text), expected);
}

// Exports print the shortest decimal that reads back as the same double: "$68.1 billion" must
// not come out as 68099999999.99999.
void NumberValuesTest::valuesAreTheWrittenDecimals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("billions") << u8("$68.1 billion") << u8("68100000000");
    QTest::newRow("millions") << u8("1.15 million euros") << u8("1150000");
    QTest::newRow("SI value of a temperature") << u8("46.2C") << u8("si=319.35");
    QTest::newRow("range ends") << u8("$1.1 to 2.3 billion") << u8("from=1100000000 to=2300000000");
    QTest::newRow("a fraction stays the nearest double") << u8("a third of voters") << u8("0.3333333333333333");
}

void NumberValuesTest::valuesAreTheWrittenDecimals()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QList<galley::NumberMention> found = galley::findNumbers(text, QDate(2026, 12, 1));
    QCOMPARE(found.size(), 1);
    const galley::NumberMention &mention = found.front();
    const auto exact = [](double v) { return QString::number(v, 'f', QLocale::FloatingPointShortest); };
    QString described;
    if (expected.startsWith(u"si="))
        described = QStringLiteral("si=") + exact(mention.siValue.value_or(-1));
    else if (expected.startsWith(u"from="))
        described = QStringLiteral("from=%1 to=%2").arg(exact(mention.from.value_or(-1)), exact(mention.to.value_or(-1)));
    else
        described = exact(mention.value.value_or(-1));
    QCOMPARE(described, expected);
}

// "Maria Lopez, 34, who fled": the entity finder names the person; a place or body before the
// count makes no age.
void NumberValuesTest::ageSetOffAfterANamedPerson()
{
    const QString text = u8("Maria Lopez, 34, fled. Jim Bennett (57) stayed. In Leeds, 34, were hurt. Iga Swiatek (1) won.");
    const QList<galley::Token> tokens = galley::tokenize(text);
    const auto entity = [&text](const char *name, galley::EntityType type) {
        const qsizetype start = text.indexOf(u8(name));
        return galley::EntityMention{start, start + qsizetype(qstrlen(name)), type};
    };
    const QList<galley::EntityMention> entities = {entity("Maria Lopez", galley::EntityType::Person),
                                                   entity("Jim Bennett", galley::EntityType::Person),
                                                   entity("Leeds", galley::EntityType::Location),
                                                   entity("Iga Swiatek", galley::EntityType::Person)};
    QStringList described;
    for (const galley::NumberMention &mention : galley::findNumbers(text, tokens, galley::splitSentences(text, tokens), {}, entities))
        described.append(describeMention(text, mention));
    QCOMPARE(described.join(QStringLiteral("; ")),
             u8("[34] DURATION 34 P34Y year; [57] DURATION 57 P57Y year; [34] CARDINAL 34; [1] CARDINAL 1"));
}

QTEST_GUILESS_MAIN(NumberValuesTest)
#include "number_values_test.moc"
