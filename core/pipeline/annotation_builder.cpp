#include "pipeline/annotation_builder.h"

#include "annotation/text_quote.h"
#include "detect/numbers/number_attributes.h"
#include "detect/numbers/number_names.h"
#include "detect/quotes/quote_confidence.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace galley {

namespace {

QString quoteKindName(QuoteKind kind)
{
    switch (kind) {
    case QuoteKind::Direct: return QStringLiteral("direct");
    case QuoteKind::Partial: return QStringLiteral("partial");
    case QuoteKind::Indirect: return QStringLiteral("indirect");
    }
    return {};
}

QString referenceName(SpeakerReference reference)
{
    switch (reference) {
    case SpeakerReference::None: return QStringLiteral("unresolved");
    case SpeakerReference::Name: return QStringLiteral("name");
    case SpeakerReference::Pronoun: return QStringLiteral("pronoun");
    case SpeakerReference::Description: return QStringLiteral("description");
    }
    return {};
}

// A relation waiting for span ids: spans are numbered only once they are sorted.
struct PendingRelation
{
    QString type;
    qsizetype from = -1;   // index into the unsorted spans
    qsizetype toSpan = -1;
    QString toCluster;
    QString detector;
};

class Builder final
{
public:
    Builder(const QString &text, const DetectorVersions &versions, const QDateTime &created)
        : m_text(text), m_versions(versions), m_created(created)
    {
    }

    qsizetype addSpan(const QString &label, qsizetype start, qsizetype end, const QString &detector,
                      QVariantMap attributes = {})
    {
        Span span;
        span.label = label;
        span.start = int(start);
        span.end = int(end);
        span.text = m_text.mid(start, end - start);
        span.attributes = std::move(attributes);
        span.provenance = {detector, versionOf(detector), {}};
        span.created = m_created;
        span.modified = m_created;
        span.quote = textQuoteAt(m_text, span.start, span.end);
        m_set.spans.append(span);
        return m_set.spans.size() - 1;
    }

    void relate(const QString &type, qsizetype from, qsizetype to, const QString &detector)
    {
        m_relations.append({type, from, to, {}, detector});
    }

    void relateToCluster(qsizetype from, const QString &cluster, const QString &detector)
    {
        m_relations.append({QStringLiteral("cluster"), from, -1, cluster, detector});
    }

    AnnotationSet &set() { return m_set; }

    AnnotationSet finish()
    {
        QList<qsizetype> order(m_set.spans.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            const Span &x = m_set.spans[a];
            const Span &y = m_set.spans[b];
            return x.start != y.start ? x.start < y.start : x.end > y.end;
        });
        QList<QString> ids(m_set.spans.size());
        QList<Span> sorted;
        for (qsizetype i = 0; i < order.size(); ++i) {
            ids[order[i]] = QStringLiteral("s%1").arg(i + 1);
            sorted.append(m_set.spans[order[i]]);
            sorted.last().id = ids[order[i]];
        }
        m_set.spans = sorted;
        for (const PendingRelation &pending : std::as_const(m_relations)) {
            Relation relation;
            relation.id = QStringLiteral("r%1").arg(m_set.relations.size() + 1);
            relation.type = pending.type;
            relation.from = ids[pending.from];
            relation.to = pending.toSpan >= 0 ? ids[pending.toSpan] : pending.toCluster;
            relation.provenance = {pending.detector, versionOf(pending.detector), {}};
            m_set.relations.append(relation);
        }
        return std::move(m_set);
    }

private:
    QString versionOf(const QString &detector) const
    {
        if (detector == u"ner")
            return m_versions.entities;
        if (detector == u"clusters")
            return m_versions.clusters;
        if (detector == u"quotes")
            return m_versions.quotes;
        return m_versions.numbers;
    }

    const QString &m_text;
    const DetectorVersions &m_versions;
    QDateTime m_created;
    AnnotationSet m_set;
    QList<PendingRelation> m_relations;
};

} // namespace

