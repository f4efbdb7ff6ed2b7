// Feeds loaders and extractors thousands of damaged saved pages (truncated, bit-flipped,
// spliced) from a fixed seed: each must give a document or an error naming the file,
// never a crash or a hang.
#include "extract/article_extractor.h"
#include "load/page_loader.h"
#include "util/gzip.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;

class LoaderMutationTest : public QObject
{
    Q_OBJECT

private slots:
    void damagedPages_loadOrFailCleanly_data();
    void damagedPages_loadOrFailCleanly();
};

namespace {

const char kHtml[] =
    "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Harbour vote</title>"
    "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Harbour vote\","
    "\"datePublished\":\"2024-03-14T09:30:00Z\",\"author\":{\"@type\":\"Person\",\"name\":\"Ann Lee\"}}</script>"
    "</head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>Harbour vote</h1>"
    "<p class=\"byline\">By Ann Lee</p><p>The council voted 7 to 2 on Tuesday to rebuild the harbour wall, "
    "a project costing $4.5 million.</p><p>\"It is a watershed moment,\" the mayor said. Über 3 km² "
    "were flooded \xF0\x9F\x8C\x8A.</p><blockquote>We will not wait.</blockquote><ul><li>One</li><li>Two</li></ul>"
    "</article><footer>\xC2\xA9 2024 The Gazette</footer></body></html>";

QByteArray mhtml()
{
    QByteArray qp = QByteArray(kHtml).replace("=", "=3D");
    return QByteArray("From: <Saved by Blink>\r\nSnapshot-Content-Location: https://gazette.example/harbour\r\n"
                      "Subject: Harbour vote\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
                      "\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--abc\"\r\n\r\n"
                      "------MultipartBoundary--abc\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
                      "Content-Transfer-Encoding: quoted-printable\r\nContent-Location: https://gazette.example/harbour\r\n\r\n")
        + qp + "\r\n\r\n------MultipartBoundary--abc\r\nContent-Type: text/css\r\n"
               "Content-Transfer-Encoding: base64\r\nContent-Location: https://gazette.example/s.css\r\n\r\n"
        + QByteArray("p { color: #222 }").toBase64() + "\r\n\r\n------MultipartBoundary--abc--\r\n";
}

QByteArray warcRecord(const QByteArray &type, const QByteArray &uri, const QByteArray &block)
{
    return "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri
        + "\r\nWARC-Date: 2024-03-14T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + QByteArray::number(qHash(uri + type))
        + ">\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: "
        + QByteArray::number(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
}

QByteArray warcGz()
{
    const QByteArray body = gzipMember(kHtml);
    QByteArray chunked = QByteArray::number(body.size(), 16) + "\r\n" + body + "\r\n0\r\n\r\n";
    const QByteArray http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                            "Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked;
    return gzipMember(warcRecord("response", "https://gazette.example/harbour", http))
        + gzipMember(warcRecord("response", "https://gazette.example/s.css",
                                "HTTP/1.1 200 OK\r\nContent-Type: text/css\r\n\r\np{}"));
}

QByteArray mutate(QByteArray data, QRandomGenerator &random)
{
    const int edits = 1 + int(random.bounded(4));
    for (int i = 0; i < edits && !data.isEmpty(); ++i) {
        const qsizetype at = qsizetype(random.bounded(quint32(data.size())));
        switch (random.bounded(5)) {
        case 0: data.truncate(at); break;                                       // cut short
        case 1: data[at] = char(data[at] ^ char(1 << random.bounded(8))); break; // flip a bit
        case 2: data.insert(at, QByteArray(int(random.bounded(1, 64)), char(random.bounded(256)))); break;
        case 3: data.remove(at, qsizetype(random.bounded(1, 128))); break;
        case 4: data.insert(at, data.mid(qsizetype(random.bounded(quint32(data.size()))), 200)); break;
        }
    }
    return data;
}

} // namespace

void LoaderMutationTest::damagedPages_loadOrFailCleanly_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("original");
    QTest::newRow("html") << QStringLiteral(".html") << QByteArray(kHtml);
    QTest::newRow("mhtml") << QStringLiteral(".mhtml") << mhtml();
    QTest::newRow("warc.gz") << QStringLiteral(".warc.gz") << warcGz();
    QTest::newRow("text") << QStringLiteral(".txt")
                          << QByteArray("Home News\n\nHarbour vote\n\nBy Ann Lee\n\nThe council voted 7 to 2.\n");
}

void LoaderMutationTest::damagedPages_loadOrFailCleanly()
{
    QFETCH(QString, suffix);
    QFETCH(QByteArray, original);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    // The undamaged page loads and has an article body.
    const QString intact = dir.filePath(QStringLiteral("intact") + suffix);
    {
        QFile file(intact);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(original);
    }
    const auto loaded = loadPages(intact);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    QVERIFY(!loaded->isEmpty());
    QVERIFY(extractArticle(loaded->first()).text.contains(QLatin1String("council voted")));

    QRandomGenerator random(20261125);
    QElapsedTimer slowest;
    qint64 worstMs = 0;
    for (int round = 0; round < 400; ++round) {
        const QString path = dir.filePath(QStringLiteral("damaged-%1").arg(round) + suffix);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(mutate(original, random));
        }
        slowest.start();
        const auto pages = loadPages(path);
        if (pages) {
            for (const Page &page : *pages)
                extractArticle(page);
        } else {
            QVERIFY2(pages.error().toString().startsWith(path), qPrintable(pages.error().toString()));
            QVERIFY(!pages.error().message.isEmpty());
        }
        worstMs = qMax(worstMs, slowest.elapsed());
    }
    QVERIFY2(worstMs < 2000, qPrintable(QStringLiteral("a damaged page took %1 ms").arg(worstMs)));
}

QTEST_GUILESS_MAIN(LoaderMutationTest)
#include "loader_mutation_test.moc"
