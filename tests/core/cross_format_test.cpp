// The same article saved four ways (HTML + _files/, MHTML, WARC, text copy) must give the
// same article: like re2's cross-engine tester, every loader+extractor path is held to one answer.
#include "extract/article_extractor.h"
#include "load/page_loader.h"

#include <QTest>

using namespace galley;

class CrossFormatTest : public QObject
{
    Q_OBJECT

private slots:
    void sameArticle_fromEverySave_data();
    void sameArticle_fromEverySave();

private:
    static Article load(const QString &file);
};

namespace {

QString samplePath(const QString &file)
{
    return QStringLiteral(GALLEY_SOURCE_DIR "/resources/samples/harbour-vote/") + file;
}

} // namespace

Article CrossFormatTest::load(const QString &file)
{
    LoadOptions options;
    options.warcRecord = 0;
    const auto page = loadPage(samplePath(file), options);
    if (!page)
        qFatal("%s", qPrintable(page.error().toString()));
    return extractArticle(*page);
}

void CrossFormatTest::sameArticle_fromEverySave_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::newRow("mhtml") << QStringLiteral("harbour-vote.mhtml") << QStringLiteral("mhtml");
    QTest::newRow("warc.gz") << QStringLiteral("harbour-vote.warc.gz") << QStringLiteral("warc");
    QTest::newRow("text copy") << QStringLiteral("harbour-vote.txt") << QStringLiteral("text");
}

void CrossFormatTest::sameArticle_fromEverySave()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    const Article reference = load(QStringLiteral("harbour-vote.html"));
    QVERIFY(reference.text.startsWith(QStringLiteral("Kestrel Bay\u2019s town council voted 7 to 4")));
    QVERIFY(reference.text.endsWith(QStringLiteral("to challenge the decision in court.")));

    const Article article = load(file);
    QCOMPARE(pageFormatName(article.format), format);
    QCOMPARE(article.text, reference.text);
    QCOMPARE(article.title, reference.title);
    QCOMPARE(article.byline, reference.byline);
    QCOMPARE(article.published.left(10), reference.published.left(10));
    QCOMPARE(article.language, reference.language);
    QCOMPARE(article.bodyBlocks().size(), reference.bodyBlocks().size());
    for (qsizetype i = 0; i < reference.bodyBlocks().size(); ++i)
        QCOMPARE(blockKindName(article.bodyBlocks()[i]->kind), blockKindName(reference.bodyBlocks()[i]->kind));
}

QTEST_GUILESS_MAIN(CrossFormatTest)
#include "cross_format_test.moc"
