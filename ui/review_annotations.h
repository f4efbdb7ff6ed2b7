#pragma once

#include "annotation/annotation_set.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace galley {

// The one owner of the annotations the review window shows. Models and views read it and follow
// its signals; every change (a new set now, single-span edits later) goes through it.
class ReviewAnnotations final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewAnnotations)

public:
    explicit ReviewAnnotations(QObject *parent = nullptr);

    const AnnotationSet &annotationSet() const { return m_set; }
    void setAnnotationSet(AnnotationSet set);
    void clear();
    // The set after an edit that added, removed or regrouped items: views rebuild, placement stays.
    void replaceAnnotationSet(AnnotationSet set);

    // The span with this id, or null.
    const Span *span(const QString &id) const;
    // Replaces the span with the same id; false when there is none.
    bool updateSpan(const Span &span);

    // The span a relation of `type` ("speaker", "cue") leads to from `spanId`, or null.
    const Span *relatedSpan(const QString &spanId, const QString &type) const;
    // The span whose relation of `type` leads to `spanId` (the quote of a cue or speaker), or null.
    const Span *relatingSpan(const QString &spanId, const QString &type) const;
    // The cluster a mention belongs to, or null.
    const Cluster *clusterOf(const QString &spanId) const;

    // Spans the page view could not place (set after each highlighting of the page).
    void setUnplacedSpans(const QStringList &ids);
    bool isPlaced(const QString &spanId) const { return !m_unplaced.contains(spanId); }
    QStringList unplacedSpans() const;

signals:
    void aboutToReset();
    void reset();
    void spanChanged(const QString &spanId);
    void placementChanged();

private:
    void reindex();

    AnnotationSet m_set;
    QHash<QString, qsizetype> m_spanIndex;
    QHash<QString, qsizetype> m_clusterIndex;
    QHash<QString, QString> m_clusterOfSpan;
    QHash<QString, QHash<QString, QString>> m_relationTargets;   // from → type → to
    QHash<QString, QHash<QString, QString>> m_relationSources;   // to → type → from
    QSet<QString> m_unplaced;
};

} // namespace galley
