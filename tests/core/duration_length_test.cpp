// Durations compare by how long they last, not by their ISO 8601 text: the Numbers tab sorts
// "18 months" after "a year" and "36 hours" after "a day".
#include "detect/numbers/duration_length.h"

#include <QTest>

using namespace galley;

class DurationLengthTest : public QObject
{
    Q_OBJECT

private slots:
    void seconds_data()
    {
        QTest::addColumn<QString>("iso");
        QTest::addColumn<double>("seconds");
        const double day = 86400;
        const double year = 365.2425 * day;
        QTest::newRow("years") << QStringLiteral("P2Y") << 2 * year;
        QTest::newRow("months") << QStringLiteral("P18M") << 1.5 * year;
        QTest::newRow("weeks") << QStringLiteral("P2W") << 14 * day;
        QTest::newRow("days") << QStringLiteral("P3D") << 3 * day;
        QTest::newRow("decimal hours") << QStringLiteral("PT1.5H") << 5400.0;
        QTest::newRow("comma decimal") << QStringLiteral("PT1,5H") << 5400.0;
        QTest::newRow("minutes are not months") << QStringLiteral("PT30M") << 1800.0;
        QTest::newRow("seconds") << QStringLiteral("PT45S") << 45.0;
        QTest::newRow("date and time parts") << QStringLiteral("P1DT12H") << 1.5 * day;
        QTest::newRow("every part") << QStringLiteral("P1Y2M3DT4H5M6S")
                                    << year + year / 6 + 3 * day + 4 * 3600 + 5 * 60 + 6;
        QTest::newRow("decades") << QStringLiteral("P2DE") << 20 * year;
        QTest::newRow("several years") << QStringLiteral("PXY") << 3 * year;
        QTest::newRow("a few hours") << QStringLiteral("PTXH") << 3 * 3600.0;
        QTest::newRow("for decades") << QStringLiteral("PXDE") << 30 * year;
        QTest::newRow("centuries") << QStringLiteral("PXCE") << 300 * year;
    }

    void seconds()
    {
        QFETCH(QString, iso);
        QFETCH(double, seconds);
        const std::optional<double> found = durationSeconds(iso);
        QVERIFY2(found.has_value(), qPrintable(iso));
        QVERIFY2(qAbs(*found - seconds) < 1e-6 * seconds, qPrintable(QString::number(*found)));
    }

    void notDurations_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text : {"", "P", "PT", "P1", "P1H", "PT1D", "5 years", "2016-12-08", "P1YX", "PT1HT1M"})
            QTest::newRow(text) << QString::fromLatin1(text);
    }

    void notDurations()
    {
        QFETCH(QString, text);
        QVERIFY(!durationSeconds(text).has_value());
    }

    void longerLastsLonger()
    {
        QVERIFY(*durationSeconds(u"P18M") > *durationSeconds(u"P1Y"));
        QVERIFY(*durationSeconds(u"PT36H") > *durationSeconds(u"P1D"));
        QVERIFY(*durationSeconds(u"P2Y") > *durationSeconds(u"PT1.5H"));
    }
};

QTEST_GUILESS_MAIN(DurationLengthTest)
#include "duration_length_test.moc"
