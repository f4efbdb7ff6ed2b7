#include "load/page_loader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;

class TextLoaderTest : public QObject
{
    Q_OBJECT

private slots:
    void utf8Text_keepsCrlfVerbatim();
    void sourceByteOffset_data();
    void sourceByteOffset();
    void sourceByteOffset_matchesEveryCharacterOfALongText();
    void sourceByteOffset_outOfRangeIsMinusOne();
    void windows1251Text_isDetected();
    void utf16Text_withBom();
    void realSample_loadsAsUtf8Text();
};

namespace {

QString data(const char *name)
{
    return QStringLiteral(GALLEY_TEST_DATA_DIR "/load/") + QLatin1String(name);
}

} // namespace

void TextLoaderTest::utf8Text_keepsCrlfVerbatim()
{
    const auto page = loadPage(data("utf8_crlf.txt"));
    QVERIFY(page.ok());
    QCOMPARE(page->format, PageFormat::Text);
    QVERIFY(!page->dom);
    QCOMPARE(page->charset, QStringLiteral("UTF-8"));
    QCOMPARE(page->content, QStringLiteral("Café au lait\r\nEmoji 😀 here\r\nЖурнал end\r\n"));
}

void TextLoaderTest::sourceByteOffset_data()
{
    // "Café au lait\r\nEmoji 😀 here\r\nЖурнал end\r\n" in UTF-8
    QTest::addColumn<int>("utf16Offset");
    QTest::addColumn<int>("byteOffset");
    QTest::newRow("start") << 0 << 0;
    QTest::newRow("é is two bytes") << 3 << 3;
    QTest::newRow("after é") << 4 << 5;
    QTest::newRow("CR") << 12 << 13;
    QTest::newRow("after CRLF") << 14 << 15;
    QTest::newRow("emoji start") << 20 << 21;
    QTest::newRow("inside the emoji's surrogate pair") << 21 << 21;
    QTest::newRow("after emoji (4 bytes)") << 22 << 25;
    QTest::newRow("Ж start") << 29 << 32;
    QTest::newRow("after Ж (two bytes)") << 30 << 34;
    QTest::newRow("after Журнал") << 35 << 44;
    QTest::newRow("end") << 41 << 50;
}

void TextLoaderTest::sourceByteOffset()
{
    QFETCH(int, utf16Offset);
    QFETCH(int, byteOffset);
    const auto page = loadPage(data("utf8_crlf.txt"));
    QVERIFY(page.ok());
    QCOMPARE(page->sourceByteOffset(utf16Offset), qint64(byteOffset));
}

void TextLoaderTest::sourceByteOffset_matchesEveryCharacterOfALongText()
{
    // Longer than several checkpoint intervals, with surrogate pairs straddling checkpoints.
    QString text;
    for (int i = 0; i < 300; ++i)
        text += (i % 7 == 0) ? QStringLiteral("😀") : (i % 3 == 0) ? QStringLiteral("Ж\r\n") : QStringLiteral("ab");
    const QByteArray utf8 = text.toUtf8();
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("long.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(utf8);
    file.close();
    const auto page = loadPage(file.fileName());
    QVERIFY(page.ok());
    QCOMPARE(page->content, text);
    for (qsizetype offset = 0; offset <= text.size(); ++offset) {
        qsizetype whole = offset;
        if (whole > 0 && whole < text.size() && text.at(whole).isLowSurrogate())
            --whole;
        QCOMPARE(page->sourceByteOffset(offset), qint64(text.first(whole).toUtf8().size()));
    }
}

void TextLoaderTest::sourceByteOffset_outOfRangeIsMinusOne()
{
    const auto page = loadPage(data("utf8_crlf.txt"));
    QVERIFY(page.ok());
    QCOMPARE(page->sourceByteOffset(-1), -1);
    QCOMPARE(page->sourceByteOffset(page->content.size() + 1), -1);
    const auto html = loadPage(data("utf8_meta.html"));
    QVERIFY(html.ok());
    QCOMPARE(html->sourceByteOffset(0), -1);
}

void TextLoaderTest::windows1251Text_isDetected()
{
    const auto page = loadPage(data("windows1251.txt"));
    QVERIFY(page.ok());
    QCOMPARE(page->charset, QStringLiteral("windows-1251"));
    QCOMPARE(page->charsetSource, QStringLiteral("detected"));
    QVERIFY(page->content.startsWith(QStringLiteral("Министр иностранных дел")));
    const qsizetype offset = page->content.indexOf(QStringLiteral("России"));
    QCOMPARE(page->sourceByteOffset(offset), qint64(offset));   // one byte per character
}

void TextLoaderTest::utf16Text_withBom()
{
    const auto page = loadPage(data("utf16le_bom.txt"));
    QVERIFY(page.ok());
    QCOMPARE(page->charset, QStringLiteral("UTF-16LE"));
    QCOMPARE(page->charsetSource, QStringLiteral("bom"));
    QCOMPARE(page->content, QStringLiteral("Zürich 😀 text\n"));
    QCOMPARE(page->sourceByteOffset(0), 2);                       // after the BOM
    QCOMPARE(page->sourceByteOffset(7), 2 + 7 * 2);
    QCOMPARE(page->sourceByteOffset(10), 2 + 10 * 2);             // after the surrogate pair
}

void TextLoaderTest::realSample_loadsAsUtf8Text()
{
    const QString path = QStringLiteral(GALLEY_SHARED_DIR "/samples/000_16f1a91c8f003b41.txt");
    if (!QFile::exists(path))
        QSKIP("the shared sample " GALLEY_SHARED_DIR "/samples/000_16f1a91c8f003b41.txt is absent");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const auto page = loadPage(path);
    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().toString()));
    QCOMPARE(page->format, PageFormat::Text);
    QCOMPARE(page->charset, QStringLiteral("UTF-8"));
    QVERIFY(page->content.startsWith(QStringLiteral("03:31 GMT +3")));
    QVERIFY(page->content.contains(QStringLiteral("Liberation of Aleppo 'Watershed Moment'")));
    QCOMPARE(page->content, QString::fromUtf8(bytes));
    // The dateline is "MOSCOW (Sputnik)", a no-break space (2 bytes) and an em dash (3 bytes).
    const QString dateline = QStringLiteral("MOSCOW (Sputnik)\u00A0—");
    const qsizetype sputnik = page->content.indexOf(dateline);
    QVERIFY(sputnik > 0);
    QCOMPARE(page->sourceByteOffset(sputnik), qint64(bytes.indexOf("MOSCOW (Sputnik)")));
    QCOMPARE(page->sourceByteOffset(sputnik + dateline.size()),
             qint64(bytes.indexOf("MOSCOW (Sputnik)") + 16 + 2 + 3));
    QCOMPARE(page->sourceByteOffset(page->content.size()), qint64(bytes.size()));
    QVERIFY(page->diagnostics.isEmpty());
}

QTEST_GUILESS_MAIN(TextLoaderTest)
#include "text_loader_test.moc"
