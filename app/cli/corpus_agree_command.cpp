#include "command_line.h"
#include "commands.h"
#include "corpus_cli.h"

#include "agreement/agreement_report_output.h"
#include "agreement/pairwise_agreement.h"
#include "corpus/reviewer_layers_by_document.h"

#include <QSaveFile>
#include <QTextStream>

using namespace galley;

int runCorpusAgree(const QStringList &arguments)
{
    const QString command = QStringLiteral("corpus agree");
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The corpus folder."));
    const QCommandLineOption html(QStringLiteral("html"),
        QStringLiteral("Also write an HTML report (per-label table and charts, token confusion matrix) to FILE."),
        QStringLiteral("FILE"));
    const QCommandLineOption all(QStringLiteral("all"), QStringLiteral("Include layers not marked done."));
    const QCommandLineOption pairs(QStringLiteral("pairs"),
        QStringLiteral("Also print the table for each pair of reviewers, over the documents both annotated."));
    const QCommandLineOption decided(QStringLiteral("decided-only"),
        QStringLiteral("Leave out the spans reviewers left pending (untouched pre-annotation, which every copy shares)."));
    parser.addOptions({html, all, pairs, decided});
    const QString description = QStringLiteral(
        "Agreement between reviewers on the documents two or more of them annotated (layers marked done,\n"
        "unless --all), per label and overall:\n"
        "  span P/R/F1, exact (same boundaries and label) and overlap (same label, any overlap), every pair\n"
        "  of reviewers of a document, the alphabetically first as reference;\n"
        "  token level (the tokenizer's tokens; a token takes the label of the shortest span over it, else O):\n"
        "  Cohen's κ (exactly two reviewers; per pair always), Fleiss' κ, Krippendorff's α (nominal, tokens as\n"
        "  units; not the unitized α). Per label, a token is 'covered by a span of\n"
        "  the label' or not (a place inside a quote counts for both). Spans left pending count as the\n"
        "  reviewer's unless --decided-only.");
    if (const auto exit = parseCommandLine(parser, command, description, arguments))
        return *exit;
    QTextStream err(stderr);
    const auto corpus = openCorpusForCommand(parser, command);
    if (!corpus)
        return ExitBadInput;
    if (!syncLayersForCommand(*corpus, command))
        return ExitBadInput;   // files that cannot be read are named below, where their documents are left out
    const auto documents = reviewerLayersByDocument(*corpus, !parser.isSet(all));
    if (!documents) {
        err << "galley-cli corpus agree: " << documents.error() << '\n';
        return ExitBadInput;
    }
    printWarnings(command, documents->leftOut);
    QList<ReviewedDocument> reviewed;
    for (const auto &entry : documents->documents)
        reviewed.append(parser.isSet(decided) ? withoutPendingSpans(entry.second) : entry.second);
    const AgreementReport report = computeAgreement(reviewed);
    QTextStream(stdout) << agreementReportTable(report);
    if (parser.isSet(pairs)) {
        for (const PairAgreement &pair : agreementPerPair(reviewed))
            QTextStream(stdout) << "\n== " << pair.first << " / " << pair.second << " ==\n" << agreementReportTable(pair.report);
    }
    if (parser.isSet(html)) {
        QSaveFile file(parser.value(html));
        const QByteArray bytes = agreementReportHtml(report, QStringLiteral("Agreement: ") + corpus->folder()).toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            err << "galley-cli corpus agree: " << parser.value(html) << ": cannot write: " << file.errorString() << '\n';
            return ExitBadInput;
        }
    }
    return ExitSuccess;
}
