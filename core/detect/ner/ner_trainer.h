#pragma once

#include "detect/ner/conll_corpus.h"
#include "detect/ner/ner_evaluation.h"
#include "detect/ner/ner_model.h"

#include <functional>

namespace galley {

struct NerTrainingOptions
{
    int epochs = 12;
    quint32 seed = 20030531;       // shuffles documents each epoch; fixed so training is reproducible
    int folds = 10;                // jackknife: each fold sees the names and first-pass tags of the other folds
    int passes = 2;                // 2 or 3: passes stacked on the tags of the one before (jackknifed in training)
    int seeds = 3;                 // each pass is trained with this many shuffles, and their weights averaged
    float pruneBelow = 0.5f;       // weights smaller than this are dropped from the model (a smaller file)
    QString externalGazetteer;     // list text for Gazetteer::addListText (Debian-derived names)
    QString wordClusters;          // text for WordClusters::fromText; empty: no cluster features
    // Called after each epoch of the final passes with the model averaged so far (for watching
    // the dev score); only when seeds is 1, and not for the fold models of the jackknife.
    std::function<void(int pass, int epoch, qint64 mistakes, const NerModel &model)> afterEpoch;
};

// Deterministic: the same corpus and options give the same model bytes.
NerModel trainNerModel(const ConllCorpus &train, const NerTrainingOptions &options);

// Tags every document of the corpus.
QList<QList<QList<TagId>>> tagCorpus(const NerModel &model, const ConllCorpus &corpus);

// Scores the first `passes` passes of the model against the corpus's gold tags, with the found
// entities' confidences (as galley-cli eval-ner prints them).
NerScores scoreCorpus(const NerModel &model, const ConllCorpus &corpus, int passes = NerModel::kMaxPasses);

} // namespace galley
