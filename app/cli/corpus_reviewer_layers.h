#pragma once

#include "agreement/agreement_report.h"
#include "corpus/corpus.h"
#include "corpus/corpus_layers.h"

// The reviewers' layers (neither the detectors' nor gold) of each document with at least two,
// grouped by document; with `doneOnly`, layers whose status is not done are left out first.
galley::Expected<QList<std::pair<galley::LayerRow, galley::ReviewedDocument>>, QString>
reviewerLayersByDocument(galley::Corpus &corpus, bool doneOnly);
