#include "corpus/adjudication_decisions.h"

#include <QSqlError>
#include <QSqlQuery>

namespace galley {

Expected<QMap<QString, AdjudicationDecision>, QString> loadDecisions(Corpus &corpus, qint64 documentId)
{
    QSqlQuery query(corpus.database());
    query.prepare(QStringLiteral("SELECT conflict, choice, curator, decided_at FROM decisions WHERE document_id = ?"));
    query.addBindValue(documentId);
    if (!query.exec())
        return query.lastError().text();
    QMap<QString, AdjudicationDecision> decisions;
    while (query.next()) {
        decisions.insert(query.value(0).toString(),
                         {query.value(1).toString() == QLatin1String("accept"), query.value(2).toString(),
                          QDateTime::fromString(query.value(3).toString(), Qt::ISODate)});
    }
    return decisions;
}

std::optional<QString> restoreDecision(Corpus &corpus, qint64 documentId, const QString &conflict,
                                       const AdjudicationDecision &decision)
{
    QSqlQuery query(corpus.database());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO decisions (document_id, conflict, choice, curator, decided_at) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(documentId);
    query.addBindValue(conflict);
    query.addBindValue(decision.accept ? QStringLiteral("accept") : QStringLiteral("reject"));
    query.addBindValue(decision.curator);
    query.addBindValue(decision.decidedAt.toUTC().toString(Qt::ISODate));
    if (!query.exec())
        return query.lastError().text();
    return std::nullopt;
}

std::optional<QString> recordDecision(Corpus &corpus, qint64 documentId, const QString &conflict, bool accept,
                                      const QString &curator)
{
    return restoreDecision(corpus, documentId, conflict, {accept, curator, QDateTime::currentDateTimeUtc()});
}

std::optional<QString> removeDecision(Corpus &corpus, qint64 documentId, const QString &conflict)
{
    QSqlQuery query(corpus.database());
    query.prepare(QStringLiteral("DELETE FROM decisions WHERE document_id = ? AND conflict = ?"));
    query.addBindValue(documentId);
    query.addBindValue(conflict);
    if (!query.exec())
        return query.lastError().text();
    return std::nullopt;
}

} // namespace galley
