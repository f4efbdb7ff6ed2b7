#include "load/html_document.h"
#include "text_page_layout.h"

#include <QtTest>

using namespace galley;

// The generated page is parsed like the browser parses it (gumbo, same algorithm); every
// non-break character of the text must be found at the position the layout names.
class TextPageLayoutTest final : public QObject
{
    Q_OBJECT

private slots:
    void position_findsEveryCharacter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("one line") << QStringLiteral("Harbour vote");
        QTest::newRow("paragraphs") << QStringLiteral("Title\n\nFirst line\nsecond line\n\n\nLast");
        QTest::newRow("crlf") << QStringLiteral("One\r\nTwo\r\n\r\nThree\rFour");
        QTest::newRow("markup is text") << QStringLiteral("a < b && c > d\n<script>alert(1)</script>");
        QTest::newRow("indented") << QStringLiteral("    indented quote\n\t tab\n   \nafter blank-ish line");
        QTest::newRow("non-ascii") << QStringLiteral("Stra\u00dfe \U0001F600 \u0432\u044b\u0431\u043e\u0440\u044b");
    }

    void position_findsEveryCharacter()
    {
        QFETCH(QString, text);
        const TextPageLayout layout(text, QStringLiteral("T"));
        const HtmlDocument document(layout.html().toUtf8());
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                continue;
            const auto position = layout.position(i);
            QVERIFY2(position, qPrintable(QStringLiteral("offset %1").arg(i)));
            const GumboNode *node = document.nodeAtPath(position->nodePath);
            if (!node) {
                // A blank line's spaces are not in the page.
                QVERIFY(c.isSpace());
                continue;
            }
            const QString data = HtmlDocument::nodeText(node);
            if (position->offset >= data.size()) {
                QVERIFY2(c.isSpace(), qPrintable(position->nodePath));
                continue;
            }
            QCOMPARE(data.at(position->offset), c);
        }
    }

    void html_escapesMarkup()
    {
        const TextPageLayout layout(QStringLiteral("<b>bold</b> & <script>x()</script>"), QStringLiteral("<t>"));
        QVERIFY(!layout.html().contains(QStringLiteral("<script>x()")));
        QVERIFY(layout.html().contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt; &amp;")));
        QVERIFY(layout.html().contains(QStringLiteral("<title>&lt;t&gt;</title>")));
    }

    void position_outOfRange_isEmpty()
    {
        QVERIFY(!TextPageLayout(QString(), QString()).position(0));
        QVERIFY(!TextPageLayout(QStringLiteral("x"), QString()).position(-1));
    }
};

QTEST_GUILESS_MAIN(TextPageLayoutTest)
#include "text_page_layout_test.moc"
