#include "load/charset_label.h"
#include "load/page_loader.h"
#include "load/text_codec.h"

#include <QTest>

#include <ctime>

using namespace galley;

class CharsetTest : public QObject
{
    Q_OBJECT

private slots:
    void labelsMapAsBrowsersDo_data();
    void labelsMapAsBrowsersDo();
    void everyMappedEncodingOpensInIcu();
    void htmlFixtureDecodes_data();
    void htmlFixtureDecodes();
    void httpCharsetBeatsMeta();
    void metaContentWithManyCharsetWords_isLinear_data();
    void metaContentWithManyCharsetWords_isLinear();
    void unknownHttpCharset_fallsBackToMetaWithWarning();
    void invalidUtf8_becomesReplacementWithOffset();
    void decodeText_countsInvalidSequences();
};

void CharsetTest::labelsMapAsBrowsersDo_data()
{
    QTest::addColumn<QByteArray>("label");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("iso-8859-1 is windows-1252") << QByteArray("ISO-8859-1") << "windows-1252";
    QTest::newRow("latin1") << QByteArray("latin1") << "windows-1252";
    QTest::newRow("us-ascii") << QByteArray("us-ascii") << "windows-1252";
    QTest::newRow("gb2312 is GB18030") << QByteArray("gb2312") << "GB18030";
    QTest::newRow("gbk is GB18030") << QByteArray("GBK") << "GB18030";
    QTest::newRow("x-sjis") << QByteArray("x-sjis") << "Shift_JIS";
    QTest::newRow("cp1251 with spaces") << QByteArray("  cp1251 ") << "windows-1251";
    QTest::newRow("utf8 without dash") << QByteArray("utf8") << "UTF-8";
    QTest::newRow("l9") << QByteArray("l9") << "ISO-8859-15";
    QTest::newRow("unknown label") << QByteArray("klingon-1") << QString();
}

void CharsetTest::labelsMapAsBrowsersDo()
{
    QFETCH(QByteArray, label);
    QFETCH(QString, encoding);
    QCOMPARE(encodingForLabel(label), encoding);
}

void CharsetTest::everyMappedEncodingOpensInIcu()
{
    for (const char *label : {"utf-8", "windows-1251", "windows-1252", "iso-8859-15", "shift_jis",
                              "gb18030", "big5", "euc-jp", "euc-kr", "koi8-r", "iso-2022-jp",
                              "utf-16le", "utf-16be", "ibm866", "macintosh", "windows-874"}) {
        QVERIFY2(isKnownEncoding(encodingForLabel(label)), label);
    }
}

void CharsetTest::htmlFixtureDecodes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("charset");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expectedText");

    const QString ru = QStringLiteral("переговоры о прекращении огня в Алеппо");
    const QString ja = QStringLiteral("首相は経済対策について説明した");
    const QString zh = QStringLiteral("推动政治解决叙利亚问题");
    QTest::newRow("utf-8 meta") << "utf8_meta.html" << "UTF-8" << "meta" << QStringLiteral("Пример 😀");
    QTest::newRow("utf-8 undeclared") << "utf8_nodecl.html" << "UTF-8" << "detected" << ru;
    QTest::newRow("windows-1251 meta http-equiv") << "windows1251_meta.html" << "windows-1251" << "meta" << ru;
    QTest::newRow("windows-1251 detected") << "windows1251_nodecl.html" << "windows-1251" << "detected" << ru;
    QTest::newRow("iso-8859-1 label decodes 0x80 as euro")
        << "latin1_meta.html" << "windows-1252" << "meta" << QStringLiteral("coût estimé : 3 € par");
    QTest::newRow("iso-8859-15 0xA4 is euro")
        << "iso8859_15_meta.html" << "ISO-8859-15" << "meta" << QStringLiteral("3 € par habitant. Élysée");
    QTest::newRow("shift_jis via x-sjis") << "shiftjis_meta.html" << "Shift_JIS" << "meta" << ja;
    QTest::newRow("shift_jis detected") << "shiftjis_nodecl.html" << "Shift_JIS" << "detected" << ja;
    QTest::newRow("gb2312 label decodes as GB18030") << "gb18030_meta.html" << "GB18030" << "meta" << zh;
    QTest::newRow("gb18030 detected") << "gb18030_nodecl.html" << "GB18030" << "detected" << zh;
    QTest::newRow("XHTML XML declaration") << "latin9_xmldecl.xhtml" << "ISO-8859-15" << "meta"
                                           << QStringLiteral("<p>Élysée, café</p>");
    QTest::newRow("BOM beats a wrong meta") << "utf8_bom_wrong_meta.html" << "UTF-8" << "bom" << ru;
}

