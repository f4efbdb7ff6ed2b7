#pragma once

#include <QMap>
#include <QStringList>

namespace galley {

// Which reviewers annotate each document. A seeded shuffle picks round(doubleShare × N)
// documents for two reviewers (for agreement); every document goes to the least-loaded
// reviewers, ties broken by a seeded order of reviewers. Deterministic for the same documents
// (any order), reviewers and seed. Fewer than two reviewers: nothing is double-annotated.
QMap<QString, QStringList> assignReviewers(QStringList documents, const QStringList &reviewers, double doubleShare,
                                           quint64 seed);

} // namespace galley
