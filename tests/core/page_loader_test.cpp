#include "core/cpu_timer.h"
#include "load/page_loader.h"
#include "util/gzip.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace galley;

class PageLoaderTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void detectFormat_data();
    void detectFormat();
    void contentBeatsExtension_data();
    void contentBeatsExtension();
    void badInput_isRefusedNamingFileAndProblem_data();
    void badInput_isRefusedNamingFileAndProblem();
    void unreadableFile_isRefused();
    void namedPipe_isRefusedWithoutBlocking();
    void completeSave_resourceRootIsPageFolder();
    void singleFileSave_keepsDataUrls();
    void nulBytes_loadWithDiagnostic();
    void cutShortPage_loadsWithWarning();
    void deepNesting_isRefusedQuickly();
    void manyDeepBlocks_areRefusedQuickly();
    void deepScopes_areRefusedQuickly_data();
    void deepScopes_areRefusedQuickly();
    void deepTree_isRefusedAfterParse();
    void moderateNesting_loads();
    void bigPage_loadsInSeconds();
    void contentHash_isSha256OfFile();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

namespace {

QString data(const char *name)
{
    return QStringLiteral(GALLEY_TEST_DATA_DIR "/load/") + QLatin1String(name);
}

QByteArray randomJunk(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 state = 12345;
    for (char &byte : bytes) {
        state = state * 1664525u + 1013904223u;
        byte = char(state >> 24);
    }
    return bytes;
}

} // namespace

void PageLoaderTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString PageLoaderTest::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write test file");
    return path;
}

void PageLoaderTest::detectFormat_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("format");
    QTest::newRow(".htm") << "a/Page.HTM" << QByteArray("x") << int(PageFormat::Html);
    QTest::newRow(".xhtml") << "a.xhtml" << QByteArray("x") << int(PageFormat::Html);
    QTest::newRow(".mht") << "a.mht" << QByteArray("x") << int(PageFormat::Mhtml);
    QTest::newRow(".warc.gz") << "crawl.warc.gz" << QByteArray("\x1f\x8b") << int(PageFormat::Warc);
    QTest::newRow(".txt") << "a.txt" << QByteArray("<html>") << int(PageFormat::Text);
    QTest::newRow("sniffed html") << "download" << QByteArray("\n  <!DOCTYPE html><html>") << int(PageFormat::Html);
    QTest::newRow("sniffed mhtml") << "download"
                                   << QByteArray("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n\r\n--x")
                                   << int(PageFormat::Mhtml);
    QTest::newRow("sniffed warc") << "download" << QByteArray("WARC/1.0\r\n") << int(PageFormat::Warc);
    QTest::newRow("sniffed text") << "download" << QByteArray("Listen Live\nBuses wait") << int(PageFormat::Text);
    // Content beats the extension when the content has a strong signature.
    const QByteArray mhtml("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n\r\n--x");
    QTest::newRow("mhtml named .html") << "page.html" << mhtml << int(PageFormat::Mhtml);
    QTest::newRow("multipart/related without MIME-Version, .txt")
        << "page.txt" << QByteArray("Content-Type: multipart/related; boundary=x\r\n\r\n--x") << int(PageFormat::Mhtml);
    QTest::newRow("multipart/alternative without MIME-Version is not mhtml")
        << "page.html" << QByteArray("Content-Type: multipart/alternative; boundary=x\r\n\r\n--x") << int(PageFormat::Html);
    QTest::newRow("warc named .html") << "page.html" << QByteArray("WARC/1.1\r\nWARC-Type: warcinfo\r\n") << int(PageFormat::Warc);
    QTest::newRow("warc.gz named .html") << "page.html" << gzipMember("WARC/1.0\r\nWARC-Type: warcinfo\r\n")
                                         << int(PageFormat::Warc);
    QTest::newRow("html.gz") << "page.html.gz" << gzipMember("<!DOCTYPE html><title>x</title>") << int(PageFormat::Html);
    QTest::newRow("gzipped html named .warc.gz") << "crawl.warc.gz" << gzipMember("<html><body>x") << int(PageFormat::Html);
    QTest::newRow("html named .warc stays warc (refused as not WARC)") << "crawl.warc" << QByteArray("<!DOCTYPE html>")
                                                                        << int(PageFormat::Warc);
    QTest::newRow("html named .mhtml") << "page.mhtml" << QByteArray("<!DOCTYPE html>") << int(PageFormat::Mhtml);
}

