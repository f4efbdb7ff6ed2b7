// Dates and times resolved against the publication date (Thursday 2016-12-15, the seed article's),
// and what is left of them without one.
#include "number_description.h"

#include "detect/numbers/time_zones.h"

#include <QTest>

class NumberDatesTest : public QObject
{
    Q_OBJECT

private slots:
    void resolved_data();
    void resolved();
    void withoutPublicationDate_data();
    void withoutPublicationDate();
    void usZoneInSummer();
    void usZoneLettersAfterFourDigits_data();
    void usZoneLettersAfterFourDigits();
    void usDaylightSavingBounds_data();
    void usDaylightSavingBounds();
};

namespace {

QString u8(const char *utf8) { return QString::fromUtf8(utf8); }

void row(const char *name, const char *text, const char *expected)
{
    QTest::newRow(name) << u8(text) << u8(expected);
}

const QDate kPublished(2016, 12, 15);   // a Thursday

} // namespace

void NumberDatesTest::resolved_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    // month and day
    row("month day", "On December 8, the envoy said so.", "[December 8] DATE 2016-12-08");
    // a day of the month alone, by the tense (were ordinals); "the 15th floor" counts floors
    row("day of this month, past", "Payments arrived on the 5th.", "[5th] DATE 2016-12-05");
    row("day of last month, past", "The vote was held on the 20th.", "[20th] DATE 2016-11-20");
    row("day of next month, future", "Payments will arrive on the 3rd.", "[3rd] DATE 2017-01-03");
    row("floor, not a day", "He lives on the 15th floor.", "[15th] ORDINAL 15 floor");
    row("a day of every month recurs", "The payment is due on the 1st of each month.", "[1st] ORDINAL 1");
    row("month day year", "Syria December 15, 2016.", "[December 15, 2016] DATE 2016-12-15");
    row("day month year", "on 15 December 2016", "[15 December 2016] DATE 2016-12-15");
    row("abbreviated month", "On Dec. 15 he left.", "[Dec. 15] DATE 2016-12-15");
    row("ordinal day of month", "the 8th of December", "[8th of December] DATE 2016-12-08");
    row("earlier month", "On November 30, he told Sputnik.", "[November 30] DATE 2016-11-30");
    row("later month in a past sentence", "On January 5, talks began.", "[January 5] DATE 2016-01-05");
    row("later month in a future sentence", "Talks will resume on January 5.", "[January 5] DATE 2017-01-05");
    row("month and year", "in December 2016", "[December 2016] DATE 2016-12");
    row("month day after a present is", "The election is on November 3.", "[November 3] DATE 2017-11-03");
    row("month day after a present passive", "The festival is held on June 10.", "[June 10] DATE 2017-06-10");
    row("end of a month in the past", "The ratio stood at 13.5% at the end of June.", "[13.5%] PERCENT 13.5 %; [June] DATE 2016-06");
    row("range through", "The tournament runs from March 20 through April 6.",
        "[from March 20 through April 6] DATE 2017-03-20/2017-04-06 isoFrom=2017-03-20 isoTo=2017-04-06");
    row("range to a bare day", "It was held from June 10 to 12.",
        "[from June 10 to 12] DATE 2016-06-10/2016-06-12 isoFrom=2016-06-10 isoTo=2016-06-12");
    row("range from a bare day", "It was held from 10 to 12 June.",
        "[from 10 to 12 June] DATE 2016-06-10/2016-06-12 isoFrom=2016-06-10 isoTo=2016-06-12");
    row("range from a bare day without from", "It was held 10 to 12 June 2015.",
        "[10 to 12 June 2015] DATE 2015-06-10/2015-06-12 isoFrom=2015-06-10 isoTo=2015-06-12");
    row("range between a bare day and a date", "It rained between 3 and 5 March.",
        "[between 3 and 5 March] DATE 2016-03-03/2016-03-05 isoFrom=2016-03-03 isoTo=2016-03-05");
    row("month alone after in", "The siege began in July.", "[July] DATE 2016-07");
    row("month alone in the future", "Elections will be held in March.", "[March] DATE 2017-03");
    row("ISO date", "on 2016-12-15 at dawn", "[2016-12-15] DATE 2016-12-15");
    row("European numeric date", "on 15.12.2016", "[15.12.2016] DATE 2016-12-15");
    row("US numeric date", "on 12/15/2016", "[12/15/2016] DATE 2016-12-15");
    row("day first numeric with slashes", "on 25/12/2016", "[25/12/2016] DATE 2016-12-25");
    row("day range before month", "on 27-29 September 2016", "[27-29 September 2016] DATE isoFrom=2016-09-27 isoTo=2016-09-29");
    row("day range after month", "talks on December 12-14", "[December 12-14] DATE isoFrom=2016-12-12 isoTo=2016-12-14");
    row("invalid day", "February 30", "[February] DATE 2016-02; [30] CARDINAL 30");

    // years, decades, parts of months
    row("since year", "in a state of civil war since 2011", "[since 2011] DATE 2011 isoFrom=2011");
    row("until year", "a mandate until 2018", "[until 2018] DATE 2018 isoTo=2018");
    row("in year", "elected in 2011", "[2011] DATE 2011");
    row("bare year", "The 2011 uprising spread.", "[2011] DATE 2011");
    row("year range", "the 2015-2016 season", "[2015-2016] DATE 2015/2016 isoFrom=2015 isoTo=2016");
    row("between years", "between 2011 and 2016", "[between 2011 and 2016] DATE 2011/2016 isoFrom=2011 isoTo=2016");
    row("decade", "in the 1990s", "[the 1990s] DATE 199 isoFrom=1990 isoTo=1999");
    row("mid-month", "by mid-December", "[mid-December] DATE 2016-12 isoFrom=2016-12-11 isoTo=2016-12-20");
    row("early month", "in early December", "[early December] DATE 2016-12 isoFrom=2016-12-01 isoTo=2016-12-10");
    row("late month", "in late November", "[late November] DATE 2016-11 isoFrom=2016-11-21 isoTo=2016-11-30");
    row("mid-month with year", "in mid-December 2015", "[mid-December 2015] DATE 2015-12 isoFrom=2015-12-11 isoTo=2015-12-20");
    row("early year", "in early 2016", "[early 2016] DATE 2016 isoFrom=2016-01 isoTo=2016-04");

    row("date range", "The talks will run from 21 November to 18 December.",
        "[from 21 November to 18 December] DATE 2017-11-21/2017-12-18 isoFrom=2017-11-21 isoTo=2017-12-18");
    row("date range in the past", "The talks ran from 21 November to 18 December.",
        "[from 21 November to 18 December] DATE 2015-11-21/2015-12-18 isoFrom=2015-11-21 isoTo=2015-12-18");
    row("weekday range", "between Monday and Wednesday, officials said",
        "[between Monday and Wednesday] DATE 2016-12-12/2016-12-14 isoFrom=2016-12-12 isoTo=2016-12-14");
    row("time range", "open from 9 a.m. to 5 p.m.", "[from 9 a.m. to 5 p.m.] TIME 09:00/17:00 isoFrom=09:00 isoTo=17:00");
    row("time range without from", "open 9:30 to 11:30 a.m. daily", "[9:30 to 11:30 a.m.] TIME 09:30/11:30 isoFrom=09:30 isoTo=11:30");
    row("time range in the evening", "runs 9:30 to 11:30 p.m. on Fridays",
        "[9:30 to 11:30 p.m.] TIME 21:30/23:30 isoFrom=21:30 isoTo=23:30");
    // hours with the a.m. or p.m. of the second: they were two counts, or nothing
    row("hour range", "Visiting hours are 2 to 4 p.m. daily.", "[2 to 4 p.m.] TIME 14:00/16:00 isoFrom=14:00 isoTo=16:00");
    row("hour range from", "The parade is from 6 to 8 p.m.", "[from 6 to 8 p.m.] TIME 18:00/20:00 isoFrom=18:00 isoTo=20:00");
    row("hour range in one token", "Open 2-4 p.m. daily.", "[2-4 p.m.] TIME 14:00/16:00 isoFrom=14:00 isoTo=16:00");
    row("hour and minutes range in one token", "The forum is 6:30-8 p.m.",
        "[6:30-8 p.m.] TIME 18:30/20:00 isoFrom=18:30 isoTo=20:00");
    row("hour range between", "Meet between 6 and 8pm.", "[between 6 and 8pm] TIME 18:00/20:00 isoFrom=18:00 isoTo=20:00");
    row("morning to afternoon", "Open 10 to 2 p.m.", "[10 to 2 p.m.] TIME 10:00/14:00 isoFrom=10:00 isoTo=14:00");
    row("start in the evening before", "open from 11 to 1 a.m. on weekends",
        "[from 11 to 1 a.m.] TIME 23:00/01:00 isoFrom=23:00 isoTo=01:00");
    row("noon to afternoon", "Lunch is 12 to 2 p.m.", "[12 to 2 p.m.] TIME 12:00/14:00 isoFrom=12:00 isoTo=14:00");
    // a start with its own half of the day, or on a 24-hour clock, stays where it is
    row("both ends with am and pm in one token", "Polls are open from 7am to 8pm.",
        "[from 7am to 8pm] TIME 07:00/20:00 isoFrom=07:00 isoTo=20:00");
    row("24-hour range", "The curfew runs from 07:00 to 19:00.", "[from 07:00 to 19:00] TIME 07:00/19:00 isoFrom=07:00 isoTo=19:00");
    row("past midnight", "closed from 10 p.m. to 5 a.m.", "[from 10 p.m. to 5 a.m.] TIME 22:00/05:00 isoFrom=22:00 isoTo=05:00");
    row("a score is no hour range", "The score was 2 to 4 in the end.", "[2 to 4] CARDINAL from=2 to=4");
    row("a date and to is no range", "The vote will be Dec. 20 to elect a mayor.", "[Dec. 20] DATE 2016-12-20");
    row("years from to", "from 2011 to 2016", "[from 2011 to 2016] DATE 2011/2016 isoFrom=2011 isoTo=2016");

    // weekdays by tense
    row("weekday of publication", "Assad said Thursday it would be a watershed.", "[Thursday] DATE 2016-12-15");
    row("past weekday", "On Tuesday, the center said the army controlled the city.", "[Tuesday] DATE 2016-12-13");
    row("past weekday after verb", "On Wednesday, the militants violated the agreement.", "[Wednesday] DATE 2016-12-14");
    row("future weekday", "The meeting could be held on Friday.", "[Friday] DATE 2016-12-16");
    row("future weekday with will", "Ministers will meet on Monday.", "[Monday] DATE 2016-12-19");
    row("scheduled present", "Ministers meet on Monday in Geneva.", "[Monday] DATE 2016-12-19");
    row("is to", "The talks are to resume on Tuesday.", "[Tuesday] DATE 2016-12-20");
    row("date an election is called for", "The premier called a snap election for December 23.", "[December 23] DATE 2016-12-23");
    row("date a hearing is set for", "Judge Merchan set sentencing for Dec. 20.", "[Dec. 20] DATE 2016-12-20");
    row("a call on a date stays past", "Police called for calm on December 5.", "[December 5] DATE 2016-12-05");
    row("a record set for a day stays past", "Retail sales set a record for December 5.", "[December 5] DATE 2016-12-05");
    row("a month after a scheduling word far before stays past",
        "The company, which moved its offices, reported record sales for October.", "[October] DATE 2016-10");
    row("voters go to the polls", "Voters go to the polls on Sunday.", "[Sunday] DATE 2016-12-18");
    row("future before an attribution", "The suspect will appear in court on Monday, police said.", "[Monday] DATE 2016-12-19");
    row("past before an attribution", "The suspect was arrested on Monday, police said.", "[Monday] DATE 2016-12-12");
    row("present in a headline is past", "Syria Talks Resume On Tuesday", "[Tuesday] DATE 2016-12-13");
    row("past weekday without marker", "Clashes on Sunday", "[Sunday] DATE 2016-12-11");
    row("deadline weekday", "The deadline is Friday.", "[Friday] DATE 2016-12-16");
    row("weekday after must", "Lawmakers must pass the budget before Friday.", "[Friday] DATE 2016-12-16");
    row("weekday after a present state", "Schools are closed until Friday.", "[until Friday] DATE 2016-12-16 isoTo=2016-12-16");
    row("weekday after stay closed", "Officials said the road would stay closed until Saturday.",
        "[until Saturday] DATE 2016-12-17 isoTo=2016-12-17");
    row("weekday as a present subject stays past", "The attack on Tuesday is the deadliest.", "[Tuesday] DATE 2016-12-13");
    row("weekday after an irregular past", "Police say the suspect fled on Tuesday.", "[Tuesday] DATE 2016-12-13");
    // a time between the present and the day does not make it past
    row("weekday after a time in a present", "Kick-off is at 3pm on Saturday.", "[3pm] TIME 15:00; [Saturday] DATE 2016-12-17");
    row("weekday after a time and its zone", "The launch is at 10:00 AEST on Friday.",
        "[10:00 AEST] TIME 10:00+10:00 AEST; [Friday] DATE 2016-12-16");
    row("weekday after a time in the past", "The launch was at 10:00 on Friday.", "[10:00] TIME 10:00; [Friday] DATE 2016-12-09");
    // what starts on a day
    row("take effect from a day", "The changes take effect from April 1.", "[April 1] DATE 2017-04-01");
    row("from a day with no past", "The tax rises from April 6.", "[April 6] DATE 2017-04-06");
    row("from a day in the past", "The tax rose from April 6.", "[April 6] DATE 2016-04-06");
    row("what comes from a month", "Data from March show a rise.", "[March] DATE 2016-03");
    row("an infinitive before the day", "The council voted to close the library in March.", "[March] DATE 2017-03");
    row("an amount between a present and its day", "Stocks are 1% lower Tuesday.", "[1%] PERCENT 1 %; [Tuesday] DATE 2016-12-13");
    row("an infinitive after a past", "Arsenal won 3-1 on Saturday to go five points clear.",
        "[3] CARDINAL 3; [1] CARDINAL 1; [Saturday] DATE 2016-12-10; [five] CARDINAL 5 points");
    row("months across the new year, under way", "The season runs from September to May.",
        "[from September to May] DATE 2016-09/2017-05 isoFrom=2016-09 isoTo=2017-05");
    row("the noun will", "The season runs from September to May, against the will of fans.",
        "[from September to May] DATE 2016-09/2017-05 isoFrom=2016-09 isoTo=2017-05");
    row("months across the new year, ahead", "The season will run from October to February.",
        "[from October to February] DATE 2017-10/2018-02 isoFrom=2017-10 isoTo=2018-02");
    row("the month May is no verb", "It was the top show from March through May.",
        "[from March through May] DATE 2016-03/2016-05 isoFrom=2016-03 isoTo=2016-05");
    row("an infinitive alone is ahead", "The Living Room to close in November.", "[November] DATE 2017-11");
    row("months across the new year, behind", "The season ran from September to May.",
        "[from September to May] DATE 2015-09/2016-05 isoFrom=2015-09 isoTo=2016-05");
    row("since a weekday after a present", "It is the first rise since Monday.", "[first] ORDINAL 1 rise; [since Monday] DATE 2016-12-12 isoFrom=2016-12-12");
    row("since a month after a present", "This is the first cut since March.", "[first] ORDINAL 1 cut; [since March] DATE 2016-03 isoFrom=2016-03");
    row("from a month after a present", "Sales are down 3% from January.", "[3%] PERCENT 3 %; [January] DATE 2016-01");
    row("present far from the weekday stays past", "Police are investigating a shooting on Sunday.", "[Sunday] DATE 2016-12-11");
    row("present before a possessive weekday", "Investors are nervous after Monday's selloff.", "[Monday] DATE 2016-12-12");
    row("irregular past before until", "He taught at the school until January.", "[until January] DATE 2016-01 isoTo=2016-01");
    row("scheduled present votes", "The Senate votes on Monday.", "[Monday] DATE 2016-12-19");
    row("headline set for", "Talks set for Monday", "[Monday] DATE 2016-12-19");
    row("weekdays through without from", "The sale runs Monday through Friday.",
        "[Monday through Friday] DATE 2016-12-19/2016-12-23 isoFrom=2016-12-19 isoTo=2016-12-23");
    row("weekday range ends after its start", "Flights are suspended from Friday until Tuesday.",
        "[from Friday until Tuesday] DATE 2016-12-16/2016-12-20 isoFrom=2016-12-16 isoTo=2016-12-20");
    row("bare day through", "The festival runs June 5 through 9.", "[June 5 through 9] DATE 2017-06-05/2017-06-09 isoFrom=2017-06-05 isoTo=2017-06-09");
    row("her last night is no date", "It was her last night in Paris.", "");
    row("told her last night", "Police told her last night that it was over.", "[last night] DATE 2016-12-14");
    row("present before from that starts", "Tickets are available from Friday.", "[Friday] DATE 2016-12-16");
    row("present before the end of a month", "Schools are closed until the end of June.", "[June] DATE 2017-06");
    row("headline slated for", "Talks slated for Monday", "[Monday] DATE 2016-12-19");
    row("film title is no date", "The film Last Night in Soho topped the charts.", "");
    row("tonight", "Talks resume tonight.", "[tonight] DATE 2016-12-15");
    row("last night", "Police said last night that", "[last night] DATE 2016-12-14");
    row("this morning", "He arrived this morning.", "[this morning] DATE 2016-12-15");
    row("yesterday afternoon", "It fell yesterday afternoon.", "[yesterday afternoon] DATE 2016-12-14");
    row("the day after tomorrow", "It opens the day after tomorrow.", "[the day after tomorrow] DATE 2016-12-17");
    row("last weekday", "last Friday", "[last Friday] DATE 2016-12-09");
    row("last weekday on the same day", "last Thursday", "[last Thursday] DATE 2016-12-08");
    row("next weekday", "next Thursday", "[next Thursday] DATE 2016-12-22");

    // relative dates
    row("yesterday", "He left yesterday.", "[yesterday] DATE 2016-12-14");
    row("today", "today", "[today] DATE 2016-12-15");
    row("tomorrow", "tomorrow", "[tomorrow] DATE 2016-12-16");
    row("last week", "last week", "[last week] DATE 2016-W49");
    row("this week", "this week", "[this week] DATE 2016-W50");
    row("next month", "next month", "[next month] DATE 2017-01");
    row("last year", "last year", "[last year] DATE 2015");
    // a day and month with the year counted from the day of writing are one date
    row("day and month next year", "The vote is due on March 14 next year.", "[March 14 next year] DATE 2017-03-14");
    row("day first, last year", "It opened on 2 May last year.", "[2 May last year] DATE 2015-05-02");
    row("month next year", "Work starts in June next year.", "[June next year] DATE 2017-06");
    row("day and month this year", "It came on March 3 this year.", "[March 3 this year] DATE 2016-03-03");
    // a stretch up to or from the day of writing is a duration, not the calendar year before
    row("over the past year", "Prices rose over the past year.", "[past year] DURATION 1 P1Y year");
    row("in the last month", "In the last month, sales fell.", "[last month] DURATION 1 P1M month");
    row("for the next week", "He stays for the next week.", "[next week] DURATION 1 P1W week");
    row("the last year of a term is no date", "It was the last year of his term.", "");
    row("the last year of, after in", "In the last year of his presidency, he traveled.", "");
    row("the next year's", "in the next year's budget", "[next year] DATE 2017");
    row("past quarter", "Profits fell in the past quarter.", "[past quarter] DURATION 1 P3M quarter");
    row("last hour", "Within the last hour, two quakes hit.", "[last hour] DURATION 1 PT1H hour; [two] CARDINAL 2 quakes");
    // a year before a noun names it
    row("year before a plural noun", "Voters went to the polls in the 2024 elections.", "[2024] DATE 2024");
    row("year before a name", "Fans await the 2026 Winter Olympics.", "[2026] DATE 2026");
    row("year before a place and an event", "The 2024 Paris Olympics opened.", "[2024] DATE 2024");
    row("year drawing to a close", "As 2025 draws to a close, fans wait.", "[2025] DATE 2025");
    row("a count that looks like a year", "Police moved 2011 civilians to safety.", "[2011] CARDINAL 2011 civilians");
    row("a count after the", "The 2000 residents who were evacuated returned.", "[2000] CARDINAL 2000 residents");
    row("a count of a capitalised noun", "The Pentagon sent 1500 Marines.", "[1500] CARDINAL 1500 Marines");
    row("a count after a nationality", "2000 Israeli soldiers left.", "[2000] CARDINAL 2000 soldiers");
    row("a count too far back to be a year", "It will cut the 1500 jobs it supports.", "[1500] CARDINAL 1500 jobs");
    // before calendars: no ISO date; before year 1000: four digits
    row("half a billion years ago", "Life began half a billion years ago.", "[half a billion years ago] DATE");
    row("1,500 years ago", "Rome fell 1,500 years ago.", "[1,500 years ago] DATE 0516");
    row("last month name", "last March", "[last March] DATE 2016-03");
    row("days ago", "three days ago", "[three days ago] DATE 2016-12-12");
    row("years ago", "two years ago", "[two years ago] DATE 2014");
    row("a fortnight ago", "They met a fortnight ago.", "[a fortnight ago] DATE 2016-12-01");
    row("a century ago", "It was built a century ago.", "[a century ago] DATE 1916");
    row("the week before last", "Talks resumed the week before last.", "[the week before last] DATE 2016-W48");
    row("the year before last", "Sales fell the year before last.", "[the year before last] DATE 2014");
    row("the month after next", "It opens the month after next.", "[the month after next] DATE 2017-02");
    row("months ago", "six months ago", "[six months ago] DATE 2016-06");
    row("a year ago", "a year ago", "[a year ago] DATE 2015");
    row("more than years ago is before", "It began more than 40 years ago.", "[more than 40 years ago] DATE 1976 mod=<");
    row("less than a decade ago is after", "It began less than a decade ago.", "[less than a decade ago] DATE 2006 mod=>");
    row("dash between dates", "The sale ran November 26 \u2013 December 3, 2015.",
        "[November 26 \u2013 December 3, 2015] DATE 2015-11-26/2015-12-03 isoFrom=2015-11-26 isoTo=2015-12-03");
    row("dash between dates over new year", "The sale ran December 26 \u2013 January 3, 2016.",
        "[December 26 \u2013 January 3, 2016] DATE 2015-12-26/2016-01-03 isoFrom=2015-12-26 isoTo=2016-01-03");
    row("year written once after to", "It ran from March 2 to April 5, 2014.",
        "[from March 2 to April 5, 2014] DATE 2014-03-02/2014-04-05 isoFrom=2014-03-02 isoTo=2014-04-05");
    row("quarter of a year", "Profit rose in the first quarter of 2016.", "[first quarter of 2016] DATE 2016-01/2016-03 isoFrom=2016-01 isoTo=2016-03");
    row("Q and year", "In Q3 2015 sales fell.", "[Q3 2015] DATE 2015-07/2015-09 isoFrom=2015-07 isoTo=2015-09");
    // weekends, seasons and holidays, by the words before them or the tense (were missed)
    row("the weekend, past", "Fans gathered at the weekend.", "[weekend] DATE 2016-W49-WE");
    row("the weekend, future", "They will meet at the weekend.", "[weekend] DATE 2016-W50-WE");
    row("next weekend", "It opens next weekend.", "[next weekend] DATE 2016-W51-WE");
    row("weekend as an adjective", "Weekend trips rose.", "");
    row("last spring", "Sales fell last spring.", "[last spring] DATE 2016-SP");
    row("in the summer, future", "Prices will rise in the summer.", "[summer] DATE 2017-SU");
    row("a season and its year", "In the winter of 2014 it snowed.", "[winter of 2014] DATE 2014-WI");
    row("fall, the verb", "Prices fall every year.", "");
    row("Christmas, past", "We met at Christmas.", "[Christmas] DATE 2015-12-25");
    row("Christmas, future", "We will meet at Christmas.", "[Christmas] DATE 2016-12-25");
    row("Easter, past", "Easter was early.", "[Easter] DATE 2016-03-27");
    row("New Year's Day, future", "It will open on New Year's Day.", "[New Year's Day] DATE 2017-01-01");
    row("a holiday naming something else", "Christmas shopping rose. The Easter Rising began.", "");
    // a present of habit names no one date; a weekend describing a noun is none
    row("a season of habit", "Prices usually rise in the summer.", "");
    row("a weekend of habit", "Most fires happen at the weekend.", "");
    row("a weekend describing a noun", "The weekend edition sold out.", "");
    row("a holiday every year", "Every Christmas, the family gathers.", "");
    row("a day of the month in the present: the nearest", "The anniversary falls on the 17th.", "[17th] DATE 2016-12-17");
    row("a year before a crisis", "The 2008 financial crisis hit banks hard.", "[2008] DATE 2008");
    // a level is no time, nor a vote or odds a clock
    row("a level after stood at", "Unemployment stood at 4.15 million.", "[4.15 million] CARDINAL 4150000");
    row("a price after closed at", "Shares closed at 18.30, up 2%.", "[18.30] CARDINAL 18.3; [2%] PERCENT 2 %");
    row("points after opened at", "The index opened at 23.45 points.", "[23.45] CARDINAL 23.45 points");
    row("a vote", "The court ruled five to four.", "[five] CARDINAL 5; [four] CARDINAL 4");
    row("minutes to an hour, told", "We met at ten to five.", "[ten to five] TIME 04:50");
    // halves of a year and years written across two ("2023/24" was missed)
    row("H and year", "Profits in H1 2016 rose.", "[H1 2016] DATE 2016-01/2016-06 isoFrom=2016-01 isoTo=2016-06");
    row("half of a year", "in the second half of 2015", "[second half of 2015] DATE 2015-07/2015-12 isoFrom=2015-07 isoTo=2015-12");
    row("half of a match", "The first half ended.", "[first] ORDINAL 1 half");
    row("fiscal year with a slash", "The budget for 2015/16 was cut.", "[2015/16] DATE 2015/2016 isoFrom=2015 isoTo=2016");
    row("a quarter without its year is an ordinal", "in the third quarter", "[third] ORDINAL 3 quarter");
    row("a quarter of a game stays an ordinal", "He scored in the third quarter.", "[third] ORDINAL 3 quarter");
    row("a quarter of accounts without its year", "Profits fell in the third quarter.",
        "[third quarter] DATE 2016-07/2016-09 isoFrom=2016-07 isoTo=2016-09");
    row("Q alone, past", "Sales rose in Q4.", "[Q4] DATE 2016-10/2016-12 isoFrom=2016-10 isoTo=2016-12");
    row("Q alone, ahead", "Sales will rise in Q1.", "[Q1] DATE 2017-01/2017-03 isoFrom=2017-01 isoTo=2017-03");
    row("Q alone with subscribers", "Netflix added 8 million subscribers in Q4.",
        "[8 million] CARDINAL 8000000 subscribers; [Q4] DATE 2016-10/2016-12 isoFrom=2016-10 isoTo=2016-12");
    row("Q before an acronym", "Q3 GDP rose 0.5%.", "[Q3] DATE 2016-07/2016-09 isoFrom=2016-07 isoTo=2016-09; [0.5%] PERCENT 0.5 %");
    row("a spelled quarter of output", "Factory output shrank in the third quarter.",
        "[third quarter] DATE 2016-07/2016-09 isoFrom=2016-07 isoTo=2016-09");
    row("Q of a qualifying session is no date", "Hamilton was knocked out in Q2 on Saturday.", "[Saturday] DATE 2016-12-10");
    row("Q in a model's name is no date", "Audi will launch the Q4 e-tron in its sales push.", "");
    row("a game's quarter near a word of accounts is no date", "The Celtics extended the margin in the fourth quarter.",
        "[fourth] ORDINAL 4 quarter");
    // a weekday counted in its month
    row("first weekday in a month, past", "The party met on the first Monday in May.", "[first Monday in May] DATE 2016-05-02");
    row("first weekday in a month, ahead", "The vote will be on the first Tuesday in November.",
        "[first Tuesday in November] DATE 2017-11-07");
    row("first weekday in a month, present", "The first Monday in May is a holiday.", "[first Monday in May] DATE 2017-05-01");
    row("last weekday of a month and year", "It was held on the last Thursday of November 2015.",
        "[last Thursday of November 2015] DATE 2015-11-26");
    row("no fifth weekday in the month", "on the fifth Monday in February 2015", "[fifth Monday in February 2015] DATE");
    row("life span with spaced dash", "John Smith (1955 - 2018) was a poet.", "[1955 - 2018] DATE 1955/2018 isoFrom=1955 isoTo=2018");
    // halves and quarters of a year written relative to the day of writing (were ordinals)
    row("half of the year", "Sales rose in the second half of the year.",
        "[second half of the year] DATE 2016-07/2016-12 isoFrom=2016-07 isoTo=2016-12");
    row("quarter of last year", "Profits fell in the first quarter of last year.",
        "[first quarter of last year] DATE 2015-01/2015-03 isoFrom=2015-01 isoTo=2015-03");
    row("Q and next year", "The plant opens in Q3 next year.", "[Q3 next year] DATE 2017-07/2017-09 isoFrom=2017-07 isoTo=2017-09");
    row("H and last year", "Sales in H2 last year fell.", "[H2 last year] DATE 2015-07/2015-12 isoFrom=2015-07 isoTo=2015-12");
    row("the year the sentence names", "In 2014, sales rose in the first half of the year.",
        "[2014] DATE 2014; [first half of the year] DATE 2014-01/2014-06 isoFrom=2014-01 isoTo=2014-06");
    row("half of last year's final", "Messi scored in the first half of last year's final.", "[first] ORDINAL 1 half; [last year] DATE 2015");

    // decades in two digits, and parts of decades (were missed, or the bare decade)
    row("decade with an apostrophe", "Music of the '90s returned.", "[the '90s] DATE 199 isoFrom=1990 isoTo=1999");
    row("decade with a curly apostrophe", "Music of the \u201990s returned.", "[the \u201990s] DATE 199 isoFrom=1990 isoTo=1999");
    row("two digits after the are no decade", "Her approval rating has been in the 40s for months.",
        "[months] DURATION PXM month approx");
    row("two digits after a part are no decade", "It will be sunny and in the mid-70s.", "");
    row("two-digit decade after a repeated the", "Prices doubled between the 1890s and the '90s.",
        "[the 1890s] DATE 189 isoFrom=1890 isoTo=1899; [the '90s] DATE 199 isoFrom=1990 isoTo=1999");
    row("two-digit decade after a four-digit one", "in the 1960s and 70s",
        "[the 1960s] DATE 196 isoFrom=1960 isoTo=1969; [70s] DATE 197 isoFrom=1970 isoTo=1979");
    row("two-digit decade not after the day of writing", "in the '20s", "[the '20s] DATE 192 isoFrom=1920 isoTo=1929");
    row("two-digit decade of this century", "in the '10s", "[the '10s] DATE 201 isoFrom=2010 isoTo=2019");
    row("late decade", "in the late 1990s", "[the late 1990s] DATE 199 isoFrom=1997 isoTo=1999");
    row("mid decade with an apostrophe", "in the mid-'80s", "[the mid-'80s] DATE 198 isoFrom=1984 isoTo=1986");
    row("early decade in one word", "since the early-2000s", "[the early-2000s] DATE 200 isoFrom=2000 isoTo=2003");
    row("temperatures in the 70s", "Highs will be in the 70s.", "");

    // named days: holidays that fall on a weekday were read as the weekday (Black Friday as Friday)
    row("Black Friday, past", "Shops saw record sales on Black Friday.", "[Black Friday] DATE 2016-11-25");
    row("Cyber Monday, future", "Deals will return on Cyber Monday.", "[Cyber Monday] DATE 2017-11-27");
    row("Election Day", "Voters went to the polls on Election Day.", "[Election Day] DATE 2016-11-08");
    row("Memorial Day", "He spoke on Memorial Day.", "[Memorial Day] DATE 2016-05-30");
    row("Ash Wednesday", "Lent began on Ash Wednesday.", "[Ash Wednesday] DATE 2016-02-10");
    row("St. Patrick's Day", "The parade was held on St. Patrick's Day.", "[St. Patrick's Day] DATE 2016-03-17");
    row("Fourth of July", "Fireworks lit the sky on the Fourth of July.", "[Fourth of July] DATE 2016-07-04");
    // a holiday in a sentence whose tense says nothing is the nearest one (was last year's)
    row("a holiday in the present", "Christmas is a time for family.", "[Christmas] DATE 2016-12-25");
    row("a said far from the holiday tells no tense", "Officials said the traffic usually peaks at Christmas.",
        "[Christmas] DATE 2016-12-25");
    row("Election Day is awaited", "Election Day is a holiday in some states.", "[Election Day] DATE 2017-11-07");
    row("a present perfect tells no past", "Early voting has increased ahead of Christmas.", "[Christmas] DATE 2016-12-25");
    row("a past verb among words before", "Shoppers spent $3 billion on Cyber Monday.",
        "[$3 billion] MONEY 3000000000 USD; [Cyber Monday] DATE 2016-11-28");
    row("a Monday holiday's weekend is the one before", "Sales rose over the Fourth of July weekend.", "[Fourth of July weekend] DATE 2016-W26-WE");
    row("a Tuesday holiday's weekend is the one before", "Crowds gathered over the Australia Day weekend.",
        "[Australia Day weekend] DATE 2016-W03-WE");
    row("Inauguration Day, every fourth year", "He will be sworn in on Inauguration Day.", "[Inauguration Day] DATE 2017-01-20");
    row("Inauguration Day of a year without one", "Inauguration Day 2016", "[2016] DATE 2016");
    // a holiday's weekend: Easter's, the one before a Monday, the one after a Thursday
    row("Labor Day weekend", "Traffic was heavy over the Labor Day weekend.", "[Labor Day weekend] DATE 2016-W35-WE");
    row("Easter weekend, future", "They will travel over Easter weekend.", "[Easter weekend] DATE 2017-W15-WE");
    row("Thanksgiving weekend", "Sales rose over Thanksgiving weekend.", "[Thanksgiving weekend] DATE 2016-W47-WE");

    // times
    row("time with zone", "03:31 GMT", "[03:31 GMT] TIME 03:31Z GMT");
    row("time with seconds", "at 14:05:10 UTC", "[14:05:10 UTC] TIME 14:05:10Z UTC");
    row("Moscow time", "at 8pm MSK", "[8pm MSK] TIME 20:00+03:00 MSK");
    row("p.m.", "at 2 p.m.", "[2 p.m.] TIME 14:00");
    row("a.m. local time", "at 9 a.m. local time", "[9 a.m. local time] TIME 09:00 local time");
    row("four digits before local time", "The blast occurred at 0200 local time.", "[0200 local time] TIME 02:00 local time");
    row("a year before local time", "In 2016 local time zones changed.", "[2016] DATE 2016");
    row("a place's time", "The drone struck at 3:40 a.m. Kyiv time.", "[3:40 a.m. Kyiv time] TIME 03:40 Kyiv time");
    row("EST ending a sentence", "The rocket lifted off at 12:30 p.m. EST. It landed.", "[12:30 p.m. EST] TIME 12:30-05:00 EST");
    row("Australian eastern time", "at 19:45 AEDT", "[19:45 AEDT] TIME 19:45+11:00 AEDT");
    row("decimal am", "at 10.30am", "[10.30am] TIME 10:30");
    // the clock told in words (were counts and fractions)
    row("half past", "They left at half past six.", "[half past six] TIME 06:30");
    row("quarter to", "We met at a quarter to nine.", "[a quarter to nine] TIME 08:45");
    row("minutes past, pm", "It is ten past five pm.", "[ten past five pm] TIME 17:10");
    row("a range of people is no time", "Five to ten people came.", "[Five to ten] CARDINAL people from=5 to=10");
    // 24-hour times with a dot (were counts: 18.3)
    row("dotted time after at", "The train departs at 18.30.", "[18.30] TIME 18:30");
    row("dotted time with zone", "Polls close at 22.00 GMT.", "[22.00 GMT] TIME 22:00Z GMT");
    row("dotted time, local", "It came at 17.00 local time.", "[17.00 local time] TIME 17:00 local time");
    row("a price off the quarter hour", "Shares closed at 18.37.", "[18.37] CARDINAL 18.37");
    row("an amount on the quarter hour", "It traded at 18.30 euros.", "[18.30 euros] MONEY 18.3 EUR");
    row("midnight as 12 a.m.", "at 12 a.m.", "[12 a.m.] TIME 00:00");
    row("noon as 12 p.m.", "12 p.m.", "[12 p.m.] TIME 12:00");
    row("noon", "at noon", "[noon] TIME 12:00");
    row("midnight", "after midnight", "[midnight] TIME 00:00");
    row("four digits before a zone", "at 1400 GMT", "[1400 GMT] TIME 14:00Z GMT");
    row("four digits without a zone are a year", "in 1400", "[1400] DATE 1400");
    row("time without zone", "at 21:40", "[21:40] TIME 21:40");
    row("approximate time", "at about 03:00 GMT", "[about 03:00 GMT] TIME 03:00Z GMT mod=≈");
    // the part of the day after a clock time tells morning from evening (8:15 tonight was 08:15;
    // "at 8 tonight", "seven o'clock", "at 8.15 in the evening" were counts)
    row("colon time tonight", "The show is at 8:15 tonight.", "[8:15] TIME 20:15; [tonight] DATE 2016-12-15");
    row("bare hour tonight", "The rally starts at eight tonight.", "[eight] TIME 20:00; [tonight] DATE 2016-12-15");
    row("bare hour this morning", "The meeting started at 10 this morning.", "[10] TIME 10:00; [this morning] DATE 2016-12-15");
    row("opened at an hour may be a price", "Shares opened at 10 this morning.", "[10] CARDINAL 10; [this morning] DATE 2016-12-15");
    row("hour in the afternoon", "It ended at 3 in the afternoon.", "[3 in the afternoon] TIME 15:00");
    row("dotted hour in the evening", "He left at 8.15 in the evening.", "[8.15 in the evening] TIME 20:15");
    row("dotted hour tonight after is", "The vote is at 7.30 tonight.", "[7.30] TIME 19:30; [tonight] DATE 2016-12-15");
    row("late at night", "Shots rang out at 11 at night.", "[11 at night] TIME 23:00");
    row("early at night", "Shots rang out at 2 at night.", "[2 at night] TIME 02:00");
    row("12 in the morning", "at 12:30 in the morning", "[12:30 in the morning] TIME 00:30");
    row("on a weekday evening", "They meet at 6 on Monday evening.", "[6] TIME 18:00; [Monday] DATE 2016-12-19");
    row("o'clock in words", "We meet at seven o'clock.", "[seven o'clock] TIME 07:00");
    row("clock phrase in the evening", "They met at half past six in the evening.", "[half past six in the evening] TIME 18:30");
    row("a level this morning is no time", "The pound was at 1.25 this morning.", "[1.25] CARDINAL 1.25; [this morning] DATE 2016-12-15");
    row("a count this morning is no time", "The toll rose to 8 this morning.", "[8] CARDINAL 8; [this morning] DATE 2016-12-15");
    row("hour range in the evening", "Doors open from 6 to 8 in the evening.",
        "[from 6 to 8 in the evening] TIME 18:00/20:00 isoFrom=18:00 isoTo=20:00");
    row("hour range tonight", "Polls open between 7 and 9 tonight.",
        "[between 7 and 9] TIME 19:00/21:00 isoFrom=19:00 isoTo=21:00; [tonight] DATE 2016-12-15");
    row("hour range across midnight", "The bar opens from 11 to 2 at night.",
        "[from 11 to 2 at night] TIME 23:00/02:00 isoFrom=23:00 isoTo=02:00");
    row("dotted hour range", "Open from 6.30 to 8 p.m.", "[from 6.30 to 8 p.m.] TIME 18:30/20:00 isoFrom=18:30 isoTo=20:00");
    // counts and levels before a part of the day (a review found each read as a time)
    row("a level at an hour this morning", "The death toll stood at 12 this morning.", "[12] CARDINAL 12; [this morning] DATE 2016-12-15");
    row("by a count this morning", "Shares fell by 5 this morning.", "[5] CARDINAL 5; [this morning] DATE 2016-12-15");
    row("an hour the afternoon has not", "It ended at 9 in the afternoon.", "[9] CARDINAL 9");
    row("a range of counts in the afternoon", "Highs will reach 7 to 10 in the afternoon.", "[7 to 10] CARDINAL from=7 to=10");
    row("a price in the morning", "The pound was at 1.25 in the morning.", "[1.25] CARDINAL 1.25");
    row("last goes with the noun after it", "In the week before last month's vote, polls moved.", "[last month] DATE 2016-11");
    row("a count range this morning is no time", "It rose from 6 to 8 this morning.",
        "[from 6 to 8] CARDINAL from=6 to=8; [this morning] DATE 2016-12-15");
    // US zones that follow daylight saving time (were missed): standard time in December
    row("Eastern time abbreviated", "Polls close at 8 p.m. ET.", "[8 p.m. ET] TIME 20:00-05:00 ET");
    row("Pacific Time spelled", "at 5 p.m. Pacific Time", "[5 p.m. Pacific Time] TIME 17:00-08:00 Pacific Time");
    row("a zone's name naming a place", "at 6 p.m. Central Park", "[6 p.m.] TIME 18:00");
    row("a zone's name before a day", "at 9 p.m. Eastern on Monday", "[9 p.m. Eastern] TIME 21:00-05:00 Eastern; [Monday] DATE 2016-12-12");
    row("a zone spelled with its season", "at 9 p.m. Eastern Daylight Time", "[9 p.m. Eastern Daylight Time] TIME 21:00-04:00 Eastern Daylight Time");
    row("a zone after a range of hours holds for both ends", "Polls are open from 6 to 8 p.m. ET.",
        "[from 6 to 8 p.m. ET] TIME 18:00-05:00/20:00-05:00 ET isoFrom=18:00-05:00 isoTo=20:00-05:00");
    row("modifier words before a date stay out", "twice as many as last month", "[last month] DATE 2016-11");
    row("not a time", "a 13 p.m. slot", "[13] CARDINAL 13");
}

