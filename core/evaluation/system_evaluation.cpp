#include "evaluation/system_evaluation.h"

#include <algorithm>

#include "evaluation/document_pairing.h"
#include "evaluation/span_alignment.h"
#include "formats/label_family.h"
#include "text/code_point_index.h"

namespace galley {

namespace {

QList<Span> scoredSpans(const AnnotationSet *set)
{
    QList<Span> spans;
    if (!set)
        return spans;
    for (const Span &span : set->spans) {
        if (span.status != ReviewStatus::Rejected)
            spans.append(span);
    }
    return spans;
}

void addAlignment(SchemeScores &scores, const SpanAlignment &alignment, const QList<Span> &gold,
                  const QList<Span> &predicted)
{
    for (const SpanAlignment::Pair &pair : alignment.pairs)
        ++scores.perLabel[gold[pair.gold].label].truePositives;
    for (qsizetype g : alignment.unmatchedGold)
        ++scores.perLabel[gold[g].label].falseNegatives;
    for (qsizetype p : alignment.unmatchedPredicted)
        ++scores.perLabel[predicted[p].label].falsePositives;
}

void finishScores(SchemeScores &scores)
{
    for (const PrfCounts &counts : std::as_const(scores.perLabel)) {
        scores.micro += counts;
        scores.macroPrecision += counts.precision();
        scores.macroRecall += counts.recall();
        scores.macroF1 += counts.f1();
    }
    if (!scores.perLabel.isEmpty()) {
        const auto labels = double(scores.perLabel.size());
        scores.macroPrecision /= labels;
        scores.macroRecall /= labels;
        scores.macroF1 /= labels;
    }
}

bool sameValue(const QVariant &gold, const QVariant &predicted)
{
    bool goldNumeric = false;
    bool predictedNumeric = false;
    const double goldNumber = gold.toDouble(&goldNumeric);
    const double predictedNumber = predicted.toDouble(&predictedNumeric);
    if (goldNumeric && predictedNumeric)
        return goldNumber == predictedNumber;
    return gold.toString() == predicted.toString();
}

void scoreValue(Accuracy &accuracy, const Span &gold, const Span &predicted)
{
    if (exportLabelFamily(gold.label) != QLatin1String("numbers") || !gold.attributes.contains(QStringLiteral("value")))
        return;
    ++accuracy.cases;
    const QString unit = QStringLiteral("unit");
    if (sameValue(gold.attributes.value(QStringLiteral("value")), predicted.attributes.value(QStringLiteral("value")))
        && gold.attributes.value(unit).toString() == predicted.attributes.value(unit).toString())
        ++accuracy.correct;
}

const Span *speakerOf(const AnnotationSet &set, const QString &quoteId)
{
    for (const Relation &relation : set.relations) {
        if (relation.type == QLatin1String("speaker") && relation.from == quoteId
            && relation.status != ReviewStatus::Rejected) {
            for (const Span &span : set.spans) {
                if (span.id == relation.to)
                    return &span;
            }
        }
    }
    return nullptr;
}

void scoreSpeaker(Accuracy &accuracy, const DocumentPair &pair, const Span &gold, const Span &predicted)
{
    if (gold.label != QLatin1String("QUOTE"))
        return;
    const Span *goldSpeaker = speakerOf(*pair.gold, gold.id);
    if (!goldSpeaker)
        return;
    ++accuracy.cases;
    const Span *predictedSpeaker = speakerOf(*pair.predicted, predicted.id);
    if (predictedSpeaker && predictedSpeaker->start == goldSpeaker->start && predictedSpeaker->end == goldSpeaker->end)
        ++accuracy.correct;
}

Span inCodePoints(Span span, const CodePointIndex &index)
{
    span.start = int(index.toCodePoints(span.start));
    span.end = int(index.toCodePoints(span.end));
    return span;
}

// Strict-scheme errors: a leftover gold span is paired with a leftover predicted span that has
// its boundaries (wrong label) or overlaps it (wrong boundaries), else it was missed.
void collectErrors(QList<EvaluationError> &errors, const QString &document, const QString &text,
                   const SpanAlignment &strict, const QList<Span> &gold, const QList<Span> &predicted)
{
    const CodePointIndex index(text);
    QList<qsizetype> leftover = strict.unmatchedPredicted;
    const auto take = [&](const Span &goldSpan, auto &&accept) -> std::optional<Span> {
        for (qsizetype i = 0; i < leftover.size(); ++i) {
            if (accept(goldSpan, predicted[leftover[i]]))
                return predicted[leftover.takeAt(i)];
        }
        return std::nullopt;
    };
    for (qsizetype g : strict.unmatchedGold) {
        const Span &goldSpan = gold[g];
        EvaluationError error{EvaluationError::Kind::Missed, document, inCodePoints(goldSpan, index), std::nullopt};
        if (auto p = take(goldSpan, [](const Span &a, const Span &b) { return spansMatch(MatchScheme::Exact, a, b); })) {
            error.kind = EvaluationError::Kind::WrongLabel;
            error.predicted = inCodePoints(*p, index);
        } else if (auto p = take(goldSpan, [](const Span &a, const Span &b) { return spansMatch(MatchScheme::Type, a, b); })) {
            error.kind = EvaluationError::Kind::WrongBoundaries;
            error.predicted = inCodePoints(*p, index);
        } else if (auto p = take(goldSpan, [](const Span &a, const Span &b) { return spansOverlap(a, b); })) {
            error.kind = EvaluationError::Kind::WrongLabelAndBoundaries;
            error.predicted = inCodePoints(*p, index);
        }
        errors.append(error);
    }
    for (qsizetype p : std::as_const(leftover))
        errors.append({EvaluationError::Kind::Spurious, document, std::nullopt, inCodePoints(predicted[p], index)});
}

} // namespace

QString evaluationErrorKindName(EvaluationError::Kind kind)
{
    switch (kind) {
    case EvaluationError::Kind::Missed: return QStringLiteral("missed");
    case EvaluationError::Kind::Spurious: return QStringLiteral("spurious");
    case EvaluationError::Kind::WrongLabel: return QStringLiteral("wrong-label");
    case EvaluationError::Kind::WrongBoundaries: return QStringLiteral("wrong-boundaries");
    case EvaluationError::Kind::WrongLabelAndBoundaries: return QStringLiteral("wrong-label-and-boundaries");
    }
    return {};
}

const SchemeScores &EvaluationReport::scores(MatchScheme scheme) const
{
    return schemes[allMatchSchemes().indexOf(scheme)];
}

EvaluationReport evaluateAnnotations(const QList<AnnotationSet> &gold, const QList<AnnotationSet> &predicted,
                                     const QStringList &goldOrigins, const QStringList &predictedOrigins)
{
    EvaluationReport report;
    for (MatchScheme scheme : allMatchSchemes())
        report.schemes.append(SchemeScores{scheme, {}, {}, 0, 0, 0});
    const QList<DocumentPair> pairs = pairDocuments(gold, predicted, report.warnings, goldOrigins, predictedOrigins);
    report.documents = int(pairs.size());
    report.pairedDocuments = int(std::count_if(pairs.cbegin(), pairs.cend(), [](const DocumentPair &pair) { return pair.predicted; }));
    for (const DocumentPair &pair : pairs) {
        const QList<Span> goldSpans = scoredSpans(pair.gold);
        const QList<Span> predictedSpans = scoredSpans(pair.predicted);
        report.goldSpans += int(goldSpans.size());
        report.predictedSpans += int(predictedSpans.size());
        for (SchemeScores &scores : report.schemes) {
            const SpanAlignment alignment = alignSpans(scores.scheme, goldSpans, predictedSpans);
            addAlignment(scores, alignment, goldSpans, predictedSpans);
            if (scores.scheme != MatchScheme::Strict)
                continue;
            for (const SpanAlignment::Pair &match : alignment.pairs) {
                scoreValue(report.valueAccuracy, goldSpans[match.gold], predictedSpans[match.predicted]);
                scoreSpeaker(report.speakerAccuracy, pair, goldSpans[match.gold], predictedSpans[match.predicted]);
            }
            collectErrors(report.errors, pair.id, pair.gold->text, alignment, goldSpans, predictedSpans);
        }
    }
    for (SchemeScores &scores : report.schemes)
        finishScores(scores);
    return report;
}

} // namespace galley
