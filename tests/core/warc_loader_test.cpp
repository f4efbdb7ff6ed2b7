#include "load/page_loader.h"
#include "util/gzip.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace galley;

class WarcLoaderTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadPages_everyHtmlRecordIsAPage_data();
    void loadPages_everyHtmlRecordIsAPage();
    void nonHtmlRecords_areSharedResources();
    void brotliRecord_isSkippedWithDiagnostic();
    void warcRecordOption_selectsOneRecord();
    void warcRecordOption_outOfRange();
    void listWarcRecords_describesHtmlRecords();
    void payloadDiagnostics_pointAtTheirRecord();
    void absurdContentLength_stopsWithWarning();
    void plainWarcWithBinaryRecords_loads();
    void bigRecords_areSkippedWithinCaps_data();
    void bigRecords_areSkippedWithinCaps();
    void truncatedWarc_keepsCompleteRecords_data();
    void truncatedWarc_keepsCompleteRecords();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
    QList<QByteArray> m_records;   // uncompressed, in file order
    QString m_gzPath;
    QString m_plainPath;
};

namespace {

const QByteArray page1Html = QStringLiteral("<!DOCTYPE html><html><head><title>Алеппо</title></head>"
                                            "<body><p>Первая страница</p></body></html>").toUtf8();

QByteArray warcRecord(const char *type, const QByteArray &uri, const QByteArray &contentType, const QByteArray &block)
{
    return "WARC/1.0\r\nWARC-Type: " + QByteArray(type) + "\r\nWARC-Target-URI: " + uri
        + "\r\nWARC-Date: 2016-12-15T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + uri.toHex().left(16)
        + ">\r\nContent-Type: " + contentType + "\r\nContent-Length: " + QByteArray::number(block.size())
        + "\r\n\r\n" + block + "\r\n\r\n";
}

QByteArray httpResponse(const QByteArray &headers, const QByteArray &body)
{
    return "HTTP/1.1 200 OK\r\n" + headers + "\r\n" + body;
}

QByteArray chunked(const QByteArray &body, qsizetype chunkSize)
{
    QByteArray out;
    for (qsizetype at = 0; at < body.size(); at += chunkSize) {
        const QByteArray chunk = body.mid(at, chunkSize);
        out += QByteArray::number(chunk.size(), 16) + ";ext=1\r\n" + chunk + "\r\n";
    }
    return out + "0\r\n\r\n";
}

QByteArray rawDeflate(const QByteArray &data)
{
    QByteArray out(int(compressBound(uLong(data.size()))) + 64, Qt::Uninitialized);
    z_stream stream{};
    deflateInit2(&stream, 6, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

const QByteArray http = "application/http; msgtype=response";

} // namespace

QString WarcLoaderTest::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write test file");
    return path;
}

void WarcLoaderTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QByteArray page1Compressed = gzipMember(page1Html);
    m_records = {
        warcRecord("warcinfo", "", "application/warc-fields", "software: test\r\n"),
        warcRecord("request", "http://news.example/1", "application/http; msgtype=request",
                   "GET /1 HTTP/1.1\r\nHost: news.example\r\n\r\n"),
        // 0: chunked + gzip, charset from the HTTP header
        warcRecord("response", "http://news.example/1", http,
                   httpResponse("Content-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n"
                                "Content-Encoding: gzip\r\n", chunked(page1Compressed, 7))),
        warcRecord("response", "http://news.example/style.css", http,
                   httpResponse("Content-Type: text/css\r\n", "p { color: red }")),
        warcRecord("response", "http://news.example/photo.png", http,
                   httpResponse("Content-Type: image/png\r\nContent-Length: 12\r\n", "\x89PNG\r\n\x1a\nDATA")),
        // 1: plain windows-1251 with the charset in the header
        warcRecord("response", "http://news.example/2", http,
                   httpResponse("Content-Type: text/html; charset=windows-1251\r\n",
                                "<title>\xc2\xf2\xee\xf0\xe0\xff</title><p>second</p>")),
        // skipped: a redirect without a body
        warcRecord("response", "http://news.example/old", http,
                   "HTTP/1.1 301 Moved Permanently\r\nLocation: /2\r\nContent-Type: text/html\r\n\r\n"),
        // skipped: Brotli
        warcRecord("response", "http://news.example/br", http,
                   httpResponse("Content-Type: text/html\r\nContent-Encoding: br\r\n", "\x1b\x03\x00\xf8")),
        // 2: resource record; its charset is declared after the title
        warcRecord("resource", "file:///saved/page.html", "text/html",
                   "<title>\xc2\xf2\xee\xf0\xe0\xff</title><meta charset=windows-1251><p>x</p>"),
        // 3: no Content-Type, sniffed
        warcRecord("response", "http://news.example/3", http, httpResponse("", "  <!doctype html><title>Sniffed</title>")),
        // 4: deflate
        warcRecord("response", "http://news.example/4", http,
                   httpResponse("Content-Type: application/xhtml+xml\r\nContent-Encoding: deflate\r\n",
                                rawDeflate("<title>Deflated</title>"))),
    };
    QByteArray gz;
    QByteArray plain;
    for (const QByteArray &record : std::as_const(m_records)) {
        gz += gzipMember(record);
        plain += record;
    }
    m_gzPath = write(QStringLiteral("crawl.warc.gz"), gz);
    m_plainPath = write(QStringLiteral("crawl.warc"), plain);
}