void NumberDatesTest::resolved()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(describeNumbers(text, kPublished), expected);
}

void NumberDatesTest::withoutPublicationDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    row("month day is partial ISO", "On December 8, he left.", "[December 8] DATE --12-08");
    row("month alone is partial ISO", "in December", "[December] DATE --12");
    row("full date stays", "December 15, 2016", "[December 15, 2016] DATE 2016-12-15");
    row("weekday has no value", "said Thursday", "[Thursday] DATE");
    row("relative date has no value", "last week", "[last week] DATE");
    row("ago has no value", "three days ago", "[three days ago] DATE");
    row("mid-month", "mid-December", "[mid-December] DATE --12");
    row("year stays", "since 2011", "[since 2011] DATE 2011 isoFrom=2011");
    row("holiday has no value", "on Black Friday", "[Black Friday] DATE");
    row("half of the year has no value", "in the second half of the year", "[second half of the year] DATE");
    row("two-digit decade of the last century", "in the '90s", "[the '90s] DATE 199 isoFrom=1990 isoTo=1999");
    row("two-digit decade of this century", "in the '00s", "[the '00s] DATE 200 isoFrom=2000 isoTo=2009");
    row("US zone has no offset", "at 8 p.m. ET", "[8 p.m. ET] TIME 20:00 ET");
}

