#pragma once

// A corpus of distinct text pages, imported with the core import (no detectors), for the corpus
// model and view tests.
#include "corpus/corpus.h"
#include "corpus/corpus_documents.h"
#include "corpus/corpus_import.h"
#include "corpus/corpus_layers.h"

#include <QDir>
#include <QFile>

namespace galley::test {

inline QString smallCorpusArticle(int n)
{
    return QStringLiteral("Harbour report %1\n\nThe harbour council met on Monday to vote on budget item %1. "
                          "Mayor Elena Varga said the plan would cost about %2 million dollars.\n")
        .arg(n)
        .arg(n * 3);
}

inline QStringList writeSmallCorpusPages(const QString &folder, int count)
{
    QDir().mkpath(folder);
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        const QString path = QDir(folder).filePath(QStringLiteral("page%1.txt").arg(i, 5, 10, QLatin1Char('0')));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(smallCorpusArticle(i).toUtf8());
        paths.append(path);
    }
    return paths;
}

// A reviewer's layer for a document: one span of `label` over its first word, with `status`.
inline std::optional<QString> saveReviewerLayer(Corpus &corpus, qint64 documentId, const QString &reviewer,
                                                const QString &label, DocumentStatus status)
{
    const auto document = findDocument(corpus, QString::number(documentId));
    if (!document)
        return document.error();
    AnnotationSet layer;
    layer.text = document->text;
    layer.contentHash = document->row.contentHash;
    layer.reviewer = reviewer;
    layer.document.status = status;
    Span span;
    span.id = QStringLiteral("s1");
    span.label = label;
    span.start = 0;
    span.end = 7;
    span.text = layer.text.left(7);
    layer.spans.append(span);
    return saveLayer(corpus, documentId, document->row.contentHash, layer);
}

} // namespace galley::test
