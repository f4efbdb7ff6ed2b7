#include "agreement/agreement_report_output.h"

#include "util/counted.h"

#include <QSet>

namespace galley {

namespace {

QString figure(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 3) : QStringLiteral("n/a");
}

QString percent(double value)
{
    return QString::number(100.0 * value, 'f', 1);
}

QStringList labelsOf(const AgreementReport &report)
{
    QSet<QString> labels;
    for (auto it = report.exactPerLabel.cbegin(); it != report.exactPerLabel.cend(); ++it)
        labels.insert(it.key());
    for (auto it = report.perLabel.cbegin(); it != report.perLabel.cend(); ++it)
        labels.insert(it.key());
    QStringList sorted(labels.cbegin(), labels.cend());
    sorted.sort();
    return sorted;
}

QString tableRow(const QString &name, const PrfCounts &exact, const PrfCounts &overlap, const TokenAgreement &tokens)
{
    return name.leftJustified(12) + percent(exact.f1()).rightJustified(9) + percent(overlap.f1()).rightJustified(11)
         + figure(tokens.cohensKappa).rightJustified(9) + figure(tokens.fleissKappa).rightJustified(9)
         + figure(tokens.krippendorffAlpha).rightJustified(9) + u'\n';
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Horizontal bars, one row per label, values in [0, 1] (κ below 0 drawn as 0).
QString barChart(const QStringList &names, const QList<double> &values, const QString &caption)
{
    const int rowHeight = 20;
    const int labelWidth = 110;
    const int barWidth = 300;
    QString svg = QStringLiteral("<figure><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" "
                                 "role=\"img\" aria-label=\"%3\">")
                      .arg(labelWidth + barWidth + 60)
                      .arg(rowHeight * names.size() + 4)
                      .arg(escaped(caption));
    for (qsizetype i = 0; i < names.size(); ++i) {
        const double value = std::clamp(values[i], 0.0, 1.0);
        const int y = int(i) * rowHeight;
        svg += QStringLiteral("<text x=\"0\" y=\"%1\" font-size=\"12\">%2</text>").arg(y + 14).arg(escaped(names[i]));
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"14\" fill=\"#4a7fb5\"/>")
                   .arg(labelWidth)
                   .arg(y + 3)
                   .arg(int(value * barWidth));
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"12\">%3</text>")
                   .arg(labelWidth + int(value * barWidth) + 4)
                   .arg(y + 14)
                   .arg(QString::number(values[i], 'f', 3));
    }
    return svg + QStringLiteral("</svg><figcaption>") + escaped(caption) + QStringLiteral("</figcaption></figure>\n");
}

} // namespace

QString agreementReportTable(const AgreementReport &report)
{
    if (report.documents == 0)
        return QStringLiteral("No document has two or more reviewer layers to compare.\n");
    QString out = QStringLiteral("%1 with two or more reviewers, %2; reviewers: %3\n")
                      .arg(counted(report.documents, QStringLiteral("document"), QStringLiteral("documents")),
                           counted(report.tokens, QStringLiteral("token"), QStringLiteral("tokens")),
                           report.reviewers.join(QStringLiteral(", ")));
    out += QStringLiteral("Span F1: exact = same boundaries and label, overlap = same label and any overlap.\n"
                          "Token agreement: Cohen's κ (two reviewers), Fleiss' κ, Krippendorff's α (nominal, tokens "
                          "as units).\n\n");
    out += QStringLiteral("label        exact F1  overlap F1  Cohen κ  Fleiss κ  Kripp α\n");
    for (const QString &label : labelsOf(report))
        out += tableRow(label, report.exactPerLabel.value(label), report.overlapPerLabel.value(label),
                        report.perLabel.value(label));
    out += tableRow(QStringLiteral("overall"), report.exact, report.overlap, report.overall);
    if (!report.pairs.isEmpty()) {
        out += QStringLiteral("\nreviewer pair         tokens  Cohen κ\n");
        for (const ReviewerPairKappa &pair : report.pairs)
            out += QString(pair.first + QStringLiteral(" / ") + pair.second).leftJustified(20)
                 + QString::number(pair.tokens).rightJustified(9) + figure(pair.kappa).rightJustified(9) + u'\n';
    }
    return out;
}

