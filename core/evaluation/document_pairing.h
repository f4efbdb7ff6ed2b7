#pragma once

#include "annotation/annotation_set.h"

#include <QList>
#include <QStringList>

namespace galley {

// A gold document and the predicted document for the same text (nullptr: the system left it out).
struct DocumentPair
{
    QString id;   // the saved page (with its WARC record), else where it was read, else "#N" in gold order
    const AnnotationSet *gold = nullptr;
    const AnnotationSet *predicted = nullptr;
};

// Pairs documents by id (source path and record) when both sides name one, else by identical
// text. Gold documents without a partner are paired with nothing; predicted documents no gold
// document claims, and pairs whose texts differ, are left out with a warning.
// `goldOrigins` and `predictedOrigins` say where each document was read ("gold.jsonl, document 2"),
// for documents that name no saved page; they may be empty.
QList<DocumentPair> pairDocuments(const QList<AnnotationSet> &gold, const QList<AnnotationSet> &predicted,
                                  QStringList &warnings, const QStringList &goldOrigins = {},
                                  const QStringList &predictedOrigins = {});

// The id a document is named by in reports.
QString documentId(const AnnotationSet &set, qsizetype index, const QStringList &origins = {});

} // namespace galley
