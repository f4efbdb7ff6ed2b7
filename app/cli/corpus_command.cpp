#include "command_line.h"
#include "commands.h"
#include "corpus_cli.h"

#include <QTextStream>

#include <functional>

using namespace galley;

namespace {

struct Subcommand
{
    const char *name;
    const char *summary;
    std::function<int(const QStringList &)> run;
};

const Subcommand kSubcommands[] = {
    {"init", "create a corpus folder (database, pages/, annotations/)", runCorpusInit},
    {"import", "import saved pages, folders and WARCs; duplicates skipped; pre-annotated; resumable", runCorpusImport},
    {"status", "list documents with each reviewer's status; search by text, label, status, reviewer", runCorpusStatus},
    {"assign", "assign documents to reviewers, a share double-annotated (seeded)", runCorpusAssign},
    {"agree", "agreement between reviewers: span P/R/F1, Cohen's/Fleiss' κ, Krippendorff's α; HTML report",
     runCorpusAgree},
    {"adjudicate", "merge reviewer layers into gold: agreed spans accepted, conflicts decided one by one",
     runCorpusAdjudicate},
    {"split", "seeded train/dev/test split by document (optionally by site), balanced by labels; manifest",
     runCorpusSplit},
    {"export", "export a layer of each split in any exchange format", runCorpusExport},
};

void printUsage(QTextStream &out)
{
    out << "Usage: galley-cli corpus SUBCOMMAND DIR [OPTIONS]\n\n"
           "A corpus is a folder: corpus.sqlite, the saved pages (pages/) and one annotation file per document\n"
           "and layer (annotations/HASH/LAYER.galley.json, offsets in code points); layers are the reviewers',\n"
           "'detectors' (pre-annotation) and 'gold' (adjudicated).\n\nSubcommands:\n";
    for (const Subcommand &subcommand : kSubcommands)
        out << "  " << QString::fromLatin1(subcommand.name).leftJustified(12) << subcommand.summary << '\n';
    out << "\n`galley-cli corpus SUBCOMMAND --help` documents each.\n";
}

} // namespace

int runCorpus(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (arguments.isEmpty()) {
        printUsage(err);
        return ExitUsage;
    }
    const QString name = arguments.first();
    if (name == QLatin1String("--help") || name == QLatin1String("-h")) {
        printUsage(out);
        return ExitSuccess;
    }
    for (const Subcommand &subcommand : kSubcommands) {
        if (name == QLatin1String(subcommand.name))
            return subcommand.run(arguments.mid(1));
    }
    err << "galley-cli corpus: unknown subcommand '" << name << "'\n\n";
    printUsage(err);
    return ExitUsage;
}

int runCorpusInit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The corpus folder (created if missing)."));
    if (const auto exit = parseCommandLine(parser, QStringLiteral("corpus init"),
                                           QStringLiteral("Create a corpus folder: corpus.sqlite, pages/ and annotations/.\n"
                                                          "An existing corpus is left as it is (its schema migrated)."),
                                           arguments))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        QTextStream(stderr) << "galley-cli corpus init: name one folder\n";
        return ExitUsage;
    }
    const auto corpus = Corpus::create(parser.positionalArguments().first());
    if (!corpus) {
        QTextStream(stderr) << "galley-cli corpus init: " << corpus.error() << '\n';
        return ExitBadInput;
    }
    QTextStream(stdout) << "corpus ready: " << (*corpus)->folder() << '\n';
    return ExitSuccess;
}
