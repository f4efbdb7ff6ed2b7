#include "editing_fixture.h"
#include "highlight_request.h"
#include "review_editor.h"
#include "web_test_main.h"

#include "annotation/structural_edits.h"

#include <QJsonArray>
#include <QUndoStack>

using namespace galley;
using namespace galley::test;

// After each edit the page redraws only the spans it changed. Whatever the order of edits, undos
// and redos, the page must show what a full redraw of the same annotations shows: every span
// over its text, with its label and status, and nothing of spans that are gone.
class IncrementalHighlightsTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_pageDir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    SampleAnnotations m_sample;

    PageView &page() { return *m_window->pageView(); }
    ReviewEditor &editor() { return *m_window->editor(); }
    const AnnotationSet &set() { return m_window->annotations()->annotationSet(); }

    // Per span drawn in the page: "id label status text-without-white-space", sorted. The text is
    // that of all the span's marks (marks of other spans nested in them included), so it does
    // not depend on which of two overlapping spans was wrapped first.
    QStringList drawn()
    {
        const QVariant value = evaluate(page(), QStringLiteral(
            "(function () { const spans = {};"
            " for (const mark of document.querySelectorAll('galley-mark')) {"
            "  const id = mark.getAttribute('data-span');"
            "  const entry = spans[id] || (spans[id] = {text: '', label: mark.getAttribute('data-l'), status: mark.getAttribute('data-s')});"
            "  if (entry.label !== mark.getAttribute('data-l') || entry.status !== mark.getAttribute('data-s')) entry.label = 'MIXED';"
            "  entry.text += mark.textContent; }"
            " return Object.keys(spans).map(function (id) {"
            "  return [id, spans[id].label, spans[id].status].join(' ') + ' ' + spans[id].text.replace(/\\s+/g, ''); }); })()"));
        QStringList lines = value.toStringList();
        lines.sort();
        return lines;
    }

    // The page's lines without the text, to compare with the set's labels and statuses.
    QStringList expectedFrom(const QStringList &pageLines)
    {
        QStringList lines;
        for (const QString &line : pageLines)
            lines.append(line.section(QLatin1Char(' '), 0, 2));
        return lines;
    }

    QStringList labelsAndStatuses()
    {
        QStringList lines;
        for (const Span &span : set().spans) {
            if (span.id == m_sample.unplaceable)
                continue;
            lines.append(QStringList{span.id, span.label, reviewStatusName(span.status)}.join(QLatin1Char(' ')));
        }
        lines.sort();
        return lines;
    }

    // The page as a full redraw of the current annotations draws it.
    QStringList redrawnInFull()
    {
        QSignalSpy highlighted(&page(), &PageView::highlighted);
        page().setHighlights(highlightRequest(set(), {}));
        if (!highlighted.wait(20000))
            qFatal("no full redraw");
        return drawn();
    }

    void checkAfter(const QString &step)
    {
        QTRY_COMPARE_WITH_TIMEOUT(expectedFrom(drawn()), labelsAndStatuses(), 10000);
        const QStringList incremental = drawn();
        QCOMPARE(redrawnInFull(), incremental);
        qInfo("%s: %lld spans drawn as a full redraw draws them", qPrintable(step), qlonglong(incremental.size()));
    }

    int offsetOf(const QString &text) { return int(set().text.indexOf(text)); }

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

    void eachEditDrawsWhatAFullRedrawDraws()
    {
        QCOMPARE(editor().setStatus(m_sample.quote, ReviewStatus::Accepted), QString());
        checkAfter(QStringLiteral("accept"));
        QCOMPARE(editor().relabel(m_sample.varga, QStringLiteral("ORG")), QString());
        checkAfter(QStringLiteral("relabel"));
        const Span kestrel = *m_window->annotations()->span(m_sample.kestrelInQuote);
        QCOMPARE(editor().resize(m_sample.kestrelInQuote, kestrel.start, kestrel.start + 7), QString());   // "Kestrel", inside the quote
        checkAfter(QStringLiteral("resize a nested span"));
        const Span quote = *m_window->annotations()->span(m_sample.quote);
        QCOMPARE(editor().resize(m_sample.quote, quote.start + 5, quote.end), QString());   // past "This "
        checkAfter(QStringLiteral("resize the span around it"));
        const int vote = offsetOf(QStringLiteral("Kestrel Bay stops"));
        QVERIFY(vote >= 0);
        QCOMPARE(editor().addSpan(QStringLiteral("LOC"), vote, vote + 17), QString());   // overlaps the quote and Kestrel
        checkAfter(QStringLiteral("add an overlapping span"));
        QCOMPARE(editor().setStatus(m_sample.byQuoteOnly, ReviewStatus::Rejected), QString());
        checkAfter(QStringLiteral("reject a span placed by its quote"));

        QUndoStack &stack = *editor().undoStack();
        while (stack.canUndo()) {
            stack.undo();
            checkAfter(QStringLiteral("undo ") + stack.redoText());
        }
        while (stack.canRedo()) {
            stack.redo();
            checkAfter(QStringLiteral("redo ") + stack.undoText());
        }
    }

    // Split, merge and cue edits add and remove spans and move relations; they too must
    // leave the page as a full redraw draws it, done, undone and redone.
    void structuralEditsDrawWhatAFullRedrawDraws()
    {
        QUndoStack &stack = *editor().undoStack();
        const int start = stack.index();
        const auto push = [&](const EditListResult &edits, const QString &focus, const QString &step) {
            QCOMPARE(editor().pushEdits(edits, focus, step), QString());
            checkAfter(step);
        };
        const QString count = m_sample.count;
        const Span counted = *m_window->annotations()->span(count);
        push(splitSpan(set(), count, counted.start + 5, editor().editContext()), count, QStringLiteral("split"));
        const QString second = nextSpanWithLabel(set(), count);
        QVERIFY(!second.isEmpty());
        push(mergeSpans(set(), count, second, editor().editContext()), count, QStringLiteral("merge"));
        const Span quote = *m_window->annotations()->span(m_sample.quote);
        push(splitSpan(set(), m_sample.quote, quote.start + 12, editor().editContext()), m_sample.quote,
             QStringLiteral("split a span with one nested"));
        const int said = offsetOf(QStringLiteral("reporters"));
        QVERIFY(said >= 0);
        push(setCueText(set(), editor().schema(), m_sample.quote, said, said + 9, editor().editContext()), m_sample.quote,
             QStringLiteral("set a cue from new text"));
        QCOMPARE(editor().deleteSpan(m_sample.cue), QString());
        checkAfter(QStringLiteral("delete the old cue"));
        while (stack.index() > start) {
            stack.undo();
            checkAfter(QStringLiteral("undo ") + stack.redoText());
        }
        while (stack.canRedo()) {
            stack.redo();
            checkAfter(QStringLiteral("redo ") + stack.undoText());
        }
    }

    // The full request the page keeps for a reload follows the updates.
    void mergedRequestEqualsAFreshOne()
    {
        const QJsonObject before = highlightRequest(set(), {});
        const QString id = m_sample.count;
        QCOMPARE(editor().setStatus(id, ReviewStatus::Rejected), QString());
        QJsonObject merged = before;
        mergeHighlightUpdate(merged, highlightUpdate(set(), {id}));
        QCOMPARE(merged, highlightRequest(set(), {}));
        editor().undoStack()->undo();
    }
};

GALLEY_WEB_TEST_MAIN(IncrementalHighlightsTest)
#include "incremental_highlights_test.moc"