void PageLoaderTest::contentBeatsExtension_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("savedAs");
    QTest::addColumn<bool>("gzipIt");
    QTest::addColumn<int>("format");     // -1: refused
    QTest::addColumn<QString>("error");  // part of the refusal
    const QString dir = QStringLiteral(GALLEY_SOURCE_DIR "/resources/samples/harbour-vote/");
    QTest::newRow("mhtml as .html") << dir + "harbour-vote.mhtml" << "saved.html" << false << int(PageFormat::Mhtml) << QString();
    QTest::newRow("warc.gz as .html") << dir + "harbour-vote.warc.gz" << "saved.html" << false << int(PageFormat::Warc) << QString();
    QTest::newRow("html.gz") << dir + "harbour-vote.html" << "saved.html.gz" << true << int(PageFormat::Html) << QString();
    QTest::newRow("html as .warc") << dir + "harbour-vote.html" << "saved.warc" << false << -1
                                   << QStringLiteral("is not a WARC file");
}

void PageLoaderTest::contentBeatsExtension()
{
    QFETCH(QString, sample);
    QFETCH(QString, savedAs);
    QFETCH(bool, gzipIt);
    QFETCH(int, format);
    QFETCH(QString, error);
    QFile file(sample);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    if (gzipIt)
        bytes = gzipMember(bytes);
    const auto page = loadPage(write(savedAs, bytes));
    if (format < 0) {
        QVERIFY(!page.ok());
        QVERIFY2(page.error().toString().contains(error), qPrintable(page.error().toString()));
        QVERIFY(!page.error().toString().contains(QStringLiteral("no HTML response record")));
        return;
    }
    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().toString()));
    QCOMPARE(int(page->format), format);
    QVERIFY(page->dom);
    QVERIFY(!page->dom->title().isEmpty());
    QVERIFY(!page->content.startsWith(QLatin1String("MIME-Version")));
}

void PageLoaderTest::detectFormat()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, head);
    QFETCH(int, format);
    QCOMPARE(int(detectPageFormat(path, head)), format);
}

void PageLoaderTest::badInput_isRefusedNamingFileAndProblem_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");

    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    png += randomJunk(200);
    QByteArray textWithJunk("<html><body>");
    textWithJunk += randomJunk(4000);

    QTest::newRow("missing file") << m_dir.filePath(QStringLiteral("missing.html")) << "not-found" << "no such file";
    QTest::newRow("directory") << m_dir.path() << "is-directory" << "is a folder, not a saved page";
    QTest::newRow("empty file") << write(QStringLiteral("empty.html"), {}) << "empty" << "is empty";
    QTest::newRow("png renamed .html") << write(QStringLiteral("photo.html"), png) << "binary"
                                       << "is a PNG image, not a saved page";
    QTest::newRow("pdf renamed .txt") << write(QStringLiteral("paper.txt"), "%PDF-1.7\n%\xe2\xe3") << "binary"
                                      << "is a PDF document, not a saved page";
    QTest::newRow("binary junk") << write(QStringLiteral("junk.html"), textWithJunk) << "binary"
                                 << "is binary data, not a saved page";
    QTest::newRow("broken MIME boundary") << data("broken_boundary.mhtml") << "bad-mime"
                                          << "broken MIME boundary";
    QTest::newRow("MHTML without headers") << write(QStringLiteral("plain.mhtml"), "just some text\n") << "bad-mime"
                                           << "is not an MHTML archive";
    QTest::newRow("WARC without HTML") << write(QStringLiteral("css.warc"),
                                                "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://x/a.css\r\n"
                                                "Content-Type: application/http; msgtype=response\r\nContent-Length: 46\r\n\r\n"
                                                "HTTP/1.1 200 OK\r\nContent-Type: text/css\r\n\r\np{}\r\n\r\n")
                                       << "no-html-record" << "has no HTML response record (1 records read)";
    QTest::newRow("truncated gzip WARC") << write(QStringLiteral("cut.warc.gz"), gzipMember(QByteArray(5000, 'W')).left(30))
                                         << "no-html-record" << "is damaged";
    QTest::newRow("10 MB limit") << write(QStringLiteral("huge.html"), QByteArray(11 * 1024 * 1024, ' ')) << "too-large"
                                 << "is 11 MB; Galley opens pages up to 10 MB";
}

