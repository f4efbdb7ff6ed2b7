#include "annotation_set_builder.h"
#include "editing_fixture.h"
#include "annotation_panel.h"
#include "annotation_roles.h"
#include "filtered_choice_dialog.h"
#include "number_table_model.h"
#include "pending_navigation.h"
#include "review_editor.h"
#include "span_labels.h"
#include "web_test_main.h"

#include <QAction>
#include <QLineEdit>
#include <QProgressBar>
#include <QStatusBar>
#include <QTimer>

using namespace galley;
using namespace galley::test;

// A whole review of the harbour-vote sample done at the keyboard, saved, and opened again.
class KeyboardReviewTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;

    static QString selectedMark(MainWindow &window)
    {
        return evaluate(*window.pageView(), QStringLiteral(
                            "(function () { const mark = document.querySelector('galley-mark[data-sel]');"
                            " return mark ? mark.getAttribute('data-span') : ''; })()")).toString();
    }

private slots:
    void init()
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_settings->clear();
    }

    void nextAndPrevious_walkPendingSpansInReadingOrder()
    {
        QTemporaryDir pageDir;
        SampleAnnotations sample = harbourVoteAnnotations(copyHarbourVote(pageDir.path()));
        MainWindow window(m_settings.get());
        window.resize(1500, 900);
        window.show();
        QVERIFY(showForEditing(window, sample.document));
        const ReviewAnnotations &annotations = *window.annotations();

        QList<int> starts;
        QSet<QString> visited;
        const int pending = int(annotations.annotationSet().spans.size());
        for (int i = 0; i < pending; ++i) {
            press(window, Qt::Key_N);
            const Span *span = annotations.span(window.selectedSpanId());
            QVERIFY(span);
            starts.append(span->start);
            visited.insert(span->id);
            // The page marks the span N picked (and scrolls to it and flashes it).
            if (annotations.isPlaced(span->id))
                QTRY_COMPARE(selectedMark(window), span->id);
        }
        QVERIFY(std::is_sorted(starts.cbegin(), starts.cend()));
        QCOMPARE(int(visited.size()), pending);   // each pending span once
        const QString last = window.selectedSpanId();
        press(window, Qt::Key_P);
        const QString beforeLast = window.selectedSpanId();
        QVERIFY(beforeLast != last);
        QVERIFY(annotations.span(beforeLast)->start <= annotations.span(last)->start);

        // An accepted span is no longer pending: N steps over it.
        press(window, Qt::Key_A);
        QCOMPARE(annotations.span(beforeLast)->status, ReviewStatus::Accepted);
        press(window, Qt::Key_P);
        QVERIFY(window.selectedSpanId() != beforeLast);
        press(window, Qt::Key_N);
        QCOMPARE(window.selectedSpanId(), last);
    }

    // A reviewer who sorts a tab by a column (quotes by confidence, least sure first) walks its
    // rows with N in that order; N walked the article's order instead, jumping about the list.
    void nextAndPrevious_inASortedTab_walkItsRowsInOrder()
    {
        QTemporaryDir pageDir;
        SampleAnnotations sample = harbourVoteAnnotations(copyHarbourVote(pageDir.path()));
        MainWindow window(m_settings.get());
        window.resize(1500, 900);
        window.show();
        QVERIFY(showForEditing(window, sample.document));
        const ReviewAnnotations &annotations = *window.annotations();
        AnnotationPanel *panel = window.annotationPanel();
        press(window, Qt::Key_3, Qt::ControlModifier);   // the Numbers list has the keyboard
        QTRY_VERIFY(QApplication::focusWidget() == panel->numberView());
        panel->numberView()->sortByColumn(NumberTableModel::ValueColumn, Qt::AscendingOrder);
        // By value: 58 percent, then the date, then the count with no value; the article's
        // order is the reverse.
        const QStringList listed{sample.number, sample.day, sample.count};
        QCOMPARE(panel->walkedListOrder(), std::optional<QStringList>(listed));
        for (const QString &expected : listed) {
            press(window, Qt::Key_N);
            QCOMPARE(window.selectedSpanId(), expected);
        }
        press(window, Qt::Key_N);   // round to the first row again
        QCOMPARE(window.selectedSpanId(), sample.number);
        press(window, Qt::Key_P);
        QCOMPARE(window.selectedSpanId(), sample.count);

        // Accepted, a number is no longer pending: N goes from the last row to the first and
        // steps over it.
        press(window, Qt::Key_A);
        QCOMPARE(annotations.span(sample.count)->status, ReviewStatus::Accepted);
        press(window, Qt::Key_N);
        QCOMPARE(window.selectedSpanId(), sample.number);
        press(window, Qt::Key_A);
        press(window, Qt::Key_N);
        QCOMPARE(window.selectedSpanId(), sample.day);
        press(window, Qt::Key_A);
        press(window, Qt::Key_N);
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("No listed span is pending."));

        // Back in the article's order (a third click on the header), the list that has the
        // keyboard is walked in the article's order; with the keyboard in the page, N walks
        // every span in reading order.
        panel->numberView()->sortByColumn(-1, Qt::AscendingOrder);
        QCOMPARE(panel->walkedListOrder(), std::optional<QStringList>({sample.count, sample.day, sample.number}));
        window.pageView()->setFocus();
        QTRY_VERIFY(!panel->numberView()->hasFocus());
        QVERIFY(!panel->walkedListOrder());
        press(window, Qt::Key_N);
        QCOMPARE(window.selectedSpanId(), nextPendingSpan(annotations.annotationSet(), sample.day));
    }

    // In the Quotes list N goes to the next quote: it went to an entity in reading order,
    // switching to the Entities tab, and the X that followed rejected that entity.
    void next_inAListWithTheKeyboard_staysInThatList()
    {
        QTemporaryDir pageDir;
        SampleAnnotations sample = harbourVoteAnnotations(copyHarbourVote(pageDir.path()));
        AnnotationSetBuilder builder(sample.document.article.text);
        builder.set() = sample.document.annotations;
        const QString secondQuote = builder.span(QStringLiteral("QUOTE"), QStringLiteral("The Harbour Authority"), 0,
                                                 {{QStringLiteral("kind"), QStringLiteral("direct")}});
        sample.document.annotations = builder.set();
        MainWindow window(m_settings.get());
        window.resize(1500, 900);
        window.show();
        QVERIFY(showForEditing(window, sample.document));
        const ReviewAnnotations &annotations = *window.annotations();
        AnnotationPanel *panel = window.annotationPanel();
        press(window, Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(QApplication::focusWidget() == panel->quoteView());
        QCOMPARE(window.selectedSpanId(), sample.quote);   // the list's first row
        press(window, Qt::Key_X);
        QCOMPARE(annotations.span(sample.quote)->status, ReviewStatus::Rejected);
        press(window, Qt::Key_N);
        QCOMPARE(window.selectedSpanId(), secondQuote);   // not Kestrel Bay, the entity in between
        QCOMPARE(panel->tabs()->currentIndex(), int(AnnotationPanel::QuotesTab));
        QVERIFY(panel->quoteView()->hasFocus());
        press(window, Qt::Key_N);
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("No other listed span is pending."));
    }

    // With the keyboard in a list that was never clicked (it takes its first row as current
    // when it is shown), A must still act on the span N picked.
    void next_intoAListNeverClicked_reviewsTheSpanItPicked()
    {
        QTemporaryDir pageDir;
        SampleAnnotations sample = harbourVoteAnnotations(copyHarbourVote(pageDir.path()));
        MainWindow window(m_settings.get());
        window.resize(1500, 900);
        window.show();
        QVERIFY(showForEditing(window, sample.document));
        const ReviewAnnotations &annotations = *window.annotations();
        press(window, Qt::Key_3, Qt::ControlModifier);   // the Numbers list has the keyboard
        QTRY_VERIFY(QApplication::focusWidget() == window.annotationPanel()->numberView());
        QCOMPARE(window.selectedSpanId(), sample.count);   // the list's first row
        press(window, Qt::Key_N);
        QCOMPARE(window.selectedSpanId(), sample.day);
        press(window, Qt::Key_A);
        QCOMPARE(annotations.span(sample.day)->status, ReviewStatus::Accepted);
        QCOMPARE(annotations.span(sample.count)->status, ReviewStatus::Pending);
        QCOMPARE(window.annotationPanel()->numberView()->currentIndex().siblingAtColumn(0).data(SpanIdRole).toString(),
                 sample.day);
    }

    // The new user pressed 2 on an entity and only its first name became an organisation.
    void labelKey_onAnEntity_relabelsEveryName_inOneUndoStep()
    {
        QTemporaryDir pageDir;
        SampleAnnotations sample = harbourVoteAnnotations(copyHarbourVote(pageDir.path()));
        AnnotationSetBuilder builder(sample.document.article.text);
        builder.set() = sample.document.annotations;
        const QString varga = builder.span(QStringLiteral("PER"), QStringLiteral("Varga said"));
        builder.last().end = builder.last().start + 5;
        builder.last().text = QStringLiteral("Varga");
        builder.cluster(QStringLiteral("PER"), QStringLiteral("Elena Varga"), {sample.varga, varga});
        sample.document.annotations = builder.set();

        MainWindow window(m_settings.get());
        window.resize(1500, 900);
        window.show();
        QVERIFY(showForEditing(window, sample.document));
        const ReviewAnnotations &annotations = *window.annotations();
        AnnotationPanel &panel = *window.annotationPanel();
        const auto pickEntity = [&] {
            panel.tabs()->setCurrentIndex(AnnotationPanel::EntitiesTab);
            const QModelIndex entity = inView(*panel.entityView(), panel.entityModel()->indexOfSpan(varga).parent());
            panel.entityView()->setFocus();
            panel.entityView()->selectionModel()->setCurrentIndex(entity, QItemSelectionModel::ClearAndSelect
                                                                              | QItemSelectionModel::Rows);
        };

        pickEntity();
        press(window, Qt::Key_2);   // the page is asked for its selection first: there is none
        QTRY_COMPARE(annotations.span(sample.varga)->label, QStringLiteral("ORG"));
        QCOMPARE(annotations.span(varga)->label, QStringLiteral("ORG"));
        QCOMPARE(annotations.clusterOf(varga)->label, QStringLiteral("ORG"));
        QCOMPARE(annotations.span(sample.byQuoteOnly)->label, QStringLiteral("PER"));   // another entity
        // the entity stays current: the next key corrects the whole entity again
        QVERIFY(panel.currentEntityGroup());
        press(window, Qt::Key_4);
        QTRY_COMPARE(annotations.span(varga)->label, QStringLiteral("MISC"));
        QCOMPARE(annotations.span(sample.varga)->label, QStringLiteral("MISC"));
        press(window, Qt::Key_Z, Qt::ControlModifier);
        press(window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(annotations.span(sample.varga)->label, QStringLiteral("PER"));
        QCOMPARE(annotations.span(varga)->label, QStringLiteral("PER"));
        QCOMPARE(annotations.clusterOf(varga)->label, QStringLiteral("PER"));

        // A and X on an entity accept or reject every name of it, one undo step each
        pickEntity();
        press(window, Qt::Key_X);
        QCOMPARE(annotations.span(sample.varga)->status, ReviewStatus::Rejected);
        QCOMPARE(annotations.span(varga)->status, ReviewStatus::Rejected);
        QVERIFY(panel.currentEntityGroup());
        press(window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(annotations.span(sample.varga)->status, ReviewStatus::Pending);
        QCOMPARE(annotations.span(varga)->status, ReviewStatus::Pending);

        // A number label is refused for an entity, with the reason, and nothing changes.
        pickEntity();
        press(window, Qt::Key_5);
        QTRY_VERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("entity label")),
                     qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(annotations.span(sample.varga)->label, QStringLiteral("PER"));
        QCOMPARE(annotations.span(varga)->label, QStringLiteral("PER"));

        // A name picked under its entity is relabelled alone.
        pickInPanel(window, varga);
        press(window, Qt::Key_3);
        QTRY_COMPARE(annotations.span(varga)->label, QStringLiteral("LOC"));
        QCOMPARE(annotations.span(sample.varga)->label, QStringLiteral("PER"));
    }

    // The new user sorted the entities least sure first and accepted the first: it moved to the
    // end with the selection, and their place in the list was lost.
    void acceptKey_inAListSortedByConfidence_goesOnWithTheNextEntity()
    {
        QTemporaryDir pageDir;
        SampleAnnotations sample = harbourVoteAnnotations(copyHarbourVote(pageDir.path()));
        MainWindow window(m_settings.get());
        window.resize(1500, 900);
        window.show();
        QVERIFY(showForEditing(window, sample.document));
        const ReviewAnnotations &annotations = *window.annotations();
        AnnotationPanel &panel = *window.annotationPanel();
        panel.tabs()->setCurrentIndex(AnnotationPanel::EntitiesTab);
        QTreeView *view = panel.entityView();
        view->sortByColumn(EntityTreeModel::ConfidenceColumn, Qt::AscendingOrder);
        const QModelIndex first = view->model()->index(0, 0);
        const QStringList firstNames = first.data(GroupSpanIdsRole).toStringList();
        const QString secondCluster = view->model()->index(1, 0).data(ClusterIdRole).toString();
        view->setFocus();
        view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

        press(window, Qt::Key_A);
        for (const QString &name : firstNames)
            QCOMPARE(annotations.span(name)->status, ReviewStatus::Accepted);
        QVERIFY(panel.currentEntityGroup());
        QCOMPARE(panel.currentEntityGroup()->clusterId, secondCluster);
        QCOMPARE(view->currentIndex().row(), 0);
        QVERIFY(firstNames.contains(window.selectedSpanId()) == false);

        // In the article's order nothing moves, and the entity stays current.
        view->sortByColumn(-1, Qt::AscendingOrder);
        const QModelIndex entity = view->model()->index(2, 0);
        const QString cluster = entity.data(ClusterIdRole).toString();
        view->selectionModel()->setCurrentIndex(entity, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        press(window, Qt::Key_X);
        QCOMPARE(panel.currentEntityGroup()->clusterId, cluster);
    }

    void fullReview_savedAndReopened()
    {
        QTemporaryDir pageDir;
        const QString page = copyHarbourVote(pageDir.path());
        SampleAnnotations sample = harbourVoteAnnotations(page);
        const QString relabelled = sample.badPathGoodQuote;
        {
            MainWindow window(m_settings.get());
            window.resize(1500, 900);
            window.show();
            QVERIFY(showForEditing(window, sample.document));
            PageView &view = *window.pageView();
            const ReviewAnnotations &annotations = *window.annotations();
            QVERIFY(window.reviewProgress()->isVisible());
            QCOMPARE(window.reviewProgress()->value(), 0);

            // Resize: the end takes in the next word, then gives it back.
            pickInPanel(window, sample.varga);
            press(window, Qt::Key_Right, Qt::ShiftModifier);
            QCOMPARE(annotations.span(sample.varga)->text, QStringLiteral("Elena Varga told"));
            QTRY_COMPARE(markedText(view, sample.varga), QStringLiteral("Elena Varga told"));
            press(window, Qt::Key_Left, Qt::ShiftModifier);
            press(window, Qt::Key_Left, Qt::AltModifier);   // the start takes in "Mayor"
            QCOMPARE(annotations.span(sample.varga)->text, QStringLiteral("Mayor Elena Varga"));
            QTRY_COMPARE(markedText(view, sample.varga), QStringLiteral("Mayor Elena Varga"));

            // Accept.
            press(window, Qt::Key_A);
            QCOMPARE(annotations.span(sample.varga)->status, ReviewStatus::Accepted);
            QTRY_COMPARE(markAttribute(view, sample.varga, QStringLiteral("data-s")), QStringLiteral("accepted"));
            QCOMPARE(window.reviewProgress()->value(), 1);
            QVERIFY(window.isWindowModified());


            // Reject.
            pickInPanel(window, sample.unplaceable);
            press(window, Qt::Key_X);
            QCOMPARE(annotations.span(sample.unplaceable)->status, ReviewStatus::Rejected);

            // Relabel with a schema key: 2 is ORG.
            pickInPanel(window, relabelled);
            press(window, Qt::Key_2);
            QTRY_COMPARE(annotations.span(relabelled)->label, QStringLiteral("ORG"));
            QTRY_COMPARE(markAttribute(view, relabelled, QStringLiteral("data-l")), QStringLiteral("ORG"));

            // Add: text selected in the page and a label key (3 is LOC).
            QVERIFY(selectInPage(view, QStringLiteral("Quay Street")));
            press(window, Qt::Key_3);
            QTRY_VERIFY(spanWithText(annotations, QStringLiteral("Quay Street")));
            const QString added = spanWithText(annotations, QStringLiteral("Quay Street"))->id;
            QCOMPARE(annotations.span(added)->label, QStringLiteral("LOC"));
            QCOMPARE(annotations.span(added)->status, ReviewStatus::Added);
            QTRY_COMPARE(markAttribute(view, added, QStringLiteral("data-l")), QStringLiteral("LOC"));

            // Quote: change the kind, then link another speaker from the dialog.
            pickInPanel(window, sample.quote);
            press(window, Qt::Key_K);
            QCOMPARE(annotations.span(sample.quote)->attributes.value(QStringLiteral("kind")).toString(), QStringLiteral("partial"));
            QTimer::singleShot(0, this, [] {
                auto *dialog = qobject_cast<FilteredChoiceDialog *>(QApplication::activeModalWidget());
                if (!dialog)
                    return;
                // Typed, not scrolled to: part of the name, in any case, leaves her alone in the list.
                QTest::keyClicks(dialog->filterEdit(), QStringLiteral("rourke"));
                QCOMPARE(dialog->shownItems(), QStringList{QStringLiteral("Maeve O\u2019Rourke (PER)")});
                QTest::keyClick(dialog->filterEdit(), Qt::Key_Return);
            });
            press(window, Qt::Key_L);
            QCOMPARE(annotations.relatedSpan(sample.quote, QStringLiteral("speaker"))->id, sample.byQuoteOnly);
            QTRY_VERIFY(window.annotationPanel()->quoteModel()->index(0, QuoteTableModel::SpeakerColumn)
                            .data().toString().contains(QStringLiteral("Maeve")));

            // Number: the value edited in place (F2, type, Enter). (The offscreen platform does
            // not give the window back its activation when the dialog closes, as a desktop does.)
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            pickInPanel(window, sample.number);
            QTableView *numbers = window.annotationPanel()->numberView();
            const QModelIndex valueCell = inView(*numbers, window.annotationPanel()->numberModel()->indexOfSpan(sample.number)
                                                               .siblingAtColumn(NumberTableModel::ValueColumn));
            numbers->setCurrentIndex(valueCell);
            QTest::keyClick(numbers, Qt::Key_F2);
            QLineEdit *editor = nullptr;
            QTRY_VERIFY((editor = qobject_cast<QLineEdit *>(QApplication::focusWidget())));
            editor->selectAll();
            QTest::keyClicks(editor, QStringLiteral("61"));
            QTest::keyClick(editor, Qt::Key_Return);   // the delegate commits on the next turn of the loop
            QTRY_COMPARE(annotations.span(sample.number)->attributes.value(QStringLiteral("value")).toDouble(), 61.0);
            QVERIFY(valueCell.data().toString().contains(QStringLiteral("61")));
            // The edited cell stays current with the focus, so the next key edits on (before, the
            // current cell was lost and the letters typed next relabelled spans as review keys).
            QTRY_VERIFY(!numbers->findChild<QLineEdit *>());   // the first editor has closed
            QTRY_COMPARE(numbers->currentIndex(), valueCell);
            QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(numbers));

            // A value that is not a number is refused, and nothing changes.
            QTest::keyClick(numbers, Qt::Key_F2);
            QTRY_VERIFY((editor = qobject_cast<QLineEdit *>(QApplication::focusWidget())));
            editor->selectAll();
            QTest::keyClicks(editor, QStringLiteral("lots"));
            QTest::keyClick(editor, Qt::Key_Return);
            QTRY_VERIFY(!numbers->findChild<QLineEdit *>());
            QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("not a number")));
            QCOMPARE(annotations.span(sample.number)->attributes.value(QStringLiteral("value")).toDouble(), 61.0);

            // Save: the title bar no longer shows unsaved changes.
            press(window, Qt::Key_S, Qt::ControlModifier);
            QVERIFY(!window.isWindowModified());
            QVERIFY(QFileInfo::exists(page + QStringLiteral(".galley.json")));
            QVERIFY(!QFileInfo::exists(page + QStringLiteral(".galley.json.journal")));
        }

        MainWindow reopened(m_settings.get());
        reopened.resize(1500, 900);
        reopened.show();
        QVERIFY(showForEditing(reopened, harbourVoteAnnotations(page).document));
        const ReviewAnnotations &annotations = *reopened.annotations();
        QCOMPARE(annotations.span(sample.varga)->status, ReviewStatus::Accepted);
        QCOMPARE(annotations.span(sample.varga)->text, QStringLiteral("Mayor Elena Varga"));
        QCOMPARE(annotations.span(sample.unplaceable)->status, ReviewStatus::Rejected);
        QCOMPARE(annotations.span(relabelled)->label, QStringLiteral("ORG"));
        QVERIFY(spanWithText(annotations, QStringLiteral("Quay Street")));
        QCOMPARE(annotations.span(sample.quote)->attributes.value(QStringLiteral("kind")).toString(), QStringLiteral("partial"));
        QCOMPARE(annotations.relatedSpan(sample.quote, QStringLiteral("speaker"))->id, sample.byQuoteOnly);
        QCOMPARE(annotations.span(sample.number)->attributes.value(QStringLiteral("value")).toDouble(), 61.0);
        QVERIFY(!reopened.isWindowModified());
        QTRY_COMPARE(markAttribute(*reopened.pageView(), sample.varga, QStringLiteral("data-s")), QStringLiteral("accepted"));
    }
};

GALLEY_WEB_TEST_MAIN(KeyboardReviewTest)
#include "keyboard_review_test.moc"
