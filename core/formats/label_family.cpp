#include "formats/label_family.h"

#include <algorithm>
#include <iterator>
#include <map>

namespace galley {

namespace {

using namespace Qt::StringLiterals;

} // namespace

QString exportLabelFamily(const QString &label)
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
        if (exportLabelFamily(span.label) == "entities"_L1 && span.status != ReviewStatus::Rejected && span.end > span.start)
            candidates.append(&span);
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Span *a, const Span *b) { return a->end - a->start > b->end - b->start; });
    // Kept spans never overlap, so ordered by start they are ordered by end too: only the last
    // one starting before a candidate ends can reach into it.
    std::map<int, const Span *> kept;   // by start
    int left = 0;
    for (const Span *span : candidates) {
        auto after = kept.lower_bound(span->end);
        const bool overlaps = after != kept.begin() && std::prev(after)->second->end > span->start;
        if (overlaps)
            ++left;
        else
            kept.emplace(span->start, span);
    }
    if (left > 0)
        warnings.append(QStringLiteral("%1 entity span(s) overlapping a longer one left out (one entity per token)")
                            .arg(left));
    QList<const Span *> inTextOrder;
    inTextOrder.reserve(qsizetype(kept.size()));
    for (const auto &[start, span] : kept)
        inTextOrder.append(span);
    return inTextOrder;
}

} // namespace galley
