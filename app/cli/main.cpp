#include "commands.h"

#include <QCoreApplication>
#include <QTextStream>

#include <functional>

namespace {

struct Command
{
    const char *name;
    const char *summary;
    std::function<int(const QStringList &)> run;
};

const Command kCommands[] = {
    {"extract", "print the article found in saved pages (JSON or text)", runExtract},
    {"annotate", "find entities (clustered), quotes with speakers and numbers in pages or raw texts", runAnnotate},
    {"export", "write a page's annotations as brat, CoNLL, JSONL, Label Studio, W3C, spaCy or CSV", runExport},
    {"import", "read brat, CoNLL, JSONL, Label Studio or Galley files into annotation files", runImport},
    {"corpus", "gold-standard corpora: init, import, status, assign, agree, adjudicate, split, export", runCorpus},
    {"eval", "score a system's annotations against gold: P/R/F1 under four matching schemes", runEval},
    {"reanchor", "move a page's annotations onto its current article text; report moved, fuzzy, orphaned",
     runReanchor},
    {"reattach", "place an orphaned span on a stretch of its annotation file's text", runReattach},
    {"edit", "edit a page's annotations as the review window does (accept, split, merge, clusters, cue, ...)",
     runEdit},
    {"eval-extraction", "score article extraction on the WCXB pages (body, snippets, title, date, author)",
     runEvalExtraction},
    {"tag-conll", "append predicted entity tags (IOB2) to a CoNLL column file", runTagConll},
    {"train-ner", "train the entity model on CoNLL-2003 data (bit for bit reproducible)", runTrainNer},
    {"eval-ner", "score the entity model: per-label and micro P/R/F1 (conlleval)", runEvalNer},
    {"derive-clusters", "learn word classes from unlabelled text for the entity model", runDeriveClusters},
    {"find-quotes", "print the quotes of a text with cue and speaker (JSON lines)", runFindQuotes},
    {"train-quotes", "train the quote model on PolNeAR (bit for bit reproducible)", runTrainQuotes},
    {"eval-quotes", "score the quote finder on PolNeAR dev: P/R/F1 of content, source, cue", runEvalQuotes},
};

void printUsage(QTextStream &out)
{
    out << "Usage: galley-cli COMMAND [OPTIONS] [ARGS]\n\n"
           "Galley's command-line tool: everything the GUI does, for scripts.\n\nCommands:\n";
    for (const Command &command : kCommands)
        out << "  " << QString::fromLatin1(command.name).leftJustified(18) << command.summary << '\n';
    out << "\n`galley-cli COMMAND --help` documents each command.\n"
           "Exit codes: 0 success, 1 bad input (the message names the file), 2 usage.\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("galley-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GALLEY_VERSION));
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (arguments.isEmpty()) {
        printUsage(err);
        return ExitUsage;
    }
    const QString name = arguments.takeFirst();
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        printUsage(out);
        return ExitSuccess;
    }
    if (name == QLatin1String("--version")) {
        out << "galley-cli " << GALLEY_VERSION << '\n';
        return ExitSuccess;
    }
    for (const Command &command : kCommands) {
        if (name == QLatin1String(command.name))
            return command.run(arguments);
    }
    err << "galley-cli: unknown command '" << name << "'\n\n";
    printUsage(err);
    return ExitUsage;
}
