#pragma once

#include "agreement/agreement_report.h"
#include "corpus/corpus.h"
#include "corpus/corpus_layers.h"

namespace galley {

// The reviewers' layers (neither the detectors' nor gold) of each document with at least two,
// grouped by document; with `doneOnly`, layers whose status is not done are left out first.
Expected<QList<std::pair<LayerRow, ReviewedDocument>>, QString> reviewerLayersByDocument(Corpus &corpus, bool doneOnly);

} // namespace galley
