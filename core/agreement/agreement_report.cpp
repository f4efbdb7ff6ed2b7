#include "agreement/agreement_report.h"

#include "agreement/chance_corrected_agreement.h"
#include "agreement/token_categories.h"
#include "evaluation/span_alignment.h"
#include "text/tokenizer.h"

#include <QSet>

#include <algorithm>

namespace galley {

namespace {

// ratings[coder][unit]; a coder who did not annotate a unit's document leaves it missing.
using RatingTable = QList<QList<std::optional<QString>>>;

void addSpanPairs(QMap<QString, PrfCounts> &perLabel, MatchScheme scheme, const QList<Span> &reference,
                  const QList<Span> &other)
{
    const SpanAlignment alignment = alignSpans(scheme, reference, other);
    for (const SpanAlignment::Pair &pair : alignment.pairs)
        ++perLabel[reference[pair.gold].label].truePositives;
    for (qsizetype r : alignment.unmatchedGold)
        ++perLabel[reference[r].label].falseNegatives;
    for (qsizetype o : alignment.unmatchedPredicted)
        ++perLabel[other[o].label].falsePositives;
}

QList<Span> keptSpans(const AnnotationSet &layer)
{
    QList<Span> spans;
    for (const Span &span : layer.spans) {
        if (span.status != ReviewStatus::Rejected)
            spans.append(span);
    }
    return spans;
}

QList<QList<int>> categoryCounts(const RatingTable &ratings)
{
    QStringList categories;
    for (const auto &coder : ratings) {
        for (const auto &value : coder) {
            if (value && !categories.contains(*value))
                categories.append(*value);
        }
    }
    const qsizetype units = ratings.isEmpty() ? 0 : ratings.first().size();
    QList<QList<int>> counts(units, QList<int>(categories.size(), 0));
    for (const auto &coder : ratings) {
        for (qsizetype u = 0; u < units; ++u) {
            if (coder[u])
                ++counts[u][categories.indexOf(*coder[u])];
        }
    }
    return counts;
}

// Cohen's κ of two coders over the units both rated.
ReviewerPairKappa pairKappa(const QStringList &coders, const RatingTable &ratings, qsizetype a, qsizetype b)
{
    QList<QString> first;
    QList<QString> second;
    for (qsizetype u = 0; u < ratings[a].size(); ++u) {
        if (ratings[a][u] && ratings[b][u]) {
            first.append(*ratings[a][u]);
            second.append(*ratings[b][u]);
        }
    }
    return {coders[a], coders[b], int(first.size()), cohensKappa(first, second)};
}

TokenAgreement tokenAgreement(const QStringList &coders, const RatingTable &ratings)
{
    TokenAgreement agreement;
    if (coders.size() == 2)
        agreement.cohensKappa = pairKappa(coders, ratings, 0, 1).kappa;
    agreement.fleissKappa = fleissKappa(categoryCounts(ratings));
    agreement.krippendorffAlpha = krippendorffAlphaNominal(ratings);
    return agreement;
}

} // namespace

ReviewedDocument withoutPendingSpans(ReviewedDocument document)
{
    for (AnnotationSet &layer : document.layers)
        layer.spans.removeIf([](const Span &span) { return span.status == ReviewStatus::Pending; });
    return document;
}

AgreementReport computeAgreement(const QList<ReviewedDocument> &documents)
{
    AgreementReport report;
    QSet<QString> reviewerSet;
    QSet<QString> labelSet;
    for (const ReviewedDocument &document : documents) {
        if (document.layers.size() < 2)
            continue;
        for (const AnnotationSet &layer : document.layers) {
            reviewerSet.insert(layer.reviewer);
            for (const Span &span : layer.spans)
                labelSet.insert(span.label);
        }
    }
    report.reviewers = QStringList(reviewerSet.cbegin(), reviewerSet.cend());
    report.reviewers.sort();
    QStringList labels(labelSet.cbegin(), labelSet.cend());
    labels.sort();

    RatingTable overall(report.reviewers.size());
    QMap<QString, RatingTable> byLabel;
    for (const QString &label : std::as_const(labels))
        byLabel.insert(label, RatingTable(report.reviewers.size()));

    for (const ReviewedDocument &document : documents) {
        if (document.layers.size() < 2)
            continue;
        QList<AnnotationSet> layers = document.layers;
        std::sort(layers.begin(), layers.end(),
                  [](const AnnotationSet &a, const AnnotationSet &b) { return a.reviewer < b.reviewer; });
        const QList<Token> tokens = tokenize(layers.first().text);
        ++report.documents;
        report.tokens += int(tokens.size());
        QList<QList<Span>> spans;
        QList<QList<QString>> categories;
        for (const AnnotationSet &layer : std::as_const(layers)) {
            spans.append(keptSpans(layer));
            categories.append(tokenCategories(tokens, spans.last()));
        }
        for (qsizetype a = 0; a < layers.size(); ++a) {
            for (qsizetype b = a + 1; b < layers.size(); ++b) {
                addSpanPairs(report.exactPerLabel, MatchScheme::Strict, spans[a], spans[b]);
                addSpanPairs(report.overlapPerLabel, MatchScheme::Type, spans[a], spans[b]);
                for (qsizetype t = 0; t < tokens.size(); ++t)
                    ++report.confusion[categories[a][t]][categories[b][t]];
            }
        }
        for (qsizetype coder = 0; coder < report.reviewers.size(); ++coder) {
            const auto layer = std::find_if(layers.cbegin(), layers.cend(), [&](const AnnotationSet &set) {
                return set.reviewer == report.reviewers[coder];
            });
            const qsizetype index = layer == layers.cend() ? -1 : layer - layers.cbegin();
            for (qsizetype t = 0; t < tokens.size(); ++t)
                overall[coder].append(index < 0 ? std::nullopt : std::optional<QString>(categories[index][t]));
            for (auto it = byLabel.begin(); it != byLabel.end(); ++it) {
                const QList<bool> marked = index < 0 ? QList<bool>() : tokensWithLabel(tokens, spans[index], it.key());
                for (qsizetype t = 0; t < tokens.size(); ++t) {
                    it.value()[coder].append(index < 0 ? std::nullopt
                                                       : std::optional<QString>(marked[t] ? it.key() : kOutsideCategory));
                }
            }
        }
    }
    for (const PrfCounts &counts : std::as_const(report.exactPerLabel))
        report.exact += counts;
    for (const PrfCounts &counts : std::as_const(report.overlapPerLabel))
        report.overlap += counts;
    report.overall = tokenAgreement(report.reviewers, overall);
    for (auto it = byLabel.cbegin(); it != byLabel.cend(); ++it)
        report.perLabel.insert(it.key(), tokenAgreement(report.reviewers, it.value()));
    for (qsizetype a = 0; a < report.reviewers.size(); ++a) {
        for (qsizetype b = a + 1; b < report.reviewers.size(); ++b)
            report.pairs.append(pairKappa(report.reviewers, overall, a, b));
    }
    return report;
}

} // namespace galley
