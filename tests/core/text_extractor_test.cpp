#include "extract/text_extractor.h"
#include "text/language_guess.h"

#include <QFile>
#include <QTest>

using namespace galley;

class TextExtractorTest : public QObject
{
    Q_OBJECT

private slots:
    void seed_findsTitleBodyAndMetadata();
    void seed_keepsResidueOutOfBody();
};

namespace {

const QString kSeedPath = QStringLiteral(GALLEY_SHARED_DIR "/samples/000_16f1a91c8f003b41.txt");

Page textPage(const QString &path)
{
    QFile file(path);
    Page page;
    page.format = PageFormat::Text;
    page.sourcePath = path;
    if (file.open(QIODevice::ReadOnly))
        page.content = QString::fromUtf8(file.readAll());
    return page;
}

QString dump(const Article &article)
{
    QString out = QStringLiteral("title=%1\nbyline=%2\npublished=%3\nsite=%4\nlanguage=%5\ncaption=%6\ncredit=%7\n")
                      .arg(article.title, article.byline.join(u';'), article.published, article.site, article.language,
                           article.leadImageCaption, article.leadImageCredit);
    for (const Block &block : article.blocks)
        out += QStringLiteral("[%1/%2 %3] %4\n").arg(blockKindName(block.kind), blockKindName(block.contentKind),
                                                    block.boilerplateReason, block.text.left(70));
    return out;
}

} // namespace

void TextExtractorTest::seed_findsTitleBodyAndMetadata()
{
    if (!QFile::exists(kSeedPath))
        QSKIP(qPrintable(QStringLiteral("shared seed sample not found at %1").arg(kSeedPath)));
    const Page page = textPage(kSeedPath);
    const Article article = extractTextArticle(page);
    qInfo().noquote() << dump(article);
}

void TextExtractorTest::seed_keepsResidueOutOfBody()
{
}

QTEST_GUILESS_MAIN(TextExtractorTest)
#include "text_extractor_test.moc"
