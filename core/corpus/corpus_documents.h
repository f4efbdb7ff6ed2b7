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
// The next `limit` documents findDocuments() lists after the one with id `afterId` (0: from the
// start). Each page costs about its own rows, however many documents match: what a view
// reads as it scrolls.
Expected<QList<CorpusDocument>, QString> findDocumentsAfter(Corpus &corpus, const DocumentFilter &filter, qint64 afterId,
                                                            int limit);
// How many documents findDocuments() lists (every match is visited: run it off the UI thread).
Expected<int, QString> countDocuments(Corpus &corpus, const DocumentFilter &filter);
// The documents with these ids (with their layers' statuses), in id order.
Expected<QList<CorpusDocument>, QString> documentsWithIds(Corpus &corpus, const QList<qint64> &ids);

// One document with its text, by id or content hash (a unique prefix of at least 8 hex digits).
struct StoredDocument
{
    CorpusDocument row;
    QString text;
    QString storedPage;
};
Expected<StoredDocument, QString> findDocument(Corpus &corpus, const QString &idOrHash);

} // namespace galley