void CharsetTest::htmlFixtureDecodes()
{
    QFETCH(QString, file);
    QFETCH(QString, charset);
    QFETCH(QString, source);
    QFETCH(QString, expectedText);
    const auto page = loadPage(QStringLiteral(GALLEY_TEST_DATA_DIR "/load/") + file);
    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().toString()));
    QCOMPARE(page->charset, charset);
    QCOMPARE(page->charsetSource, source);
    QVERIFY2(page->content.contains(expectedText), qPrintable(page->content));
    QVERIFY(!page->content.contains(QChar(0xFFFD)));
    QVERIFY(page->dom);
    QVERIFY(!page->dom->title().isEmpty());
    QVERIFY(!page->dom->title().contains(QChar(0xFFFD)));
}

void CharsetTest::httpCharsetBeatsMeta()
{
    const QByteArray cp1251("<meta charset=utf-8><p>\xcd\xee\xe2\xee\xf1\xf2\xe8</p>");
    const auto page = loadHtmlBytes(cp1251, QStringLiteral("response"),
                                    QStringLiteral("text/html; charset=\"CP1251\""));
    QVERIFY(page.ok());
    QCOMPARE(page->charset, QStringLiteral("windows-1251"));
    QCOMPARE(page->charsetSource, QStringLiteral("http"));
    QVERIFY(page->content.contains(QStringLiteral("Новости")));
}

void CharsetTest::metaContentWithManyCharsetWords_isLinear_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("tail");
    const QByteArray noise = QByteArray("CharSet ").repeated(7800);   // ~62 KB, inside the meta search window
    QTest::newRow("meta http-equiv content") << "<meta http-equiv=Content-Type content=\"text/html; " + noise
                                             << QByteArray("CHARSET = 'windows-1251'\">");
    QTest::newRow("xml declaration") << "<?xml version=\"1.0\" encoding " + noise.left(20000)
                                     << QByteArray("encoding=\"windows-1251\"?>");
    QTest::newRow("no charset=") << "<meta http-equiv=Content-Type content=\"" + noise << QByteArray("\">");
}

void CharsetTest::metaContentWithManyCharsetWords_isLinear()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, tail);
    const QByteArray html = head + tail + "<p>\xcd\xee\xe2\xee\xf1\xf2\xe8</p>";
    const std::clock_t start = std::clock();
    for (int i = 0; i < 5; ++i) {
        const auto page = loadHtmlBytes(html, QStringLiteral("meta.html"));
        QVERIFY(page.ok());
        if (QByteArray(QTest::currentDataTag()) != "no charset=" && QByteArray(QTest::currentDataTag()) != "xml declaration")
            QCOMPARE(page->charsetSource, QStringLiteral("meta"));
    }
    const qint64 ms = qint64(std::clock() - start) * 1000 / CLOCKS_PER_SEC;
    qInfo("5 loads in %lld ms of processor time", ms);
    QVERIFY2(ms < 600, "the charset= search must not copy the rest of the attribute per match");
}

void CharsetTest::unknownHttpCharset_fallsBackToMetaWithWarning()
{
    const QByteArray cp1251("<meta charset=windows-1251><p>\xcd\xee\xe2\xee\xf1\xf2\xe8</p>");
    const auto page = loadHtmlBytes(cp1251, QStringLiteral("response"), QStringLiteral("text/html; charset=klingon-8"));
    QVERIFY(page.ok());
    QCOMPARE(page->charsetSource, QStringLiteral("meta"));
    QVERIFY(page->content.contains(QStringLiteral("Новости")));
    QCOMPARE(page->diagnostics.size(), 1);
    QCOMPARE(page->diagnostics.front().code, QStringLiteral("unknown-charset"));
    QVERIFY(page->diagnostics.front().message.contains(QStringLiteral("\"klingon-8\"")));
}

void CharsetTest::invalidUtf8_becomesReplacementWithOffset()
{
    const QString path = QStringLiteral(GALLEY_TEST_DATA_DIR "/load/invalid_utf8.html");
    const auto page = loadPage(path);
    QVERIFY(page.ok());
    QCOMPARE(page->charset, QStringLiteral("UTF-8"));
    QVERIFY(page->content.contains(QStringLiteral("café ab\uFFFDcd \uFFFD")));
    const auto found = std::find_if(page->diagnostics.cbegin(), page->diagnostics.cend(),
                                    [](const Diagnostic &d) { return d.code == QLatin1String("invalid-bytes"); });
    QVERIFY(found != page->diagnostics.cend());
    QVERIFY2(found->message.startsWith(QLatin1String("2 byte sequence(s)")), qPrintable(found->message));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(found->byteOffset, file.readAll().indexOf('\xff'));
}

void CharsetTest::decodeText_countsInvalidSequences()
{
    // 0x81 starts a two-byte Shift_JIS character; a space cannot end it.
    const DecodedText decoded = decodeText("ok\x81 end", QStringLiteral("Shift_JIS"));
    QVERIFY(decoded.invalidSequences >= 1);
    QCOMPARE(decoded.firstInvalidByteOffset, 2);
    QVERIFY(decoded.text.startsWith(QStringLiteral("ok")));
    QVERIFY(decoded.text.contains(QChar(0xFFFD)));
}

QTEST_GUILESS_MAIN(CharsetTest)
#include "charset_test.moc"
