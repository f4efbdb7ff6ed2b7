#pragma once

#include "agreement/pairwise_agreement.h"
#include "util/expected.h"

#include <functional>

namespace galley {

// Agreement over a whole corpus and per pair of reviewers.
struct CorpusAgreement
{
    AgreementReport all;
    QList<PairAgreement> pairs;
    QStringList leftOut;   // documents with a layer that cannot be read, one message each
};

// Opens its own connection to the corpus in `folder`, so it may run on any thread; records layers
// changed on disk first. Uses reviewer layers marked done (all with `doneOnly` false).
// `progress(done, total)` is called between steps; returning false stops with "cancelled".
Expected<CorpusAgreement, QString> computeCorpusAgreement(const QString &folder, bool doneOnly,
                                                          const std::function<bool(int, int)> &progress = {});

} // namespace galley
