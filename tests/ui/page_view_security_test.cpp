#include "page_request_interceptor.h"
#include "page_view.h"
#include "served_page.h"
#include "web_test_main.h"
#include "web_test_support.h"

#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace galley;
using namespace galley::test;

// Saved pages are untrusted: they may not reach the network, run their scripts or read files
// outside their folder.
class PageViewSecurityTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_root;

    static bool writePng(const QString &path)
    {
        // A 1x1 PNG.
        static const QByteArray png = QByteArray::fromBase64(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(png) == png.size();
    }

    // naturalWidth of an <img> by id: > 0 when the image was served.
    static int imageWidth(PageView &view, const char *id)
    {
        return evaluate(view, QStringLiteral("document.getElementById('%1').naturalWidth").arg(QLatin1String(id))).toInt();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_root = m_dir.filePath(QStringLiteral("saved"));
        QVERIFY(QDir().mkpath(m_root + QStringLiteral("/page_files")));
        QVERIFY(writePng(m_root + QStringLiteral("/page_files/inside.png")));
        QVERIFY(writePng(m_dir.filePath(QStringLiteral("outside.png"))));
        QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("outside.png")), m_root + QStringLiteral("/link.png")));
    }

    void galleyScript_runsWhilePageScriptsAreOff()
    {
        PageView view;
        const QString html = QStringLiteral("<html><body><p id=p>Original</p>"
                                            "<script>document.getElementById('p').textContent = 'Changed';"
                                            "document.title = 'scripted';</script></body></html>");
        QVERIFY(showAndWait(view, makeServedPage(htmlPage(html, m_root))));
        QCOMPARE(evaluate(view, QStringLiteral("document.getElementById('p').textContent")).toString(),
                 QStringLiteral("Original"));
        QCOMPARE(evaluate(view, QStringLiteral("typeof window.galley.flash")).toString(), QStringLiteral("function"));
        QVERIFY(view.title() != QStringLiteral("scripted"));
    }

    void remoteImage_neverReachesTheNetwork()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QString address = QStringLiteral("127.0.0.1:%1").arg(server.serverPort());
        const QString html = QStringLiteral(
            "<html><head><link rel=stylesheet href='http://%1/style.css'>"
            "<link rel=icon href='http://%1/favicon.ico'><link rel=prefetch href='http://%1/next'>"
            "<link rel=preconnect href='http://%1'><link rel=dns-prefetch href='http://%1'>"
            "<style>@import url(http://%1/import.css); @font-face { font-family: x; src: url(http://%1/f.woff); }"
            "body { background: url(http://%1/bg.png); font-family: x; }</style>"
            "<meta http-equiv=refresh content='0; url=http://%1/refresh'></head>"
            "<body><img id=remote src='http://%1/x.png'><img src='https://%1/y.png'>"
            "<iframe src='http://%1/frame'></iframe><video src='ws://%1/ws'></video>"
            "<img src='file:///etc/hostname'><a href='http://%1/link'>link</a></body></html>").arg(address);
        PageView view;
        QVERIFY(showAndWait(view, makeServedPage(htmlPage(html, m_root))));
        QCOMPARE(imageWidth(view, "remote"), 0);
        QVERIFY(view.requestInterceptor()->blockedCount() > 0);
        // Loading has finished, so every request the page made has been made by now.
        QVERIFY(!server.waitForNewConnection(200));
        QVERIFY(!server.hasPendingConnections());
    }

    void localFiles_onlyUnderTheResourceRoot()
    {
        const QString html = QStringLiteral(
            "<html><body><img id=inside src='page_files/inside.png'>"
            "<img id=dotdot src='../outside.png'><img id=encoded src='%2e%2e/outside.png'>"
            "<img id=deep src='../../../../../../../../etc/passwd'>"
            "<img id=symlink src='link.png'><img id=absolute src='file://%1'></body></html>")
                                 .arg(m_dir.filePath(QStringLiteral("outside.png")));
        PageView view;
        QVERIFY(showAndWait(view, makeServedPage(htmlPage(html, m_root))));
        QCOMPARE(imageWidth(view, "inside"), 1);
        QCOMPARE(imageWidth(view, "dotdot"), 0);
        QCOMPARE(imageWidth(view, "encoded"), 0);
        QCOMPARE(imageWidth(view, "deep"), 0);
        QCOMPARE(imageWidth(view, "symlink"), 0);
        QCOMPARE(imageWidth(view, "absolute"), 0);
    }

    void localStyleSheet_isServedAsCss()
    {
        QFile css(m_root + QStringLiteral("/page_files/style.css"));
        QVERIFY(css.open(QIODevice::WriteOnly));
        QVERIFY(css.write("#box { width: 123px; }\n") > 0);
        css.close();
        const QString html = QStringLiteral("<!DOCTYPE html><html><head><link rel=stylesheet href='page_files/style.css'></head>"
                                            "<body><div id=box>x</div></body></html>");
        PageView view;
        QVERIFY(showAndWait(view, makeServedPage(htmlPage(html, m_root))));
        QCOMPARE(evaluate(view, QStringLiteral("getComputedStyle(document.getElementById('box')).width")).toString(),
                 QStringLiteral("123px"));
    }

    void archivedResources_areServedFromTheArchive()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QString archived = QStringLiteral("http://127.0.0.1:%1/archived.png").arg(server.serverPort());
        const QString missing = QStringLiteral("http://127.0.0.1:%1/missing.png").arg(server.serverPort());
        auto page = htmlPage(QStringLiteral("<html><body><img id=archived src='%1'><img id=missing src='%2'>"
                                            "<img id=part src='cid:part1@example'><img id=nopart src='cid:nothing'>"
                                            "</body></html>").arg(archived, missing),
                             QString());
        page->format = PageFormat::Mhtml;
        page->resourceRoot.clear();
        page->url = QStringLiteral("http://127.0.0.1:%1/story.html").arg(server.serverPort());
        QFile png(m_root + QStringLiteral("/page_files/inside.png"));
        QVERIFY(png.open(QIODevice::ReadOnly));
        const QByteArray pngBytes = png.readAll();
        page->resources.insert(archived, Resource{archived, QStringLiteral("image/png"), pngBytes});
        page->resources.insert(QStringLiteral("cid:part1@example"),
                               Resource{QStringLiteral("cid:part1@example"), QStringLiteral("image/png"), pngBytes});
        PageView view;
        QVERIFY(showAndWait(view, makeServedPage(page)));
        QCOMPARE(imageWidth(view, "archived"), 1);
        QCOMPARE(imageWidth(view, "missing"), 0);
        QCOMPARE(imageWidth(view, "part"), 1);
        QCOMPARE(imageWidth(view, "nopart"), 0);
        QVERIFY(!server.waitForNewConnection(200));
    }
};

GALLEY_WEB_TEST_MAIN(PageViewSecurityTest)
#include "page_view_security_test.moc"
