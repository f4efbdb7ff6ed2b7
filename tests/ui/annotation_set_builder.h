#pragma once

// Builds AnnotationSets for tests: spans found by their text in the article text.
#include "annotation/annotation_set.h"
#include "annotation/text_quote.h"

namespace galley::test {

class AnnotationSetBuilder
{
public:
    explicit AnnotationSetBuilder(QString text) { m_set.text = std::move(text); }

    // A span over the `occurrence`-th (0-based) appearance of `words`; returns its id.
    QString span(const QString &label, const QString &words, int occurrence = 0, QVariantMap attributes = {})
    {
        qsizetype start = m_set.text.indexOf(words);
        for (int i = 0; i < occurrence && start >= 0; ++i)
            start = m_set.text.indexOf(words, start + 1);
        if (start < 0)
            qFatal("test text has no %s", qPrintable(words));
        return addSpan(label, int(start), int(start + words.size()), std::move(attributes));
    }

    QString addSpan(const QString &label, int start, int end, QVariantMap attributes = {})
    {
        Span span;
        span.id = QStringLiteral("s%1").arg(m_set.spans.size() + 1);
        span.label = label;
        span.start = start;
        span.end = end;
        span.text = m_set.text.mid(start, end - start);
        span.attributes = std::move(attributes);
        span.quote = textQuoteAt(m_set.text, start, end);
        m_set.spans.append(span);
        return span.id;
    }

    void relate(const QString &type, const QString &from, const QString &to)
    {
        Relation relation;
        relation.id = QStringLiteral("r%1").arg(m_set.relations.size() + 1);
        relation.type = type;
        relation.from = from;
        relation.to = to;
        m_set.relations.append(relation);
    }

    QString cluster(const QString &label, const QString &canonical, const QStringList &mentions)
    {
        const QString id = QStringLiteral("c%1").arg(m_set.clusters.size() + 1);
        m_set.clusters.append({id, label, canonical});
        for (const QString &mention : mentions)
            relate(QStringLiteral("cluster"), mention, id);
        return id;
    }

    Span &last() { return m_set.spans.last(); }
    AnnotationSet &set() { return m_set; }

private:
    AnnotationSet m_set;
};

} // namespace galley::test