void PageLoaderTest::badInput_isRefusedNamingFileAndProblem()
{
    QFETCH(QString, path);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);
    LoadOptions options;
    options.maxFileBytes = 10 * 1024 * 1024;
    const auto pages = loadPages(path, options);
    QVERIFY(!pages.ok());
    QCOMPARE(pages.error().code, code);
    QCOMPARE(pages.error().file, path);
    const QString shown = pages.error().toString();
    QVERIFY2(shown.startsWith(path + QStringLiteral(": ")), qPrintable(shown));
    QVERIFY2(shown.contains(messagePart), qPrintable(shown));
}

void PageLoaderTest::unreadableFile_isRefused()
{
    const QString path = write(QStringLiteral("secret.html"), "<p>secret</p>");
    QFile::setPermissions(path, QFileDevice::Permissions());
    QFile probe(path);
    if (probe.open(QIODevice::ReadOnly))
        QSKIP("running as root: permissions do not stop reading");
    const auto page = loadPage(path);
    QVERIFY(!page.ok());
    QCOMPARE(page.error().code, QStringLiteral("unreadable"));
    QVERIFY(page.error().toString().startsWith(path + QStringLiteral(": cannot be read")));
}

void PageLoaderTest::namedPipe_isRefusedWithoutBlocking()
{
    const QString path = m_dir.filePath(QStringLiteral("pipe.html"));
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    const auto page = loadPage(path);   // reading would wait for a writer forever
    QVERIFY(!page.ok());
    QCOMPARE(page.error().code, QStringLiteral("not-a-file"));
    QCOMPARE(page.error().toString(), path + QStringLiteral(": is not a regular file (a device, pipe or socket)"));
}

void PageLoaderTest::completeSave_resourceRootIsPageFolder()
{
    const auto page = loadPage(data("complete.html"));
    QVERIFY(page.ok());
    QCOMPARE(page->format, PageFormat::Html);
    QCOMPARE(page->record, -1);
    QVERIFY(QFile::exists(page->resourceRoot + QStringLiteral("/complete_files/style.css")));
    QCOMPARE(page->dom->title(), QStringLiteral("Complete save"));
    QCOMPARE(page->url, QStringLiteral("https://news.example.com/2016/12/aleppo.html"));
}

void PageLoaderTest::singleFileSave_keepsDataUrls()
{
    const auto page = loadPage(data("single_file.html"));
    QVERIFY(page.ok());
    const auto images = HtmlDocument::elementsByTag(page->dom->document(), GUMBO_TAG_IMG);
    QCOMPARE(images.size(), 1);
    QVERIFY(HtmlDocument::attribute(images.front(), "src").startsWith(QLatin1String("data:image/gif;base64,")));
}

void PageLoaderTest::nulBytes_loadWithDiagnostic()
{
    const auto page = loadPage(data("nul_bytes.html"));
    QVERIFY(page.ok());
    QVERIFY(page->content.contains(QStringLiteral("after")));
    const bool reported = std::any_of(page->diagnostics.cbegin(), page->diagnostics.cend(),
                                      [](const Diagnostic &d) { return d.code == QLatin1String("nul-characters"); });
    QVERIFY(reported);
}

