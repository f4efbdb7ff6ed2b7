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

struct AgreementScope
{
    bool doneOnly = true;       // only reviewer layers marked done
    bool decidedOnly = false;   // without the spans reviewers left pending (see withoutPendingSpans)
};

// Opens its own connection to the corpus in `folder`, so it may run on any thread; records layers
// changed on disk first. `progress(done, total)` is called between steps; returning false stops
// with "cancelled".
Expected<CorpusAgreement, QString> computeCorpusAgreement(const QString &folder, AgreementScope scope,
                                                          const std::function<bool(int, int)> &progress = {});

} // namespace galley
