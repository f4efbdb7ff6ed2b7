#include "extract/article.h"
#include "extract/article_json.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace galley;

class ArticleTest : public QObject
{
    Q_OBJECT

private slots:
    void rebuildText_joinsBodyBlocksAndSkipsBoilerplate();
    void origin_mapsEveryCharacterThroughRuns();
    void json_offsetsAreCodePoints();
    void origin_ofTextCopy_givesContentAndByteOffsets();
};

namespace {

Block block(BlockKind kind, const QString &text, int node)
{
    Block b;
    b.kind = kind;
    b.contentKind = kind == BlockKind::Boilerplate ? BlockKind::Paragraph : kind;
    b.text = text;
    b.runs.append(AlignmentRun{0, int(text.size()), node, 5});
    return b;
}

Article sampleArticle()
{
    Article article;
    article.title = QStringLiteral("Title");
    article.nodePaths = {QStringLiteral("/html[1]/body[1]/p[1]/text()[1]"),
                         QStringLiteral("/html[1]/body[1]/nav[1]/text()[1]"),
                         QStringLiteral("/html[1]/body[1]/p[2]/text()[1]")};
    article.blocks = {block(BlockKind::Paragraph, QString::fromUtf8("Smile \xF0\x9F\x98\x80 now."), 0),
                      block(BlockKind::Boilerplate, QStringLiteral("Home | News"), 1),
                      block(BlockKind::Heading, QStringLiteral("Next"), 2)};
    article.blocks[1].boilerplateReason = QStringLiteral("navigation");
    article.rebuildText();
    return article;
}

} // namespace

void ArticleTest::rebuildText_joinsBodyBlocksAndSkipsBoilerplate()
{
    Article article = sampleArticle();
    QCOMPARE(article.text, QString::fromUtf8("Smile \xF0\x9F\x98\x80 now.\n\nNext"));
    QCOMPARE(article.blocks[1].start, -1);
    QCOMPARE(article.text.mid(article.blocks[2].start, article.blocks[2].end - article.blocks[2].start),
             QStringLiteral("Next"));

    // A reviewer pulls the navigation back in: it joins the body in page order.
    article.blocks[1].kind = article.blocks[1].contentKind;
    article.rebuildText();
    QCOMPARE(article.text, QString::fromUtf8("Smile \xF0\x9F\x98\x80 now.\n\nHome | News\n\nNext"));
    QCOMPARE(article.bodyBlocks().size(), 3);
}

void ArticleTest::origin_mapsEveryCharacterThroughRuns()
{
    const Article article = sampleArticle();
    const Page page;
    const auto first = article.origin(0, page);
    QVERIFY(first);
    QCOMPARE(first->nodePath, article.nodePaths[0]);
    QCOMPARE(first->nodeOffset, 5);
    const auto heading = article.origin(article.blocks[2].start + 2, page);
    QVERIFY(heading);
    QCOMPARE(heading->nodePath, article.nodePaths[2]);
    QCOMPARE(heading->nodeOffset, 7);
    QVERIFY(!article.origin(article.blocks[0].end, page));   // the blank-line separator has no origin
    QVERIFY(!article.origin(int(article.text.size()) + 3, page));
}

void ArticleTest::json_offsetsAreCodePoints()
{
    const QJsonObject json = articleToJson(sampleArticle());
    const QJsonArray blocks = json.value(QStringLiteral("blocks")).toArray();
    QCOMPARE(blocks.size(), 2);
    // "Smile 😀 now." is 12 code points but 13 UTF-16 units.
    QCOMPARE(blocks[0].toObject().value(QStringLiteral("end")).toInt(), 12);
    QCOMPARE(blocks[1].toObject().value(QStringLiteral("start")).toInt(), 14);
    QCOMPARE(blocks[1].toObject().value(QStringLiteral("end")).toInt(), 18);
    QCOMPARE(blocks[1].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("heading"));
    const QJsonArray boilerplate = json.value(QStringLiteral("boilerplate")).toArray();
    QCOMPARE(boilerplate.size(), 1);
    QCOMPARE(boilerplate[0].toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("navigation"));
    QCOMPARE(boilerplate[0].toObject().value(QStringLiteral("before")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("published")), QJsonValue(QJsonValue::Null));
}

void ArticleTest::origin_ofTextCopy_givesContentAndByteOffsets()
{
    Page page;
    page.format = PageFormat::Text;
    page.content = QString::fromUtf8("Caf\xC3\xA9 news\n\nThe mayor \xF0\x9F\x98\x80 spoke.");
    Article article;
    Block body;
    body.text = QString::fromUtf8("The mayor \xF0\x9F\x98\x80 spoke.");
    body.runs.append(AlignmentRun{0, int(body.text.size()), -1, int(page.content.indexOf(QLatin1String("The")))});
    article.blocks.append(body);
    article.rebuildText();

    const auto spoke = article.origin(int(article.text.indexOf(QLatin1String("spoke"))), page);
    QVERIFY(spoke);
    QVERIFY(spoke->nodePath.isEmpty());
    QCOMPARE(page.content.mid(spoke->contentOffset, 5), QStringLiteral("spoke"));
    // "Café news\n\nThe mayor 😀 " is 27 bytes of UTF-8: é is two bytes, the emoji four.
    QCOMPARE(spoke->byteOffset, qint64(page.content.left(spoke->contentOffset).toUtf8().size()));
    QCOMPARE(spoke->byteOffset, qint64(27));
}

QTEST_GUILESS_MAIN(ArticleTest)
#include "article_test.moc"
