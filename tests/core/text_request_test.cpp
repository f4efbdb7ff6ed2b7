// `--lines` requests: a line that is no JSON is reported where the parser stopped, counted in
// bytes as the parser counts them (not characters: "é" is two bytes).
#include "pipeline/text_request.h"

#include <QTest>

using namespace galley;

class TextRequestTest : public QObject
{
    Q_OBJECT

private slots:
    void notJson_namesTheByteOffset();
    void textOpeningWithAByteOrderMark_keepsIt();
};

void TextRequestTest::notJson_namesTheByteOffset()
{
    // Three two-byte letters before the stray q: byte 28 is character 25.
    const auto request = parseTextRequest("{\"id\": 1, \"text\": \"\xC3\xA9\xC3\xA9\xC3\xA9\" q}");
    QVERIFY(!request);
    QVERIFY2(request.error().endsWith(QStringLiteral(" at byte 28 of the line")), qPrintable(request.error()));
}

// Qt's JSON reading dropped a U+FEFF opening a string, so every offset annotate gave for such a
// text was one too low ("About 300" at 0-9 where it is at 1-10).
void TextRequestTest::textOpeningWithAByteOrderMark_keepsIt()
{
    const auto request = parseTextRequest("{\"id\": 1, \"text\": \"\xEF\xBB\xBF" "About 300 people\"}");
    QVERIFY2(request, qPrintable(request ? QString() : request.error()));
    QCOMPARE(request->text, QStringLiteral("\uFEFFAbout 300 people"));

    // One before the line's JSON is a Windows editor's, no part of any text.
    const auto marked = parseTextRequest("\xEF\xBB\xBF{\"id\": 1, \"text\": \"About\"}");
    QVERIFY2(marked, qPrintable(marked ? QString() : marked.error()));
    QCOMPARE(marked->text, QStringLiteral("About"));
}

QTEST_GUILESS_MAIN(TextRequestTest)
#include "text_request_test.moc"
