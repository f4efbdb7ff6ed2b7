#pragma once

#include "agreement/agreement_report.h"

#include <QString>

namespace galley {

// The report as a plain-text table: span P/R/F1 (exact, overlap) and token κ/α per label and
// overall, then Cohen's κ per reviewer pair.
QString agreementReportTable(const AgreementReport &report);

// A self-contained HTML page (no scripts, no external resources): the same figures, a bar chart
// of F1 and κ per label (inline SVG), and the token confusion matrix with cells shaded by count.
QString agreementReportHtml(const AgreementReport &report, const QString &title);

} // namespace galley