void WarcLoaderTest::loadPages_everyHtmlRecordIsAPage_data()
{
    QTest::addColumn<bool>("compressed");
    QTest::newRow(".warc.gz with a gzip member per record") << true;
    QTest::newRow("uncompressed .warc") << false;
}

void WarcLoaderTest::loadPages_everyHtmlRecordIsAPage()
{
    QFETCH(bool, compressed);
    const auto pages = loadPages(compressed ? m_gzPath : m_plainPath);
    QVERIFY2(pages.ok(), qPrintable(pages.ok() ? QString() : pages.error().toString()));
    QCOMPARE(pages->size(), 5);
    const QStringList titles{QStringLiteral("Алеппо"), QStringLiteral("Вторая"), QStringLiteral("Вторая"),
                             QStringLiteral("Sniffed"), QStringLiteral("Deflated")};
    const QStringList urls{QStringLiteral("http://news.example/1"), QStringLiteral("http://news.example/2"),
                           QStringLiteral("file:///saved/page.html"), QStringLiteral("http://news.example/3"),
                           QStringLiteral("http://news.example/4")};
    for (int i = 0; i < pages->size(); ++i) {
        const Page &page = pages->at(i);
        QCOMPARE(page.format, PageFormat::Warc);
        QCOMPARE(page.record, i);
        QCOMPARE(page.url, urls[i]);
        QVERIFY(page.dom);
        QCOMPARE(page.dom->title(), titles[i]);
    }
    QCOMPARE(pages->at(0).charsetSource, QStringLiteral("http"));
    QCOMPARE(pages->at(1).charset, QStringLiteral("windows-1251"));
    QCOMPARE(pages->at(0).contentHash, QCryptographicHash::hash(page1Html, QCryptographicHash::Sha256));
}

void WarcLoaderTest::nonHtmlRecords_areSharedResources()
{
    const auto pages = loadPages(m_gzPath);
    QVERIFY(pages.ok());
    for (const Page &page : *pages) {
        QCOMPARE(page.resources.size(), 2);
        QCOMPARE(page.resources.value(QStringLiteral("http://news.example/style.css")).body, QByteArray("p { color: red }"));
        const Resource image = page.resources.value(QStringLiteral("http://news.example/photo.png"));
        QCOMPARE(image.contentType, QStringLiteral("image/png"));
        QCOMPARE(image.body, QByteArray("\x89PNG\r\n\x1a\nDATA"));
    }
    // One copy of the payloads for all pages.
    QCOMPARE(pages->at(0).resources.value(QStringLiteral("http://news.example/photo.png")).body.constData(),
             pages->at(4).resources.value(QStringLiteral("http://news.example/photo.png")).body.constData());
}

