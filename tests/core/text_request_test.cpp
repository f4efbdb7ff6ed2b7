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
};

void TextRequestTest::notJson_namesTheByteOffset()
{
    // Three two-byte letters before the stray q: byte 28 is character 25.
    const auto request = parseTextRequest("{\"id\": 1, \"text\": \"\xC3\xA9\xC3\xA9\xC3\xA9\" q}");
    QVERIFY(!request);
    QVERIFY2(request.error().endsWith(QStringLiteral(" at byte 28 of the line")), qPrintable(request.error()));
}

QTEST_GUILESS_MAIN(TextRequestTest)
#include "text_request_test.moc"
