#include "review_annotations.h"
#include "annotation_panel.h"
#include "annotation_roles.h"
#include "article_text_view.h"
#include "entity_tree_model.h"
#include "main_window.h"
#include "page_view.h"
#include "quote_table_model.h"
#include "sample_annotations.h"
#include "span_list_model.h"
#include "web_test_main.h"
#include "web_test_support.h"

#include <QAction>
#include <QLabel>
#include <QListView>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

using namespace galley;
using namespace galley::test;

// The review window keeps the page, the panel and the article text on the same span.
class ReviewWindowTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;

    // Shows the window and in it the sample with its hand-made spans; waits until the page is
    // highlighted and Galley's channel to it is up.
    static bool showSample(MainWindow &window, SampleAnnotations &sample)
    {
        window.resize(1500, 900);
        window.show();
        QSignalSpy highlighted(&window, &MainWindow::highlightsShown);
        window.showDocument(sample.document);
        if (!highlighted.wait(30000))
            return false;
        return QTest::qWaitFor([&] {
            return evaluate(*window.pageView(), QStringLiteral("window.galleyHighlights.bridgeReady()")).toBool();
        }, 10000);
    }

    // The centre of the span's first mark in view coordinates, scrolled into view first.
    static QPoint markCentre(PageView &view, const QString &spanId)
    {
        const QVariantMap rect = evaluate(view, QStringLiteral(
            "(function () { const mark = document.querySelector('galley-mark[data-span=\"%1\"]');"
            " mark.scrollIntoView({block: 'center', behavior: 'instant'});"
            " const r = mark.getClientRects()[0]; return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()")
                                                     .arg(spanId)).toMap();
        return QPoint(qRound(rect.value(QStringLiteral("x")).toDouble()), qRound(rect.value(QStringLiteral("y")).toDouble()));
    }