void WarcLoaderTest::plainWarcWithBinaryRecords_loads()
{
    // An uncompressed .warc whose first bytes are an image payload: mostly control bytes,
    // which the binary-data check must not count against a WARC file.
    QByteArray image("\x89PNG\r\n\x1a\n");
    for (int i = 0; i < 16384; ++i)
        image += char(i % 9);
    const QByteArray plain = warcRecord("response", "http://news.example/photo.png", http,
                                        httpResponse("Content-Type: image/png\r\n", image))
        + warcRecord("response", "http://news.example/1", http,
                     httpResponse("Content-Type: text/html; charset=utf-8\r\n", page1Html));
    const auto pages = loadPages(write(QStringLiteral("images.warc"), plain));
    QVERIFY2(pages.ok(), qPrintable(pages.ok() ? QString() : pages.error().toString()));
    QCOMPARE(pages->size(), 1);
    QCOMPARE(pages->front().dom->title(), QStringLiteral("Алеппо"));
    QCOMPARE(pages->front().resources.value(QStringLiteral("http://news.example/photo.png")).body, image);

    const auto records = listWarcRecords(m_dir.filePath(QStringLiteral("images.warc")));
    QVERIFY(records.ok());
    QCOMPARE(records->size(), 1);

    // A real binary file named .warc is still refused by its signature.
    const auto png = loadPages(write(QStringLiteral("photo.warc"), image));
    QVERIFY(!png.ok());
    QCOMPARE(png.error().code, QStringLiteral("binary"));
}

void WarcLoaderTest::bigRecords_areSkippedWithinCaps_data()
{
    QTest::addColumn<bool>("compressed");
    QTest::newRow(".warc.gz") << true;
    QTest::newRow(".warc") << false;
}

void WarcLoaderTest::bigRecords_areSkippedWithinCaps()
{
    QFETCH(bool, compressed);
    const auto zeros = [](qsizetype size) { return QByteArray(size, '\0'); };
    const QList<QByteArray> records{
        warcRecord("response", "http://news.example/blob", http,
                   httpResponse("Content-Type: application/octet-stream\r\n", zeros(8 << 20))),
        warcRecord("response", "http://news.example/1", http,
                   httpResponse("Content-Type: text/html; charset=utf-8\r\n", page1Html)),
        warcRecord("response", "http://news.example/big.png", http,
                   httpResponse("Content-Type: image/png\r\n", zeros(2 << 20))),
        warcRecord("response", "http://news.example/a.png", http,
                   httpResponse("Content-Type: image/png\r\n", zeros(1 << 20))),
        warcRecord("response", "http://news.example/b.png", http,
                   httpResponse("Content-Type: image/png\r\n", zeros(1 << 20))),
        warcRecord("response", "http://news.example/s.css", http,
                   httpResponse("Content-Type: text/css\r\n", "p{}")),
        warcRecord("response", "http://news.example/app.js", http,
                   httpResponse("Content-Type: application/javascript\r\n", "alert(1)")),
        warcRecord("response", "http://news.example/data.bin", http,
                   httpResponse("Content-Type: application/octet-stream\r\n", zeros(1000))),
    };
    QByteArray file;
    for (const QByteArray &record : records)
        file += compressed ? gzipMember(record) : record;
    const QString path = write(compressed ? QStringLiteral("big.warc.gz") : QStringLiteral("big.warc"), file);
    LoadOptions options;
    options.maxWarcRecordBytes = 4 << 20;
    options.maxWarcResourceBytes = (1 << 20) + 100;
    options.maxWarcResourcesTotalBytes = (3 << 19);   // 1.5 MB: room for one 1 MB image
    options.maxFileBytes = 64 << 20;
    const auto pages = loadPages(path, options);
    QVERIFY2(pages.ok(), qPrintable(pages.ok() ? QString() : pages.error().toString()));
    QCOMPARE(pages->size(), 1);
    const Page &page = pages->front();
    QCOMPARE(page.dom->title(), QStringLiteral("Алеппо"));
    QCOMPARE(page.resources.size(), 2);
    QVERIFY(page.resources.contains(QStringLiteral("http://news.example/a.png")));
    QVERIFY(page.resources.contains(QStringLiteral("http://news.example/s.css")));
    const auto mentions = [&](const char *uri, const char *what) {
        return std::any_of(page.diagnostics.cbegin(), page.diagnostics.cend(), [&](const Diagnostic &d) {
            return d.message.contains(QLatin1String(uri)) && d.message.contains(QLatin1String(what));
        });
    };
    QVERIFY(mentions("http://news.example/blob", "larger than the 4.0 MB Galley reads from one record"));
    QVERIFY(mentions("http://news.example/big.png", "Galley keeps for one resource"));
    QVERIFY(mentions("http://news.example/b.png", "Galley keeps in all"));
    QVERIFY(!mentions("http://news.example/app.js", ""));
    QVERIFY(!mentions("http://news.example/data.bin", ""));

    // The record picker reads past the skipped record too.
    const auto list = listWarcRecords(path);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 1);
}

