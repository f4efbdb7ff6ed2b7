#pragma once

#include "evaluation/system_evaluation.h"

#include <QJsonObject>
#include <QString>

namespace galley {

// A plain-text report: per scheme a per-label P/R/F1 table with counts, micro and macro rows;
// value and speaker accuracy; then the errors, at most `maxErrors` of them (-1: all).
QString evaluationReportTable(const EvaluationReport &report, int maxErrors = 50);

// The same report as JSON; errors give offsets in code points ("offset_unit": "code point").
QJsonObject evaluationReportJson(const EvaluationReport &report);

} // namespace galley
