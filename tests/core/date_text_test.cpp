#include "extract/date_text.h"
#include "extract/text_publication_date.h"

#include <QTest>

using namespace galley;

class DateTextTest : public QObject
{
    Q_OBJECT

private slots:
    void findProseDates_data();
    void findProseDates();
    void findProseDates_reportsWhereTheDateIs();
    void findWeekdayNames_data();
    void findWeekdayNames();
    void choosePublicationDate_data();
    void choosePublicationDate();
    void isSentenceWithDate_data();
    void isSentenceWithDate();
};

void DateTextTest::findProseDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("dates");
    QTest::newRow("month day, year") << QStringLiteral("Aleppo, Syria December 15, 2016.") << QStringList{QStringLiteral("2016-12-15")};
    QTest::newRow("day month year") << QStringLiteral("on 15 December 2016 at noon") << QStringList{QStringLiteral("2016-12-15")};
    QTest::newRow("ordinal, abbreviation") << QStringLiteral("Dec. 15th, 2016") << QStringList{QStringLiteral("2016-12-15")};
    QTest::newRow("dotted day first") << QStringLiteral("10.12.2016") << QStringList{QStringLiteral("2016-12-10")};
    QTest::newRow("iso") << QStringLiteral("updated 2016-12-15") << QStringList{QStringLiteral("2016-12-15")};
    QTest::newRow("german") << QStringLiteral("am 15. März 2016") << QStringList{QStringLiteral("2016-03-15")};
    QTest::newRow("french") << QStringLiteral("Publié le 12 mars 2024 à 09h30") << QStringList{QStringLiteral("2024-03-12")};
    QTest::newRow("spanish") << QStringLiteral("el 15 de marzo de 2016") << QStringList{QStringLiteral("2016-03-15")};
    QTest::newRow("nbsp") << QStringLiteral("December\u00a015,\u00a02016") << QStringList{QStringLiteral("2016-12-15")};
    QTest::newRow("upper case") << QStringLiteral("15 DECEMBER 2016") << QStringList{QStringLiteral("2016-12-15")};
    QTest::newRow("impossible day") << QStringLiteral("February 31, 2016") << QStringList{};
    QTest::newRow("slash is ambiguous") << QStringLiteral("03/04/2016") << QStringList{};
    QTest::newRow("no year") << QStringLiteral("On December 8, the adviser said") << QStringList{};
    QTest::newRow("glued to a number") << QStringLiteral("GMT +310 December 2019") << QStringList{};
    QTest::newRow("version number") << QStringLiteral("release 1.12.20166") << QStringList{};
    QTest::newRow("two") << QStringLiteral("from 1 May 2020 to June 2, 2021")
                         << QStringList{QStringLiteral("2020-05-01"), QStringLiteral("2021-06-02")};
}

void DateTextTest::findProseDates()
{
    QFETCH(QString, text);
    QFETCH(QStringList, dates);
    QStringList found;
    for (const ProseDate &date : galley::findProseDates(text))
        found.append(isoDate(date.date));
    QCOMPARE(found, dates);
}

void DateTextTest::findProseDates_reportsWhereTheDateIs()
{
    const QString text = QStringLiteral("Syria December 15, 2016.");
    const QList<ProseDate> dates = galley::findProseDates(text);
    QCOMPARE(dates.size(), 1);
    QCOMPARE(text.mid(dates.first().start, dates.first().length), QStringLiteral("December 15, 2016"));
}

void DateTextTest::findWeekdayNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("days");
    QTest::newRow("full names") << QStringLiteral("said Thursday that on Tuesday") << QList<int>{4, 2};
    QTest::newRow("dotted abbreviation") << QStringLiteral("Wed. and Sat.") << QList<int>{3, 6};
    QTest::newRow("bare abbreviations are words") << QStringLiteral("the sun was wed to the moon") << QList<int>{};
    QTest::newRow("inside words") << QStringLiteral("Mondays? Sundayish") << QList<int>{};
}

void DateTextTest::findWeekdayNames()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, days);
    QCOMPARE(galley::findWeekdayNames(text), days);
}

void DateTextTest::choosePublicationDate_data()
{
    QTest::addColumn<QList<DateCandidate>>("candidates");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("expected");
    const QDate thursday(2016, 12, 15);
    const QDate tuesday(2019, 12, 10);
    QTest::newRow("none") << QList<DateCandidate>{} << QStringLiteral("said Thursday") << QString();
    QTest::newRow("stronger evidence wins")
        << QList<DateCandidate>{{tuesday, DateEvidence::Caption}, {thursday, DateEvidence::Labelled}} << QString()
        << QStringLiteral("2016-12-15");
    QTest::newRow("weekdays in the body decide between equals")
        << QList<DateCandidate>{{tuesday, DateEvidence::HeaderDate}, {thursday, DateEvidence::HeaderDate}}
        << QStringLiteral("Assad said Thursday. On Wednesday, militants attacked.") << QStringLiteral("2016-12-15");
    QTest::newRow("tie keeps page order")
        << QList<DateCandidate>{{tuesday, DateEvidence::Caption}, {thursday, DateEvidence::Caption}} << QString()
        << QStringLiteral("2019-12-10");
    QTest::newRow("weekdays do not beat a date next to the headline")
        << QList<DateCandidate>{{tuesday, DateEvidence::NextToHeadline}, {thursday, DateEvidence::Caption}}
        << QStringLiteral("Thursday Thursday Thursday Wednesday") << QStringLiteral("2019-12-10");
}

void DateTextTest::choosePublicationDate()
{
    QFETCH(QList<DateCandidate>, candidates);
    QFETCH(QString, body);
    QFETCH(QString, expected);
    const auto chosen = galley::choosePublicationDate(candidates, body);
    QCOMPARE(chosen ? isoDate(*chosen) : QString(), expected);
}

// A sentence of the article that names a date is prose; the lines around a headline that carry
// the date, the author and the reading time are not.
void DateTextTest::isSentenceWithDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("sentence");
    QTest::newRow("a short sentence") << QStringLiteral("The city council votes on the measure on June 3, 2024.") << true;
    QTest::newRow("published line") << QStringLiteral("Published Tuesday 14 March 2023, 11:45 GMT") << false;
    QTest::newRow("byline and date") << QStringLiteral("Jane Doe, Staff Writer | March 14, 2024") << false;
    QTest::newRow("last modified") << QStringLiteral("Last modified on Wed 15 May 2024 11.45 BST") << false;
    QTest::newRow("reading time") << QStringLiteral("Reuters Staff \u00b7 3 Min Read \u00b7 March 14, 2026") << false;
    QTest::newRow("caption ending in its date")
        << QStringLiteral("Buses and ambulances wait to evacuate civilians from eastern Aleppo, Syria December 15, 2016.") << true;
    QTest::newRow("no date") << QStringLiteral("The city council votes on the measure next week.") << false;
}

void DateTextTest::isSentenceWithDate()
{
    QFETCH(QString, text);
    QTEST(galley::isSentenceWithDate(text), "sentence");
}

QTEST_GUILESS_MAIN(DateTextTest)
#include "date_text_test.moc"
