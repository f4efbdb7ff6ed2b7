#include "load/page_loader.h"
#include "util/gzip.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;

// One page, saved as a plain HTML file, inside an MHTML archive (quoted-printable and
// base64) and inside a WARC (chunked, gzip): every loader must give the same document.
class ContainerEquivalenceTest : public QObject
{
    Q_OBJECT

private slots:
    void sameDocumentFromEveryContainer_data();
    void sameDocumentFromEveryContainer();

private:
    QTemporaryDir m_dir;
};

namespace {

QByteArray quotedPrintable(const QByteArray &bytes)
{
    QByteArray out;
    int lineLength = 0;
    for (const char c : bytes) {
        const uchar byte = uchar(c);
        const QByteArray encoded = (byte >= 0x80 || byte == '=' || byte == '\r' || byte == '\n')
            ? "=" + QByteArray::number(byte, 16).toUpper().rightJustified(2, '0')
            : QByteArray(1, c);
        if (lineLength + encoded.size() > 75) {
            out += "=\r\n";   // soft line break
            lineLength = 0;
        }
        out += encoded;
        lineLength += int(encoded.size());
    }
    return out;
}

QByteArray mhtml(const QByteArray &html, const QByteArray &transferEncoding)
{
    const QByteArray body = transferEncoding == "base64" ? html.toBase64() : quotedPrintable(html);
    return "From: <Saved by Blink>\r\nSnapshot-Content-Location: http://x/page\r\nMIME-Version: 1.0\r\n"
           "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----B\"\r\n\r\n"
           "------B\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: " + transferEncoding
        + "\r\nContent-Location: http://x/page\r\n\r\n" + body + "\r\n------B--\r\n";
}

QByteArray warcGz(const QByteArray &html)
{
    const QByteArray compressed = gzipMember(html);
    QByteArray chunked;
    for (qsizetype at = 0; at < compressed.size(); at += 100) {
        const QByteArray chunk = compressed.mid(at, 100);
        chunked += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
    }
    const QByteArray http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n"
                            "Content-Encoding: gzip\r\n\r\n" + chunked + "0\r\n\r\n";
    return gzipMember("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://x/page\r\nContent-Length: "
                      + QByteArray::number(http.size()) + "\r\n\r\n" + http + "\r\n\r\n");
}

} // namespace

void ContainerEquivalenceTest::sameDocumentFromEveryContainer_data()
{
    QTest::addColumn<QString>("fixture");
    QVERIFY(m_dir.isValid());
    for (const char *name : {"windows1251_meta.html", "shiftjis_meta.html", "gb18030_meta.html",
                             "utf8_meta.html", "latin1_meta.html"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void ContainerEquivalenceTest::sameDocumentFromEveryContainer()
{
    QFETCH(QString, fixture);
    QFile file(QStringLiteral(GALLEY_TEST_DATA_DIR "/load/") + fixture);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray html = file.readAll();
    const auto reference = loadPage(file.fileName());
    QVERIFY(reference.ok());

    const QList<std::pair<QString, QByteArray>> containers{
        {QStringLiteral("qp.mhtml"), mhtml(html, "quoted-printable")},
        {QStringLiteral("b64.mht"), mhtml(html, "base64")},
        {QStringLiteral("page.warc.gz"), warcGz(html)},
    };
    for (const auto &[name, bytes] : containers) {
        const QString path = m_dir.filePath(fixture + QLatin1Char('.') + name);
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        const auto page = loadPage(path);
        QVERIFY2(page.ok(), qPrintable(name));
        QCOMPARE(page->content, reference->content);
        QCOMPARE(page->charset, reference->charset);
        QCOMPARE(page->dom->title(), reference->dom->title());
        QCOMPARE(page->contentHash, reference->contentHash);
        QCOMPARE(page->url, QStringLiteral("http://x/page"));
    }
}

QTEST_GUILESS_MAIN(ContainerEquivalenceTest)
#include "container_equivalence_test.moc"
