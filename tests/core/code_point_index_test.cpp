#include "text/code_point_index.h"

#include <QTest>

using galley::CodePointIndex;

class CodePointIndexTest : public QObject
{
    Q_OBJECT

private slots:
    void toCodePoints_data();
    void toCodePoints();
    void roundTrip_everyBoundary();
};

void CodePointIndexTest::toCodePoints_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("utf16");
    QTest::addColumn<int>("codePoints");

    const QString emoji = QString::fromUtf8("a\xF0\x9F\x98\x80" "b");   // a 😀 b: 4 UTF-16 units, 3 code points
    QTest::newRow("ascii") << QStringLiteral("hello") << 3 << 3;
    QTest::newRow("before emoji") << emoji << 1 << 1;
    QTest::newRow("inside emoji rounds down") << emoji << 2 << 1;
    QTest::newRow("after emoji") << emoji << 3 << 2;
    QTest::newRow("end") << emoji << 4 << 3;
    QTest::newRow("CRLF is two code points") << QStringLiteral("a\r\nb") << 3 << 3;
    QTest::newRow("combining mark counts") << QString::fromUtf8("e\xCC\x81x") << 2 << 2;
    QTest::newRow("two emoji")
        << QString::fromUtf8("\xF0\x9F\x98\x80\xF0\x9F\x8E\x89x") << 4 << 2;
}

void CodePointIndexTest::toCodePoints()
{
    QFETCH(QString, text);
    QFETCH(int, utf16);
    QFETCH(int, codePoints);
    const CodePointIndex index(text);
    QCOMPARE(index.toCodePoints(utf16), codePoints);
}

void CodePointIndexTest::roundTrip_everyBoundary()
{
    const QString text = QString::fromUtf8("Fl\xC3\xBC" "chtlinge \xF0\x9F\x98\x80\xF0\x9F\x98\x80 "
                                           "\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85\r\n\xF0\x9D\x90\x80!");
    const CodePointIndex index(text);
    QCOMPARE(index.codePointLength(), text.toUcs4().size());
    for (qsizetype cp = 0; cp <= index.codePointLength(); ++cp) {
        const qsizetype utf16 = index.toUtf16(cp);
        QCOMPARE(index.toCodePoints(utf16), cp);
        QCOMPARE(QStringView(text).left(utf16).toUcs4().size(), cp);
    }
}

QTEST_GUILESS_MAIN(CodePointIndexTest)
#include "code_point_index_test.moc"