private slots:
    void init()
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_settings->clear();
    }

    void clickHighlight_selectsSpanInPanel()
    {
        SampleAnnotations sample = harbourVoteAnnotations();
        MainWindow window(m_settings.get());
        QVERIFY(showSample(window, sample));
        PageView &view = *window.pageView();

        QTest::mouseClick(view.focusProxy(), Qt::LeftButton, {}, markCentre(view, sample.quote));
        QTRY_COMPARE(window.annotationPanel()->currentSpanId(), sample.quote);
        QCOMPARE(window.annotationPanel()->tabs()->currentIndex(), int(AnnotationPanel::QuotesTab));

        // Inside the quote, the nested place name is the innermost highlight: it wins.
        QTest::mouseClick(view.focusProxy(), Qt::LeftButton, {}, markCentre(view, sample.kestrelInQuote));
        QTRY_COMPARE(window.annotationPanel()->currentSpanId(), sample.kestrelInQuote);
        QCOMPARE(window.annotationPanel()->tabs()->currentIndex(), int(AnnotationPanel::EntitiesTab));
        const QModelIndex mention = window.annotationPanel()->entityView()->currentIndex();
        QVERIFY(mention.parent().isValid());
        QVERIFY(window.annotationPanel()->entityView()->isExpanded(mention.parent()));
    }

    void selectInPanel_scrollsPageToSpanAndFlashesIt()
    {
        SampleAnnotations sample = harbourVoteAnnotations();
        MainWindow window(m_settings.get());
        QVERIFY(showSample(window, sample));
        PageView &view = *window.pageView();
        QCOMPARE(evaluate(view, QStringLiteral("window.scrollY")).toInt(), 0);

        AnnotationPanel *panel = window.annotationPanel();
        panel->tabs()->setCurrentIndex(AnnotationPanel::NumbersTab);
        QSignalSpy flashed(&view, &PageView::flashed);
        QTableView *numbers = panel->numberView();
        const int row = [&] {
            for (int r = 0; r < numbers->model()->rowCount(); ++r) {
                if (numbers->model()->index(r, 0).data(SpanIdRole).toString() == sample.number)
                    return r;
            }
            return -1;
        }();
        QVERIFY(row >= 0);
        QTest::mouseClick(numbers->viewport(), Qt::LeftButton, {},
                          numbers->visualRect(numbers->model()->index(row, 1)).center());
        QVERIFY(flashed.wait(10000));
        QCOMPARE(flashed.first().first().toString(), QStringLiteral("58 percent"));
        QVERIFY(evaluate(view, QStringLiteral("window.scrollY")).toInt() > 0);
        QCOMPARE(evaluate(view, QStringLiteral("Array.from(document.querySelectorAll('galley-mark[data-sel]'))"
                                               ".map(m => m.getAttribute('data-span')).join()")).toString(),
                 sample.number);
        QVERIFY(evaluate(view, QStringLiteral("document.querySelectorAll('galley-flash-mark').length")).toInt() > 0);
    }

    // The sample's cookie banner, fixed over the page's bottom, could not be closed with the page's
    // scripts off and covered the text beneath it for the whole review.
    void overlayNeedingPageScripts_isHidden()
    {
        SampleAnnotations sample = harbourVoteAnnotations();
        MainWindow window(m_settings.get());
        QVERIFY(showSample(window, sample));
        PageView &view = *window.pageView();
        QTRY_VERIFY(evaluate(view, QStringLiteral("window.galleyOverlays.done")).toBool());
        QCOMPARE(evaluate(view, QStringLiteral("getComputedStyle(document.getElementById('cookie-banner')).display")).toString(),
                 QStringLiteral("none"));
        QCOMPARE(evaluate(view, QStringLiteral("window.galleyOverlays.hidden")).toInt(), 1);
        // the article and the page's header stay as saved
        QVERIFY(evaluate(view, QStringLiteral("getComputedStyle(document.querySelector('article')).display")).toString()
                != QStringLiteral("none"));
        QVERIFY(evaluate(view, QStringLiteral("getComputedStyle(document.querySelector('.site-header')).display")).toString()
                != QStringLiteral("none"));
    }

    void hoverHighlight_reportsSpanForTooltip()
    {
        SampleAnnotations sample = harbourVoteAnnotations();
        MainWindow window(m_settings.get());
        QVERIFY(showSample(window, sample));
        PageView &view = *window.pageView();
        QSignalSpy hovered(&view, &PageView::spanHovered);
        const QPoint centre = markCentre(view, sample.varga);
        QTest::mouseMove(view.focusProxy(), centre - QPoint(2, 0));
        QTest::mouseMove(view.focusProxy(), centre);
        QTRY_VERIFY(!hovered.isEmpty() && hovered.last().first().toString() == sample.varga);
    }

    void unplaceableSpan_listedInPanel()
    {
        SampleAnnotations sample = harbourVoteAnnotations();
        MainWindow window(m_settings.get());
        QVERIFY(showSample(window, sample));
        QTableView *unplaced = window.annotationPanel()->unplacedView();
        QCOMPARE(unplaced->model()->rowCount(), 1);
        QCOMPARE(unplaced->model()->index(0, SpanListModel::TextColumn).data().toString(),
                 QStringLiteral("Northcoast Institute"));
        QVERIFY(unplaced->isVisibleTo(&window));
        QVERIFY(window.annotationPanel()->unplacedTitle()->text().startsWith(QStringLiteral("1 span")));
        QVERIFY(window.statusText().contains(QStringLiteral("1 not found in the page")));
        const QModelIndex inTree = window.annotationPanel()->entityModel()->indexOfSpan(sample.unplaceable);
        QCOMPARE(inTree.data(SpanPlacedRole).toBool(), false);
    }

    void articleText_showsSameSpans_andClickSelectsInPanel()
    {
        SampleAnnotations sample = harbourVoteAnnotations();
        MainWindow window(m_settings.get());
        QVERIFY(showSample(window, sample));
        window.articleTextAction()->trigger();
        ArticleTextView *text = window.articleTextView();
        QVERIFY(text->isVisible());
        QCOMPARE(text->toPlainText(), sample.document.article.text);
        QCOMPARE(text->extraSelections().size(), sample.document.annotations.spans.size());

        const Span &varga = sample.document.annotations.spans.first();
        QTextCursor cursor(text->document());
        cursor.setPosition(varga.start + 2);
        text->setTextCursor(cursor);
        text->ensureCursorVisible();
        QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, text->cursorRect(cursor).center());
        QTRY_COMPARE(window.annotationPanel()->currentSpanId(), varga.id);
        QVERIFY(m_settings->value(QStringLiteral("mainWindow/showArticleText")).toBool());
    }

    // The legend covered the article's bottom-right corner for good: it now fades while the
    // pointer is over it, and comes back when the pointer leaves.
    void legend_pointerOver_fadesIt()
    {
        SampleAnnotations sample = harbourVoteAnnotations();
        MainWindow window(m_settings.get());
        QVERIFY(showSample(window, sample));
        PageView &view = *window.pageView();
        const QVariantMap box = evaluate(view, QStringLiteral(
            "(function () { const r = document.querySelector('galley-legend').getBoundingClientRect();"
            " return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()")).toMap();
        const QPoint centre(qRound(box.value(QStringLiteral("x")).toDouble()), qRound(box.value(QStringLiteral("y")).toDouble()));
        const auto opacity = [&view] {
            return evaluate(view, QStringLiteral("getComputedStyle(document.querySelector('galley-legend')).opacity")).toDouble();
        };
        QCOMPARE(opacity(), 1.0);
        QTest::mouseMove(view.focusProxy(), centre);
        QTRY_VERIFY_WITH_TIMEOUT(opacity() < 0.5, 5000);
        QTest::mouseMove(view.focusProxy(), QPoint(20, 20));
        QTRY_COMPARE_WITH_TIMEOUT(opacity(), 1.0, 5000);
    }

    void lastDocument_reopenedInNextSession()
    {
        {
            MainWindow window(m_settings.get());
            window.show();
            QSignalSpy shown(&window, &MainWindow::documentShown);
            window.openFile(harbourVotePath());
            QVERIFY(shown.wait(30000));
            QCOMPARE(window.documentList()->model()->rowCount(), 1);
            window.close();
        }
        MainWindow next(m_settings.get());
        next.show();
        QSignalSpy shown(&next, &MainWindow::documentShown);
        QVERIFY(next.reopenLastDocument());
        QVERIFY(shown.wait(30000));
        QCOMPARE(next.article().sourcePath, harbourVotePath());
        QVERIFY(next.annotations()->annotationSet().spans.size() > 0);
    }
};

GALLEY_WEB_TEST_MAIN(ReviewWindowTest)
#include "review_window_test.moc"
