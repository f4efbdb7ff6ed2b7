#pragma once

#include "annotation/annotation_set.h"
#include "evaluation/prf_counts.h"

#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

namespace galley {

// One document as several reviewers annotated it (each AnnotationSet::reviewer names its layer;
// all layers share the document's text).
struct ReviewedDocument
{
    QString id;
    QList<AnnotationSet> layers;
};

// Token-level chance-corrected agreement; nullopt where undefined (see chance_corrected_agreement.h).
struct TokenAgreement
{
    std::optional<double> cohensKappa;   // only when exactly two reviewers took part
    std::optional<double> fleissKappa;
    std::optional<double> krippendorffAlpha;   // nominal, tokens as units (not unitized)
};

struct ReviewerPairKappa
{
    QString first;
    QString second;
    int tokens = 0;
    std::optional<double> kappa;
};

struct AgreementReport
{
    QStringList reviewers;   // sorted
    int documents = 0;       // documents with at least two layers
    int tokens = 0;          // tokens of those documents
    // Span-level agreement summed over every pair of reviewers of a document, the alphabetically
    // first as reference (F1 does not depend on which). Exact: same boundaries and label;
    // overlap: same label and any overlap. Per label as in evaluation: pairs and the reference's
    // unmatched spans count for the reference label, the other's unmatched spans for theirs.
    QMap<QString, PrfCounts> exactPerLabel;
    QMap<QString, PrfCounts> overlapPerLabel;
    PrfCounts exact;
    PrfCounts overlap;
    // Tokens: overall over the categories of tokenCategories (labels and "O": the shortest span
    // decides), and per label over "a span of the label covers the token" / "none does" (a place
    // inside a quote counts for both labels).
    TokenAgreement overall;
    QMap<QString, TokenAgreement> perLabel;
    QList<ReviewerPairKappa> pairs;   // Cohen's κ for each pair of reviewers over shared documents
    // Token confusion summed over reviewer pairs: confusion[first's category][second's category].
    QMap<QString, QMap<QString, int>> confusion;
};

// The document with the spans each reviewer left pending taken out: agreement on what reviewers
// decided (accepted, corrected, added), not on the untouched pre-annotation every copy shares.
ReviewedDocument withoutPendingSpans(ReviewedDocument document);

// Agreement between the reviewer layers of each document; documents with fewer than two
// layers are left out.
AgreementReport computeAgreement(const QList<ReviewedDocument> &documents);

} // namespace galley