QString agreementReportHtml(const AgreementReport &report, const QString &title)
{
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                 + escaped(title)
                 + QStringLiteral("</title><style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
                                  "td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}th:first-child,"
                                  "td:first-child{text-align:left}</style></head><body>\n<h1>")
                 + escaped(title) + QStringLiteral("</h1>\n<p>");
    html += QStringLiteral("%1 with two or more reviewers, %2. Reviewers: %3.</p>\n")
                .arg(counted(report.documents, QStringLiteral("document"), QStringLiteral("documents")),
                     counted(report.tokens, QStringLiteral("token"), QStringLiteral("tokens")),
                     escaped(report.reviewers.join(QStringLiteral(", "))));
    html += QStringLiteral("<p>Span F1: <em>exact</em> = same boundaries and label, <em>overlap</em> = same label and "
                           "any overlap. Krippendorff's α is nominal with tokens as units (not unitized).</p>\n");
    html += QStringLiteral("<table><tr><th>label</th><th>exact P</th><th>exact R</th><th>exact F1</th><th>overlap F1</th>"
                           "<th>Cohen κ</th><th>Fleiss κ</th><th>Krippendorff α</th></tr>\n");
    const QStringList labels = labelsOf(report);
    const auto row = [&](const QString &name, const PrfCounts &exact, const PrfCounts &overlap, const TokenAgreement &tokens) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td><td>%8</td></tr>\n")
                    .arg(escaped(name), percent(exact.precision()), percent(exact.recall()), percent(exact.f1()),
                         percent(overlap.f1()), figure(tokens.cohensKappa), figure(tokens.fleissKappa),
                         figure(tokens.krippendorffAlpha));
    };
    QList<double> f1s;
    QList<double> kappas;
    for (const QString &label : labels) {
        row(label, report.exactPerLabel.value(label), report.overlapPerLabel.value(label), report.perLabel.value(label));
        f1s.append(report.exactPerLabel.value(label).f1());
        kappas.append(report.perLabel.value(label).fleissKappa.value_or(0.0));
    }
    row(QStringLiteral("overall"), report.exact, report.overlap, report.overall);
    html += QStringLiteral("</table>\n<h2>Per label</h2>\n");
    html += barChart(labels, f1s, QStringLiteral("Exact span F1 per label"));
    html += barChart(labels, kappas, QStringLiteral("Fleiss' κ per label (tokens)"));
    html += QStringLiteral("<h2>Token confusion matrix</h2>\n<p>Rows: the alphabetically first reviewer of each pair; "
                           "columns: the second.</p>\n<table><tr><th></th>");
    QStringList categories;
    for (auto row = report.confusion.cbegin(); row != report.confusion.cend(); ++row) {
        if (!categories.contains(row.key()))
            categories.append(row.key());
        for (auto cell = row->cbegin(); cell != row->cend(); ++cell) {
            if (!categories.contains(cell.key()))
                categories.append(cell.key());
        }
    }
    categories.sort();
    int largest = 1;
    for (const auto &row : report.confusion) {
        for (int count : row)
            largest = std::max(largest, count);
    }
    for (const QString &category : std::as_const(categories))
        html += QStringLiteral("<th>") + escaped(category) + QStringLiteral("</th>");
    html += QStringLiteral("</tr>\n");
    for (const QString &first : std::as_const(categories)) {
        html += QStringLiteral("<tr><th>") + escaped(first) + QStringLiteral("</th>");
        for (const QString &second : std::as_const(categories)) {
            const int count = report.confusion.value(first).value(second);
            const int shade = 255 - int(155.0 * count / largest);
            html += QStringLiteral("<td style=\"background:rgb(%1,%1,255)\">%2</td>").arg(shade).arg(count);
        }
        html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</table>\n</body></html>\n");
    return html;
}

} // namespace galley
