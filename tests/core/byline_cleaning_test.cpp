#include "extract/byline_cleaning.h"

#include <QTest>

class BylineCleaningTest : public QObject
{
    Q_OBJECT

private slots:
    void cleanByline_data();
    void cleanByline();
};

void BylineCleaningTest::cleanByline_data()
{
    QTest::addColumn<QString>("byline");
    QTest::addColumn<QStringList>("names");

    QTest::newRow("by prefix") << "By Jane Doe" << QStringList{"Jane Doe"};
    QTest::newRow("two names and role") << "By Jane Doe and John Roe, Staff Writers" << QStringList{"Jane Doe", "John Roe"};
    QTest::newRow("written by, date after") << "Written by Sofia Gonzalez December 2, 2025" << QStringList{"Sofia Gonzalez"};
    QTest::newRow("pipe and update") << "Kelia Losa | Updated 3 hours ago" << QStringList{"Kelia Losa"};
    QTest::newRow("author label") << "Author: Alex Kim" << QStringList{"Alex Kim"};
    QTest::newRow("list with ampersand") << "Maria & Katerina" << QStringList{"Maria", "Katerina"};
    QTest::newRow("degrees dropped") << "Dylan Bailey, MS, RD" << QStringList{"Dylan Bailey"};
    QTest::newRow("label only") << "By" << QStringList{};
    QTest::newRow("url and email") << "https://example.com/jane jane@example.com" << QStringList{};
    QTest::newRow("team name kept") << "The Investopedia Team" << QStringList{"The Investopedia Team"};
}

void BylineCleaningTest::cleanByline()
{
    QFETCH(QString, byline);
    QTEST(galley::cleanByline(byline), "names");
}

QTEST_GUILESS_MAIN(BylineCleaningTest)
#include "byline_cleaning_test.moc"