void NumberDatesTest::withoutPublicationDate()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(describeNumbers(text), expected);
}

void NumberDatesTest::usZoneInSummer()
{
    QCOMPARE(describeNumbers(u8("Polls close at 8 p.m. ET."), QDate(2016, 7, 1)), u8("[8 p.m. ET] TIME 20:00-04:00 ET"));
    QCOMPARE(describeNumbers(u8("at 9 a.m. Pacific"), QDate(2016, 7, 1)), u8("[9 a.m. Pacific] TIME 09:00-07:00 Pacific"));
    // within a week of a change the time may fall on either side of it (was -04:00 for 8 November)
    QCOMPARE(describeNumbers(u8("Polls close at 8 p.m. ET."), QDate(2016, 11, 1)), u8("[8 p.m. ET] TIME 20:00 ET"));
}

// Two letters after four digits are no zone of a 24-hour time, as "1400 GMT" is (were read as
// 20:16-08:00 and 15:00-07:00).
void NumberDatesTest::usZoneLettersAfterFourDigits_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("a year before a company's PT") << u8("In 2016 PT Freeport Indonesia cut output.");
    QTest::newRow("metric tonnes") << u8("The mill produced 1500 MT of sugar.");
    QTest::newRow("a year before CT scans") << u8("By 2012 CT scans were routine.");
}

