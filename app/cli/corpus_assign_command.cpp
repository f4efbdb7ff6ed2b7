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
    const QCommandLineOption documents(QStringLiteral("documents"),
        QStringLiteral("Give these documents (comma-separated ids) to every reviewer named, whoever has them already;\n"
                       "--double and --seed do not apply."),
        QStringLiteral("IDS"));
    parser.addOptions({reviewers, share, seed, documents});
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
    const auto usage = [&err](const QString &problem) {
        err << "galley-cli corpus assign: " << problem << '\n';
        return ExitUsage;
    };
    if (names.isEmpty())
        return usage(QStringLiteral("name the reviewers: --reviewers ann,bob"));
    if (!shareOk || doubleShare < 0 || doubleShare > 1)
        return usage(QStringLiteral("--double takes the share of documents for two reviewers, from 0 to 1, not '%1'")
                         .arg(parser.value(share)));
    if (!seedOk)
        return usage(QStringLiteral("--seed takes a whole number, not '%1'").arg(parser.value(seed)));
    for (const QString &name : names) {
        if (name == Corpus::detectorLayer() || name == Corpus::goldLayer() || name.contains(u'/') || name.contains(u' ') || name.contains(u'='))
            return usage(QStringLiteral("'%1' cannot be a reviewer's name").arg(name));
        if (names.count(name) > 1)
            return usage(QStringLiteral("'%1' is named twice in --reviewers").arg(name));
    }
    QSet<qint64> chosenDocuments;
    for (const QString &id : parser.value(documents).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 number = id.trimmed().toLongLong(&ok);
        if (!ok || number <= 0)
            return usage(QStringLiteral("--documents takes document ids (1, 2, …), not '%1'").arg(id));
        chosenDocuments.insert(number);
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
    QSet<std::pair<QString, QString>> layerOf;   // (document hash, reviewer)
    for (const LayerRow &layer : *layers) {
        layerOf.insert({layer.contentHash, layer.reviewer});
        if (layer.reviewer == Corpus::detectorLayer())
            detectorLayerOf.insert(layer.contentHash, layer);
        else if (layer.reviewer != Corpus::goldLayer())
            assigned.insert(layer.contentHash);
    }
    QMap<QString, QStringList> assignment;
    if (!chosenDocuments.isEmpty()) {
        QSet<qint64> found;
        for (auto it = detectorLayerOf.cbegin(); it != detectorLayerOf.cend(); ++it) {
            if (!chosenDocuments.contains(it->documentId))
                continue;
            found.insert(it->documentId);
            for (const QString &name : names) {
                if (!layerOf.contains({it.key(), name}))
                    assignment[it.key()].append(name);
            }
        }
        for (const qint64 id : std::as_const(chosenDocuments)) {
            if (!found.contains(id)) {
                err << "galley-cli corpus assign: the corpus has no document " << id << '\n';
                return ExitBadInput;
            }
        }
    } else {
        QStringList open;
        for (auto it = detectorLayerOf.cbegin(); it != detectorLayerOf.cend(); ++it) {
            if (!assigned.contains(it.key()))
                open.append(it.key());
        }
        assignment = assignReviewers(open, names, doubleShare, seedValue);
        if (assignment.isEmpty() && !detectorLayerOf.isEmpty())
            err << "galley-cli corpus assign: every document has a reviewer already; to give documents to more "
                   "reviewers, name them with --documents\n";
    }
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
    if (chosenDocuments.isEmpty())
        out << counted(assignment.size(), QStringLiteral("document"), QStringLiteral("documents")) << " assigned, " << doubled << " to two reviewers\n";
    else
        out << counted(assignment.size(), QStringLiteral("document"), QStringLiteral("documents")) << " given to " << names.join(QStringLiteral(", ")) << '\n';
    for (auto it = load.cbegin(); it != load.cend(); ++it)
        out << "  " << it.key().leftJustified(12) << it.value() << '\n';
    return ExitSuccess;
}
