#include "load/header_fields.h"
#include "load/http_message.h"
#include "util/gzip.h"

#include <QTest>

using namespace galley;

class HttpMessageTest : public QObject
{
    Q_OBJECT

private slots:
    void headerParameter_data();
    void headerParameter();
    void headerBlock_unfoldsContinuationLines();
    void response_statusHeadersAndBody();
    void dechunk_data();
    void dechunk();
    void chunkedGzipBody_isDecoded();
    void brotliBody_isUnusableWithClearProblem();
    void gzipHeaderOnPlainBody_isKept();
};

void HttpMessageTest::headerParameter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QByteArray("text/html; charset=utf-8") << QByteArray("charset") << QByteArray("utf-8");
    QTest::newRow("quoted with semicolon") << QByteArray("multipart/related; boundary=\"a;b=c\"; type=\"text/html\"")
                                           << QByteArray("boundary") << QByteArray("a;b=c");
    QTest::newRow("after a quoted one") << QByteArray("multipart/related; boundary=\"a;b\"; type=text/html")
                                        << QByteArray("type") << QByteArray("text/html");
    QTest::newRow("case-insensitive name") << QByteArray("text/html;CHARSET = \"KOI8-R\"") << QByteArray("charset")
                                           << QByteArray("KOI8-R");
    QTest::newRow("after a flag without value") << QByteArray("text/html; flag; charset=gbk") << QByteArray("charset")
                                                << QByteArray("gbk");
    QTest::newRow("absent") << QByteArray("text/html") << QByteArray("charset") << QByteArray();
}

void HttpMessageTest::headerParameter()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, expected);
    QCOMPARE(galley::headerParameter(value, name), expected);
}

void HttpMessageTest::headerBlock_unfoldsContinuationLines()
{
    const HeaderBlock block = parseHeaderBlock("Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n"
                                               "  boundary=\"----B\"\r\nX: y\r\n\r\nbody");
    QCOMPARE(block.fields.value("content-type"), QByteArray("multipart/related; type=\"text/html\"; boundary=\"----B\""));
    QCOMPARE(galley::headerParameter(block.fields.value("Content-Type"), "boundary"), QByteArray("----B"));
    QCOMPARE(block.fields.value("x"), QByteArray("y"));
    QCOMPARE(block.bodyOffset, qsizetype(strlen("Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n"
                                                "  boundary=\"----B\"\r\nX: y\r\n\r\n")));
    QCOMPARE(parseHeaderBlock("A: b\r\nno blank line").bodyOffset, -1);
}

void HttpMessageTest::response_statusHeadersAndBody()
{
    HttpResponse response;
    QVERIFY(parseHttpResponse("HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<p>gone</p>", response));
    QCOMPARE(response.status, 404);
    QCOMPARE(response.headers.value("content-type"), QByteArray("text/html"));
    QCOMPARE(response.rawBody, QByteArray("<p>gone</p>"));
    QVERIFY(!parseHttpResponse("dns response", response));
}

void HttpMessageTest::dechunk_data()
{
    QTest::addColumn<QByteArray>("chunked");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("problem");
    QTest::newRow("two chunks and trailer") << QByteArray("5\r\nHello\r\n7;x=y\r\n, world\r\n0\r\nX-T: 1\r\n\r\n")
                                            << QByteArray("Hello, world") << QString();
    QTest::newRow("upper-case hex") << QByteArray("A\r\n0123456789\r\n0\r\n\r\n") << QByteArray("0123456789") << QString();
    QTest::newRow("truncated chunk") << QByteArray("10\r\nshort") << QByteArray("short") << "is truncated";
    QTest::newRow("bad size") << QByteArray("zz\r\nabc") << QByteArray() << "malformed chunk size";
    QTest::newRow("no final chunk") << QByteArray("3\r\nabc\r\n") << QByteArray("abc") << "no final zero-size chunk";
}

void HttpMessageTest::dechunk()
{
    QFETCH(QByteArray, chunked);
    QFETCH(QByteArray, body);
    QFETCH(QString, problem);
    QStringList problems;
    QCOMPARE(galley::dechunk(chunked, problems), body);
    if (problem.isEmpty())
        QVERIFY(problems.isEmpty());
    else
        QVERIFY2(!problems.isEmpty() && problems.front().contains(problem), qPrintable(problems.join(u'|')));
}

void HttpMessageTest::chunkedGzipBody_isDecoded()
{
    const QByteArray compressed = gzipMember("<title>zipped</title>");
    QByteArray chunkedBody = QByteArray::number(compressed.size(), 16) + "\r\n" + compressed + "\r\n0\r\n\r\n";
    HttpResponse response;
    QVERIFY(parseHttpResponse("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n"
                              + chunkedBody, response));
    const HttpBody body = decodeHttpBody(response);
    QVERIFY(body.usable);
    QVERIFY(body.problems.isEmpty());
    QCOMPARE(body.bytes, QByteArray("<title>zipped</title>"));
}

void HttpMessageTest::brotliBody_isUnusableWithClearProblem()
{
    HttpResponse response;
    QVERIFY(parseHttpResponse("HTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\n\x1b\x03", response));
    const HttpBody body = decodeHttpBody(response);
    QVERIFY(!body.usable);
    QCOMPARE(body.problems.size(), 1);
    QVERIFY(body.problems.front().contains(QStringLiteral("Brotli")));
}

void HttpMessageTest::gzipHeaderOnPlainBody_isKept()
{
    // Some crawlers store the decoded body and keep the original header.
    HttpResponse response;
    QVERIFY(parseHttpResponse("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n<p>plain</p>", response));
    const HttpBody body = decodeHttpBody(response);
    QVERIFY(body.usable);
    QCOMPARE(body.bytes, QByteArray("<p>plain</p>"));
}

QTEST_GUILESS_MAIN(HttpMessageTest)
#include "http_message_test.moc"
