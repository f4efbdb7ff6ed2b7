#include "util/json_location.h"

#include <QTest>

using namespace galley;
using namespace Qt::StringLiterals;

namespace {

// Line 3 holds the non-ASCII key, so columns after it count code points, not bytes.
const QByteArray kJson = "{\n"
                         "  \"labels\": [\n"
                         "    {\"näme\": \"PER\", \"a/b~c\": 1},\n"
                         "    {\"name\": \"LOC\", \"name\": \"ORG\"}\n"
                         "  ],\n"
                         "  \"empty\": {}\n"
                         "}\n";

} // namespace

class JsonLocationTest : public QObject
{
    Q_OBJECT

private slots:
    void valuePosition_data();
    void valuePosition();
    void positionOfByte_countsCodePoints();
    void pointerText_escapesAsRfc6901();
};

void JsonLocationTest::valuePosition_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("whole document") << QString() << 1 << 1;
    QTest::newRow("array") << u"/labels"_s << 2 << 13;
    QTest::newRow("element") << u"/labels/1"_s << 4 << 5;
    QTest::newRow("after a non-ASCII key") << u"/labels/0/näme"_s << 3 << 14;
    QTest::newRow("escaped key") << u"/labels/0/a~1b~0c"_s << 3 << 30;
    QTest::newRow("duplicate key: the last, as QJsonDocument keeps") << u"/labels/1/name"_s << 4 << 29;
    QTest::newRow("missing key: its object") << u"/empty/colour"_s << 6 << 12;
    QTest::newRow("index past the end: the array") << u"/labels/2/name"_s << 2 << 13;
    QTest::newRow("key into an array: the array") << u"/labels/name"_s << 2 << 13;
    QTest::newRow("into a number: the number") << u"/labels/0/a~1b~0c/x"_s << 3 << 30;
}

void JsonLocationTest::valuePosition()
{
    QFETCH(QString, pointer);
    QFETCH(int, line);
    QFETCH(int, column);
    QCOMPARE(jsonValuePosition(kJson, pointer), (TextPosition{line, column}));
}

void JsonLocationTest::positionOfByte_countsCodePoints()
{
    QCOMPARE(positionOfByte(kJson, 0), (TextPosition{1, 1}));
    QCOMPARE(positionOfByte(kJson, kJson.indexOf("PER")), (TextPosition{3, 15}));
    QCOMPARE(positionOfByte(kJson, kJson.size() + 10), (TextPosition{8, 1}));
}

void JsonLocationTest::pointerText_escapesAsRfc6901()
{
    QCOMPARE(jsonPointerText({u"spans"_s, u"3"_s, u"start"_s}), u"/spans/3/start"_s);
    QCOMPARE(jsonPointerText({u"a/b~c"_s}), u"/a~1b~0c"_s);
    QCOMPARE(jsonPointerText({}), QString());
    QCOMPARE(jsonPointer(jsonPointer(u"/labels"_s, 3), u"colour"), u"/labels/3/colour"_s);
}

QTEST_GUILESS_MAIN(JsonLocationTest)
#include "json_location_test.moc"
