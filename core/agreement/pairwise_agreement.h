#pragma once

#include "agreement/agreement_report.h"

namespace galley {

// The agreement of one pair of reviewers over the documents both annotated.
struct PairAgreement
{
    QString first;    // alphabetically first
    QString second;
    AgreementReport report;
};

// One report per pair of reviewers that share at least one document, in reviewer order.
QList<PairAgreement> agreementPerPair(const QList<ReviewedDocument> &documents);

} // namespace galley
