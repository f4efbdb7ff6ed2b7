#include "evaluation/evaluation_report_output.h"

#include "util/counted.h"

#include <QJsonArray>

namespace galley {

namespace {

QString percent(double value)
{
    return QString::number(100.0 * value, 'f', 1);
}

QString row(const QString &name, const PrfCounts &counts)
{
    return name.leftJustified(12) + QString::number(counts.truePositives).rightJustified(7)
         + QString::number(counts.falsePositives).rightJustified(7)
         + QString::number(counts.falseNegatives).rightJustified(7) + percent(counts.precision()).rightJustified(8)
         + percent(counts.recall()).rightJustified(8) + percent(counts.f1()).rightJustified(8) + u'\n';
}

QString accuracyLine(const QString &name, const Accuracy &accuracy)
{
    return name + QStringLiteral(": %1 (%2 of %3)\n")
                      .arg(accuracy.cases > 0 ? percent(accuracy.value()) + u'%' : QStringLiteral("n/a"))
                      .arg(accuracy.correct)
                      .arg(accuracy.cases);
}

QString spanText(const std::optional<Span> &span)
{
    if (!span)
        return QStringLiteral("-");
    // One error a line, for scripts reading the table: a line break inside the span shows as ⏎.
    QString text = span->text;
    text.replace(QLatin1StringView("\r\n"), QStringLiteral("\u23CE")).replace(u'\n', u'\u23CE').replace(u'\r', u'\u23CE');
    return QStringLiteral("%1 [%2,%3) \"%4\"").arg(span->label).arg(span->start).arg(span->end).arg(text);
}

QJsonObject countsJson(const PrfCounts &counts)
{
    return {{QStringLiteral("tp"), counts.truePositives},
            {QStringLiteral("fp"), counts.falsePositives},
            {QStringLiteral("fn"), counts.falseNegatives},
            {QStringLiteral("precision"), counts.precision()},
            {QStringLiteral("recall"), counts.recall()},
            {QStringLiteral("f1"), counts.f1()}};
}

QJsonObject accuracyJson(const Accuracy &accuracy)
{
    return {{QStringLiteral("cases"), accuracy.cases},
            {QStringLiteral("correct"), accuracy.correct},
            {QStringLiteral("accuracy"), accuracy.value()}};
}

QJsonValue spanJson(const std::optional<Span> &span)
{
    if (!span)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("label"), span->label},
                       {QStringLiteral("start"), span->start},
                       {QStringLiteral("end"), span->end},
                       {QStringLiteral("text"), span->text}};
}

} // namespace

QString evaluationReportTable(const EvaluationReport &report, int maxErrors)
{
    QString out = QStringLiteral("%1 (%2 with a predicted one), %3, %4\n")
                      .arg(counted(report.documents, QStringLiteral("gold document"), QStringLiteral("gold documents")))
                      .arg(report.pairedDocuments)
                      .arg(counted(report.goldSpans, QStringLiteral("gold span"), QStringLiteral("gold spans")),
                           counted(report.predictedSpans, QStringLiteral("predicted span"), QStringLiteral("predicted spans")));
    for (const SchemeScores &scores : report.schemes) {
        out += u'\n' + matchSchemeName(scores.scheme) + QStringLiteral(" (") + matchSchemeSummary(scores.scheme)
             + QStringLiteral(")\n");
        out += QStringLiteral("label            tp     fp     fn       P       R      F1\n");
        for (auto it = scores.perLabel.cbegin(); it != scores.perLabel.cend(); ++it)
            out += row(it.key(), it.value());
        out += row(QStringLiteral("micro"), scores.micro);
        out += QStringLiteral("macro").leftJustified(33) + percent(scores.macroPrecision).rightJustified(8)
             + percent(scores.macroRecall).rightJustified(8) + percent(scores.macroF1).rightJustified(8) + u'\n';
    }
    out += u'\n' + accuracyLine(QStringLiteral("value accuracy (numbers, value and unit)"), report.valueAccuracy);
    out += accuracyLine(QStringLiteral("speaker accuracy (quotes)"), report.speakerAccuracy);
    out += QStringLiteral("\nerrors (strict; offsets in code points): %1\n").arg(report.errors.size());
    const qsizetype shown = maxErrors < 0 ? report.errors.size() : std::min<qsizetype>(maxErrors, report.errors.size());
    for (qsizetype i = 0; i < shown; ++i) {
        const EvaluationError &error = report.errors[i];
        out += QStringLiteral("  %1  %2  gold %3  predicted %4\n")
                   .arg(error.document, evaluationErrorKindName(error.kind), spanText(error.gold),
                        spanText(error.predicted));
    }
    if (shown < report.errors.size())
        out += QStringLiteral("  … %1 more (--json lists all)\n").arg(report.errors.size() - shown);
    return out;
}

QJsonObject evaluationReportJson(const EvaluationReport &report)
{
    QJsonObject schemes;
    for (const SchemeScores &scores : report.schemes) {
        QJsonObject perLabel;
        for (auto it = scores.perLabel.cbegin(); it != scores.perLabel.cend(); ++it)
            perLabel.insert(it.key(), countsJson(it.value()));
        schemes.insert(matchSchemeName(scores.scheme),
                       QJsonObject{{QStringLiteral("definition"), matchSchemeSummary(scores.scheme)},
                                   {QStringLiteral("labels"), perLabel},
                                   {QStringLiteral("micro"), countsJson(scores.micro)},
                                   {QStringLiteral("macro"), QJsonObject{{QStringLiteral("precision"), scores.macroPrecision},
                                                                         {QStringLiteral("recall"), scores.macroRecall},
                                                                         {QStringLiteral("f1"), scores.macroF1}}}});
    }
    QJsonArray errors;
    for (const EvaluationError &error : report.errors) {
        errors.append(QJsonObject{{QStringLiteral("document"), error.document},
                                  {QStringLiteral("kind"), evaluationErrorKindName(error.kind)},
                                  {QStringLiteral("gold"), spanJson(error.gold)},
                                  {QStringLiteral("predicted"), spanJson(error.predicted)}});
    }
    return {{QStringLiteral("documents"), report.documents},
            {QStringLiteral("gold_spans"), report.goldSpans},
            {QStringLiteral("predicted_spans"), report.predictedSpans},
            {QStringLiteral("offset_unit"), QStringLiteral("code point")},
            {QStringLiteral("schemes"), schemes},
            {QStringLiteral("value_accuracy"), accuracyJson(report.valueAccuracy)},
            {QStringLiteral("speaker_accuracy"), accuracyJson(report.speakerAccuracy)},
            {QStringLiteral("errors"), errors},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings)}};
}

} // namespace galley
