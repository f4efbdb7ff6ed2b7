#pragma once

#include "annotation/annotation_set.h"

#include <QList>
#include <QStringList>

namespace galley {

// A gold document and the predicted document for the same text (nullptr: the system left it out).
struct DocumentPair
{
    QString id;                            // the saved page (with its WARC record), else "#N" in gold order
    const AnnotationSet *gold = nullptr;
    const AnnotationSet *predicted = nullptr;
};

// Pairs documents by id (source path and record) when both sides name one, else by identical
// text. Gold documents without a partner are paired with nothing; predicted documents no gold
// document claims, and pairs whose texts differ, are left out with a warning.
QList<DocumentPair> pairDocuments(const QList<AnnotationSet> &gold, const QList<AnnotationSet> &predicted,
                                  QStringList &warnings);

// The id a document is named by in reports.
QString documentId(const AnnotationSet &set, qsizetype index);

} // namespace galley