AnnotationSet buildAnnotations(const QString &text, const TextAnalysis &analysis, const DetectorVersions &versions,
                               const QDateTime &created)
{
    Builder builder(text, versions, created);
    const QString ner = QStringLiteral("ner");
    const QString clusters = QStringLiteral("clusters");
    const QString quotes = QStringLiteral("quotes");

    for (qsizetype c = 0; c < analysis.clusters.size(); ++c) {
        const EntityCluster &cluster = analysis.clusters[c];
        builder.set().clusters.append({QStringLiteral("c%1").arg(c + 1), entityTypeName(cluster.type), cluster.canonical});
    }
    for (qsizetype c = 0; c < analysis.clusters.size(); ++c) {
        const EntityCluster &cluster = analysis.clusters[c];
        for (int m : cluster.mentions) {
            const EntityMention &mention = analysis.mentions[m];
            // The cluster's majority type labels every mention; the model's own guess stays visible.
            // The canonical name lives on the cluster only, so renaming it renames every mention.
            QVariantMap attributes;
            if (mention.type != cluster.type)
                attributes.insert(QStringLiteral("model_label"), QString(entityTypeName(mention.type)));
            if (mention.confidence >= 0.0f)
                attributes.insert(QStringLiteral("confidence"), roundedConfidence(mention.confidence));
            const qsizetype span = builder.addSpan(entityTypeName(cluster.type), mention.start, mention.end, ner,
                                                   attributes);
            builder.relateToCluster(span, builder.set().clusters[c].id, clusters);
        }
    }
    QList<qsizetype> speakerSpans(analysis.quotes.size(), -1);
    // Quotes that share a cue or speaker mention ("it would be a 'watershed moment'", the partial
    // quote inside the indirect one) share its span.
    QHash<std::pair<qsizetype, qsizetype>, qsizetype> cueSpans;
    QHash<std::pair<qsizetype, qsizetype>, qsizetype> speakerSpansByRange;
    for (qsizetype q = 0; q < analysis.quotes.size(); ++q) {
        const Quote &quote = analysis.quotes[q];
        if (quote.content.isEmpty())
            continue;
        QVariantMap quoteAttributes{{QStringLiteral("kind"), quoteKindName(quote.kind)}};
        if (quote.confidence >= 0.0f)   // false for none (-1) and for not a number
            quoteAttributes.insert(QStringLiteral("confidence"), roundedConfidence(quote.confidence));
        const qsizetype quoteSpan = builder.addSpan(QStringLiteral("QUOTE"), quote.content.start, quote.content.end,
                                                    quotes, quoteAttributes);
        if (!quote.cue.isEmpty()) {
            const std::pair range{quote.cue.start, quote.cue.end};
            if (!cueSpans.contains(range))
                cueSpans.insert(range, builder.addSpan(QStringLiteral("CUE"), quote.cue.start, quote.cue.end, quotes));
            builder.relate(QStringLiteral("cue"), quoteSpan, cueSpans.value(range), quotes);
        }
        if (quote.speaker.isEmpty()) {
            const int source = q < analysis.speakerSources.size() ? analysis.speakerSources[q] : -1;
            if (source >= 0 && speakerSpans[source] >= 0)
                builder.relate(QStringLiteral("speaker"), quoteSpan, speakerSpans[source], quotes);
            continue;
        }
        const std::pair range{quote.speaker.start, quote.speaker.end};
        if (const auto known = speakerSpansByRange.constFind(range); known != speakerSpansByRange.cend()) {
            speakerSpans[q] = *known;
            builder.relate(QStringLiteral("speaker"), quoteSpan, *known, quotes);
            continue;
        }
        const SpeakerResolution resolution = q < analysis.speakers.size() ? analysis.speakers[q] : SpeakerResolution{};
        const QVariantMap attributes{{QStringLiteral("reference"), referenceName(resolution.reference)}};
        const qsizetype speakerSpan = builder.addSpan(QStringLiteral("SPEAKER"), quote.speaker.start, quote.speaker.end,
                                                      quotes, attributes);
        speakerSpans[q] = speakerSpan;
        speakerSpansByRange.insert(range, speakerSpan);
        builder.relate(QStringLiteral("speaker"), quoteSpan, speakerSpan, quotes);
        if (resolution.cluster >= 0)
            builder.relateToCluster(speakerSpan, builder.set().clusters[resolution.cluster].id, clusters);
    }
    for (const NumberMention &number : analysis.numbers)
        builder.addSpan(numberLabelName(number.label), number.start, number.end, QStringLiteral("numbers"),
                        numberAttributes(number));

    AnnotationSet set = builder.finish();
    set.text = text;
    return set;
}

} // namespace galley
