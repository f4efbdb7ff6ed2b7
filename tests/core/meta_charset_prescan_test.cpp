// metaDeclaredEncoding first parses only up to the tag holding the first "charset"; wherever that
// word first appears, the answer must be the one a parse of the whole 64 KB prefix gives.
#include "load/html_loader.h"

#include <QTest>

using namespace galley;

class MetaCharsetPrescanTest : public QObject
{
    Q_OBJECT

private slots:
    void declaration_isFoundWhereverCharsetIsFirstMentioned_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("encoding");
        const QByteArray meta = "<meta charset=\"windows-1251\">";
        QTest::newRow("meta charset first") << ("<html><head>" + meta + "<title>t</title>") << "windows-1251";
        QTest::newRow("http-equiv, upper case")
            << QByteArray("<HEAD><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; CHARSET=koi8-r\">") << "KOI8-R";
        QTest::newRow("mentioned first in a comment")
            << ("<head><!-- charset: see below --><title>t</title>" + meta) << "windows-1251";
        QTest::newRow("mentioned first in a script")
            << ("<head><script>var charset = 'x';</script>" + meta) << "windows-1251";
        QTest::newRow("mentioned first in a comment with a >")
            << ("<head><!-- the charset > below -->" + meta) << "windows-1251";
        QTest::newRow("mentioned first in another meta")
            << ("<head><meta name=\"description\" content=\"charset trivia\">" + meta) << "windows-1251";
        QTest::newRow("a commented-out declaration only")
            << QByteArray("<head><!-- <meta charset=\"windows-1251\"> --><title>t</title>") << QString();
        QTest::newRow("no declaration") << QByteArray("<html><head><title>plain</title></head><body>x</body>") << QString();
        QTest::newRow("XML declaration")
            << QByteArray("<?xml version=\"1.0\" encoding=\"iso-8859-15\"?><html><head><title>t</title>") << "ISO-8859-15";
        QTest::newRow("declaration past 64 KB")
            << ("<head><title>t</title></head><body><p>" + QByteArray(70000, 'x') + "</p>" + meta) << QString();
    }

    void declaration_isFoundWhereverCharsetIsFirstMentioned()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, encoding);
        QCOMPARE(metaDeclaredEncoding(html), encoding);
    }
};

QTEST_GUILESS_MAIN(MetaCharsetPrescanTest)
#include "meta_charset_prescan_test.moc"
