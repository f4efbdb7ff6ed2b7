#pragma once

#include <QObject>

#include <optional>

class QMenu;

namespace galley {

class MainWindow;
class ReviewEditor;
struct Span;

// The Review menu's structural actions and their keys: split a span (Shift+S), merge it with the
// next span of its label (M), merge its entity cluster into another (G), split it out of its
// cluster (Shift+G), and set a quote's cue (Shift+C); dragging an entity onto another in the
// Entities tree merges them too. The edit lists come from core
// (structural_edits.h); each action is one undoable command.
class StructuralEditActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StructuralEditActions)

public:
    StructuralEditActions(MainWindow *window, ReviewEditor *editor, QMenu *review);

    void splitSelected();
    void mergeSelected();
    void mergeSelectedCluster();
    void splitSelectedFromCluster();
    void setSelectedQuoteCue();
    // Merges entity `sourceId` into `targetId` (G and dragging in the Entities tree).
    void mergeEntities(const QString &sourceId, const QString &targetId, const QString &focusSpanId);

private:
    // The span the keys act on: the one picked, else the first mention of the entity row picked.
    QString selectedSpanId() const;
    void splitAt(const QString &spanId, std::optional<int> caret);
    void chooseCue(const QString &quoteId);
    void report(const QString &error);

    MainWindow *m_window;
    ReviewEditor *m_editor;
};

} // namespace galley
