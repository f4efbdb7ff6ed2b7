#include "served_page.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace galley;

class ServedPageTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_root;

    static void write(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write("x") != 1)
            qFatal("cannot write a test file");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_root = m_dir.filePath(QStringLiteral("page"));
        QVERIFY(QDir().mkpath(m_root + QStringLiteral("/page_files")));
        write(m_root + QStringLiteral("/page.html"));
        write(m_root + QStringLiteral("/page_files/style.css"));
        write(m_dir.filePath(QStringLiteral("secret.txt")));
        QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("secret.txt")), m_root + QStringLiteral("/escape.txt")));
        QVERIFY(QFile::link(m_root + QStringLiteral("/page_files/style.css"), m_root + QStringLiteral("/inside.css")));
    }

    void openLocalResource_refusesEscapesAndSpecialFiles_data()
    {
        QTest::addColumn<QString>("urlPath");
        QTest::newRow("dot-dot") << QStringLiteral("/../secret.txt");
        QTest::newRow("etc passwd") << QStringLiteral("/../../../../../../etc/passwd");
        QTest::newRow("nested dot-dot") << QStringLiteral("/page_files/../../secret.txt");
        QTest::newRow("symlink out") << QStringLiteral("/escape.txt");
        QTest::newRow("absolute in path") << QStringLiteral("//etc/passwd");
        QTest::newRow("directory") << QStringLiteral("/page_files");
        QTest::newRow("missing") << QStringLiteral("/nothing.png");
        QTest::newRow("root") << QStringLiteral("/");
        QTest::newRow("backslash") << QStringLiteral("/..\\secret.txt");
    }

    void openLocalResource_opensFilesUnderRoot()
    {
        const auto file = openLocalResource(m_root, QStringLiteral("/page_files/style.css"));
        QVERIFY(file);
        QVERIFY(file->isOpen());
        QCOMPARE(file->readAll(), QByteArray("x"));
        QVERIFY(openLocalResource(m_root, QStringLiteral("/inside.css")));
    }

    void openLocalResource_refusesEscapesAndSpecialFiles()
    {
        QFETCH(QString, urlPath);
        QVERIFY(!openLocalResource(m_root, urlPath));
        QVERIFY(!openLocalResource(QString(), urlPath));
    }

    void openLocalResource_refusesFifoWithoutBlocking()
    {
        const QString fifo = m_root + QStringLiteral("/pipe.png");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!openLocalResource(m_root, QStringLiteral("/pipe.png")));
        QVERIFY(timer.elapsed() < 2000);
        QFile::remove(fifo);
    }

    void openLocalResource_refusesFilesAboveTheCap()
    {
        const QString big = m_root + QStringLiteral("/big.iso");
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(4096));   // sparse; the cap is checked on the size, nothing is read
        file.close();
        QVERIFY(!openLocalResource(m_root, QStringLiteral("/big.iso"), 4095));
        QVERIFY(openLocalResource(m_root, QStringLiteral("/big.iso"), 4096));
        QVERIFY(maxLocalResourceSize >= qint64(256) * 1024 * 1024);
        QFile::remove(big);
    }

    void contentId_onlyFromThisMhtmlPage()
    {
        auto page = std::make_shared<Page>();
        page->format = PageFormat::Mhtml;
        page->url = QStringLiteral("https://news.example.org/a.html");
        const auto served = makeServedPage(page);
        const auto other = makeServedPage(page);
        QVERIFY(contentIdRequestAllowed(*served, served->documentUrl.adjusted(QUrl::RemovePath)));
        QVERIFY(!contentIdRequestAllowed(*served, other->documentUrl.adjusted(QUrl::RemovePath)));
        QVERIFY(!contentIdRequestAllowed(*served, QUrl(QStringLiteral("https://news.example.org"))));
        QVERIFY(!contentIdRequestAllowed(*served, QUrl()));
        auto html = std::make_shared<Page>(*page);
        html->format = PageFormat::Html;
        const auto servedHtml = makeServedPage(html);
        QVERIFY(!contentIdRequestAllowed(*servedHtml, servedHtml->documentUrl.adjusted(QUrl::RemovePath)));
    }

    void archive_mapsHttpUrlsToScheme()
    {
        auto page = std::make_shared<Page>();
        page->format = PageFormat::Mhtml;
        page->url = QStringLiteral("https://news.example.org/2024/harbour.html?x=1");
        page->resources.insert(QStringLiteral("https://cdn.example.org/a.png"),
                               Resource{QStringLiteral("https://cdn.example.org/a.png"), QStringLiteral("image/png"), "png"});
        const auto served = makeServedPage(page);
        const QString suffix = served->hostSuffix;
        QCOMPARE(served->documentUrl,
                 QUrl(QStringLiteral("galley-page://news.example.org%1/2024/harbour.html?x=1").arg(suffix)));
        const auto image = servedArchiveUrl(*served, QUrl(QStringLiteral("https://cdn.example.org/a.png")));
        QCOMPARE(image, std::optional<QUrl>(QUrl(QStringLiteral("galley-page://cdn.example.org%1/a.png").arg(suffix))));
        QCOMPARE(requestedResource(*served, *image), std::optional<QString>(QStringLiteral("https://cdn.example.org/a.png")));
        QVERIFY(!servedArchiveUrl(*served, QUrl(QStringLiteral("https://cdn.example.org/b.png"))));
        QVERIFY(!servedArchiveUrl(*served, QUrl(QStringLiteral("ftp://cdn.example.org/a.png"))));
    }

    void everyServedPage_getsItsOwnHosts()
    {
        auto page = std::make_shared<Page>();
        page->format = PageFormat::Html;
        page->sourcePath = m_root + QStringLiteral("/page.html");
        page->resourceRoot = m_root;
        const auto first = makeServedPage(page);
        const auto second = makeServedPage(page);
        QVERIFY(first->documentUrl != second->documentUrl);
        QCOMPARE(requestedHost(*second, second->documentUrl), std::optional<QString>(QStringLiteral("local")));
        QVERIFY(!requestedHost(*second, first->documentUrl));   // a request left over from the first page
    }

    void text_isServedAsGeneratedHtml()
    {
        auto page = std::make_shared<Page>();
        page->format = PageFormat::Text;
        page->content = QStringLiteral("<b>not markup</b>");
        const auto served = makeServedPage(page, QStringLiteral("<p>generated</p>"));
        QCOMPARE(served->documentHtml, QByteArray("<p>generated</p>"));
        QCOMPARE(served->documentUrl.scheme(), QStringLiteral("galley-page"));
    }
};

QTEST_GUILESS_MAIN(ServedPageTest)
#include "served_page_test.moc"
