#include "article_text_view.h"
#include "editing_fixture.h"
#include "label_popup.h"
#include "mouse_editing.h"
#include "review_editor.h"
#include "text_span_handles.h"
#include "web_test_main.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QMenu>
#include <QScrollBar>
#include <QStatusBar>
#include <QToolButton>
#include <QUndoStack>

using namespace galley;
using namespace galley::test;

// Editing with the mouse on the harbour-vote sample: boundary handles dragged in the page and in
// the text view, picking a quote's speaker by clicking a mention, and the context menus.
class MouseEditingTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    QTemporaryDir m_pageDir;
    SampleAnnotations m_sample;
    std::unique_ptr<MainWindow> m_window;

    PageView &page() { return *m_window->pageView(); }
    const ReviewAnnotations &annotations() { return *m_window->annotations(); }

    // The client position of the middle of character `index` of the first occurrence of `text`
    // in one text node of the page, as {x, y}.
    QPointF characterCentre(const QString &text, int index)
    {
        const QVariantMap point = evaluate(page(), QStringLiteral(
            "(function () { const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
            " for (let node = walker.nextNode(); node; node = walker.nextNode()) {"
            "  const at = node.data.indexOf(%1); if (at < 0) continue;"
            "  node.parentElement.scrollIntoView({block: 'center', behavior: 'instant'});"
            "  const range = document.createRange(); range.setStart(node, at + %2); range.setEnd(node, at + %2 + 1);"
            "  const rect = range.getBoundingClientRect();"
            "  return {x: rect.left + rect.width / 2, y: rect.top + rect.height / 2}; }"
            " return null; })()").arg(QStringLiteral("'") + text + QStringLiteral("'")).arg(index)).toMap();
        return QPointF(point.value(QStringLiteral("x")).toDouble(), point.value(QStringLiteral("y")).toDouble());
    }

    bool handlesShown()
    {
        return evaluate(page(), QStringLiteral("window.galleyMouseEditing.handleCentres() !== null")).toBool();
    }

    // Presses the handle of `edge` ("start"/"end"), moves the pointer to `to` and returns what the
    // preview shows there; `release` lets go.
    QString dragHandle(const QString &edge, QPointF to, bool release = true)
    {
        return evaluate(page(), QStringLiteral(
            "(function () { const grip = document.querySelector('galley-handle[data-edge=\"%1\"]');"
            " if (!grip) return 'no handle';"
            " const box = grip.getBoundingClientRect();"
            " const at = function (x, y) { return {clientX: x, clientY: y, bubbles: true, button: 0, pointerId: 1}; };"
            " grip.dispatchEvent(new PointerEvent('pointerdown', at(box.left + 7, box.top + box.height / 2)));"
            " document.body.dispatchEvent(new PointerEvent('pointermove', at(%2, %3)));"
            " const preview = window.galleyMouseEditing.previewText();"
            " if (%4) document.body.dispatchEvent(new PointerEvent('pointerup', at(%2, %3)));"
            " return preview; })()")
                            .arg(edge).arg(to.x()).arg(to.y()).arg(release ? QStringLiteral("true") : QStringLiteral("false")))
            .toString();
    }

    // Dispatches a mouse event of `type` ("click", "contextmenu") on what is at the client position.
    void mouseAt(const QString &type, QPointF at)
    {
        evaluate(page(), QStringLiteral(
            "(function () { const target = document.elementFromPoint(%2, %3);"
            " target.dispatchEvent(new MouseEvent('%1', {clientX: %2, clientY: %3, bubbles: true, cancelable: true,"
            " button: '%1' === 'contextmenu' ? 2 : 0})); })()").arg(type).arg(at.x()).arg(at.y()));
    }

    QAction *menuAction(const QString &textOrLabel, QMenu *menu = nullptr)
    {
        if (!menu)
            menu = m_window->mouseEditing()->contextMenu();
        if (!menu)
            return nullptr;
        for (QAction *action : menu->actions()) {
            const QString text = action->text().remove(QLatin1Char('&')).section(QLatin1Char('\t'), 0, 0);
            if (action->data().toString() == textOrLabel || text == textOrLabel)
                return action;
        }
        return nullptr;
    }

    void sendToViewport(QEvent::Type type, QPoint at, Qt::MouseButton button, Qt::MouseButtons buttons)
    {
        QWidget *viewport = m_window->articleTextView()->viewport();
        QMouseEvent event(type, at, viewport->mapToGlobal(at), button, buttons, Qt::NoModifier);
        QApplication::sendEvent(viewport, &event);
    }

    QPoint textPoint(int offset)
    {
        ArticleTextView &view = *m_window->articleTextView();
        QTextCursor cursor(view.document());
        cursor.setPosition(offset);
        const QRect caret = view.cursorRect(cursor);
        return QPoint(caret.center().x() + 1, caret.center().y());
    }

    int offsetOf(const QString &text, int inWord = 0)
    {
        return int(annotations().annotationSet().text.indexOf(text)) + inWord;
    }

