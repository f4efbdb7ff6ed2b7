#include "entity_annotations.h"

#include "annotation/text_quote.h"
#include "detect/ner/entity_finder.h"
#include "detect/ner/ner_model.h"
#include "extract/article.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <numeric>

namespace galley {

namespace {

std::optional<DomRange> htmlDomRange(const Article &article, const Page &page, int start, int end)
{
    if (page.format == PageFormat::Text)
        return std::nullopt;
    const auto first = article.origin(start, page);
    const auto last = article.origin(end - 1, page);
    if (!first || !last || first->nodePath.isEmpty() || last->nodePath.isEmpty())
        return std::nullopt;
    return DomRange{{first->nodePath, first->nodeOffset}, {last->nodePath, last->nodeOffset + 1}};
}

// Whether `shorter` is a whole-word part of `longer`: "Lindqvist" of "Marta Lindqvist".
bool namesPartOf(const QString &shorter, const QString &longer)
{
    if (shorter == longer)
        return true;
    for (qsizetype at = longer.indexOf(shorter); at >= 0; at = longer.indexOf(shorter, at + 1)) {
        const qsizetype after = at + shorter.size();
        const bool startsWord = at == 0 || !longer.at(at - 1).isLetterOrNumber();
        const bool endsWord = after == longer.size() || !longer.at(after).isLetterOrNumber();
        if (startsWord && endsWord)
            return true;
    }
    return false;
}

void addClusters(AnnotationSet &set)
{
    // Longest names first, so each shorter mention joins the fullest name it is part of.
    QList<qsizetype> order(set.spans.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&set](qsizetype a, qsizetype b) {
        return set.spans.at(a).text.size() > set.spans.at(b).text.size();
    });
    QList<qsizetype> clusterOf(set.spans.size(), -1);
    for (const qsizetype index : order) {
        const Span &span = set.spans.at(index);
        for (qsizetype c = 0; c < set.clusters.size() && clusterOf[index] < 0; ++c) {
            const Cluster &cluster = set.clusters.at(c);
            if (cluster.label == span.label && namesPartOf(span.text, cluster.canonical))
                clusterOf[index] = c;
        }
        if (clusterOf[index] < 0) {
            clusterOf[index] = set.clusters.size();
            set.clusters.append({QStringLiteral("c%1").arg(set.clusters.size() + 1), span.label, span.text});
        }
    }
    for (qsizetype i = 0; i < set.spans.size(); ++i) {
        set.relations.append({QStringLiteral("r%1").arg(set.relations.size() + 1), QStringLiteral("cluster"),
                              set.spans.at(i).id, set.clusters.at(clusterOf.at(i)).id, ReviewStatus::Pending,
                              Provenance{QStringLiteral("clusters"), QString(), QString()}});
    }
}

} // namespace

AnnotationSet entityAnnotations(const Article &article, const Page &page, const NerModel &model)
{
    AnnotationSet set;
    set.sourcePath = article.sourcePath;
    set.record = article.record;
    set.contentHash = QString::fromLatin1(page.contentHash.toHex());
    set.text = article.text;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const EntityMention &mention : findEntities(model, article.text)) {
        Span span;
        span.id = QStringLiteral("s%1").arg(set.spans.size() + 1);
        span.label = QString(entityTypeName(mention.type));
        span.start = int(mention.start);
        span.end = int(mention.end);
        span.text = article.text.mid(span.start, span.end - span.start);
        span.provenance.detector = QStringLiteral("ner");
        span.created = now;
        span.modified = now;
        span.quote = textQuoteAt(article.text, span.start, span.end);
        span.dom = htmlDomRange(article, page, span.start, span.end);
        set.spans.append(span);
    }
    addClusters(set);
    return set;
}

AnnotationSet entityAnnotations(const Article &article, const Page &page)
{
    static const auto model = NerModel::load(NerModel::defaultPath());
    if (!model) {
        AnnotationSet set;
        set.sourcePath = article.sourcePath;
        set.text = article.text;
        return set;
    }
    return entityAnnotations(article, page, *model);
}

} // namespace galley