void WarcLoaderTest::brotliRecord_isSkippedWithDiagnostic()
{
    const auto page = loadPage(m_gzPath);
    QVERIFY(page.ok());
    const auto found = std::find_if(page->diagnostics.cbegin(), page->diagnostics.cend(), [](const Diagnostic &d) {
        return d.message.contains(QLatin1String("Brotli"));
    });
    QVERIFY(found != page->diagnostics.cend());
    QVERIFY(found->message.contains(QLatin1String("http://news.example/br")));
}

void WarcLoaderTest::warcRecordOption_selectsOneRecord()
{
    LoadOptions options;
    options.warcRecord = 3;
    const auto pages = loadPages(m_gzPath, options);
    QVERIFY(pages.ok());
    QCOMPARE(pages->size(), 1);
    QCOMPARE(pages->front().record, 3);
    QCOMPARE(pages->front().dom->title(), QStringLiteral("Sniffed"));
    QCOMPARE(pages->front().resources.size(), 2);
}

void WarcLoaderTest::warcRecordOption_outOfRange()
{
    LoadOptions options;
    options.warcRecord = 5;
    const auto page = loadPage(m_gzPath, options);
    QVERIFY(!page.ok());
    QCOMPARE(page.error().code, QStringLiteral("record-not-found"));
    QCOMPARE(page.error().toString(),
             m_gzPath + QStringLiteral(": the WARC file has 5 HTML record(s); record 5 does not exist"));
}

void WarcLoaderTest::listWarcRecords_describesHtmlRecords()
{
    const auto records = listWarcRecords(m_gzPath);
    QVERIFY(records.ok());
    QCOMPARE(records->size(), 5);
    const WarcRecordInfo &first = records->front();
    QCOMPARE(first.index, 0);
    QCOMPARE(first.targetUri, QStringLiteral("http://news.example/1"));
    QCOMPARE(first.title, QStringLiteral("Алеппо"));
    QCOMPARE(first.date, QStringLiteral("2016-12-15T10:00:00Z"));
    QCOMPARE(first.payloadBytes, page1Html.size());
    const qint64 expectedOffset = m_records[0].size() + m_records[1].size();
    QCOMPARE(first.fileOffset, expectedOffset);
    QCOMPARE(records->at(2).title, QStringLiteral("Вторая"));
    QCOMPARE(records->at(4).title, QStringLiteral("Deflated"));
    QCOMPARE(records->at(4).index, 4);
}

