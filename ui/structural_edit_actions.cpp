#include "structural_edit_actions.h"

#include "annotation_panel.h"
#include "annotation_roles.h"
#include "article_text_view.h"
#include "entity_drag_merge.h"
#include "filtered_choice_dialog.h"
#include "main_window.h"
#include "page_view.h"
#include "review_annotations.h"
#include "review_editor.h"
#include "selection_in_text.h"
#include "span_labels.h"

#include "annotation/structural_edits.h"

#include <QAction>
#include <QHash>
#include <QSet>
#include <QMenu>
#include <algorithm>
#include <QPointer>
#include <QStatusBar>
#include <QTextCursor>
#include <QTreeView>

namespace galley {

namespace {

constexpr int messageTimeout = 6000;

QString foldedName(const QString &name) { return name.simplified().toCaseFolded(); }

// How likely `other` is the entity `from` names too, most likely first: the same name, then a
// name word shared with one of the same label ("Assad" and "Bashar Assad"), then the same label.
int mergeCandidateRank(const Cluster &from, const Cluster &other)
{
    if (foldedName(from.canonical) == foldedName(other.canonical))
        return 0;
    if (from.label != other.label)
        return 3;
    const auto nameWords = [](const QString &name) {
        QSet<QString> words;
        for (const QString &word : foldedName(name).split(u' ', Qt::SkipEmptyParts)) {
            if (word.size() >= 3)   // not "al", "of", "de"
                words.insert(word);
        }
        return words;
    };
    return nameWords(from.canonical).intersects(nameWords(other.canonical)) ? 1 : 2;
}

// A caret or selection edge inside the span, where a split may go.
std::optional<int> insideSpan(const Span &span, int first, int second)
{
    if (first > span.start && first < span.end)
        return first;
    if (second > span.start && second < span.end)
        return second;
    return std::nullopt;
}

} // namespace

StructuralEditActions::StructuralEditActions(MainWindow *window, ReviewEditor *editor, QMenu *review)
    : QObject(window)
    , m_window(window)
    , m_editor(editor)
{
    review->addSeparator();
    const auto add = [&](const QString &text, const QKeySequence &key, void (StructuralEditActions::*slot)()) {
        QAction *action = review->addAction(text, this, slot);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
    };
    add(tr("S&plit Span"), QKeySequence(Qt::SHIFT | Qt::Key_S), &StructuralEditActions::splitSelected);
    add(tr("&Merge with Next Span"), QKeySequence(Qt::Key_M), &StructuralEditActions::mergeSelected);
    add(tr("Merge &Entity into\u2026"), QKeySequence(Qt::Key_G), &StructuralEditActions::mergeSelectedCluster);
    add(tr("Split &from Entity"), QKeySequence(Qt::SHIFT | Qt::Key_G), &StructuralEditActions::splitSelectedFromCluster);
    add(tr("Set Quote &Cue\u2026"), QKeySequence(Qt::SHIFT | Qt::Key_C), &StructuralEditActions::setSelectedQuoteCue);
    new EntityDragMerge(window->annotationPanel()->entityView(), window->annotations(),
                        [this](const QString &source, const QString &target, const QString &focus) {
                            mergeEntities(source, target, focus);
                        },
                        this);
}

QString StructuralEditActions::selectedSpanId() const
{
    QTreeView *entities = m_window->annotationPanel()->entityView();
    const QModelIndex current = entities->currentIndex();
    if (entities->hasFocus() && current.isValid() && current.data(SpanIdRole).toString().isEmpty()
        && entities->model()->rowCount(current) > 0)
        return entities->model()->index(0, 0, current).data(SpanIdRole).toString();
    return m_window->selectedSpanId();
}

void StructuralEditActions::report(const QString &error)
{
    if (!error.isEmpty())
        m_window->statusBar()->showMessage(error, messageTimeout);
}

void StructuralEditActions::splitSelected()
{
    const Span *span = m_window->annotations()->span(selectedSpanId());
    if (!span) {
        report(tr("Select a span first."));
        return;
    }
    const QString id = span->id;
    if (m_window->articleTextAction()->isChecked()) {
        const QTextCursor cursor = m_window->articleTextView()->textCursor();
        splitAt(id, insideSpan(*span, cursor.selectionStart(), cursor.selectionEnd()));
        return;
    }
    QPointer<StructuralEditActions> alive(this);
    m_window->pageView()->requestSelection([this, alive, id](const TextQuote &selection) {
        if (!alive)
            return;
        const Span *span = m_window->annotations()->span(id);
        if (!span)
            return;
        std::optional<int> caret;
        if (!selection.exact.trimmed().isEmpty()) {
            if (const auto range = locateSelection(m_window->annotations()->annotationSet().text, selection))
                caret = insideSpan(*span, range->first, range->second);
        }
        splitAt(id, caret);
    });
}

void StructuralEditActions::splitAt(const QString &spanId, std::optional<int> caret)
{
    const AnnotationSet &set = m_window->annotations()->annotationSet();
    const Span *span = m_window->annotations()->span(spanId);
    const std::optional<int> at = splitPointOf(set.text, *span, caret);
    if (!at) {
        report(tr("%1 is a single word: there is nothing to split.").arg(quotedSpanText(span->text)));
        return;
    }
    const QString text = tr("Split %1").arg(quotedSpanText(span->text));
    report(m_editor->pushEdits(splitSpan(set, spanId, *at, m_editor->editContext()), spanId, text));
}

void StructuralEditActions::mergeSelected()
{
    const Span *span = m_window->annotations()->span(selectedSpanId());
    if (!span) {
        report(tr("Select a span first."));
        return;
    }
    const AnnotationSet &set = m_window->annotations()->annotationSet();
    const Span *next = m_window->annotations()->span(nextSpanWithLabel(set, span->id));
    if (!next) {
        report(tr("No later %1 span to merge %2 with.").arg(span->label, quotedSpanText(span->text)));
        return;
    }
    const QString id = span->id;
    const QString text = tr("Merge %1 and %2").arg(quotedSpanText(span->text), quotedSpanText(next->text));
    report(m_editor->pushEdits(mergeSpans(set, id, next->id, m_editor->editContext()), id, text));
}

void StructuralEditActions::mergeSelectedCluster()
{
    const ReviewAnnotations &annotations = *m_window->annotations();
    const Span *span = annotations.span(selectedSpanId());
    const Cluster *cluster = span ? annotations.clusterOf(span->id) : nullptr;
    if (!cluster) {
        report(span ? tr("%1 is in no entity.").arg(quotedSpanText(span->text)) : tr("Select an entity mention first."));
        return;
    }
    const AnnotationSet &set = annotations.annotationSet();
    // Mentions as the Entities tab counts them; entities of the same label are listed first.
    QHash<QString, int> mentions;
    for (const Span &mention : set.spans) {
        if (labelFamily(mention.label) != LabelFamily::Entity)
            continue;
        if (const Cluster *of = annotations.clusterOf(mention.id))
            ++mentions[of->id];
    }
    QList<const Cluster *> others;
    QHash<QString, int> sharedNames;   // entities called alike are told apart by their ids
    for (const Cluster &other : set.clusters) {
        ++sharedNames[foldedName(other.canonical)];
        if (other.id != cluster->id)
            others.append(&other);
    }
    std::stable_sort(others.begin(), others.end(), [&](const Cluster *a, const Cluster *b) {
        return mergeCandidateRank(*cluster, *a) < mergeCandidateRank(*cluster, *b);
    });
    QStringList names;
    QStringList ids;
    for (const Cluster *other : std::as_const(others)) {
        const int count = mentions.value(other->id);
        names.append(sharedNames.value(foldedName(other->canonical)) > 1
                         ? tr("%1 (%2, %n mention(s), %3)", nullptr, count).arg(other->canonical, other->label, other->id)
                         : tr("%1 (%2, %n mention(s))", nullptr, count).arg(other->canonical, other->label));
        ids.append(other->id);
    }
    if (ids.isEmpty()) {
        report(tr("The article has no other entity to merge with."));
        return;
    }
    const QString name = sharedNames.value(foldedName(cluster->canonical)) > 1
        ? QStringLiteral("%1 (%2)").arg(quotedSpanText(cluster->canonical), cluster->id)
        : quotedSpanText(cluster->canonical);
    const QString sourceId = cluster->id;
    const QString spanId = span->id;
    const auto chosen = FilteredChoiceDialog::choose(m_window, tr("Merge Entity"),
                                                     tr("Merge %1 into which entity?").arg(name), names);
    if (chosen)
        mergeEntities(sourceId, ids.at(*chosen), spanId);
}

void StructuralEditActions::mergeEntities(const QString &sourceId, const QString &targetId, const QString &focusSpanId)
{
    const AnnotationSet &set = m_window->annotations()->annotationSet();
    const auto named = [&](const QString &id) {
        for (const Cluster &cluster : set.clusters) {
            if (cluster.id == id)
                return cluster.canonical.isEmpty() ? cluster.id : cluster.canonical;
        }
        return id;
    };
    QString source = quotedSpanText(named(sourceId));
    QString target = quotedSpanText(named(targetId));
    if (foldedName(source) == foldedName(target)) {   // "Scott Craig" into "Scott Craig": which is which
        source += QStringLiteral(" (%1)").arg(sourceId);
        target += QStringLiteral(" (%1)").arg(targetId);
    }
    const QString text = tr("Merge entity %1 into %2").arg(source, target);
    report(m_editor->pushEdits(mergeClusters(set, targetId, sourceId, m_editor->editContext()), focusSpanId, text));
}

void StructuralEditActions::splitSelectedFromCluster()
{
    const ReviewAnnotations &annotations = *m_window->annotations();
    const Span *span = annotations.span(selectedSpanId());
    const Cluster *cluster = span ? annotations.clusterOf(span->id) : nullptr;
    if (!cluster) {
        report(span ? tr("%1 is in no entity.").arg(quotedSpanText(span->text)) : tr("Select an entity mention first."));
        return;
    }
    const QString text = tr("Split %1 from entity %2").arg(quotedSpanText(span->text), quotedSpanText(cluster->canonical));
    const QString id = span->id;
    report(m_editor->pushEdits(splitFromCluster(annotations.annotationSet(), {id}, m_editor->editContext()), id, text));
}

void StructuralEditActions::setSelectedQuoteCue()
{
    const Span *quote = m_window->annotations()->span(selectedSpanId());
    const RelationDefinition *cue = m_editor->schema().relation(QStringLiteral("cue"));
    if (!quote || !cue || !cue->from.contains(quote->label)) {
        report(tr("Select a quote first."));
        return;
    }
    const QString quoteId = quote->id;
    const auto setFromText = [this, quoteId](int start, int end) {
        const AnnotationSet &set = m_window->annotations()->annotationSet();
        const Span *quote = m_window->annotations()->span(quoteId);
        const QString text = tr("Set cue of %1 to %2").arg(quotedSpanText(quote->text),
                                                          quotedSpanText(set.text.mid(start, end - start)));
        report(m_editor->pushEdits(setCueText(set, m_editor->schema(), quoteId, start, end, m_editor->editContext()),
                                   quoteId, text));
    };
    if (m_window->articleTextAction()->isChecked()) {
        QTextCursor cursor = m_window->articleTextView()->textCursor();
        if (cursor.hasSelection()) {
            setFromText(cursor.selectionStart(), cursor.selectionEnd());
            // As in the page: the words are now the cue, and a label key must not add them again.
            cursor.clearSelection();
            m_window->articleTextView()->setTextCursor(cursor);
        } else
            chooseCue(quoteId);
        return;
    }
    QPointer<StructuralEditActions> alive(this);
    m_window->pageView()->requestSelection([this, alive, quoteId, setFromText](const TextQuote &selection) {
        if (!alive || !m_window->annotations()->span(quoteId))
            return;
        if (selection.exact.trimmed().isEmpty()) {
            chooseCue(quoteId);
            return;
        }
        const auto range = locateSelection(m_window->annotations()->annotationSet().text, selection);
        if (!range) {
            report(tr("The selected text is not part of the article."));
            return;
        }
        setFromText(range->first, range->second);
        m_window->pageView()->clearSelection();
    });
}

void StructuralEditActions::chooseCue(const QString &quoteId)
{
    const AnnotationSet &set = m_window->annotations()->annotationSet();
    const RelationDefinition *cue = m_editor->schema().relation(QStringLiteral("cue"));
    const Span *quote = m_window->annotations()->span(quoteId);
    QList<const Span *> cues;
    for (const Span &span : set.spans) {
        if (cue->to.contains(span.label))
            cues.append(&span);
    }
    // The cues nearest the quote first: the one it needs is almost always beside it. Rejected
    // ones (a cue a quote left, a rejected quote's) last: choosing one brings it back.
    const auto distance = [quote](const Span *span) {
        return std::max({0, span->start - quote->end, quote->start - span->end});
    };
    std::stable_sort(cues.begin(), cues.end(), [&](const Span *a, const Span *b) {
        const bool aRejected = a->status == ReviewStatus::Rejected;
        const bool bRejected = b->status == ReviewStatus::Rejected;
        return aRejected != bRejected ? bRejected : distance(a) < distance(b);
    });
    QStringList names;
    QStringList ids;
    for (const Span *cueSpan : std::as_const(cues)) {
        const Span &span = *cueSpan;
        const QString name = tr("%1 \u2014 \u2026%2[%3]%4\u2026").arg(span.text, span.quote.prefix.right(24), span.text,
                                                                   span.quote.suffix.left(24));
        names.append(span.status == ReviewStatus::Rejected ? tr("%1 (rejected)").arg(name) : name);
        ids.append(span.id);
    }
    if (ids.isEmpty()) {
        report(tr("Select the cue's words in the page or the text first: the article has no cue span yet."));
        return;
    }
    const QString quoteText = quote->text;
    const auto chosen = FilteredChoiceDialog::choose(m_window, tr("Quote Cue"),
                                                     tr("Which words introduce %1?").arg(quotedSpanText(quoteText)), names);
    if (!chosen)
        return;
    const QString cueId = ids.at(*chosen);
    const Span *cueSpan = m_window->annotations()->span(cueId);
    const QString text = tr("Set cue of %1 to %2").arg(quotedSpanText(quoteText), quotedSpanText(cueSpan->text));
    report(m_editor->pushEdits(linkQuote(m_window->annotations()->annotationSet(), m_editor->schema(), QStringLiteral("cue"),
                                         quoteId, cueId, m_editor->editContext()),
                               quoteId, text));
}

} // namespace galley
