#pragma once

#include "agreement/agreement_report.h"
#include "corpus/corpus.h"
#include "corpus/corpus_layers.h"

namespace galley {

struct ReviewerLayers
{
    QList<std::pair<LayerRow, ReviewedDocument>> documents;
    // A document with a layer that cannot be read is left out whole (agreement or gold from the
    // other reviewers alone would misstate it): one message each, naming the file and its problem.
    QStringList leftOut;
    QList<qint64> leftOutIds;   // those documents' ids
};

// The reviewers' layers (neither the detectors' nor gold) of each document with at least two,
// grouped by document; with `doneOnly`, layers whose status is not done are left out first.
Expected<ReviewerLayers, QString> reviewerLayersByDocument(Corpus &corpus, bool doneOnly);

} // namespace galley