void WarcLoaderTest::payloadDiagnostics_pointAtTheirRecord()
{
    const QByteArray first = warcRecord("response", "http://x/ok", http,
                                        httpResponse("Content-Type: text/css\r\n", "p{}"));
    const QByteArray second = warcRecord("response", "http://x/bad", http,
                                         httpResponse("Content-Type: text/html; charset=utf-8\r\n",
                                                      "<title>ok</title><p>caf\xc3 bad</p>"));
    const QString path = write(QStringLiteral("invalid.warc"), first + second);
    const auto page = loadPage(path);
    QVERIFY(page.ok());
    const auto found = std::find_if(page->diagnostics.cbegin(), page->diagnostics.cend(),
                                    [](const Diagnostic &d) { return d.code == QLatin1String("invalid-bytes"); });
    QVERIFY(found != page->diagnostics.cend());
    QCOMPARE(found->byteOffset, first.size());
    QVERIFY2(found->message.endsWith(QStringLiteral("(byte 23 of the record's payload)")), qPrintable(found->message));
}

void WarcLoaderTest::absurdContentLength_stopsWithWarning()
{
    const QByteArray good = warcRecord("resource", "http://x/a", "text/html", "<title>A</title>");
    const QString path = write(QStringLiteral("absurd.warc"),
                               good + "WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: 9223372036854775807\r\n\r\nxx");
    const auto pages = loadPages(path);
    QVERIFY(pages.ok());
    QCOMPARE(pages->size(), 1);
    const bool warned = std::any_of(pages->front().diagnostics.cbegin(), pages->front().diagnostics.cend(),
                                    [&](const Diagnostic &d) {
                                        return d.message.contains(QStringLiteral("has no valid Content-Length"))
                                            && d.byteOffset == good.size();
                                    });
    QVERIFY(warned);
}

void WarcLoaderTest::truncatedWarc_keepsCompleteRecords_data()
{
    QTest::addColumn<bool>("compressed");
    QTest::addColumn<QString>("warning");
    QTest::addColumn<int>("keptPercent");
    QTest::newRow("uncompressed, cut inside the headers") << false << "is truncated inside its headers" << 50;
    QTest::newRow("uncompressed, cut inside the content") << false << "content bytes are present" << 90;
    QTest::newRow("gzip, cut inside the last member") << true << "is damaged" << 50;
}

void WarcLoaderTest::truncatedWarc_keepsCompleteRecords()
{
    QFETCH(bool, compressed);
    QFETCH(QString, warning);
    QFETCH(int, keptPercent);
    QByteArray bytes;
    for (qsizetype i = 0; i + 1 < m_records.size(); ++i)
        bytes += compressed ? gzipMember(m_records[i]) : m_records[i];
    const QByteArray last = compressed ? gzipMember(m_records.back()) : m_records.back();
    const qint64 lastStart = bytes.size();
    bytes += last.left(last.size() * keptPercent / 100);
    const QString path = write(compressed ? QStringLiteral("cut.warc.gz") : QStringLiteral("cut.warc"), bytes);
    const auto pages = loadPages(path);
    QVERIFY(pages.ok());
    QCOMPARE(pages->size(), 4);   // the deflate record was cut off
    const auto found = std::find_if(pages->front().diagnostics.cbegin(), pages->front().diagnostics.cend(),
                                    [&](const Diagnostic &d) { return d.message.contains(warning); });
    QVERIFY(found != pages->front().diagnostics.cend());
    qint64 expectedOffset = lastStart;   // compressed: the member's file offset; else the stream offset
    QCOMPARE(found->byteOffset, expectedOffset);
    QVERIFY(found->message.contains(QString::number(expectedOffset)));
}

QTEST_GUILESS_MAIN(WarcLoaderTest)
#include "warc_loader_test.moc"
