#include "page_view.h"
#include "served_page.h"
#include "text_page_layout.h"
#include "web_test_main.h"
#include "web_test_support.h"

#include <QTemporaryDir>

using namespace galley;
using namespace galley::test;

// The page script finds DOM ranges by node path and flashes them without touching the page.
class PageViewFlashTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString flash(PageView &view, const DomRange &range)
    {
        QSignalSpy flashed(&view, &PageView::flashed);
        view.flash(range);
        if (!flashed.wait(10000))
            return QStringLiteral("<no answer>");
        return flashed.first().first().toString();
    }

private slots:
    void flash_html_returnsRangeText_data()
    {
        QTest::addColumn<QString>("startPath");
        QTest::addColumn<int>("startOffset");
        QTest::addColumn<QString>("endPath");
        QTest::addColumn<int>("endOffset");
        QTest::addColumn<QString>("expected");
        const QString p2 = QStringLiteral("/html[1]/body[1]/div[1]/p[2]/text()[1]");
        QTest::newRow("inside one node") << p2 << 4 << p2 << 11 << QStringLiteral("council");
        QTest::newRow("across nodes") << QStringLiteral("/html[1]/body[1]/div[1]/p[1]/text()[1]") << 0
                                      << QStringLiteral("/html[1]/body[1]/div[1]/p[1]/text()[2]") << 6
                                      << QStringLiteral("Harbour vote today");
        QTest::newRow("after svg") << QStringLiteral("/html[1]/body[1]/div[1]/p[3]/text()[1]") << 0
                                   << QStringLiteral("/html[1]/body[1]/div[1]/p[3]/text()[1]") << 5
                                   << QStringLiteral("Final");
        QTest::newRow("svg text") << QStringLiteral("/html[1]/body[1]/div[1]/svg[1]/text[1]/text()[1]") << 0
                                  << QStringLiteral("/html[1]/body[1]/div[1]/svg[1]/text[1]/text()[1]") << 5
                                  << QStringLiteral("Chart");
        QTest::newRow("missing node") << QStringLiteral("/html[1]/body[1]/div[7]/p[1]/text()[1]") << 0
                                      << QStringLiteral("/html[1]/body[1]/div[7]/p[1]/text()[1]") << 1 << QString();
    }

    void flash_html_returnsRangeText()
    {
        QFETCH(QString, startPath);
        QFETCH(int, startOffset);
        QFETCH(QString, endPath);
        QFETCH(int, endOffset);
        QFETCH(QString, expected);
        const QString html = QStringLiteral(
            "<!DOCTYPE html><html><body><div><p>Harbour <b>vote</b> today</p>"
            "<p>The council voted.</p><svg><text x=0 y=10>Chart</text></svg><p>Final words</p></div></body></html>");
        PageView view;
        view.resize(800, 600);
        QVERIFY(showAndWait(view, makeServedPage(htmlPage(html, m_dir.path()))));
        QCOMPARE(flash(view, DomRange{{startPath, startOffset}, {endPath, endOffset}}), expected);
    }

    void flash_leavesBodyUntouched()
    {
        QString html = QStringLiteral("<!DOCTYPE html><html><body>");
        for (int i = 0; i < 60; ++i)
            html += QStringLiteral("<p>Paragraph number %1 of a long page.</p>").arg(i);
        html += QStringLiteral("</body></html>");
        PageView view;
        view.resize(800, 400);
        QVERIFY(showAndWait(view, makeServedPage(htmlPage(html, m_dir.path()))));
        const QString before = evaluate(view, QStringLiteral("document.body.innerHTML")).toString();
        const QString path = QStringLiteral("/html[1]/body[1]/p[50]/text()[1]");
        QCOMPARE(flash(view, DomRange{{path, 0}, {path, 9}}), QStringLiteral("Paragraph"));
        QCOMPARE(evaluate(view, QStringLiteral("document.body.innerHTML")).toString(), before);
        QVERIFY(evaluate(view, QStringLiteral("window.scrollY")).toDouble() > 0);
        QVERIFY(evaluate(view, QStringLiteral("document.querySelectorAll('galley-flash-mark').length")).toInt() > 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            evaluate(view, QStringLiteral("document.querySelectorAll('galley-flash').length")).toInt(), 0, 5000);
    }

    void flash_textPage_findsLayoutPositions()
    {
        const QString text = QStringLiteral("Harbour vote\r\n\r\nThe council <voted> on Tuesday,\nafter a long debate.\n\n"
                                            "  Indented & quoted.\n");
        const TextPageLayout layout(text, QStringLiteral("Harbour"));
        auto page = std::make_shared<Page>();
        page->format = PageFormat::Text;
        page->sourcePath = m_dir.filePath(QStringLiteral("page.txt"));
        page->content = text;
        PageView view;
        view.resize(800, 600);
        QVERIFY(showAndWait(view, makeServedPage(page, layout.html())));
        const auto flashBetween = [&](const QString &first, const QString &last) {
            const qsizetype start = text.indexOf(first);
            const qsizetype end = text.indexOf(last) + last.size();
            return flash(view, DomRange{*layout.position(start), [&] {
                                            DomPosition p = *layout.position(end - 1);
                                            ++p.offset;
                                            return p;
                                        }()});
        };
        QCOMPARE(flashBetween(QStringLiteral("council"), QStringLiteral("Tuesday")),
                 QStringLiteral("council <voted> on Tuesday"));
        QCOMPARE(flashBetween(QStringLiteral("Tuesday"), QStringLiteral("debate.")),
                 QStringLiteral("Tuesday,after a long debate."));
        QCOMPARE(flashBetween(QStringLiteral("Indented"), QStringLiteral("quoted.")),
                 QStringLiteral("Indented & quoted."));
    }
};

GALLEY_WEB_TEST_MAIN(PageViewFlashTest)
#include "page_view_flash_test.moc"