void NumberDatesTest::usZoneLettersAfterFourDigits()
{
    QFETCH(QString, text);
    QVERIFY2(!describeNumbers(text, kPublished).contains(u8("TIME")), qPrintable(describeNumbers(text, kPublished)));
}

void NumberDatesTest::usDaylightSavingBounds_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("daylightSaving");   // 1 yes, 0 no, -1 unknown
    // since 2007: the second Sunday in March to the first Sunday in November
    QTest::newRow("Saturday before it starts") << QDate(2016, 3, 12) << 0;
    QTest::newRow("the Sunday it starts") << QDate(2016, 3, 13) << 1;
    QTest::newRow("the Saturday before it ends") << QDate(2016, 11, 5) << 1;
    QTest::newRow("the Sunday it ends") << QDate(2016, 11, 6) << 0;
    // before: the first Sunday in April to the last Sunday in October
    QTest::newRow("2006, April 1") << QDate(2006, 4, 1) << 0;
    QTest::newRow("2006, April 2") << QDate(2006, 4, 2) << 1;
    QTest::newRow("2006, October 28") << QDate(2006, 10, 28) << 1;
    QTest::newRow("2006, October 29") << QDate(2006, 10, 29) << 0;
    // 1976 to 1986: from the last Sunday in April
    QTest::newRow("1986, April 6") << QDate(1986, 4, 6) << 0;
    QTest::newRow("1986, April 27") << QDate(1986, 4, 27) << 1;
    QTest::newRow("1970: each state chose") << QDate(1970, 7, 1) << -1;
}

void NumberDatesTest::usDaylightSavingBounds()
{
    QFETCH(QDate, day);
    QFETCH(int, daylightSaving);
    const std::optional<bool> inForce = galley::isUsDaylightSaving(day);
    QCOMPARE(inForce ? int(*inForce) : -1, daylightSaving);
}

QTEST_GUILESS_MAIN(NumberDatesTest)
#include "number_dates_test.moc"