// A saved page cut after 3,000 bytes opened with no word of it: its cookie banner was the article.
void PageLoaderTest::cutShortPage_loadsWithWarning()
{
    QFile whole(QStringLiteral(GALLEY_SOURCE_DIR "/resources/samples/harbour-vote/harbour-vote.html"));
    QVERIFY(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();
    const auto codes = [](const Page &page) {
        QStringList found;
        for (const Diagnostic &diagnostic : page.diagnostics)
            found.append(diagnostic.code);
        return found;
    };
    const auto cut = loadPage(write(QStringLiteral("cut.html"), bytes.left(3000)));
    QVERIFY(cut.ok());
    QVERIFY2(codes(*cut).contains(QStringLiteral("truncated-html")), qPrintable(codes(*cut).join(u',')));
    const auto full = loadPage(write(QStringLiteral("full.html"), bytes));
    QVERIFY(full.ok());
    QVERIFY(!codes(*full).contains(QStringLiteral("truncated-html")));
    // a fragment that opens no <html> or <body> is no page cut short
    const auto fragment = loadPage(write(QStringLiteral("fragment.html"), QByteArray("<p>Kestrel Bay votes.</p>")));
    QVERIFY(fragment.ok());
    QVERIFY(!codes(*fragment).contains(QStringLiteral("truncated-html")));
}

void PageLoaderTest::deepNesting_isRefusedQuickly()
{
    QByteArray html("<!DOCTYPE html><html><body>");
    for (int i = 0; i < 10000; ++i)
        html += "<div>x";
    const QString path = write(QStringLiteral("deep.html"), html);
    const CpuTimer timer;
    const auto page = loadPage(path);
    qInfo("refused in %lld ms of processor time", timer.elapsedMs());
    QVERIFY(timer.elapsedMs() < 1000);
    QVERIFY(!page.ok());
    QCOMPARE(page.error().code, QStringLiteral("too-deep"));
    QVERIFY(page.error().toString().contains(QStringLiteral("nested more than 2048 levels deep")));
}

void PageLoaderTest::manyDeepBlocks_areRefusedQuickly()
{
    // Each block stays under the depth limit, but together they would keep gumbo busy for minutes.
    QByteArray block;
    for (int i = 0; i < 2000; ++i)
        block += "<div>";
    for (int i = 0; i < 2000; ++i)
        block += "</div>";
    const QString path = write(QStringLiteral("blocks.html"), "<body>" + block.repeated(250));
    const CpuTimer timer;
    const auto page = loadPage(path);
    qInfo("refused in %lld ms of processor time", timer.elapsedMs());
    QVERIFY(timer.elapsedMs() < 1000);
    QVERIFY(!page.ok());
    QCOMPARE(page.error().code, QStringLiteral("too-deep"));
    QVERIFY(page.error().toString().contains(QStringLiteral("parsing time grows with the square of the depth")));
}

void PageLoaderTest::deepScopes_areRefusedQuickly_data()
{
    QTest::addColumn<QByteArray>("unit");
    QTest::addColumn<int>("repeats");
    // A <table>, <ul>, <ol> or <dl> opens a fresh scope: the <td>/<li> inside it does not
    // close the outer one. These crashed the extractor (10000/20000) or made gumbo use
    // about 1 GB (3000 tables, 45 KB) before the estimate modelled the scopes.
    QTest::newRow("table x10000") << QByteArray("<table><tr><td>") << 10000;
    QTest::newRow("table x3000 (45 KB)") << QByteArray("<table><tr><td>") << 3000;
    QTest::newRow("table without tr x3000") << QByteArray("<table><td>") << 3000;
    QTest::newRow("ul x20000") << QByteArray("<ul><li>") << 20000;
    QTest::newRow("ul x5000") << QByteArray("<ul><li>") << 5000;
    QTest::newRow("ol x5000") << QByteArray("<ol><li>") << 5000;
    QTest::newRow("dl x5000") << QByteArray("<dl><dd>") << 5000;
    QTest::newRow("table th p x3000") << QByteArray("<table><tr><th><p>") << 3000;
}

void PageLoaderTest::deepScopes_areRefusedQuickly()
{
    QFETCH(QByteArray, unit);
    QFETCH(int, repeats);
    const QString path = write(QStringLiteral("scopes.html"), "<body>" + unit.repeated(repeats) + "x");
    const CpuTimer timer;
    const auto page = loadPage(path);
    qInfo("refused in %lld ms of processor time", timer.elapsedMs());
    QVERIFY(!page.ok());
    QVERIFY(timer.elapsedMs() < 1000);
    QCOMPARE(page.error().code, QStringLiteral("too-deep"));
    QVERIFY(page.error().toString().contains(QStringLiteral("scopes.html")));
}

void PageLoaderTest::deepTree_isRefusedAfterParse()
{
    // Under the pre-parse estimate's limit, over the limit for the real tree.
    const QString path = write(QStringLiteral("deeptree.html"), "<body>" + QByteArray("<div>").repeated(1500) + "x");
    const auto page = loadPage(path);
    QVERIFY(!page.ok());
    QCOMPARE(page.error().code, QStringLiteral("too-deep"));
    QVERIFY2(page.error().toString().contains(QStringLiteral("elements nested 1502 levels deep; Galley reads pages up to 1024 levels")),
             qPrintable(page.error().toString()));
    QVERIFY(page.error().toString().contains(QStringLiteral("deeptree.html")));

    const auto fine = loadHtmlBytes("<body>" + QByteArray("<div>").repeated(1000) + "x", QStringLiteral("ok.html"));
    QVERIFY(fine.ok());
}

void PageLoaderTest::moderateNesting_loads()
{
    // Repeated <p>, <li> and unclosed void elements are siblings, not depth.
    QByteArray html("<!DOCTYPE html><html><body><ul>");
    for (int i = 0; i < 20000; ++i)
        html += "<li><p>item<br><img src=x.png>";
    html += "</ul><div><div><div><span>deep enough</span></div></div></div>";
    const auto page = loadHtmlBytes(html, QStringLiteral("list.html"));
    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().toString()));
    QVERIFY(page->content.contains(QStringLiteral("deep enough")));
}

