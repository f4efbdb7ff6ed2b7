#pragma once

#include "annotation/annotation_set.h"

#include <QObject>
#include <QPointF>
#include <QStringList>

namespace galley {

// The second object on the page view's QWebChannel (isolated world only): galley-mouse-editing.js
// reports dragged span boundaries, speaker picks and right clicks through it. Everything it
// receives is untrusted: ids are only looked up, quotes only searched for in the article.
class PageEditingBridge final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageEditingBridge)

public:
    explicit PageEditingBridge(QObject *parent = nullptr);

public slots:
    // `edge` is "start" or "end"; the quote is the span's whole new extent in the page.
    void boundaryDragged(const QString &spanId, const QString &edge, const QString &exact, const QString &prefix,
                         const QString &suffix);
    // The highlights under the click, innermost first, and the word clicked.
    void mentionPicked(const QStringList &spanIds, const QString &exact, const QString &prefix, const QString &suffix);
    // `spanId` empty when no highlight is under the pointer; client (CSS pixel) coordinates.
    void contextMenuRequested(const QString &spanId, bool hasSelection, double x, double y);
    // After the left button was let go: whether text is selected now, and the bottom of its end.
    void selectionMade(bool hasSelection, double x, double y);

signals:
    void resizeDragged(const QString &spanId, bool startEdge, const galley::TextQuote &extent);
    void picked(const QStringList &spanIds, const galley::TextQuote &word);
    void menuRequested(const QString &spanId, bool hasSelection, QPointF clientPosition);
    void selectionReported(bool hasSelection, QPointF clientPosition);
};

} // namespace galley
