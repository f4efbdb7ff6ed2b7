#include "extract/date_parsing.h"

#include <QTest>

using galley::parseDateToIso;

class DateParsingTest : public QObject
{
    Q_OBJECT

private slots:
    void parseDateToIso_data();
    void parseDateToIso();
};

void DateParsingTest::parseDateToIso_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("iso");

    QTest::newRow("iso date-time with zone") << "2025-09-04T12:50:36+00:00" << "2025-09-04T12:50:36+00:00";
    QTest::newRow("iso date-time, compact zone, fraction") << "2024-11-22T22:28:12.769+0100" << "2024-11-22T22:28:12+01:00";
    QTest::newRow("iso Z") << "2023-07-14T10:00Z" << "2023-07-14T10:00:00Z";
    QTest::newRow("iso date") << "2025-02-22" << "2025-02-22";
    QTest::newRow("month first") << "September 4, 2025" << "2025-09-04";
    QTest::newRow("abbreviated month with dot") << "Published Sept. 4, 2025 · 3 min read" << "2025-09-04";
    QTest::newRow("day first") << "4 March 2024" << "2024-03-04";
    QTest::newRow("ordinal") << "Updated on the 21st of June, 2023" << "2023-06-21";
    QTest::newRow("year first slashes") << "2025/12/01" << "2025-12-01";
    QTest::newRow("US slashes") << "12/01/2025" << "2025-12-01";
    QTest::newRow("day beyond 12 forces order") << "25/12/2024" << "2024-12-25";
    QTest::newRow("dotted european") << "04.09.2025" << "2025-09-04";
    QTest::newRow("first date in a dateline wins") << "Published March 3, 2024, updated April 1, 2024" << "2024-03-03";
    QTest::newRow("invalid day") << "February 30, 2024" << "";
    QTest::newRow("no date") << "5 min read" << "";
    QTest::newRow("year alone") << "Top trends of 2025" << "";
}

void DateParsingTest::parseDateToIso()
{
    QFETCH(QString, text);
    QTEST(galley::parseDateToIso(text), "iso");
}

QTEST_GUILESS_MAIN(DateParsingTest)
#include "date_parsing_test.moc"
