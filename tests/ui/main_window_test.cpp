#include "article_block_model.h"
#include "article_panel.h"
#include "annotation_panel.h"
#include "entity_tree_model.h"
#include "main_window.h"
#include "number_table_model.h"
#include "quote_table_model.h"
#include "page_view.h"
#include "review_annotations.h"
#include "web_test_main.h"
#include "web_test_support.h"

#include <QFile>
#include <QDialog>
#include <QHeaderView>
#include <QTableView>
#include <QTreeView>
#include <QListView>
#include <QRegularExpression>
#include <QTimer>
#include <QMessageBox>
#include <QToolButton>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QThreadPool>
#include <QTemporaryDir>

using namespace galley;
using namespace galley::test;

namespace {

Block block(BlockKind kind, const QString &text, QList<AlignmentRun> runs, const QString &reason = {})
{
    Block result;
    result.kind = kind;
    result.contentKind = kind == BlockKind::Boilerplate ? BlockKind::Paragraph : kind;
    result.boilerplateReason = reason;
    result.text = text;
    result.runs = std::move(runs);
    return result;
}

} // namespace

// The first window: shows a document, lists its blocks and flashes a chosen block in the page.
class MainWindowTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;

    // Selects `row` in the panel and returns the text the page flashed.
    static QString selectBlock(MainWindow &window, int row)
    {
        QSignalSpy flashed(window.pageView(), &PageView::flashed);
        QListView *view = window.articlePanel()->blockView();
        const QModelIndex index = view->model()->index(row, 0);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        if (!flashed.wait(10000))
            return QStringLiteral("<no answer>");
        return flashed.first().first().toString();
    }

    static bool waitForPage(MainWindow &window, QSignalSpy &loaded)
    {
        Q_UNUSED(window)
        return !loaded.isEmpty() || loaded.wait(20000);
    }

    LoadedDocument handMadeHtmlDocument()
    {
        const QString html = QStringLiteral(
            "<!DOCTYPE html><html><head><title>Harbour</title></head><body>"
            "<nav>Home News</nav><h1>Harbour vote</h1><p>The council voted on Tuesday.</p></body></html>");
        const QString path = m_dir.filePath(QStringLiteral("harbour.html"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(html.toUtf8()) < 0)
            qFatal("cannot write the test page");
        LoadedDocument document;
        document.page = *htmlPage(html, m_dir.path());
        document.page.sourcePath = path;
        Article &article = document.article;
        article.title = QStringLiteral("Harbour vote");
        article.byline = {QStringLiteral("A. Reporter")};
        article.published = QStringLiteral("2024-05-07");
        article.site = QStringLiteral("Harbour Times");
        article.language = QStringLiteral("en");
        article.nodePaths = {QStringLiteral("/html[1]/body[1]/nav[1]/text()[1]"),
                             QStringLiteral("/html[1]/body[1]/h1[1]/text()[1]"),
                             QStringLiteral("/html[1]/body[1]/p[1]/text()[1]")};
        article.blocks = {block(BlockKind::Boilerplate, QStringLiteral("Home News"), {AlignmentRun{0, 9, 0, 0}},
                                QStringLiteral("navigation")),
                          block(BlockKind::Heading, QStringLiteral("Harbour vote"), {AlignmentRun{0, 12, 1, 0}}),
                          block(BlockKind::Paragraph, QStringLiteral("The council voted on Tuesday."),
                                {AlignmentRun{0, 29, 2, 0}})};
        article.rebuildText();
        return document;
    }

    static void sampleRows()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("html") << QStringLiteral(GALLEY_SOURCE_DIR "/resources/samples/harbour-vote/harbour-vote.html");
        QTest::newRow("mhtml") << QStringLiteral(GALLEY_SOURCE_DIR "/resources/samples/harbour-vote/harbour-vote.mhtml");
        QTest::newRow("warc") << QStringLiteral(GALLEY_SOURCE_DIR "/resources/samples/harbour-vote/harbour-vote.warc.gz");
        QTest::newRow("text copy") << QStringLiteral(GALLEY_SOURCE_DIR "/resources/samples/harbour-vote/harbour-vote.txt");
        QTest::newRow("shared text copy") << QStringLiteral(GALLEY_SHARED_DIR "/samples/000_16f1a91c8f003b41.txt");
    }

    // Opens `path` in `window` and waits for the page; an archive's first page is chosen.
    static bool openAndWait(MainWindow &window, const QString &path)
    {
        QTimer chooser;
        QObject::connect(&chooser, &QTimer::timeout, &chooser, [] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                dialog->accept();
        });
        chooser.start(50);
        QSignalSpy shown(&window, &MainWindow::documentShown);
        QSignalSpy failed(&window, &MainWindow::loadFailed);
        QSignalSpy loaded(window.pageView(), &PageView::pageLoaded);
        window.openFile(path);
        if (!QTest::qWaitFor([&] { return !shown.isEmpty() || !failed.isEmpty(); }, 30000) || !failed.isEmpty()) {
            qWarning() << "could not open" << path << (failed.isEmpty() ? QString() : failed.first().first().toString());
            return false;
        }
        return !loaded.isEmpty() || loaded.wait(20000);
    }

