#pragma once

#include "annotation/annotation_set.h"
#include "evaluation/match_scheme.h"
#include "evaluation/prf_counts.h"

#include <QList>
#include <QMap>
#include <QStringList>

namespace galley {

// Scores under one matching scheme. Per label: a matched pair and a missed gold span count for
// the gold span's label, an unmatched predicted span for its own label.
struct SchemeScores
{
    MatchScheme scheme = MatchScheme::Strict;
    QMap<QString, PrfCounts> perLabel;
    PrfCounts micro;            // the sum over labels
    double macroPrecision = 0;  // unweighted means over the labels in perLabel
    double macroRecall = 0;
    double macroF1 = 0;
};

// Share of correct answers among the cases that have one (0 when there are none).
struct Accuracy
{
    int cases = 0;
    int correct = 0;
    double value() const { return cases > 0 ? double(correct) / cases : 0.0; }
};

// One span the system got wrong under the strict scheme. Offsets in code points, end exclusive.
struct EvaluationError
{
    enum class Kind { Missed, Spurious, WrongLabel, WrongBoundaries, WrongLabelAndBoundaries };
    Kind kind = Kind::Missed;
    QString document;
    std::optional<Span> gold;        // start/end converted to code points
    std::optional<Span> predicted;   // start/end converted to code points
};

QString evaluationErrorKindName(EvaluationError::Kind kind);   // "missed", "spurious", "wrong-label", …

struct EvaluationReport
{
    int documents = 0;
    int pairedDocuments = 0;   // gold documents with a predicted document
    int goldSpans = 0;
    int predictedSpans = 0;
    QList<SchemeScores> schemes;   // in allMatchSchemes() order
    // Number spans matched strictly whose gold has a "value": the predicted value and unit agree.
    Accuracy valueAccuracy;
    // QUOTE spans matched strictly whose gold has a speaker: the predicted quote's speaker span
    // has the gold speaker's boundaries.
    Accuracy speakerAccuracy;
    QList<EvaluationError> errors;
    QStringList warnings;          // documents left out or unpaired

    const SchemeScores &scores(MatchScheme scheme) const;
};

// Scores predicted annotations against gold. Rejected spans on either side are left out. The
// origins name where each document was read, for the report (see pairDocuments).
EvaluationReport evaluateAnnotations(const QList<AnnotationSet> &gold, const QList<AnnotationSet> &predicted,
                                     const QStringList &goldOrigins = {}, const QStringList &predictedOrigins = {});

} // namespace galley
