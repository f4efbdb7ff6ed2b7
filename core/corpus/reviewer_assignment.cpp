#include "corpus/reviewer_assignment.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace galley {

namespace {

template <typename List>
void shuffle(List &list, QRandomGenerator &random)
{
    for (qsizetype i = list.size() - 1; i > 0; --i)
        list.swapItemsAt(i, qsizetype(random.bounded(quint64(i + 1))));
}

} // namespace

QMap<QString, QStringList> assignReviewers(QStringList documents, const QStringList &reviewers, double doubleShare,
                                           quint64 seed)
{
    QMap<QString, QStringList> assignment;
    if (reviewers.isEmpty())
        return assignment;
    documents.sort();
    QRandomGenerator random(seed);
    shuffle(documents, random);
    QStringList order = reviewers;
    order.sort();
    shuffle(order, random);
    const qsizetype doubled = order.size() < 2 ? 0 : qsizetype(std::lround(std::clamp(doubleShare, 0.0, 1.0) * double(documents.size())));
    QMap<QString, int> load;
    const auto leastLoaded = [&](const QStringList &exclude) {
        QString chosen;
        for (const QString &reviewer : std::as_const(order)) {
            if (!exclude.contains(reviewer) && (chosen.isEmpty() || load.value(reviewer) < load.value(chosen)))
                chosen = reviewer;
        }
        return chosen;
    };
    for (qsizetype i = 0; i < documents.size(); ++i) {
        QStringList chosen{leastLoaded({})};
        if (i < doubled)
            chosen.append(leastLoaded(chosen));
        for (const QString &reviewer : std::as_const(chosen))
            ++load[reviewer];
        assignment.insert(documents[i], chosen);
    }
    return assignment;
}

} // namespace galley
