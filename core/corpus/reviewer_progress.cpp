#include "corpus/reviewer_progress.h"

#include <QSqlError>
#include <QSqlQuery>

namespace galley {

// Both queries read only the layers_by_reviewer index (reviewer, status).
Expected<QStringList, QString> corpusReviewers(Corpus &corpus)
{
    QSqlQuery query(corpus.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT DISTINCT reviewer FROM layers WHERE reviewer NOT IN (?, ?) ORDER BY reviewer"));
    query.addBindValue(Corpus::detectorLayer());
    query.addBindValue(Corpus::goldLayer());
    if (!query.exec())
        return query.lastError().text();
    QStringList reviewers;
    while (query.next())
        reviewers.append(query.value(0).toString());
    return reviewers;
}

Expected<QList<ReviewerProgress>, QString> reviewerProgress(Corpus &corpus)
{
    QSqlQuery query(corpus.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT reviewer, SUM(status IN ('done', 'adjudicated')), COUNT(*) FROM layers "
                                 "WHERE reviewer NOT IN (?, ?) GROUP BY reviewer ORDER BY reviewer"));
    query.addBindValue(Corpus::detectorLayer());
    query.addBindValue(Corpus::goldLayer());
    if (!query.exec())
        return query.lastError().text();
    QList<ReviewerProgress> progress;
    while (query.next())
        progress.append({query.value(0).toString(), query.value(1).toInt(), query.value(2).toInt()});
    return progress;
}

} // namespace galley