private slots:
    void init()
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_settings->clear();
        m_sample = harbourVoteAnnotations(copyHarbourVote(m_pageDir.path()));
        m_window = std::make_unique<MainWindow>(m_settings.get());
        m_window->resize(1500, 900);
        m_window->show();
        QVERIFY(showForEditing(*m_window, m_sample.document));
        QTRY_VERIFY(evaluate(page(), QStringLiteral("window.galleyMouseEditing.bridgeReady()")).toBool());
    }

    void cleanup()
    {
        if (m_window)
            m_window->editor()->discardUnsavedChanges();
        m_window.reset();
        QDir(m_pageDir.path()).removeRecursively();
        QDir().mkpath(m_pageDir.path());
    }

    void pageHandles_dragSnapsToWordsAndUndoes()
    {
        pickInPanel(*m_window, m_sample.varga);
        QTRY_VERIFY(handlesShown());
        // The page's own nodes are untouched: handles live outside <body>.
        QCOMPARE(evaluate(page(), QStringLiteral("document.body.querySelectorAll('galley-handle').length")).toInt(), 0);

        // The end dropped inside "told" takes in the whole word; live preview before release.
        QCOMPARE(dragHandle(QStringLiteral("end"), characterCentre(QStringLiteral("told"), 1), false),
                 QStringLiteral("Elena Varga told"));
        QCOMPARE(annotations().span(m_sample.varga)->text, QStringLiteral("Elena Varga"));   // nothing yet
        evaluate(page(), QStringLiteral("document.body.dispatchEvent(new PointerEvent('pointerup', {bubbles: true}))"));
        QTRY_COMPARE(annotations().span(m_sample.varga)->text, QStringLiteral("Elena Varga told"));
        const int told = offsetOf(QStringLiteral("Elena Varga told"));
        QCOMPARE(annotations().span(m_sample.varga)->start, told);
        QCOMPARE(annotations().span(m_sample.varga)->end, told + 16);
        QTRY_COMPARE(markedText(page(), m_sample.varga), QStringLiteral("Elena Varga told"));

        // One undoable step.
        QCOMPARE(m_window->editor()->undoStack()->count(), 1);
        m_window->editor()->undoStack()->undo();
        QCOMPARE(annotations().span(m_sample.varga)->text, QStringLiteral("Elena Varga"));
        QTRY_COMPARE(markedText(page(), m_sample.varga), QStringLiteral("Elena Varga"));

        // The start dropped inside "Mayor" takes in the whole word.
        pickInPanel(*m_window, m_sample.varga);
        QTRY_VERIFY(handlesShown());
        QCOMPARE(dragHandle(QStringLiteral("start"), characterCentre(QStringLiteral("Mayor"), 2)),
                 QStringLiteral("Mayor Elena Varga"));
        QTRY_COMPARE(annotations().span(m_sample.varga)->text, QStringLiteral("Mayor Elena Varga"));
        QCOMPARE(annotations().span(m_sample.varga)->end, told + 11);
    }

    void textHandles_dragSnapsToWordsAndUndoes()
    {
        m_window->articleTextAction()->setChecked(true);
        pickInPanel(*m_window, m_sample.varga);
        TextSpanHandles &handles = *m_window->mouseEditing()->textHandles();
        QTRY_VERIFY(!handles.gripRect(false).isEmpty());
        const int told = offsetOf(QStringLiteral("Elena Varga told"));

        sendToViewport(QEvent::MouseButtonPress, handles.gripRect(false).center(), Qt::LeftButton, Qt::LeftButton);
        sendToViewport(QEvent::MouseMove, textPoint(told + 14), Qt::NoButton, Qt::LeftButton);   // inside "told"
        QCOMPARE(m_window->articleTextView()->textCursor().selectedText(), QStringLiteral("Elena Varga told"));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Elena Varga told")));
        QCOMPARE(annotations().span(m_sample.varga)->end, told + 11);   // nothing until release
        sendToViewport(QEvent::MouseButtonRelease, textPoint(told + 14), Qt::LeftButton, Qt::NoButton);
        QCOMPARE(annotations().span(m_sample.varga)->text, QStringLiteral("Elena Varga told"));
        QCOMPARE(m_window->editor()->undoStack()->count(), 1);

        // The start dragged past the end is held back: the span keeps its last word.
        pickInPanel(*m_window, m_sample.varga);
        QTRY_VERIFY(!handles.gripRect(true).isEmpty());
        sendToViewport(QEvent::MouseButtonPress, handles.gripRect(true).center(), Qt::LeftButton, Qt::LeftButton);
        sendToViewport(QEvent::MouseMove, textPoint(told + 30), Qt::NoButton, Qt::LeftButton);
        sendToViewport(QEvent::MouseButtonRelease, textPoint(told + 30), Qt::LeftButton, Qt::NoButton);
        QCOMPARE(annotations().span(m_sample.varga)->text, QStringLiteral("Elena Varga told"));

        m_window->editor()->undoStack()->undo();
        QCOMPARE(annotations().span(m_sample.varga)->text, QStringLiteral("Elena Varga"));
    }

    // Scrolling the text view moved the handles' layer with the text (QWidget::scroll moves a
    // viewport's children), so after a scroll the handles stood lines above their span.
    void textHandles_stayOnTheirSpanAfterScrolling()
    {
        m_window->articleTextAction()->setChecked(true);
        ArticleTextView &view = *m_window->articleTextView();
        TextSpanHandles &handles = *m_window->mouseEditing()->textHandles();
        pickInPanel(*m_window, m_sample.varga);
        QTRY_VERIFY(!handles.gripRect(false).isEmpty());
        // Line by line, as the wheel does (a jump repaints the whole view instead of scrolling it).
        for (int step = 0; step < 40; ++step)
            view.verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
        QVERIFY(view.verticalScrollBar()->value() > 0);
        QCOMPARE(handles.geometry(), view.viewport()->rect());
        pickInPanel(*m_window, m_sample.number);   // "58 percent", far down
        QTRY_VERIFY(!handles.gripRect(false).isEmpty());
        QTRY_COMPARE(handles.geometry(), view.viewport()->rect());
        QTextCursor end(view.document());
        end.setPosition(annotations().span(m_sample.number)->end);
        const QRect caret = view.cursorRect(end);
        QVERIFY(view.viewport()->rect().contains(caret.center()));
        // Where the layer paints the end handle is where the span ends on screen.
        const QPoint grip = handles.mapTo(view.viewport(), handles.gripRect(false).center());
        QVERIFY2(std::abs(grip.y() - caret.center().y()) <= 2, qPrintable(QStringLiteral("%1 vs %2").arg(grip.y()).arg(caret.center().y())));
        m_window->articleTextAction()->setChecked(false);
    }

    void pickSpeaker_clickOnMentionInPage_escCancels()
    {
        pickInPanel(*m_window, m_sample.quote);
        press(*m_window, Qt::Key_L, Qt::ShiftModifier);
        QVERIFY(m_window->mouseEditing()->isPickingSpeaker());
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Esc")));
        press(*m_window, Qt::Key_Escape);
        QVERIFY(!m_window->mouseEditing()->isPickingSpeaker());
        QTRY_VERIFY(!evaluate(page(), QStringLiteral("window.galleyMouseEditing.isPicking()")).toBool());
        QCOMPARE(annotations().relatedSpan(m_sample.quote, QStringLiteral("speaker"))->id, m_sample.varga);

        // Through the Review menu's action this time; then a click on the name in the page.
        m_window->mouseEditing()->pickSpeakerAction()->trigger();
        QTRY_VERIFY(evaluate(page(), QStringLiteral("window.galleyMouseEditing.isPicking()")).toBool());
        // A click on a word of the quote that no mention covers picks nothing.
        mouseAt(QStringLiteral("click"), characterCentre(QStringLiteral("stops standing"), 2));
        QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("No mention")));
        QVERIFY(m_window->mouseEditing()->isPickingSpeaker());
        QCOMPARE(annotations().relatedSpan(m_sample.quote, QStringLiteral("speaker"))->id, m_sample.varga);
        mouseAt(QStringLiteral("click"), characterCentre(QStringLiteral("Maeve"), 2));
        QTRY_COMPARE(annotations().relatedSpan(m_sample.quote, QStringLiteral("speaker"))->id, m_sample.byQuoteOnly);
        QVERIFY(!m_window->mouseEditing()->isPickingSpeaker());
        QCOMPARE(m_window->selectedSpanId(), m_sample.quote);   // the click picked, it did not select
        m_window->editor()->undoStack()->undo();
        QCOMPARE(annotations().relatedSpan(m_sample.quote, QStringLiteral("speaker"))->id, m_sample.varga);
    }

    void pickSpeaker_clickInText_takesTheMentionUnderIt()
    {
        m_window->articleTextAction()->setChecked(true);
        pickInPanel(*m_window, m_sample.quote);
        press(*m_window, Qt::Key_L, Qt::ShiftModifier);
        // Text that is no mention: picking goes on and says so.
        const QPoint harbour = textPoint(offsetOf(QStringLiteral("a harbour that"), 4));
        sendToViewport(QEvent::MouseButtonPress, harbour, Qt::LeftButton, Qt::LeftButton);
        sendToViewport(QEvent::MouseButtonRelease, harbour, Qt::LeftButton, Qt::NoButton);
        QVERIFY(m_window->mouseEditing()->isPickingSpeaker());
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("No mention")));
        const QPoint maeve = textPoint(offsetOf(QStringLiteral("Maeve"), 2));
        sendToViewport(QEvent::MouseButtonPress, maeve, Qt::LeftButton, Qt::LeftButton);
        sendToViewport(QEvent::MouseButtonRelease, maeve, Qt::LeftButton, Qt::NoButton);
        QCOMPARE(annotations().relatedSpan(m_sample.quote, QStringLiteral("speaker"))->id, m_sample.byQuoteOnly);
        QVERIFY(!m_window->mouseEditing()->isPickingSpeaker());
    }

    void labelMenu_addsSpanFromPageSelection()
    {
        QVERIFY(selectInPage(page(), QStringLiteral("Quay Street")));
        mouseAt(QStringLiteral("contextmenu"), characterCentre(QStringLiteral("Quay Street"), 3));
        QTRY_VERIFY(m_window->mouseEditing()->contextMenu());
        QAction *loc = menuAction(QStringLiteral("LOC"));
        QVERIFY(loc);
        QVERIFY(loc->text().endsWith(QStringLiteral("\t3")));   // the label's key is shown
        QVERIFY(!loc->icon().isNull());                          // and its colour
        loc->trigger();
        QTRY_VERIFY(spanWithText(annotations(), QStringLiteral("Quay Street")));
        QCOMPARE(spanWithText(annotations(), QStringLiteral("Quay Street"))->label, QStringLiteral("LOC"));
    }

    void labelPopup_byPageSelection_addsSpan()
    {
        LabelPopup &popup = *m_window->mouseEditing()->labelPopup();
        const QString letGo = QStringLiteral("document.body.dispatchEvent(new MouseEvent('mouseup',"
                                             " {clientX: 5, clientY: 5, bubbles: true, button: 0}))");
        const QPoint end = page().mapToGlobal(characterCentre(QStringLiteral("Gull Point"), 9).toPoint());
        QVERIFY(selectInPage(page(), QStringLiteral("Gull Point")));
        evaluate(page(), letGo);
        QTRY_VERIFY(popup.isVisible());
        QVERIFY(popup.button(QStringLiteral("LOC"))->text().endsWith(QStringLiteral("3")));
        // Shown just below the selection's end, not where the test's event said the pointer was.
        QVERIFY(qAbs(popup.geometry().top() - end.y()) < 40);

        // A click that leaves nothing selected hides it.
        page().clearSelection();
        evaluate(page(), letGo);
        QTRY_VERIFY(!popup.isVisible());

        QVERIFY(selectInPage(page(), QStringLiteral("Gull Point")));
        evaluate(page(), letGo);
        QTRY_VERIFY(popup.isVisible());
        popup.button(QStringLiteral("LOC"))->click();
        QTRY_VERIFY(spanWithText(annotations(), QStringLiteral("Gull Point")));
        QCOMPARE(spanWithText(annotations(), QStringLiteral("Gull Point"))->label, QStringLiteral("LOC"));
        QVERIFY(!popup.isVisible());
    }

    void labelPopup_byTextSelection_addsSpan()
    {
        m_window->articleTextAction()->setChecked(true);
        ArticleTextView &view = *m_window->articleTextView();
        const int start = offsetOf(QStringLiteral("Quay Street"));
        QTextCursor selection(view.document());
        selection.setPosition(start);
        selection.setPosition(start + 11, QTextCursor::KeepAnchor);
        view.setTextCursor(selection);
        sendToViewport(QEvent::MouseButtonRelease, textPoint(start + 11), Qt::LeftButton, Qt::NoButton);
        LabelPopup &popup = *m_window->mouseEditing()->labelPopup();
        QVERIFY(popup.isVisible());
        popup.button(QStringLiteral("ORG"))->click();
        QVERIFY(spanWithText(annotations(), QStringLiteral("Quay Street")));
        QCOMPARE(spanWithText(annotations(), QStringLiteral("Quay Street"))->label, QStringLiteral("ORG"));
        QVERIFY(!popup.isVisible());
    }

    // The box stayed over the window after Esc, and after the keyboard went to the panel.
    void labelPopup_goesAwayWithEscOrFocusElsewhere()
    {
        m_window->articleTextAction()->setChecked(true);
        ArticleTextView &view = *m_window->articleTextView();
        LabelPopup &popup = *m_window->mouseEditing()->labelPopup();
        const auto selectAndRelease = [&] {
            const int start = offsetOf(QStringLiteral("Gull Point"));
            QTextCursor selection(view.document());
            selection.setPosition(start);
            selection.setPosition(start + 10, QTextCursor::KeepAnchor);
            view.setTextCursor(selection);
            view.setFocus();
            sendToViewport(QEvent::MouseButtonRelease, textPoint(start + 10), Qt::LeftButton, Qt::NoButton);
        };
        selectAndRelease();
        QVERIFY(popup.isVisible());
        press(*m_window, Qt::Key_Escape);
        QVERIFY(!popup.isVisible());

        selectAndRelease();
        QVERIFY(popup.isVisible());
        m_window->annotationPanel()->entityView()->setFocus();
        QTRY_VERIFY(!popup.isVisible());
        QVERIFY(!m_window->mouseEditing()->isPickingSpeaker());
    }

    void labelMenu_addsSpanFromTextSelection()
    {
        m_window->articleTextAction()->setChecked(true);
        ArticleTextView &view = *m_window->articleTextView();
        QTextCursor selection(view.document());
        selection.setPosition(offsetOf(QStringLiteral("Gull Point")));
        selection.setPosition(offsetOf(QStringLiteral("Gull Point")) + 10, QTextCursor::KeepAnchor);
        view.setTextCursor(selection);
        const QPoint at = textPoint(offsetOf(QStringLiteral("Gull Point"), 2));
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, view.viewport()->mapToGlobal(at));
        QApplication::sendEvent(view.viewport(), &event);
        QVERIFY(m_window->mouseEditing()->contextMenu());
        menuAction(QStringLiteral("LOC"))->trigger();
        QVERIFY(spanWithText(annotations(), QStringLiteral("Gull Point")));
    }

    void spanMenu_acceptRelabelDeleteAndSpeaker()
    {
        const auto openMenuOn = [this](const QString &text) {
            mouseAt(QStringLiteral("contextmenu"), characterCentre(text, 1));
            return QTest::qWaitFor([this] { return m_window->mouseEditing()->contextMenu() != nullptr; }, 5000);
        };
        QVERIFY(openMenuOn(QStringLiteral("Elena")));
        // Its title names the span's label, then its words (cut at the menu's width): where a
        // place and a speaker cover the same words, Delete removed one without saying which.
        QVERIFY2(m_window->mouseEditing()->contextMenu()->actions().first()->text()
                     == QStringLiteral("Person: \u201cElena Varga\u201d"),
                 qPrintable(m_window->mouseEditing()->contextMenu()->actions().first()->text()));
        QVERIFY(menuAction(QStringLiteral("Accept"))->text().endsWith(QStringLiteral("\tA")));
        QVERIFY(!menuAction(QStringLiteral("Add Span")));   // nothing is selected: no labels to add with
        menuAction(QStringLiteral("Accept"))->trigger();
        QCOMPARE(annotations().span(m_sample.varga)->status, ReviewStatus::Accepted);
        m_window->mouseEditing()->contextMenu()->close();

        QTRY_VERIFY(!m_window->mouseEditing()->contextMenu());
        QVERIFY(openMenuOn(QStringLiteral("Elena")));
        QMenu *relabel = menuAction(QStringLiteral("Relabel"))->menu();
        QVERIFY(relabel);
        QVERIFY(menuAction(QStringLiteral("PER"), relabel)->isChecked());
        menuAction(QStringLiteral("ORG"), relabel)->trigger();
        QCOMPARE(annotations().span(m_sample.varga)->label, QStringLiteral("ORG"));
        m_window->mouseEditing()->contextMenu()->close();

        // With the quote selected, a mention's menu sets it as the speaker.
        pickInPanel(*m_window, m_sample.quote);
        QTRY_VERIFY(!m_window->mouseEditing()->contextMenu());
        QVERIFY(openMenuOn(QStringLiteral("Maeve")));
        QAction *speaker = menuAction(QStringLiteral("Set as Speaker of the Selected Quote"));
        QVERIFY(speaker && speaker->isEnabled());
        speaker->trigger();
        QCOMPARE(annotations().relatedSpan(m_sample.quote, QStringLiteral("speaker"))->id, m_sample.byQuoteOnly);
        m_window->mouseEditing()->contextMenu()->close();

        // Delete takes the span's relations with it; undo brings all back.
        QTRY_VERIFY(!m_window->mouseEditing()->contextMenu());
        QVERIFY(openMenuOn(QStringLiteral("Maeve")));
        const qsizetype relations = annotations().annotationSet().relations.size();
        menuAction(QStringLiteral("Delete"))->trigger();
        QVERIFY(!annotations().span(m_sample.byQuoteOnly));
        QCOMPARE(annotations().relatedSpan(m_sample.quote, QStringLiteral("speaker")), nullptr);
        QCOMPARE(annotations().annotationSet().relations.size(), relations - 1);
        QTRY_COMPARE(markAttribute(page(), m_sample.byQuoteOnly, QStringLiteral("data-l")), QStringLiteral("absent"));
        m_window->editor()->undoStack()->undo();
        QVERIFY(annotations().span(m_sample.byQuoteOnly));
        QCOMPARE(annotations().relatedSpan(m_sample.quote, QStringLiteral("speaker"))->id, m_sample.byQuoteOnly);
    }
};

GALLEY_WEB_TEST_MAIN(MouseEditingTest)
#include "mouse_editing_test.moc"
