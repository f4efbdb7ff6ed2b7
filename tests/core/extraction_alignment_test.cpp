#include "extract/html_extractor.h"
#include "extract/wcxb_evaluation.h"
#include "util/gzip.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTest>

#include <memory>

using namespace galley;

// Every character of the extracted text must lead back to the DOM character it came from,
// so a span found in the text can be highlighted in the rendered page.
class ExtractionAlignmentTest : public QObject
{
    Q_OBJECT

private slots:
    void everyBodyCharacter_pointsAtItsSource_data();
    void everyBodyCharacter_pointsAtItsSource();
    void boilerplateBlocks_pointAtTheirSource();
    void collapsedWhitespace_mapsToFirstSourceCharacter();
};

namespace {

const QString kWcxbDir = QStringLiteral(GALLEY_SHARED_DIR "/data/extraction/wcxb");

Page pageFromHtml(const QByteArray &html)
{
    Page page;
    page.content = QString::fromUtf8(html);
    page.dom = std::make_shared<HtmlDocument>(html);
    return page;
}

QByteArray readFixture(const QString &name)
{
    QFile file(QStringLiteral(GALLEY_TEST_DATA_DIR "/extract/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray readWcxbPage(const QString &id)
{
    QFile file(kWcxbDir + QStringLiteral("/html/") + id + QStringLiteral(".html.gz"));
    return file.open(QIODevice::ReadOnly) ? gunzip(file.readAll()).data : QByteArray();
}

// Empty when `origin` names the character `expected`; else what went wrong.
QString checkOrigin(const std::optional<TextOrigin> &origin, QChar expected, const HtmlDocument &dom,
                    QHash<QString, QString> &nodeTexts)
{
    if (!origin)
        return QStringLiteral("no origin");
    auto known = nodeTexts.constFind(origin->nodePath);
    if (known == nodeTexts.cend()) {
        const GumboNode *node = dom.nodeAtPath(origin->nodePath);
        if (!node || !HtmlDocument::isText(node))
            return QStringLiteral("path names no text node: ") + origin->nodePath;
        known = nodeTexts.insert(origin->nodePath, HtmlDocument::nodeText(node));
    }
    if (origin->nodeOffset < 0 || origin->nodeOffset >= known->size())
        return QStringLiteral("offset %1 outside node %2").arg(origin->nodeOffset).arg(origin->nodePath);
    const QChar source = known->at(origin->nodeOffset);
    if (source == expected || (expected.isSpace() && source.isSpace()))
        return {};
    return QStringLiteral("text has '%1', source '%2' at %3:%4")
        .arg(expected).arg(source).arg(origin->nodePath).arg(origin->nodeOffset);
}

} // namespace

void ExtractionAlignmentTest::everyBodyCharacter_pointsAtItsSource_data()
{
    QTest::addColumn<QByteArray>("html");
    for (const char *fixture : {"news_article.html", "meta_only.html", "dateline_itemprop.html"})
        QTest::newRow(fixture) << readFixture(QString::fromLatin1(fixture));
    QTest::newRow("entities and inline markup")
        << QByteArray("<html><body><article><p>Caf&eacute; <b>cr&egrave;me</b>&nbsp;br&ucirc;l&eacute;e, "
                      "fish&amp;chips &mdash; and <a href=x>a link</a> with enough words to be prose.</p>"
                      "<p>Line one<br>line two<br>\n line three, still a fairly long paragraph of text.</p>"
                      "<p>Emoji 😀 and CJK 漢字 survive the UTF-16 offsets in this paragraph too.</p>"
                      "</article></body></html>");
    if (!QDir(kWcxbDir).exists())
        return;   // the WCXB pages are optional here; see below
    for (const QString &id : wcxbPageIds(kWcxbDir, 12))
        QTest::newRow(qPrintable(QStringLiteral("wcxb ") + id)) << readWcxbPage(id);
}

void ExtractionAlignmentTest::everyBodyCharacter_pointsAtItsSource()
{
    QFETCH(QByteArray, html);
    QVERIFY(!html.isEmpty());
    const Page page = pageFromHtml(html);
    const Article article = extractHtmlArticle(page);
    QVERIFY(!article.text.isEmpty());
    QHash<QString, QString> nodeTexts;
    for (const Block *block : article.bodyBlocks()) {
        for (int i = block->start; i < block->end; ++i) {
            const QString problem = checkOrigin(article.origin(i, page), article.text.at(i), *page.dom, nodeTexts);
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("offset %1: ").arg(i) + problem));
        }
        if (block->end < article.text.size())
            QVERIFY(!article.origin(block->end, page));   // the blank line between blocks
    }
}

void ExtractionAlignmentTest::boilerplateBlocks_pointAtTheirSource()
{
    const Page page = pageFromHtml(readFixture(QStringLiteral("news_article.html")));
    const Article article = extractHtmlArticle(page);
    QHash<QString, QString> nodeTexts;
    int checked = 0;
    for (const Block &block : article.blocks) {
        if (!block.isBoilerplate())
            continue;
        for (int i = 0; i < block.text.size(); ++i, ++checked) {
            const QString problem = checkOrigin(block.origin(i, article.nodePaths, page), block.text.at(i),
                                                *page.dom, nodeTexts);
            QVERIFY2(problem.isEmpty(), qPrintable(block.text + QStringLiteral(": ") + problem));
        }
    }
    QVERIFY(checked > 100);
}

void ExtractionAlignmentTest::collapsedWhitespace_mapsToFirstSourceCharacter()
{
    const Page page = pageFromHtml("<html><body><p>alpha \n\t  beta</p></body></html>");
    const Article article = extractHtmlArticle(page);
    QCOMPARE(article.text, QStringLiteral("alpha beta"));
    const Block &block = *article.bodyBlocks().constFirst();
    QCOMPARE(block.runs.size(), 3);
    QCOMPARE(block.runs.at(1).textStart, 5);
    QCOMPARE(block.runs.at(1).length, 1);
    QCOMPARE(block.runs.at(1).sourceStart, 5);
    QCOMPARE(block.runs.at(2).sourceStart, 10);
    QCOMPARE(article.origin(5, page)->nodePath, QStringLiteral("/html[1]/body[1]/p[1]/text()[1]"));
}

QTEST_GUILESS_MAIN(ExtractionAlignmentTest)
#include "extraction_alignment_test.moc"
