#include "accessibility_walk.h"
#include "article_text_view.h"
#include "editing_fixture.h"
#include "find_bar.h"
#include "focus_regions.h"
#include "span_filter_bar.h"
#include "span_filter_proxy.h"
#include "web_test_main.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

using namespace galley;
using namespace galley::test;

// The whole review without a mouse: moving between the window's regions, switching the panel's
// tabs, reviewing, filtering and finding text, with every control named for assistive tools.
class KeyboardOnlyReviewTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;

    static void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget();
        QVERIFY(target);
        QTest::keyClick(target, Qt::Key(key), modifiers);
    }

    int region(MainWindow &window) const { return window.focusRegions()->currentRegion(); }

private slots:
    void init()
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_settings->clear();
    }

    void everyControl_hasAnAccessibleName()
    {
        SampleAnnotations sample = harbourVoteAnnotations();
        MainWindow window(m_settings.get());
        window.resize(1500, 900);
        window.show();
        QVERIFY(showForEditing(window, sample.document));
        window.findBar()->open();   // its controls are checked shown, as a reader meets them
        const QStringList unnamed = unnamedControls(window);
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("no accessible name:\n") + unnamed.join(QLatin1Char('\n'))));
        for (QAction *action : window.findChildren<QAction *>()) {
            if (!action->isSeparator() && !action->menu() && !action->objectName().startsWith(QLatin1String("_q_")))
                QVERIFY2(!action->text().isEmpty() || !action->isVisible(), qPrintable(action->objectName()));
        }
    }

    void shortReview_byKeysOnly()
    {
        QTemporaryDir pageDir;
        const QString page = copyHarbourVote(pageDir.path());
        SampleAnnotations sample = harbourVoteAnnotations(page);
        MainWindow window(m_settings.get());
        window.resize(1500, 900);
        window.show();
        QVERIFY(showForEditing(window, sample.document));
        const ReviewAnnotations &annotations = *window.annotations();
        AnnotationPanel &panel = *window.annotationPanel();
        window.documentList()->setFocus();   // where a fresh window's focus starts

        // F6 walks documents -> page -> panel and round again; Shift+F6 walks back.
        QCOMPARE(region(window), 0);
        key(Qt::Key_F6);
        QCOMPARE(region(window), 1);
        QTRY_VERIFY(window.pageView()->isAncestorOf(QApplication::focusWidget()) || window.pageView()->hasFocus());
        key(Qt::Key_F6);
        QCOMPARE(region(window), 2);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(panel.entityView()));
        key(Qt::Key_F6);
        QCOMPARE(region(window), 0);   // the closed find bar is skipped
        key(Qt::Key_F6, Qt::ShiftModifier);
        QCOMPARE(region(window), 2);

        // Ctrl+2: the Quotes tab, focused; Down picks the first quote, A accepts it.
        key(Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(panel.tabs()->currentIndex(), int(AnnotationPanel::QuotesTab));
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(panel.quoteView()));
        key(Qt::Key_Down);
        const QString quote = window.selectedSpanId();
        QVERIFY(annotations.span(quote));
        QCOMPARE(annotations.span(quote)->label, QStringLiteral("QUOTE"));
        key(Qt::Key_A);
        QCOMPARE(annotations.span(quote)->status, ReviewStatus::Accepted);

        // Ctrl+3: Numbers; Down, X rejects.
        key(Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(panel.numberView()));
        key(Qt::Key_Down);
        const QString number = window.selectedSpanId();
        QVERIFY(number != quote && annotations.span(number));
        key(Qt::Key_X);
        QCOMPARE(annotations.span(number)->status, ReviewStatus::Rejected);

        // N picks the next pending span from anywhere; A accepts it. The page keeps its place
        // when it takes the keyboard (F6 gave it to the page's own first link, "Skip to content",
        // and the page jumped to its top).
        QTRY_VERIFY(evaluate(*window.pageView(), QStringLiteral("window.scrollY")).toInt() > 0);
        const int scrolled = evaluate(*window.pageView(), QStringLiteral("window.scrollY")).toInt();
        key(Qt::Key_F6, Qt::ShiftModifier);
        QCOMPARE(region(window), 1);
        QTest::qWait(300);
        QCOMPARE(evaluate(*window.pageView(), QStringLiteral("window.scrollY")).toInt(), scrolled);
        key(Qt::Key_N);
        const QString next = window.selectedSpanId();
        QCOMPARE(annotations.span(next)->status, ReviewStatus::Pending);
        key(Qt::Key_A);
        QCOMPARE(annotations.span(next)->status, ReviewStatus::Accepted);
        // The quote, its cue (accepted with it), the number and the span N picked.
        QCOMPARE(window.reviewProgress()->value(), 4);

        // Ctrl+F finds in the page; Esc gives the focus back to it.
        key(Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(window.findBar()->field()));
        QCOMPARE(region(window), 3);
        QTest::keyClicks(window.findBar()->field(), QStringLiteral("harbour"));
        QTRY_VERIFY(window.findBar()->matchCount() > 1 && window.findBar()->currentMatch() > 0);
        const int total = window.findBar()->matchCount();
        const int first = window.findBar()->currentMatch();
        QCOMPARE(window.findBar()->matchText(), QStringLiteral("%1 of %2").arg(first).arg(total));
        key(Qt::Key_Return);
        QTRY_COMPARE(window.findBar()->currentMatch(), first % total + 1);
        QCOMPARE(annotations.span(next)->status, ReviewStatus::Accepted);   // Enter found, did not accept
        key(Qt::Key_Escape);
        QVERIFY(!window.findBar()->isVisible());
        QCOMPARE(region(window), 1);

        // Ctrl+S saves.
        key(Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!window.isWindowModified());
        QVERIFY(QFileInfo::exists(page + QStringLiteral(".galley.json")));
    }

    void filter_listsWhatMatches_andNextPendingFollowsIt()
    {
        QTemporaryDir pageDir;
        SampleAnnotations sample = harbourVoteAnnotations(copyHarbourVote(pageDir.path()));
        MainWindow window(m_settings.get());
        window.resize(1500, 900);
        window.show();
        QVERIFY(showForEditing(window, sample.document));
        const ReviewAnnotations &annotations = *window.annotations();
        AnnotationPanel &panel = *window.annotationPanel();
        const QString allEntities = panel.tabs()->tabText(AnnotationPanel::EntitiesTab);

        panel.filterBar()->setFilter({{QStringLiteral("PER")}, {ReviewStatus::Pending}, {}});
        QVERIFY2(panel.tabs()->tabText(AnnotationPanel::EntitiesTab).contains(QStringLiteral(" of ")),
                 qPrintable(panel.tabs()->tabText(AnnotationPanel::EntitiesTab)));
        QVERIFY(panel.entityFilter()->rowCount() > 0);
        QCOMPARE(panel.unplacedView()->model()->rowCount(), 0);   // the one span not found is an ORG
        QVERIFY(panel.unplacedTitle()->text().startsWith(QStringLiteral("1 span")));
        QSet<QString> visited;
        for (int i = 0; i < 40; ++i) {   // round the listed pending spans once
            press(window, Qt::Key_N);
            const Span *span = annotations.span(window.selectedSpanId());
            QVERIFY(span);
            QCOMPARE(span->label, QStringLiteral("PER"));
            if (visited.contains(span->id))
                break;
            visited.insert(span->id);
            QCOMPARE(panel.currentSpanId(), span->id);   // the panel shows it: the filter lists it
        }
        QVERIFY(visited.size() >= 3);
        // Accepting one takes it out of a pending-only list; the progress bar counts it.
        const int reviewed = window.reviewProgress()->value();
        press(window, Qt::Key_A);
        QCOMPARE(window.reviewProgress()->value(), reviewed + 1);
        QVERIFY(!inView(*panel.entityView(), panel.entityModel()->indexOfSpan(window.selectedSpanId())).isValid());

        panel.filterBar()->setFilter({});
        QCOMPARE(panel.tabs()->tabText(AnnotationPanel::EntitiesTab), allEntities);
        QCOMPARE(panel.unplacedView()->model()->rowCount(), 1);
    }

    void find_inTheArticleText_countsAndWraps()
    {
        SampleAnnotations sample = harbourVoteAnnotations();
        MainWindow window(m_settings.get());
        window.resize(1500, 900);
        window.show();
        QVERIFY(showForEditing(window, sample.document));
        window.articleTextAction()->setChecked(true);
        const QString text = window.articleTextView()->toPlainText();
        const int all = int(text.count(QStringLiteral("the"), Qt::CaseInsensitive));
        const int lower = int(text.count(QStringLiteral("the"), Qt::CaseSensitive));
        QVERIFY(all > lower && lower > 2);

        FindBar &bar = *window.findBar();
        window.articleTextView()->setFocus();
        key(Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(bar.field(), QStringLiteral("the"));
        QCOMPARE(bar.matchText(), QStringLiteral("1 of %1").arg(all));
        key(Qt::Key_F3);
        QCOMPARE(bar.matchText(), QStringLiteral("2 of %1").arg(all));
        QCOMPARE(window.articleTextView()->textCursor().selectedText().toLower(), QStringLiteral("the"));
        key(Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(bar.currentMatch(), 1);
        key(Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(bar.currentMatch(), all);   // wrapped to the last
        key(Qt::Key_Return);
        QCOMPARE(bar.currentMatch(), 1);     // and round to the first

        bar.matchCase()->setChecked(true);
        QCOMPARE(bar.matchCount(), lower);
        QTest::keyClicks(bar.field(), QStringLiteral("zzqx"));
        QCOMPARE(bar.matchText(), QStringLiteral("No matches"));
        key(Qt::Key_Escape);
        QVERIFY(!bar.isVisible());
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(window.articleTextView()));
    }
};

GALLEY_WEB_TEST_MAIN(KeyboardOnlyReviewTest)
#include "keyboard_only_review_test.moc"
