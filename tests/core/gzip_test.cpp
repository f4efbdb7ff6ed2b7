#include "util/gzip.h"

#include <QTest>

#include <zlib.h>

using namespace galley;

class GzipTest : public QObject
{
    Q_OBJECT

private slots:
    void multiMember_concatenatesAllMembers();
    void member_reportsWhereTheNextStarts();
    void truncated_keepsDecodedPrefixAndReportsOffset();
    void corrupt_isReported();
    void zeroPaddingAfterLastMember_isTolerated();
    void decompressionBomb_isCapped();
    void httpDeflate_acceptsZlibAndRawStreams();
};

namespace {

QByteArray deflated(const QByteArray &data, int windowBits)
{
    QByteArray out(qsizetype(compressBound(uLong(data.size()))) + 64, Qt::Uninitialized);
    z_stream stream{};
    deflateInit2(&stream, 6, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

QByteArray sampleText(int size)
{
    QByteArray text;
    for (int i = 0; text.size() < size; ++i)
        text += "line " + QByteArray::number(i) + " of the page\n";
    return text.left(size);
}

} // namespace

void GzipTest::multiMember_concatenatesAllMembers()
{
    const QByteArray a = sampleText(300000);   // larger than the 256 KiB output buffer
    const QByteArray b("second member");
    const GunzipResult result = gunzip(gzipMember(a) + gzipMember(b) + gzipMember({}));
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.members, 3);
    QCOMPARE(result.data, a + b);
}

void GzipTest::member_reportsWhereTheNextStarts()
{
    const QByteArray first = gzipMember("one");
    const QByteArray file = first + gzipMember("two");
    const GunzipResult one = gunzipMember(file, 0);
    QCOMPARE(one.data, QByteArray("one"));
    QCOMPARE(one.consumedBytes, first.size());
    const GunzipResult two = gunzipMember(file, one.consumedBytes);
    QCOMPARE(two.data, QByteArray("two"));
}

void GzipTest::truncated_keepsDecodedPrefixAndReportsOffset()
{
    const QByteArray whole = gzipMember("complete") + gzipMember(sampleText(100000));
    const QByteArray cut = whole.left(whole.size() - 40);
    const GunzipResult result = gunzip(cut);
    QCOMPARE(result.error, QStringLiteral("truncated compressed stream"));
    QCOMPARE(result.members, 1);
    QVERIFY(result.data.startsWith("complete"));
    QVERIFY(result.errorOffset > gzipMember("complete").size());
}

void GzipTest::corrupt_isReported()
{
    QByteArray damaged = gzipMember(sampleText(5000));
    damaged[20] = char(damaged[20] ^ 0xff);
    damaged[21] = char(damaged[21] ^ 0xff);
    const GunzipResult result = gunzip(damaged);
    QVERIFY2(!result.error.isEmpty(), "a damaged member must not pass as complete");
    QVERIFY(result.errorOffset >= 0);
    QCOMPARE(result.members, 0);
}

void GzipTest::zeroPaddingAfterLastMember_isTolerated()
{
    const GunzipResult result = gunzip(gzipMember("padded") + QByteArray(512, '\0'));
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.data, QByteArray("padded"));
}

void GzipTest::decompressionBomb_isCapped()
{
    const GunzipResult result = gunzip(gzipMember(QByteArray(4 * 1024 * 1024, 'a')), 1024 * 1024);
    QVERIFY(result.error.contains(QStringLiteral("exceeds 1048576 bytes")));
    QVERIFY(result.data.size() <= 1024 * 1024);
}

void GzipTest::httpDeflate_acceptsZlibAndRawStreams()
{
    const QByteArray text = sampleText(2000);
    QCOMPARE(inflateHttpDeflate(deflated(text, MAX_WBITS)).data, text);
    QCOMPARE(inflateHttpDeflate(deflated(text, -MAX_WBITS)).data, text);
    QVERIFY(!inflateHttpDeflate(deflated(text, -MAX_WBITS).left(100)).error.isEmpty());
}

QTEST_GUILESS_MAIN(GzipTest)
#include "gzip_test.moc"
