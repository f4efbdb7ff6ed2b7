#include "formats/label_family.h"

#include "util/counted.h"

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
    QStringList left;
    for (const Span *span : candidates) {
        auto after = kept.lower_bound(span->end);
        const Span *before = after != kept.begin() ? std::prev(after)->second : nullptr;
        // kept ones start at or after span->end from `after` on; the one before may reach into it,
        // and so may one kept further back only through it (kept spans do not overlap)
        const Span *overlapped = before && before->end > span->start ? before : nullptr;
        if (overlapped)
            left.append(QStringLiteral("%1 %2 “%3” (overlaps %4 %5 “%6”)")
                            .arg(span->label, span->id, span->text, overlapped->label, overlapped->id, overlapped->text));
        else
            kept.emplace(span->start, span);
    }
    if (!left.isEmpty()) {
        const qsizetype shown = std::min<qsizetype>(left.size(), 3);
        warnings.append(QStringLiteral("%1 left out: %2 overlapping a kept one, as a token takes one entity (the longer, or "
                                       "the first of equal length): %3%4")
                            .arg(counted(left.size(), QStringLiteral("entity span"), QStringLiteral("entity spans")),
                                 left.size() == 1 ? QStringLiteral("it is") : QStringLiteral("each is"),
                                 left.first(shown).join(QStringLiteral("; ")),
                                 left.size() > shown ? QStringLiteral("; …") : QString()));
    }
    QList<const Span *> inTextOrder;
    inTextOrder.reserve(qsizetype(kept.size()));
    for (const auto &[start, span] : kept)
        inTextOrder.append(span);
    return inTextOrder;
}

} // namespace galley
