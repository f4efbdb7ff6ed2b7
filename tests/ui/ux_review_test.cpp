#include "editing_fixture.h"
#include "filtered_choice_dialog.h"
#include "entity_tree_model.h"
#include "number_table_model.h"
#include "review_editor.h"
#include "span_description.h"
#include "web_test_main.h"

#include <QTableView>
#include <QTreeView>
#include "article_text_view.h"

#include <QAction>
#include <QInputDialog>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

using namespace galley;
using namespace galley::test;

// Problems found reviewing the sample as a new user would, each kept from coming back.
class UxReviewTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_pageDir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    SampleAnnotations m_sample;

    MainWindow &window() { return *m_window; }
    const ReviewAnnotations &annotations() { return *m_window->annotations(); }
    ReviewEditor &editor() { return *m_window->editor(); }
    int offsetOf(const QString &text, int from = 0) { return int(annotations().annotationSet().text.indexOf(text, from)); }

    // Clicks the quote's row in the Quotes tab, as a reviewer does.
    void clickQuoteRow(const QString &spanId)
    {
        AnnotationPanel &panel = *window().annotationPanel();
        panel.tabs()->setCurrentIndex(AnnotationPanel::QuotesTab);
        QTableView *view = panel.quoteView();
        const QModelIndex index = inView(*view, panel.quoteModel()->indexOfSpan(spanId));
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    }

    void reactivate()
    {
        // The offscreen platform does not give the window back its activation when a dialog closes.
        window().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window()));
    }

