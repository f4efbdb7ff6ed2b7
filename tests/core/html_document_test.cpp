#include "load/html_document.h"

#include <QTest>

using galley::HtmlDocument;

class HtmlDocumentTest : public QObject
{
    Q_OBJECT

private slots:
    void nodePath_data();
    void nodePath();
    void nodePath_roundTripsEveryTextNode();
};

namespace {

const GumboNode *findText(const GumboNode *node, const QString &needle)
{
    if (HtmlDocument::isText(node))
        return HtmlDocument::nodeText(node).contains(needle) ? node : nullptr;
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT)
        return nullptr;
    const GumboVector &children = node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children
                                                                    : node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        if (auto *found = findText(static_cast<const GumboNode *>(children.data[i]), needle))
            return found;
    }
    return nullptr;
}

} // namespace

void HtmlDocumentTest::nodePath_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<QString>("path");

    QTest::newRow("implied html/body") << QByteArray("<p>Hello") << "Hello"
                                       << "/html[1]/body[1]/p[1]/text()[1]";
    QTest::newRow("same-named siblings count")
        << QByteArray("<div><p>a</p><span>b</span><p>c <b>d</b> e</p></div>") << " e"
        << "/html[1]/body[1]/div[1]/p[2]/text()[2]";
    QTest::newRow("whitespace nodes are text nodes")
        << QByteArray("<body>\n<div>\n<p>x</p>\n</div>\n tail</body>") << "tail"
        << "/html[1]/body[1]/text()[2]";   // "\n" and "\n tail": the DOM has two text nodes
    QTest::newRow("unknown element keeps its name")
        << QByteArray("<body><my-widget>custom</my-widget></body>") << "custom"
        << "/html[1]/body[1]/my-widget[1]/text()[1]";
}

void HtmlDocumentTest::nodePath()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, needle);
    QFETCH(QString, path);
    HtmlDocument document(html);
    const GumboNode *node = findText(document.document(), needle);
    QVERIFY(node);
    QCOMPARE(HtmlDocument::nodePath(node), path);
    QCOMPARE(document.nodeAtPath(path), node);
}

void HtmlDocumentTest::nodePath_roundTripsEveryTextNode()
{
    HtmlDocument document("<html><head><title>T</title></head><body><article><h1>Head</h1>"
                          "<p>One <a href=x>two</a> three</p><!-- c --><p>four</p></article></body></html>");
    for (const char *needle : {"T", "Head", "One ", "two", " three", "four"}) {
        const GumboNode *node = findText(document.document(), QString::fromLatin1(needle));
        QVERIFY2(node, needle);
        QCOMPARE(document.nodeAtPath(HtmlDocument::nodePath(node)), node);
    }
    QCOMPARE(document.nodeAtPath(QStringLiteral("/html[1]/body[1]/p[9]")), nullptr);
}

QTEST_GUILESS_MAIN(HtmlDocumentTest)
#include "html_document_test.moc"
