#pragma once

#include "annotation/annotation_edit.h"
#include "annotation/text_quote.h"

#include <QStringList>

// A deterministic stream of edits for crash tests: edit n (1-based) depends only on n and the
// set the previous n - 1 edits left, so a test can recompute the state after any number of
// edits. Six kinds repeat: add a span, update it, set document fields, add a cluster, link the
// span to it, then remove the link or rename a cluster.
namespace scripted_edits {

using namespace galley;

inline AnnotationSet freshSet()
{
    AnnotationSet set;
    QStringList words;
    for (int i = 0; i < 400; ++i)
        words.append(i % 37 == 5 ? QStringLiteral("Zürich🚢%1").arg(i) : QStringLiteral("word%1").arg(i));
    set.text = words.join(u' ');
    set.sourcePath = QStringLiteral("crash-page.html");
    set.contentHash = QStringLiteral("sha256:crash");
    set.reviewer = QStringLiteral("crash-test");
    return set;
}

inline QDateTime timeOf(qint64 n)
{
    return QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(n);
}

inline QString id(char kind, qint64 n)
{
    return QChar::fromLatin1(kind) + QString::number(n);
}

inline Span spanFor(const AnnotationSet &set, qint64 n)
{
    const QStringList words = set.text.split(u' ');
    const qsizetype word = (n * 7919) % words.size();
    qsizetype start = 0;
    for (qsizetype i = 0; i < word; ++i)
        start += words[i].size() + 1;
    Span span;
    span.id = id('e', n);
    span.label = QStringLiteral("MISC");
    span.start = int(start);
    span.end = int(start + words[word].size());
    span.text = words[word];
    span.quote = textQuoteAt(set.text, span.start, span.end);
    span.status = ReviewStatus::Added;
    span.provenance.reviewer = set.reviewer;
    span.created = span.modified = timeOf(n);
    return span;
}

inline qint64 indexOf(const QList<Span> &spans, const QString &spanId)
{
    for (qsizetype i = 0; i < spans.size(); ++i) {
        if (spans[i].id == spanId)
            return i;
    }
    return -1;
}

// Edit n against `set`, which holds edits 1 … n - 1.
inline AnnotationEdit edit(const AnnotationSet &set, qint64 n)
{
    switch (n % 6) {
    case 1:
        return addSpan(spanFor(set, n));
    case 2: {
        Span span = set.spans.at(indexOf(set.spans, id('e', n - 1)));
        span.status = ReviewStatus::Accepted;
        span.attributes = {{QStringLiteral("step"), n}, {QStringLiteral("sure"), n % 4 == 0}};
        span.modified = timeOf(n);
        return *updateSpan(set, span);
    }
    case 3: {
        DocumentFields fields = set.document;
        fields.notes = QStringLiteral("after edit %1").arg(n);
        fields.status = DocumentStatus::InProgress;
        return setDocumentFields(set, fields);
    }
    case 4:
        return addCluster({id('c', n), QStringLiteral("PER"), QStringLiteral("cluster %1").arg(n)});
    case 5:
        return addRelation({id('r', n), QStringLiteral("cluster"), id('e', n - 4), id('c', n - 1),
                            ReviewStatus::Added, {{}, {}, set.reviewer}, timeOf(n), timeOf(n)});
    default:
        if ((n / 6) % 2 == 0)
            return *removeRelation(set, id('r', n - 1));
        return *updateCluster(set, {id('c', n - 2), QStringLiteral("PER"), QStringLiteral("renamed %1").arg(n)});
    }
}

} // namespace scripted_edits
