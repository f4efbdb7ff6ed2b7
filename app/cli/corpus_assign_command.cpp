#include "command_line.h"
#include "commands.h"
#include "corpus_cli.h"

#include "corpus/corpus_layers.h"
#include "corpus/reviewer_assignment.h"

#include <QSet>
#include <QTextStream>

using namespace galley;

int runCorpusAssign(const QStringList &arguments)
{
    const QString command = QStringLiteral("corpus assign");
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The corpus folder."));
    const QCommandLineOption reviewers(QStringLiteral("reviewers"), QStringLiteral("Comma-separated reviewer names."),
                                       QStringLiteral("NAMES"));
    const QCommandLineOption share(QStringLiteral("double"),
        QStringLiteral("Share of documents given to two reviewers, 0–1 (default 0.2)."), QStringLiteral("SHARE"),
        QStringLiteral("0.2"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."), QStringLiteral("N"),
                                  QStringLiteral("1"));
    parser.addOptions({reviewers, share, seed});
    const QString description = QStringLiteral(
        "Assign the documents no reviewer has yet. Each gets one reviewer (the least loaded); a seeded\n"
        "share gets two, for agreement. A reviewer's layer starts as a copy of the detectors' pre-annotation\n"
        "(annotations/HASH/REVIEWER.galley.json, status not-started). The same corpus, reviewers and seed\n"
        "give the same assignment.");
    if (const auto exit = parseCommandLine(parser, command, description, arguments))
        return *exit;
    QTextStream err(stderr);
    const QStringList names = parser.value(reviewers).split(u',', Qt::SkipEmptyParts);
    bool shareOk = false;
    bool seedOk = false;
    const double doubleShare = parser.value(share).toDouble(&shareOk);
    const quint64 seedValue = parser.value(seed).toULongLong(&seedOk);
    if (names.isEmpty() || !shareOk || !seedOk || doubleShare < 0 || doubleShare > 1) {
        err << "galley-cli corpus assign: give --reviewers, a --double share in 0–1 and a numeric --seed\n";
        return ExitUsage;
    }
    for (const QString &name : names) {
        if (name == Corpus::detectorLayer() || name == Corpus::goldLayer() || name.contains(u'/') || name.contains(u' ') || name.contains(u'=')) {
            err << "galley-cli corpus assign: '" << name << "' cannot be a reviewer's name\n";
            return ExitUsage;
        }
    }
    const auto corpus = openCorpusForCommand(parser, command);
    if (!corpus)
        return ExitBadInput;
    const auto layers = listLayers(*corpus);
    if (!layers) {
        err << "galley-cli corpus assign: " << layers.error() << '\n';
        return ExitBadInput;
    }
    QMap<QString, LayerRow> detectorLayerOf;
    QSet<QString> assigned;
    for (const LayerRow &layer : *layers) {
        if (layer.reviewer == Corpus::detectorLayer())
            detectorLayerOf.insert(layer.contentHash, layer);
        else if (layer.reviewer != Corpus::goldLayer())
            assigned.insert(layer.contentHash);
    }
    QStringList open;
    for (auto it = detectorLayerOf.cbegin(); it != detectorLayerOf.cend(); ++it) {
        if (!assigned.contains(it.key()))
            open.append(it.key());
    }
    const QMap<QString, QStringList> assignment = assignReviewers(open, names, doubleShare, seedValue);
    ProgressLine progress(command);
    int done = 0;
    QMap<QString, int> load;
    for (auto it = assignment.cbegin(); it != assignment.cend(); ++it) {
        const LayerRow &source = detectorLayerOf[it.key()];
        auto set = readLayer(*corpus, source);
        if (!set) {
            progress.finish();
            err << "galley-cli corpus assign: " << set.error() << '\n';
            return ExitBadInput;
        }
        for (const QString &reviewer : it.value()) {
            AnnotationSet layer = *set;
            layer.reviewer = reviewer;
            layer.document.status = DocumentStatus::NotStarted;
            if (const auto problem = saveLayer(*corpus, source.documentId, source.contentHash, layer)) {
                progress.finish();
                err << "galley-cli corpus assign: " << *problem << '\n';
                return ExitBadInput;
            }
            ++load[reviewer];
        }
        progress.show(QStringLiteral("%1/%2 documents").arg(++done).arg(assignment.size()));
    }
    progress.finish();
    QTextStream out(stdout);
    int doubled = 0;
    for (const QStringList &chosen : assignment)
        doubled += chosen.size() > 1 ? 1 : 0;
    out << assignment.size() << " documents assigned, " << doubled << " to two reviewers\n";
    for (auto it = load.cbegin(); it != load.cend(); ++it)
        out << "  " << it.key().leftJustified(12) << it.value() << '\n';
    return ExitSuccess;
}