private slots:
    void initTestCase()
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_settings->clear();
        m_sample = harbourVoteAnnotations(copyHarbourVote(m_pageDir.path()));
        m_window = std::make_unique<MainWindow>(m_settings.get());
        m_window->resize(1500, 900);
        m_window->show();
        QVERIFY(showForEditing(*m_window, m_sample.document));
    }

    void cleanupTestCase() { m_window.reset(); }

    // Two mentions with the same words ("Brandt" twice) were listed alike by L, and taking the
    // second (the current speaker, preselected) linked the first: OK without a change was an edit.
    void speakerList_tellsMentionsWithTheSameWordsApart()
    {
        const int first = offsetOf(QStringLiteral("Brandt"));
        const int second = offsetOf(QStringLiteral("Brandt"), first + 1);
        QVERIFY(first >= 0 && second > first);
        QCOMPARE(editor().addSpan(QStringLiteral("PER"), first, first + 6), QString());
        QCOMPARE(editor().addSpan(QStringLiteral("PER"), second, second + 6), QString());
        QString secondId;
        for (const Span &span : annotations().annotationSet().spans) {
            if (span.start == second && span.label == QStringLiteral("PER"))
                secondId = span.id;
        }
        QVERIFY(!secondId.isEmpty());
        QCOMPARE(editor().setSpeaker(m_sample.quote, secondId), QString());
        const int edits = editor().undoStack()->index();

        pickInPanel(window(), m_sample.quote);
        QStringList listed;
        QTimer::singleShot(0, this, [&listed] {
            auto *dialog = qobject_cast<FilteredChoiceDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            listed = dialog->shownItems();
            dialog->accept();   // the current speaker, as preselected
        });
        press(window(), Qt::Key_L);
        QCOMPARE(listed.removeDuplicates(), 0);
        QCOMPARE(annotations().relatedSpan(m_sample.quote, QStringLiteral("speaker"))->id, secondId);
        QCOMPARE(editor().undoStack()->index(), edits);
        reactivate();
    }
    // Picking a span the page could not place told "This block could not be found in the
    // rendered page." in place of the document's line, and every later status line started
    // with it.
    void unplacedSpan_picked_keepsTheDocumentsStatusLine()
    {
        const QString document = window().statusText().section(QStringLiteral(" \u2014 "), 0, 0);
        QVERIFY2(document.startsWith(QStringLiteral("harbour-vote.html")), qPrintable(document));
        QSignalSpy revealed(window().pageView(), &PageView::spanRevealed);
        pickInPanel(window(), m_sample.unplaceable);
        // Earlier picks may still be answering.
        QTRY_VERIFY_WITH_TIMEOUT(!revealed.isEmpty() && revealed.last().at(0).toString() == m_sample.unplaceable, 10000);
        QCOMPARE(revealed.last().at(1).toString(), QString());
        QCOMPARE(window().statusText().section(QStringLiteral(" \u2014 "), 0, 0), document);
        QCOMPARE(window().statusBar()->currentMessage(),
                 QStringLiteral("\u201cNorthcoast Institute\u201d is not shown: it could not be found in the page."));

        QSignalSpy highlighted(window().pageView(), &PageView::highlighted);
        QCOMPARE(editor().setStatus(m_sample.varga, ReviewStatus::Accepted), QString());
        QVERIFY(highlighted.wait(10000));
        QCOMPARE(window().statusText().section(QStringLiteral(" \u2014 "), 0, 0), document);
        QVERIFY(!window().statusText().contains(QStringLiteral("block")));
    }
    // Shift+C with words selected in the text view made them the cue but left them selected, so
    // the next label key added a second span over them (the page clears its selection).
    void cueFromTextView_clearsTheSelection()
    {
        window().articleTextAction()->setChecked(true);
        const int at = offsetOf(QStringLiteral("after the vote"));
        QVERIFY(at >= 0);
        clickQuoteRow(m_sample.quote);
        QCOMPARE(window().selectedSpanId(), m_sample.quote);
        QTextCursor cursor = window().articleTextView()->textCursor();
        cursor.setPosition(at);
        cursor.setPosition(at + 14, QTextCursor::KeepAnchor);
        window().articleTextView()->setTextCursor(cursor);
        QTest::qWait(300);   // the text view catches up when shown
        cursor = window().articleTextView()->textCursor();
        cursor.setPosition(at);
        cursor.setPosition(at + 14, QTextCursor::KeepAnchor);
        window().articleTextView()->setTextCursor(cursor);
        QCOMPARE(window().articleTextView()->textCursor().selectedText(), QStringLiteral("after the vote"));
        QTimer::singleShot(3000, this, [] {   // a cue list instead would wait for an answer
            if (QWidget *dialog = QApplication::activeModalWidget())
                dialog->close();
        });
        press(window(), Qt::Key_C, Qt::ShiftModifier);
        QTRY_COMPARE(annotations().relatedSpan(m_sample.quote, QStringLiteral("cue"))->text, QStringLiteral("after the vote"));
        QVERIFY(!window().articleTextView()->textCursor().hasSelection());
        const qsizetype spans = annotations().annotationSet().spans.size();
        press(window(), Qt::Key_2);   // a label key with nothing selected relabels the quote
        QCOMPARE(annotations().annotationSet().spans.size(), spans);
        editor().undoStack()->undo();
        editor().undoStack()->undo();
        window().articleTextAction()->setChecked(false);
    }

    // "Select a span first." stayed up for six seconds over the accept that followed it.
    void doneEdit_takesDownTheEarlierComplaint()
    {
        window().annotationPanel()->entityView()->clearSelection();
        pickInPanel(window(), m_sample.day);
        editor().undoStack()->clear();
        press(window(), Qt::Key_L);   // the date is no quote
        QCOMPARE(window().statusBar()->currentMessage(), QStringLiteral("Select a quote first."));
        press(window(), Qt::Key_A);
        QCOMPARE(annotations().span(m_sample.day)->status, ReviewStatus::Accepted);
        QCOMPARE(window().statusBar()->currentMessage(), QString());
    }
    // The quote picked in the Quotes tab, then a name clicked in the page: clicking the quote's
    // row again (still shown selected in its tab) did nothing, and the keys kept acting on the name.
    void rowStillCurrentInItsTab_clickedAgain_isPicked()
    {
        clickQuoteRow(m_sample.quote);
        QCOMPARE(window().selectedSpanId(), m_sample.quote);
        emit window().pageView()->spanClicked(m_sample.varga);
        QCOMPARE(window().selectedSpanId(), m_sample.varga);
        clickQuoteRow(m_sample.quote);
        QCOMPARE(window().selectedSpanId(), m_sample.quote);
    }
    // N on the last pending span said "No span is pending." while that span still was.
    void lastPendingSpan_nextSaysNoOtherIsPending()
    {
        QUndoStack &stack = *editor().undoStack();
        const int start = stack.index();
        QStringList pending;
        for (const Span &span : annotations().annotationSet().spans) {
            if (span.id != m_sample.count && span.status == ReviewStatus::Pending)
                pending.append(span.id);
        }
        for (const QString &id : std::as_const(pending)) {
            if (annotations().span(id)->status == ReviewStatus::Pending)   // a cue is accepted with its quote
                QCOMPARE(editor().setStatus(id, ReviewStatus::Accepted), QString());
        }
        QCOMPARE(annotations().span(m_sample.count)->status, ReviewStatus::Pending);
        clickQuoteRow(m_sample.quote);
        pickInPanel(window(), m_sample.count);
        QTRY_COMPARE(window().selectedSpanId(), m_sample.count);
        press(window(), Qt::Key_N);
        // The Numbers list has the keyboard: N walks what it lists.
        QCOMPARE(window().statusBar()->currentMessage(), QStringLiteral("No other listed span is pending."));
        window().pageView()->setFocus();
        QTRY_VERIFY(!window().annotationPanel()->walkedListOrder());
        press(window(), Qt::Key_N);
        QCOMPARE(window().statusBar()->currentMessage(), QStringLiteral("No other span is pending."));
        QCOMPARE(editor().setStatus(m_sample.count, ReviewStatus::Accepted), QString());
        press(window(), Qt::Key_N);
        QCOMPARE(window().statusBar()->currentMessage(), QStringLiteral("No span is pending."));
        while (stack.index() > start)
            stack.undo();
    }
    // A rejected speaker was left out of the L list, so OK on the preselected first entry
    // relinked the quote to someone else.
    void rejectedSpeaker_keptByOk()
    {
        QCOMPARE(editor().setSpeaker(m_sample.quote, m_sample.byQuoteOnly), QString());
        QCOMPARE(editor().setStatus(m_sample.byQuoteOnly, ReviewStatus::Rejected), QString());
        const int edits = editor().undoStack()->index();
        clickQuoteRow(m_sample.quote);
        QCOMPARE(window().selectedSpanId(), m_sample.quote);
        QTimer::singleShot(0, this, [] {
            if (auto *dialog = qobject_cast<FilteredChoiceDialog *>(QApplication::activeModalWidget()))
                dialog->accept();
        });
        press(window(), Qt::Key_L);
        QCOMPARE(annotations().relatedSpan(m_sample.quote, QStringLiteral("speaker"))->id, m_sample.byQuoteOnly);
        QCOMPARE(editor().undoStack()->index(), edits);
        reactivate();
    }

    // The Numbers tab gave its Text column what the other five left: a sliver in a narrow panel.
    void numbersTab_narrowPanel_keepsTheTextReadable()
    {
        AnnotationPanel &panel = *window().annotationPanel();
        panel.tabs()->setCurrentIndex(AnnotationPanel::NumbersTab);
        QTableView &table = *panel.numberView();
        table.resize(360, table.height());
        QCoreApplication::processEvents();
        QVERIFY2(table.columnWidth(NumberTableModel::TextColumn) >= table.fontMetrics().horizontalAdvance(QStringLiteral("$4.5 million")),
                 qPrintable(QString::number(table.columnWidth(NumberTableModel::TextColumn))));
    }

    // The Entities tab gave its Name column what Label, Mentions and Confidence left: with the
    // corpus dock open in a 1280-pixel window, nothing ("Enti" in the header, no name in any row).
    void entitiesTab_narrowPanel_keepsNamesReadable()
    {
        AnnotationPanel &panel = *window().annotationPanel();
        panel.tabs()->setCurrentIndex(AnnotationPanel::EntitiesTab);
        QTreeView &tree = *panel.entityView();
        const QString name = QStringLiteral("Harbour Authority");
        tree.resize(280, tree.height());
        QCoreApplication::processEvents();
        QVERIFY2(tree.columnWidth(EntityTreeModel::NameColumn) >= tree.fontMetrics().horizontalAdvance(name),
                 qPrintable(QString::number(tree.columnWidth(EntityTreeModel::NameColumn))));

        // In a wide panel the names take what the other columns leave, with no sideways scrolling.
        tree.resize(900, tree.height());
        QCoreApplication::processEvents();
        int total = 0;
        for (int column = 0; column < EntityTreeModel::ColumnCount; ++column)
            total += tree.columnWidth(column);
        QCOMPARE(total, tree.viewport()->width());
    }

    // A comment on one span, as brat's notes and INCEpTION's comments: kept as its note, shown in
    // its tooltip; an empty comment removes it.
    void spanComment_isKeptAndShown()
    {
        reactivate();
        const QString span = m_sample.quote;
        clickQuoteRow(span);
        QCOMPARE(window().selectedSpanId(), span);
        const auto answer = [this](const QString &text) {
            QTimer::singleShot(0, this, [text] {
                auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
                if (!dialog)
                    return;
                dialog->setTextValue(text);
                dialog->accept();
            });
        };
        QAction *comment = window().findChild<QAction *>(QStringLiteral("review/spanComment"));
        QVERIFY(comment);
        answer(QStringLiteral("check the date with the council"));
        comment->trigger();
        QCOMPARE(annotations().span(span)->attributes.value(QStringLiteral("note")).toString(),
                 QStringLiteral("check the date with the council"));
        QVERIFY(spanToolTip(annotations(), *annotations().span(span)).contains(QStringLiteral("Comment: check the date with the council")));
        answer(QString());
        comment->trigger();
        QVERIFY(!annotations().span(span)->attributes.contains(QStringLiteral("note")));
        reactivate();
    }

    // A number added by hand got no value (the reviewer typed 610000 and USD themselves) and was
    // listed after every number the detectors found.
    void addedNumber_hasItsValue_andSitsInReadingOrder()
    {
        const int start = offsetOf(QStringLiteral("$610,000"));
        QVERIFY(start > 0);
        QCOMPARE(editor().addSpan(QStringLiteral("MONEY"), start, start + 8), QString());
        const NumberTableModel &model = *window().annotationPanel()->numberModel();
        int added = -1;
        int later = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString text = model.index(row, NumberTableModel::TextColumn).data().toString();
            if (text == QStringLiteral("$610,000"))
                added = row;
            if (text == QStringLiteral("58 percent"))
                later = row;
        }
        QVERIFY(added >= 0 && later >= 0);
        QVERIFY2(added < later, qPrintable(QStringLiteral("%1, %2").arg(added).arg(later)));
        QCOMPARE(model.index(added, NumberTableModel::ValueColumn).data(Qt::EditRole).toString(), QStringLiteral("610000"));
        QCOMPARE(model.index(added, NumberTableModel::UnitColumn).data().toString(), QStringLiteral("USD"));
        editor().undoStack()->undo();
    }

    // Shift+Right took the next paragraph's first word in without a word on the status line.
    void widenedOverAParagraphBreak_saysSo()
    {
        const int start = offsetOf(QStringLiteral("third year running"));
        QVERIFY(start > 0);
        QCOMPARE(editor().addSpan(QStringLiteral("DURATION"), start, start + 18), QString());
        const QString added = annotations().annotationSet().spans.last().id;
        pickInPanel(window(), added);
        QCOMPARE(window().selectedSpanId(), added);
        press(window(), Qt::Key_Right, Qt::ShiftModifier);
        QVERIFY2(annotations().span(added)->text.contains(u'\n'), qPrintable(annotations().span(added)->text));
        QCOMPARE(window().statusBar()->currentMessage(), QStringLiteral("The span now runs over a paragraph break."));
        press(window(), Qt::Key_Left, Qt::ShiftModifier);
        QCOMPARE(annotations().span(added)->text, QStringLiteral("third year running"));
        editor().undoStack()->undo();
        editor().undoStack()->undo();
        editor().undoStack()->undo();
    }

    // A hand selection that cut words ("ice i" of "twice in") became a span of half words.
    void addedFromASelection_holdsWholeWords()
    {
        const int twice = offsetOf(QStringLiteral("twice in one winter"));
        QVERIFY(twice > 0);
        QCOMPARE(editor().addSpan(QStringLiteral("CARDINAL"), twice + 2, twice + 7), QString());
        QCOMPARE(annotations().annotationSet().spans.last().text, QStringLiteral("twice in"));
        const QString again = editor().addSpan(QStringLiteral("CARDINAL"), twice, twice + 8);
        QVERIFY2(again.endsWith(QStringLiteral("\u201ctwice in\u201d is a CARDINAL span already (%1)").arg(annotations().annotationSet().spans.last().id)),
                 qPrintable(again));
        editor().undoStack()->undo();
    }
};

GALLEY_WEB_TEST_MAIN(UxReviewTest)
#include "ux_review_test.moc"
