#include "command_line.h"
#include "commands.h"
#include "corpus_cli.h"
#include "format_help.h"

#include "annotation/rejected_removal.h"
#include "corpus/corpus_documents.h"
#include "corpus/corpus_layers.h"
#include "corpus/exported_file_names.h"
#include "corpus/split_manifest.h"
#include "formats/annotation_format.h"
#include "formats/format_io.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTextStream>

#include <cmath>

using namespace galley;

namespace {

QString manifestPath(const Corpus &corpus)
{
    return corpus.absolutePath(QStringLiteral("splits/manifest.json"));
}

std::optional<SplitRatios> parseRatios(const QString &text)
{
    const QStringList parts = text.split(u',');
    if (parts.size() != 3)
        return std::nullopt;
    double values[3];
    for (int i = 0; i < 3; ++i) {
        bool ok = false;
        values[i] = parts[i].toDouble(&ok);
        if (!ok || values[i] < 0)
            return std::nullopt;
    }
    if (values[0] + values[1] + values[2] <= 0)
        return std::nullopt;
    return SplitRatios{values[0], values[1], values[2]};
}

} // namespace

int runCorpusSplit(const QStringList &arguments)
{
    const QString command = QStringLiteral("corpus split");
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The corpus folder."));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."), QStringLiteral("N"),
                                  QStringLiteral("1"));
    const QCommandLineOption ratios(QStringLiteral("ratios"), QStringLiteral("train,dev,test shares (default 0.8,0.1,0.1)."),
                                    QStringLiteral("T,D,E"), QStringLiteral("0.8,0.1,0.1"));
    const QCommandLineOption bySite(QStringLiteral("by-site"), QStringLiteral("Keep each site's documents in one split."));
    const QCommandLineOption layer(QStringLiteral("layer"),
        QStringLiteral("Split the documents that have this layer (default gold; 'detectors' for all)."),
        QStringLiteral("LAYER"), QStringLiteral("gold"));
    parser.addOptions({seed, ratios, bySite, layer});
    const QString description = QStringLiteral(
        "Split the corpus's documents into train, dev and test and write splits/manifest.json (documents,\n"
        "content hashes, sites, split, seed, ratios). Deterministic: the same documents, ratios and seed give\n"
        "the same split. Groups (documents, or sites with --by-site) are shuffled by the seed and placed\n"
        "largest first into the split that most lacks documents and the group's labels for its share.");
    if (const auto exit = parseCommandLine(parser, command, description, arguments))
        return *exit;
    QTextStream err(stderr);
    bool seedOk = false;
    const quint64 seedValue = parser.value(seed).toULongLong(&seedOk);
    const auto shares = parseRatios(parser.value(ratios));
    if (!seedOk || !shares) {
        err << "galley-cli corpus split: --seed takes a number, --ratios three non-negative shares like 0.8,0.1,0.1\n";
        return ExitUsage;
    }
    const auto corpus = openCorpusForCommand(parser, command);
    if (!corpus)
        return ExitBadInput;
    const auto unreadable = syncLayersForCommand(*corpus, command);
    if (!unreadable)
        return ExitBadInput;
    // The file's last recorded status and labels stand in for it.
    printWarnings(command, *unreadable);
    QSqlQuery query(corpus->database());
    query.prepare(QStringLiteral("SELECT d.id, d.content_hash, d.site, l.label, l.count FROM documents d "
                                 "JOIN layers y ON y.document_id = d.id AND y.reviewer = ? "
                                 "LEFT JOIN layer_labels l ON l.document_id = d.id AND l.reviewer = y.reviewer ORDER BY d.id"));
    query.addBindValue(parser.value(layer));
    query.exec();
    QMap<qint64, SplitManifest::Entry> entries;
    QMap<QString, SplitCandidate> candidates;
    while (query.next()) {
        const QString hash = query.value(1).toString();
        entries.insert(query.value(0).toLongLong(), {query.value(0).toLongLong(), hash, query.value(2).toString(), {}});
        SplitCandidate &candidate = candidates[hash];
        candidate.id = hash;
        candidate.site = query.value(2).toString();
        if (!query.value(3).isNull())
            candidate.labelCounts.insert(query.value(3).toString(), query.value(4).toInt());
    }
    if (entries.isEmpty()) {
        err << "galley-cli corpus split: no document has the layer '" << parser.value(layer) << "'\n";
        return ExitBadInput;
    }
    const QMap<QString, QString> splitOf = splitDocuments(candidates.values(), *shares, seedValue, parser.isSet(bySite));
    SplitManifest manifest{seedValue, *shares, parser.isSet(bySite), parser.value(layer), {}};
    QMap<QString, int> sizes;
    for (SplitManifest::Entry entry : std::as_const(entries)) {
        entry.split = splitOf.value(entry.contentHash);
        ++sizes[entry.split];
        manifest.documents.append(entry);
    }
    QDir().mkpath(corpus->absolutePath(QStringLiteral("splits")));
    QSaveFile file(manifestPath(*corpus));
    const QByteArray json = splitManifestJson(manifest);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        err << "galley-cli corpus split: " << manifestPath(*corpus) << ": cannot write: " << file.errorString() << '\n';
        return ExitBadInput;
    }
    QTextStream out(stdout);
    for (const QString &name : kSplitNames)
        out << name.leftJustified(6) << counted(sizes.value(name), QStringLiteral("document"), QStringLiteral("documents")) << '\n';
    out << "manifest: " << manifestPath(*corpus) << '\n';
    // Shares are relative; a split that should have documents and has none is worth a word.
    const double sum = shares->train + shares->dev + shares->test;
    if (std::abs(sum - 1.0) > 1e-6)
        err << "galley-cli corpus split: note: the shares add up to " << sum << "; each is taken as its part of that: "
            << QString::number(100 * shares->train / sum, 'f', 0) << " %, " << QString::number(100 * shares->dev / sum, 'f', 0)
            << " %, " << QString::number(100 * shares->test / sum, 'f', 0) << " %\n";
    const double share[3] = {shares->train, shares->dev, shares->test};
    for (int i = 0; i < 3; ++i) {
        if (share[i] > 0 && sizes.value(kSplitNames[i]) == 0)
            err << "galley-cli corpus split: warning: " << kSplitNames[i] << " has no document ("
                << counted(entries.size(), QStringLiteral("document"), QStringLiteral("documents")) << " with the layer '" << parser.value(layer) << "')\n";
    }
    return ExitSuccess;
}

