#include "corpus/corpus_agreement.h"

#include "corpus/corpus.h"
#include "corpus/corpus_layers.h"
#include "corpus/reviewer_layers_by_document.h"

namespace galley {

Expected<CorpusAgreement, QString> computeCorpusAgreement(const QString &folder, AgreementScope scope,
                                                          const std::function<bool(int, int)> &progress)
{
    const QString cancelled = QStringLiteral("cancelled");
    const auto goOn = [&](int done, int total) { return !progress || progress(done, total); };
    const int steps = 4;
    auto corpus = Corpus::open(folder);
    if (!corpus)
        return corpus.error();
    if (const auto synced = syncLayers(**corpus); !synced)
        return synced.error();
    if (!goOn(1, steps))
        return cancelled;
    const auto documents = reviewerLayersByDocument(**corpus, scope.doneOnly);
    if (!documents)
        return documents.error();
    QList<ReviewedDocument> reviewed;
    for (const auto &entry : documents->documents)
        reviewed.append(scope.decidedOnly ? withoutPendingSpans(entry.second) : entry.second);
    if (!goOn(2, steps))
        return cancelled;
    CorpusAgreement agreement;
    agreement.leftOut = documents->leftOut;
    agreement.all = computeAgreement(reviewed);
    if (!goOn(3, steps))
        return cancelled;
    // With two reviewers every document has both: the one pair's report is the whole report.
    agreement.pairs = agreement.all.reviewers.size() == 2
                          ? QList<PairAgreement>{{agreement.all.reviewers[0], agreement.all.reviewers[1], agreement.all}}
                          : agreementPerPair(reviewed);
    goOn(steps, steps);
    return agreement;
}

} // namespace galley