private slots:
    void init()
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_settings->clear();
    }

    void showDocument_fillsPanel_andFlashesBlocks()
    {
        MainWindow window(m_settings.get());
        window.show();
        QSignalSpy loaded(window.pageView(), &PageView::pageLoaded);
        LoadedDocument document = handMadeHtmlDocument();
        const QString path = document.page.sourcePath;
        window.showDocument(std::move(document));
        QVERIFY(waitForPage(window, loaded));
        QCOMPARE(window.articlePanel()->titleText(), QStringLiteral("Harbour vote"));
        QCOMPARE(window.articlePanel()->blockView()->model()->rowCount(), 3);
        QCOMPARE(selectBlock(window, 2), QStringLiteral("The council voted on Tuesday."));
        QCOMPARE(selectBlock(window, 1), QStringLiteral("Harbour vote"));
        QCOMPARE(selectBlock(window, 0), QStringLiteral("Home News"));   // boilerplate flashes too
        QCOMPARE(m_settings->value(QStringLiteral("recentFiles")).toStringList(), QStringList{path});
    }

    // The Comment columns take no width from names and quotes until a span has a comment.
    void commentColumns_appearWithTheFirstComment()
    {
        MainWindow window(m_settings.get());
        window.show();
        QSignalSpy loaded(window.pageView(), &PageView::pageLoaded);
        window.showDocument(handMadeHtmlDocument());
        QVERIFY(waitForPage(window, loaded));
        const AnnotationPanel *panel = window.annotationPanel();
        const auto hidden = [panel] {
            return QList<bool>{panel->entityView()->isColumnHidden(EntityTreeModel::CommentColumn),
                               panel->quoteView()->isColumnHidden(QuoteTableModel::CommentColumn),
                               panel->numberView()->isColumnHidden(NumberTableModel::CommentColumn)};
        };
        QCOMPARE(hidden(), (QList<bool>{true, true, true}));
        AnnotationSet set = window.annotations()->annotationSet();
        set.text = QStringLiteral("The council voted on Tuesday.");
        Span tuesday;
        tuesday.id = QStringLiteral("s900");
        tuesday.label = QStringLiteral("DATE");
        tuesday.text = QStringLiteral("Tuesday");
        tuesday.start = int(set.text.indexOf(tuesday.text));
        tuesday.end = tuesday.start + int(tuesday.text.size());
        QVERIFY(tuesday.start >= 0);
        set.spans.append(tuesday);
        window.annotations()->setAnnotationSet(set);
        QCOMPARE(hidden(), (QList<bool>{true, true, true}));
        tuesday.attributes.insert(QStringLiteral("note"), QStringLiteral("Which Tuesday?"));
        QVERIFY(window.annotations()->updateSpan(tuesday));
        QCOMPARE(hidden(), (QList<bool>{false, false, false}));
        set.spans.last() = tuesday;
        window.annotations()->setAnnotationSet(set);   // a set with a comment, as a page opened later
        QCOMPARE(hidden(), (QList<bool>{false, false, false}));
    }

    void diagnostics_shownInStatusBar_onlyWhenPresent()
    {
        MainWindow window(m_settings.get());
        window.show();
        QVERIFY(window.diagnosticsButton()->isHidden());
        LoadedDocument document = handMadeHtmlDocument();
        Diagnostic charset;
        charset.severity = Diagnostic::Severity::Warning;
        charset.code = QStringLiteral("charset-detected");
        charset.message = QStringLiteral("No charset declared; guessed windows-1252.");
        Diagnostic truncated;
        truncated.severity = Diagnostic::Severity::Warning;
        truncated.code = QStringLiteral("truncated-gzip");
        truncated.message = QStringLiteral("The file ends inside a gzip member.");
        truncated.byteOffset = 1234;
        Diagnostic info;
        info.severity = Diagnostic::Severity::Info;
        info.code = QStringLiteral("note");
        info.message = QStringLiteral("Just so you know.");
        document.article.diagnostics = {charset, truncated, info};
        QSignalSpy loaded(window.pageView(), &PageView::pageLoaded);
        window.showDocument(std::move(document));
        QToolButton *button = window.diagnosticsButton();
        QVERIFY(!button->isHidden());
        QVERIFY2(button->text().startsWith(QStringLiteral("2 warning")), qPrintable(button->text()));   // no translator: "(s)"
        for (const Diagnostic &diagnostic : {charset, truncated, info})
            QVERIFY2(button->toolTip().contains(diagnostic.toString()), qPrintable(button->toolTip()));

        QTest::mouseClick(button, Qt::LeftButton);
        auto *dialog = window.findChild<QMessageBox *>(QStringLiteral("diagnosticsDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->informativeText().contains(truncated.toString()));
        dialog->close();
        QVERIFY(waitForPage(window, loaded));

        QSignalSpy loadedAgain(window.pageView(), &PageView::pageLoaded);
        window.showDocument(handMadeHtmlDocument());
        QVERIFY(button->isHidden());
        QVERIFY(waitForPage(window, loadedAgain));
    }

    void textDocument_flashesInGeneratedPage()
    {
        const QString text = QStringLiteral("Harbour vote\r\n\r\nThe council voted\non Tuesday.\n");
        LoadedDocument document;
        document.page.format = PageFormat::Text;
        document.page.sourcePath = m_dir.filePath(QStringLiteral("harbour.txt"));
        document.page.content = text;
        document.article.format = PageFormat::Text;
        document.article.title = QStringLiteral("Harbour vote");
        // The extractor joins the two lines with a space: two runs.
        document.article.blocks = {
            block(BlockKind::Heading, QStringLiteral("Harbour vote"), {AlignmentRun{0, 12, -1, 0}}),
            block(BlockKind::Paragraph, QStringLiteral("The council voted on Tuesday."),
                  {AlignmentRun{0, 17, -1, int(text.indexOf(QStringLiteral("The")))},
                   AlignmentRun{17, 1, -1, int(text.indexOf(QStringLiteral("\non")))},
                   AlignmentRun{18, 11, -1, int(text.indexOf(QStringLiteral("on Tuesday")))}})};
        document.article.rebuildText();
        MainWindow window(m_settings.get());
        window.show();
        QSignalSpy loaded(window.pageView(), &PageView::pageLoaded);
        window.showDocument(std::move(document));
        QVERIFY(waitForPage(window, loaded));
        QCOMPARE(selectBlock(window, 0), QStringLiteral("Harbour vote"));
        QCOMPARE(selectBlock(window, 1), QStringLiteral("The council votedon Tuesday."));
    }

    void openFile_missing_reportsError()
    {
        MainWindow window(m_settings.get());
        QSignalSpy failed(&window, &MainWindow::loadFailed);
        window.openFile(m_dir.filePath(QStringLiteral("no-such-page.html")));
        QVERIFY(failed.wait(20000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("no-such-page.html")));
        QVERIFY(!window.isLoading());
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("loadErrorDialog"));
        QVERIFY(box);
        const QString shown = box->text() + QLatin1Char('\n') + box->informativeText();
        QCOMPARE(shown.count(QStringLiteral("no-such-page.html")), 1);   // named once
        QVERIFY2(!shown.contains(m_dir.path()), qPrintable(shown));
        QVERIFY(!box->informativeText().isEmpty());
    }

    void openFile_whileAFinishedLoadAwaitsTheUiThread_isRefused()
    {
        // The worker is done but its result not handled yet: still loading, so a second open
        // neither replaces the page being shown nor loses its result.
        MainWindow window(m_settings.get());
        QSignalSpy failed(&window, &MainWindow::loadFailed);
        window.openFile(m_dir.filePath(QStringLiteral("no-such-page.html")));
        QThreadPool::globalInstance()->waitForDone();
        QVERIFY(window.isLoading());
        window.openFile(m_dir.filePath(QStringLiteral("another-missing-page.html")));
        QVERIFY(failed.wait(20000));
        QVERIFY(!window.isLoading());
        QTest::qWait(200);
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("no-such-page.html")));
    }

    void firstStart_usesMostOfTheScreen_andGivesThePageMostOfIt()
    {
        MainWindow window(m_settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect available = window.screen()->availableGeometry();
        QVERIFY2(window.frameGeometry().width() >= available.width() * 85 / 100,
                 qPrintable(QStringLiteral("%1 of %2").arg(window.frameGeometry().width()).arg(available.width())));
        QVERIFY(window.frameGeometry().height() >= available.height() * 80 / 100);
        QVERIFY(available.contains(window.geometry()));
        const QList<int> sizes = window.splitter()->sizes();
        QCOMPARE(sizes.size(), 3);   // documents | page | annotation panel
        // Documents 14 %, the page 54 %, the panel the rest, unless the panel's minimum width
        // needs more (small test screens).
        const QString shown = QStringLiteral("documents %1, page %2, panel %3").arg(sizes.at(0)).arg(sizes.at(1)).arg(sizes.at(2));
        const int total = sizes.at(0) + sizes.at(1) + sizes.at(2);
        const int expectedPanel = std::max(total * 32 / 100, window.annotationPanel()->minimumSizeHint().width());
        QVERIFY2(std::abs(sizes.at(2) - expectedPanel) <= total / 50, qPrintable(shown));
        QVERIFY2(std::abs(sizes.at(0) - total * 14 / 100) <= total / 50, qPrintable(shown));
    }

    void splitter_restoredInNextSession()
    {
        QList<int> sizes;
        {
            MainWindow window(m_settings.get());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            sizes = window.splitter()->sizes();
            sizes[1] -= 100;
            sizes[2] += 100;
            window.splitter()->setSizes(sizes);
            sizes = window.splitter()->sizes();
            window.close();
        }
        MainWindow next(m_settings.get());
        next.show();
        QVERIFY(QTest::qWaitForWindowExposed(&next));
        QCOMPARE(next.splitter()->sizes(), sizes);
    }

    // A reviewer who checks the least sure entities and quotes first finds the lists sorted so
    // in the next session too.
    void sortOrder_restoredInNextSession()
    {
        {
            MainWindow window(m_settings.get());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.annotationPanel()->entityView()->sortByColumn(EntityTreeModel::ConfidenceColumn, Qt::AscendingOrder);
            window.annotationPanel()->quoteView()->sortByColumn(QuoteTableModel::SpeakerColumn, Qt::DescendingOrder);
            window.annotationPanel()->numberView()->sortByColumn(NumberTableModel::ValueColumn, Qt::AscendingOrder);
            window.close();
        }
        {
            MainWindow next(m_settings.get());
            const QHeaderView *entityHeader = next.annotationPanel()->entityView()->header();
            QCOMPARE(entityHeader->sortIndicatorSection(), int(EntityTreeModel::ConfidenceColumn));
            QCOMPARE(entityHeader->sortIndicatorOrder(), Qt::AscendingOrder);
            QVERIFY(next.annotationPanel()->entitiesSorted());
            const QHeaderView *quoteHeader = next.annotationPanel()->quoteView()->horizontalHeader();
            QCOMPARE(quoteHeader->sortIndicatorSection(), int(QuoteTableModel::SpeakerColumn));
            QCOMPARE(quoteHeader->sortIndicatorOrder(), Qt::DescendingOrder);
            QCOMPARE(next.annotationPanel()->numberView()->horizontalHeader()->sortIndicatorSection(),
                     int(NumberTableModel::ValueColumn));
            // Back to the article's order (a third click on the header) is kept too.
            next.annotationPanel()->entityView()->header()->setSortIndicator(-1, Qt::AscendingOrder);
            next.close();
        }
        MainWindow last(m_settings.get());
        QVERIFY(!last.annotationPanel()->entitiesSorted());
        QCOMPARE(last.annotationPanel()->entityView()->header()->sortIndicatorSection(), -1);
    }

    void sortOrder_damagedSetting_keepsTheArticlesOrder()
    {
        m_settings->setValue(QStringLiteral("annotationPanel/entitySort"), QStringLiteral("99,0"));
        m_settings->setValue(QStringLiteral("annotationPanel/quoteSort"), QStringLiteral("two,up"));
        MainWindow window(m_settings.get());
        QCOMPARE(window.annotationPanel()->entityView()->header()->sortIndicatorSection(), -1);
        QCOMPARE(window.annotationPanel()->quoteView()->horizontalHeader()->sortIndicatorSection(), -1);
    }

    void warcRecord_statusCountsFromOne()
    {
        const QString path = QStringLiteral(GALLEY_SOURCE_DIR "/resources/samples/harbour-vote/harbour-vote.warc.gz");
        MainWindow window(m_settings.get());
        window.show();
        QVERIFY(openAndWait(window, path));
        QCOMPARE(window.article().record, 0);
        QVERIFY2(window.statusText().contains(QStringLiteral("record 1 of ")), qPrintable(window.statusText()));
    }

    void openFile_sample_showsArticle_andFlashesBodyBlock_data() { sampleRows(); }

    void openFile_sample_showsArticle_andFlashesBodyBlock()
    {
        QFETCH(QString, path);
        if (!QFile::exists(path))
            QSKIP("sample not present in this tree");
        MainWindow window(m_settings.get());
        window.show();
        QVERIFY(openAndWait(window, path));
        QVERIFY(!window.article().title.isEmpty());
        QCOMPARE(window.articlePanel()->titleText(), window.article().title);
        const auto *model = window.articlePanel()->blockView()->model();
        QVERIFY(model->rowCount() > 0);
        int row = -1;
        for (int i = 0; i < model->rowCount() && row < 0; ++i) {
            const Block &candidate = window.article().blocks.at(i);
            if (!candidate.isBoilerplate() && candidate.kind == BlockKind::Paragraph && candidate.text.size() > 40)
                row = i;
        }
        QVERIFY(row >= 0);
        const QString expected = window.article().blocks.at(row).text.simplified().left(30);
        const QString flashed = selectBlock(window, row).simplified();
        QVERIFY2(flashed.startsWith(expected), qPrintable(flashed.left(60) + QStringLiteral(" | ") + expected));
    }

    // Every block, boilerplate included, flashes a range that starts and ends with its text.
    void openFile_sample_everyBlockFlashesItsText_data() { sampleRows(); }

    void openFile_sample_everyBlockFlashesItsText()
    {
        QFETCH(QString, path);
        if (!QFile::exists(path))
            QSKIP("sample not present in this tree");
        MainWindow window(m_settings.get());
        window.show();
        QVERIFY(openAndWait(window, path));
        const auto squeeze = [](const QString &text) {
            QString result = text;
            result.remove(QRegularExpression(QStringLiteral("\\s+")));
            return result;
        };
        QStringList mismatches;
        const QList<Block> &blocks = window.article().blocks;
        for (int row = 0; row < blocks.size(); ++row) {
            const QString expected = squeeze(blocks.at(row).text);
            const QString flashed = squeeze(selectBlock(window, row));
            if (!flashed.startsWith(expected.left(12)) || !flashed.endsWith(expected.right(12)))
                mismatches.append(QStringLiteral("block %1: \"%2\" flashed \"%3\"")
                                      .arg(row).arg(blocks.at(row).text.left(50), flashed.left(50)));
        }
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QLatin1Char('\n'))));
    }

    void drop_opensTheDroppedFile()
    {
        MainWindow window(m_settings.get());
        QSignalSpy failed(&window, &MainWindow::loadFailed);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("dropped-page.mhtml")))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(failed.wait(20000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("dropped-page.mhtml")));
    }

    void close_remembersGeometryAndSplitter()
    {
        {
            MainWindow window(m_settings.get());
            window.show();
            window.close();
        }
        QVERIFY(m_settings->contains(QStringLiteral("mainWindow/geometry")));
        QVERIFY(m_settings->contains(QStringLiteral("mainWindow/reviewSplitter")));
    }
};

GALLEY_WEB_TEST_MAIN(MainWindowTest)
#include "main_window_test.moc"