void PageLoaderTest::bigPage_loadsInSeconds()
{
    QByteArray html("<!DOCTYPE html><html><head><meta charset=utf-8><title>Big</title></head><body>");
    const QByteArray paragraph("<div class=\"para\"><p>Lorem ipsum dolor sit amet, <a href=\"/x\">Алеппо</a> "
                               "adipiscing elit &amp; tempor.</p></div>\n");
    while (html.size() < 50 * 1024 * 1024)
        html += paragraph;
    html += "<p id=last>the end</p></body></html>";
    const QString path = write(QStringLiteral("big.html"), html);
    const CpuTimer timer;
    const auto page = loadPage(path);
    const qint64 elapsedMs = timer.elapsedMs();
    QVERIFY(page.ok());
    QVERIFY(page->content.endsWith(QStringLiteral("<p id=last>the end</p></body></html>")));
    QCOMPARE(page->dom->title(), QStringLiteral("Big"));
    qInfo("50 MB page loaded in %lld ms", elapsedMs);
    QVERIFY2(elapsedMs < 15000, "a 50 MB page must load in seconds");
}

void PageLoaderTest::contentHash_isSha256OfFile()
{
    const QString path = data("windows1251_meta.html");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto page = loadPage(path);
    QVERIFY(page.ok());
    QCOMPARE(page->contentHash, QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
}

QTEST_GUILESS_MAIN(PageLoaderTest)
#include "page_loader_test.moc"
