#include "formats/label_family.h"

#include <algorithm>

namespace galley {

namespace {

using namespace Qt::StringLiterals;

} // namespace

QString labelFamily(const QString &label)
{
    static const QStringList entities{"PER"_L1, "ORG"_L1, "LOC"_L1, "MISC"_L1};
    static const QStringList quotes{"QUOTE"_L1, "CUE"_L1};
    static const QStringList numbers{"CARDINAL"_L1, "ORDINAL"_L1, "PERCENT"_L1, "MONEY"_L1,
                                     "QUANTITY"_L1, "DATE"_L1, "TIME"_L1, "DURATION"_L1};
    if (entities.contains(label))
        return QStringLiteral("entities");
    if (quotes.contains(label))
        return QStringLiteral("quotes");
    if (numbers.contains(label))
        return QStringLiteral("numbers");
    return QStringLiteral("other");
}

QList<const Span *> nonOverlappingEntities(const AnnotationSet &set, QStringList &warnings)
{
    QList<const Span *> candidates;
    for (const Span &span : set.spans) {
        if (labelFamily(span.label) == "entities"_L1 && span.status != ReviewStatus::Rejected && span.end > span.start)
            candidates.append(&span);
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Span *a, const Span *b) { return a->end - a->start > b->end - b->start; });
    QList<const Span *> kept;
    int left = 0;
    for (const Span *span : candidates) {
        const bool overlaps = std::any_of(kept.cbegin(), kept.cend(), [span](const Span *other) {
            return span->start < other->end && other->start < span->end;
        });
        if (overlaps)
            ++left;
        else
            kept.append(span);
    }
    if (left > 0)
        warnings.append(QStringLiteral("%1 entity span(s) overlapping a longer one left out (one entity per token)")
                            .arg(left));
    std::sort(kept.begin(), kept.end(), [](const Span *a, const Span *b) { return a->start < b->start; });
    return kept;
}

} // namespace galley
