#include "load/page_loader.h"
#include "load/transfer_encoding.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;

class MhtmlLoaderTest : public QObject
{
    Q_OBJECT

private slots:
    void quotedPrintable_data();
    void quotedPrintable();
    void chromeSave_mainDocumentDecoded();
    void chromeSave_resourcesByLocationAndCid();
    void snapshotLocation_choosesMainPart();
    void truncatedArchive_keepsPartsWithWarning();
    void singlePartArchive_loads();
};

namespace {

QString data(const char *name)
{
    return QStringLiteral(GALLEY_TEST_DATA_DIR "/load/") + QLatin1String(name);
}

} // namespace

void MhtmlLoaderTest::quotedPrintable_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<QByteArray>("decoded");
    QTest::newRow("=3D is an equals sign") << QByteArray("a=3Db") << QByteArray("a=b");
    QTest::newRow("soft line break CRLF") << QByteArray("long li=\r\nne") << QByteArray("long line");
    QTest::newRow("soft line break LF") << QByteArray("long li=\nne") << QByteArray("long line");
    QTest::newRow("soft break inside an escape pair") << QByteArray("=D0=\r\n=96") << QByteArray("\xD0\x96");
    QTest::newRow("hard line break kept") << QByteArray("one\r\ntwo") << QByteArray("one\r\ntwo");
    QTest::newRow("lower-case hex") << QByteArray("=c3=a9") << QByteArray("\xC3\xA9");
    QTest::newRow("malformed escape kept") << QByteArray("100=% sure=") << QByteArray("100=% sure=");
}

void MhtmlLoaderTest::quotedPrintable()
{
    QFETCH(QByteArray, encoded);
    QFETCH(QByteArray, decoded);
    QCOMPARE(decodeQuotedPrintable(encoded), decoded);
}

void MhtmlLoaderTest::chromeSave_mainDocumentDecoded()
{
    const auto page = loadPage(data("chrome.mhtml"));
    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().toString()));
    QCOMPARE(page->format, PageFormat::Mhtml);
    QCOMPARE(page->url, QStringLiteral("https://news.example.com/2016/12/aleppo.html"));
    QCOMPARE(page->charset, QStringLiteral("windows-1251"));
    QCOMPARE(page->charsetSource, QStringLiteral("http"));   // the part's Content-Type
    QCOMPARE(page->dom->title(), QStringLiteral("Новости дня"));
    // Soft line breaks vanish and =3D becomes '=' inside attributes.
    QVERIFY(page->content.contains(QStringLiteral("content=\"text/html; charset=windows-1251\"")));
    QVERIFY(page->content.contains(
        QStringLiteral("это очень длинная строка, которую кодировщик должен разбить мягкими переносами строк.")));
    QVERIFY(!page->content.contains(QStringLiteral("=\r\n")));
    const auto headlines = HtmlDocument::elementsByTag(page->dom->document(), GUMBO_TAG_H1);
    QCOMPARE(headlines.size(), 1);
    QCOMPARE(HtmlDocument::attribute(headlines.front(), "id"), QStringLiteral("headline"));
    QVERIFY(page->diagnostics.isEmpty());
}

void MhtmlLoaderTest::chromeSave_resourcesByLocationAndCid()
{
    const auto page = loadPage(data("chrome.mhtml"));
    QVERIFY(page.ok());
    const Resource css = page->resources.value(QStringLiteral("cid:css-0a1b@mhtml.blink"));
    QCOMPARE(css.contentType, QStringLiteral("text/css"));
    QCOMPARE(css.body, QByteArray("p { color: red; }\r\n/* a=b */\r\n"));
    // A relative Content-Location resolves against the snapshot location; base64 is decoded.
    const Resource image = page->resources.value(QStringLiteral("https://news.example.com/img/photo.png"));
    QCOMPARE(image.contentType, QStringLiteral("image/png"));
    QVERIFY(image.body.startsWith("\x89PNG\r\n\x1a\n"));
    QCOMPARE(image.body.size(), 24);
    const Resource frame = page->resources.value(QStringLiteral("cid:frame-2A3B@mhtml.blink"));
    QCOMPARE(frame.body, QByteArray("<p>iframe</p>"));
    QVERIFY(!page->resources.contains(QStringLiteral("https://news.example.com/2016/12/aleppo.html")));
}

void MhtmlLoaderTest::snapshotLocation_choosesMainPart()
{
    const QByteArray archive(
        "MIME-Version: 1.0\r\nSnapshot-Content-Location: http://x/main\r\n"
        "Content-Type: multipart/related; boundary=b1\r\n\r\n"
        "--b1\r\nContent-Type: text/html\r\nContent-Location: http://x/frame\r\n\r\n<title>Frame</title>\r\n"
        "--b1\r\nContent-Type: text/html; charset=utf-8\r\nContent-Location: http://x/main\r\n\r\n<title>Main</title>\r\n"
        "--b1--\r\n");
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("two.mht")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(archive);
    file.close();
    const auto page = loadPage(file.fileName());
    QVERIFY(page.ok());
    QCOMPARE(page->dom->title(), QStringLiteral("Main"));
    QVERIFY(page->resources.contains(QStringLiteral("http://x/frame")));
}

void MhtmlLoaderTest::truncatedArchive_keepsPartsWithWarning()
{
    const auto page = loadPage(data("truncated.mhtml"));
    QVERIFY(page.ok());
    QCOMPARE(page->dom->title(), QStringLiteral("Новости дня"));
    const bool warned = std::any_of(page->diagnostics.cbegin(), page->diagnostics.cend(), [](const Diagnostic &d) {
        return d.code == QLatin1String("truncated") && d.message.contains(QLatin1String("no closing boundary"));
    });
    QVERIFY(warned);
}

void MhtmlLoaderTest::singlePartArchive_loads()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("single.mhtml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("MIME-Version: 1.0\r\nContent-Type: text/html; charset=\"utf-8\"\r\n"
               "Content-Transfer-Encoding: base64\r\nContent-Location: http://x/p\r\n\r\n"
               + QByteArray("<title>Один</title>").toBase64() + "\r\n");
    file.close();
    const auto page = loadPage(file.fileName());
    QVERIFY(page.ok());
    QCOMPARE(page->dom->title(), QStringLiteral("Один"));
    QCOMPARE(page->url, QStringLiteral("http://x/p"));
}

QTEST_GUILESS_MAIN(MhtmlLoaderTest)
#include "mhtml_loader_test.moc"
