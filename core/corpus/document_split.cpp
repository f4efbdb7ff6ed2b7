#include "corpus/document_split.h"

#include <QRandomGenerator>

#include <algorithm>

namespace galley {

namespace {

struct Group
{
    QStringList ids;
    QMap<QString, int> labelCounts;
};

QList<Group> groupsOf(const QList<SplitCandidate> &candidates, bool groupBySite)
{
    QMap<QString, Group> bySite;   // ordered by key, so input order does not matter
    for (const SplitCandidate &candidate : candidates) {
        const QString key = groupBySite && !candidate.site.isEmpty() ? QStringLiteral("site:") + candidate.site
                                                                     : QStringLiteral("doc:") + candidate.id;
        Group &group = bySite[key];
        group.ids.append(candidate.id);
        for (auto it = candidate.labelCounts.cbegin(); it != candidate.labelCounts.cend(); ++it)
            group.labelCounts[it.key()] += it.value();
    }
    return bySite.values();
}

} // namespace

QMap<QString, QString> splitDocuments(QList<SplitCandidate> candidates, const SplitRatios &ratios, quint64 seed,
                                      bool groupBySite)
{
    std::sort(candidates.begin(), candidates.end(),
              [](const SplitCandidate &a, const SplitCandidate &b) { return a.id < b.id; });
    QList<Group> groups = groupsOf(candidates, groupBySite);
    QRandomGenerator random(seed);
    for (qsizetype i = groups.size() - 1; i > 0; --i)
        groups.swapItemsAt(i, qsizetype(random.bounded(quint64(i + 1))));
    std::stable_sort(groups.begin(), groups.end(),
                     [](const Group &a, const Group &b) { return a.ids.size() > b.ids.size(); });

    const double ratioSum = ratios.train + ratios.dev + ratios.test;
    const double share[3] = {ratios.train / ratioSum, ratios.dev / ratioSum, ratios.test / ratioSum};
    const double documents = double(candidates.size());
    QMap<QString, int> labelTotals;
    for (const SplitCandidate &candidate : std::as_const(candidates)) {
        for (auto it = candidate.labelCounts.cbegin(); it != candidate.labelCounts.cend(); ++it)
            labelTotals[it.key()] += it.value();
    }
    double placedDocuments[3] = {0, 0, 0};
    QMap<QString, double> placedLabels[3];
    QMap<QString, QString> splitOf;
    for (const Group &group : std::as_const(groups)) {
        int best = -1;
        double bestNeed = 0;
        for (int split = 0; split < 3; ++split) {
            if (share[split] <= 0)
                continue;
            // What the split still lacks, as a fraction of the corpus: documents, and on average
            // the labels this group carries.
            double need = share[split] - placedDocuments[split] / documents;
            double labelNeed = 0;
            int labels = 0;
            for (auto it = group.labelCounts.cbegin(); it != group.labelCounts.cend(); ++it) {
                if (it.value() <= 0)
                    continue;
                labelNeed += share[split] - placedLabels[split].value(it.key()) / labelTotals.value(it.key());
                ++labels;
            }
            if (labels > 0)
                need += labelNeed / labels;
            if (best < 0 || need > bestNeed) {
                best = split;
                bestNeed = need;
            }
        }
        placedDocuments[best] += double(group.ids.size());
        for (auto it = group.labelCounts.cbegin(); it != group.labelCounts.cend(); ++it)
            placedLabels[best][it.key()] += it.value();
        for (const QString &id : group.ids)
            splitOf.insert(id, kSplitNames[best]);
    }
    return splitOf;
}

} // namespace galley
