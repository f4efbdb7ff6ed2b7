#include "adjudication/adjudication.h"

#include "text/code_point_index.h"

#include <QDateTime>

#include <algorithm>

namespace galley {

namespace {

QString spanKey(const Span &span, const CodePointIndex &index)
{
    return QStringLiteral("%1 %2-%3").arg(span.label).arg(index.toCodePoints(span.start)).arg(index.toCodePoints(span.end));
}

} // namespace

AdjudicationPlan planAdjudication(const QList<AnnotationSet> &layers)
{
    AdjudicationPlan plan;
    if (layers.isEmpty())
        return plan;
    const CodePointIndex index(layers.first().text);
    struct Seen
    {
        Span span;
        QStringList reviewers;
    };
    QMap<QString, Seen> byKey;
    QStringList keysInOrder;
    for (const AnnotationSet &layer : layers) {
        for (const Span &span : layer.spans) {
            if (span.status == ReviewStatus::Rejected)
                continue;
            const QString key = spanKey(span, index);
            auto it = byKey.find(key);
            if (it == byKey.end()) {
                byKey.insert(key, {span, {layer.reviewer}});
                keysInOrder.append(key);
            } else if (!it->reviewers.contains(layer.reviewer)) {
                it->reviewers.append(layer.reviewer);
            }
        }
    }
    std::stable_sort(keysInOrder.begin(), keysInOrder.end(), [&](const QString &a, const QString &b) {
        const Span &x = byKey[a].span;
        const Span &y = byKey[b].span;
        return std::pair(x.start, x.end) < std::pair(y.start, y.end);
    });
    for (const QString &key : std::as_const(keysInOrder)) {
        const Seen &seen = byKey[key];
        if (seen.reviewers.size() == layers.size()) {
            plan.agreed.append(seen.span);
            continue;
        }
        AdjudicationConflict conflict{key, seen.span, seen.reviewers, {}};
        for (const AnnotationSet &layer : layers) {
            if (!seen.reviewers.contains(layer.reviewer))
                conflict.missingFrom.append(layer.reviewer);
        }
        plan.conflicts.append(conflict);
    }
    return plan;
}

AnnotationSet adjudicatedLayer(const QList<AnnotationSet> &layers, const AdjudicationPlan &plan,
                               const QMap<QString, bool> &decisions, const QString &curator)
{
    AnnotationSet gold;
    if (layers.isEmpty())
        return gold;
    gold.sourcePath = layers.first().sourcePath;
    gold.record = layers.first().record;
    gold.contentHash = layers.first().contentHash;
    gold.text = layers.first().text;
    gold.reviewer = QStringLiteral("gold");
    gold.document = layers.first().document;
    gold.document.status = DocumentStatus::Adjudicated;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Span> chosen = plan.agreed;
    for (const AdjudicationConflict &conflict : plan.conflicts) {
        if (decisions.value(conflict.key, false))
            chosen.append(conflict.span);
    }
    std::stable_sort(chosen.begin(), chosen.end(),
                     [](const Span &a, const Span &b) { return std::pair(a.start, a.end) < std::pair(b.start, b.end); });
    // Spans keep their position in the text; relations refer to them through (label, start, end).
    const auto same = [](const Span &a, const Span &b) {
        return a.label == b.label && a.start == b.start && a.end == b.end;
    };
    for (qsizetype i = 0; i < chosen.size(); ++i) {
        Span span = chosen[i];
        span.id = QStringLiteral("s%1").arg(i + 1);
        span.status = ReviewStatus::Accepted;
        span.provenance = Provenance{{}, {}, curator};
        span.modified = now;
        gold.spans.append(span);
    }
    const auto goldIdOf = [&](const AnnotationSet &layer, const QString &spanId) -> QString {
        for (const Span &span : layer.spans) {
            if (span.id != spanId)
                continue;
            for (const Span &kept : std::as_const(gold.spans)) {
                if (same(kept, span))
                    return kept.id;
            }
        }
        return {};
    };
    QMap<std::tuple<QString, QString, QString>, int> relationVotes;   // (type, from, to) → reviewers
    for (const AnnotationSet &layer : layers) {
        for (const Relation &relation : layer.relations) {
            const QString from = goldIdOf(layer, relation.from);
            const QString to = goldIdOf(layer, relation.to);
            if (relation.status != ReviewStatus::Rejected && !from.isEmpty() && !to.isEmpty())
                ++relationVotes[{relation.type, from, to}];
        }
    }
    for (auto it = relationVotes.cbegin(); it != relationVotes.cend(); ++it) {
        if (it.value() < layers.size())
            continue;
        Relation relation;
        relation.id = QStringLiteral("r%1").arg(gold.relations.size() + 1);
        std::tie(relation.type, relation.from, relation.to) = it.key();
        relation.status = ReviewStatus::Accepted;
        relation.provenance = Provenance{{}, {}, curator};
        relation.created = relation.modified = now;
        gold.relations.append(relation);
    }
    return gold;
}

} // namespace galley