int runCorpusExport(const QStringList &arguments)
{
    const QString command = QStringLiteral("corpus export");
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The corpus folder."));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("The format to write (listed above)."),
                                QStringLiteral("FORMAT"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("The folder to write train/, dev/, test/ and manifest.json into."),
                                    QStringLiteral("OUT"));
    parser.addOptions({to, output});
    const QString description = QStringLiteral(
        "Export the split (splits/manifest.json, made by `corpus split`): the manifest's layer of every\n"
        "document, one folder per split, each split written as one export named after it (train.jsonl,\n"
        "train.conll, …; brat and csv write several files). The manifest is copied beside them.\n\nFormats:\n")
        + formatListHelp(false);
    if (const auto exit = parseCommandLine(parser, command, description, arguments))
        return *exit;
    QTextStream err(stderr);
    const AnnotationFormat *format = findAnnotationFormat(parser.value(to));
    if (!format || !parser.isSet(output)) {
        err << "galley-cli corpus export: give --to " << annotationFormatNames(false).join(u'|') << " and -o OUT\n";
        return ExitUsage;
    }
    const auto corpus = openCorpusForCommand(parser, command);
    if (!corpus)
        return ExitBadInput;
    QFile manifestFile(manifestPath(*corpus));
    if (!manifestFile.open(QIODevice::ReadOnly)) {
        err << "galley-cli corpus export: " << manifestPath(*corpus) << ": no split yet (run `corpus split`)\n";
        return ExitBadInput;
    }
    const QByteArray manifestBytes = manifestFile.readAll();
    const auto manifest = parseSplitManifest(manifestBytes, manifestPath(*corpus));
    if (!manifest) {
        err << "galley-cli corpus export: " << manifest.error() << '\n';
        return ExitBadInput;
    }
    QMap<QString, QList<AnnotationSet>> setsBySplit;
    QMap<QString, QStringList> namesBySplit;
    int rejectedSpans = 0;
    QStringList unfinished;
    ProgressLine progress(command);
    int read = 0;
    for (const SplitManifest::Entry &entry : manifest->documents) {
        const LayerRow layer{entry.id, entry.contentHash, manifest->layer, {}, Corpus::layerFile(entry.contentHash, manifest->layer)};
        auto set = readLayer(*corpus, layer);
        if (!set) {
            progress.finish();
            err << "galley-cli corpus export: " << set.error() << '\n';
            return ExitBadInput;
        }
        if (set->document.status != DocumentStatus::Done && set->document.status != DocumentStatus::Adjudicated)
            unfinished.append(QString::number(entry.id));
        // A training set holds what reviewers kept: a rejected span is no example of its label.
        int rejected = 0;
        setsBySplit[entry.split].append(withoutRejected(std::move(*set), &rejected));
        namesBySplit[entry.split].append(exportedDocumentName(entry.id, entry.contentHash));
        rejectedSpans += rejected;
        progress.show(QStringLiteral("%1/%2 documents read").arg(++read).arg(manifest->documents.size()));
    }
    progress.finish();
    if (!unfinished.isEmpty())
        err << "galley-cli corpus export: warning: the " << manifest->layer << " layer of "
            << counted(unfinished.size(), QStringLiteral("document is"), QStringLiteral("documents are"))
            << " not marked done: " << unfinished.join(QStringLiteral(", ")) << '\n';
    const QString root = parser.value(output);
    QTextStream out(stdout);
    QMap<QString, ExportResult> exports;
    for (const QString &split : kSplitNames) {
        ExportResult exported = format->write(setsBySplit.value(split), split);
        if (format->filesPerDocument)
            nameFilesAfterDocuments(exported.files, split, namesBySplit.value(split));
        exports.insert(split, std::move(exported));
    }
    // Files an earlier export left in a split's folder would be read as part of this split.
    const bool earlierExport = QFileInfo::exists(QDir(root).filePath(QStringLiteral("manifest.json")));
    QStringList stale;
    for (const QString &split : kSplitNames) {
        QStringList written;
        for (const FormatFile &file : std::as_const(exports[split].files))
            written.append(file.name);
        const QDir folder(QDir(root).filePath(split));
        for (const QString &name : folder.entryList(QDir::Files | QDir::Hidden)) {
            if (!written.contains(name))
                stale.append(folder.filePath(name));
        }
    }
    if (!stale.isEmpty() && !earlierExport) {
        err << "galley-cli corpus export: " << stale.first() << " and " << stale.size() - 1
            << " other file(s) are in the way and come from no Galley export: choose an empty folder\n";
        return ExitBadInput;
    }
    for (const QString &path : std::as_const(stale)) {
        if (!QFile::remove(path)) {
            err << "galley-cli corpus export: " << path << ": cannot remove this file of the earlier export\n";
            return ExitBadInput;
        }
    }
    if (!stale.isEmpty())
        out << "removed " << stale.size() << " file(s) of the earlier export that this one does not write\n";
    if (rejectedSpans > 0)
        out << "left out " << counted(rejectedSpans, QStringLiteral("rejected span"), QStringLiteral("rejected spans")) << '\n';
    for (const QString &split : kSplitNames) {
        const ExportResult &exported = exports[split];
        QStringList warnings = exported.warnings;
        warnings.removeDuplicates();   // the same for every document of the split, said once
        for (const QString &warning : std::as_const(warnings))
            err << "galley-cli corpus export: " << split << ": warning: " << warning << '\n';
        const QString folder = QDir(root).filePath(split);
        if (!QDir().mkpath(folder)) {
            err << "galley-cli corpus export: " << folder << ": cannot create the folder\n";
            return ExitBadInput;
        }
        if (const auto problem = writeFormatFiles(exported.files, folder)) {
            err << "galley-cli corpus export: " << *problem << '\n';
            return ExitBadInput;
        }
        out << split.leftJustified(6) << counted(setsBySplit.value(split).size(), QStringLiteral("document"), QStringLiteral("documents")) << " → " << folder << '\n';
    }
    if (const auto problem = writeFormatFiles({{QStringLiteral("manifest.json"), manifestBytes}}, root)) {
        err << "galley-cli corpus export: " << *problem << '\n';
        return ExitBadInput;
    }
    return ExitSuccess;
}
