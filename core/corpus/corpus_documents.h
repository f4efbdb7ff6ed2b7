#pragma once

#include "corpus/corpus.h"

#include <QList>
#include <QMap>
#include <QString>

namespace galley {

struct CorpusDocument
{
    qint64 id = 0;
    QString contentHash;
    QString source;
    int record = -1;
    QString site;
    QString title;
    QMap<QString, QString> statusByLayer;   // layer (reviewer, "detectors", "gold") → status name
};

// Every condition given must hold; empty ones are not applied. `status` and `reviewer` hold
// for the same layer when both are given; `label` is searched in reviewer layers and the
// pre-annotation alike unless `reviewer` names one.
struct DocumentFilter
{
    QString text;       // substring of the article text (SQL LIKE, case-insensitive for ASCII)
    QString label;
    QString status;     // documentStatusName
    QString reviewer;
    int limit = -1;
};

Expected<QList<CorpusDocument>, QString> findDocuments(Corpus &corpus, const DocumentFilter &filter);

// One document with its text, by id or content hash (a unique prefix of at least 8 hex digits).
struct StoredDocument
{
    CorpusDocument row;
    QString text;
    QString storedPage;
};
Expected<StoredDocument, QString> findDocument(Corpus &corpus, const QString &idOrHash);

} // namespace galley
