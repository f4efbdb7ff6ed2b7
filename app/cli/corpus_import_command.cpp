#include "command_line.h"
#include "commands.h"
#include "corpus_cli.h"

#include "corpus/corpus_import.h"
#include "pipeline/annotator.h"

#include <QElapsedTimer>
#include <QTextStream>
#include <QThread>

using namespace galley;

int runCorpusImport(const QStringList &arguments)
{
    const QString command = QStringLiteral("corpus import");
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The corpus folder."));
    parser.addPositionalArgument(QStringLiteral("INPUT"),
        QStringLiteral("Saved pages (.html, .mhtml, .warc, .warc.gz, .txt) and folders of them."), QStringLiteral("INPUT..."));
    const QCommandLineOption noAnnotate(QStringLiteral("no-annotate"), QStringLiteral("Skip pre-annotation by the detectors."));
    parser.addOption(noAnnotate);
    const QString description = QStringLiteral(
        "Import saved pages into a corpus. Each page (each HTML record of a WARC) becomes a document named by\n"
        "its content hash; content the corpus already has is skipped as a duplicate. Pages are loaded,\n"
        "extracted and pre-annotated by the detectors (entities, quotes, numbers) on every core (%1 here);\n"
        "the pre-annotation is the document's 'detectors' layer.\n"
        "Killed at any point, the corpus holds only whole documents; run the same command again to continue.\n"
        "Progress goes to stderr; files that cannot be loaded are listed and do not stop the import\n"
        "(exit code 1 when there were any). A damaged archive (a truncated .warc.gz) is named with its\n"
        "problem, and its whole records before the damage are imported.")
                                        .arg(QThread::idealThreadCount());
    if (const auto exit = parseCommandLine(parser, command, description, arguments))
        return *exit;
    QTextStream err(stderr);
    if (parser.positionalArguments().size() < 2) {
        err << "galley-cli corpus import: name the corpus and at least one input\n";
        return ExitUsage;
    }
    const auto corpus = openCorpusForCommand(parser, command);
    if (!corpus)
        return ExitBadInput;
    std::optional<Annotator> annotator;
    if (!parser.isSet(noAnnotate)) {
        auto loaded = Annotator::load();
        if (!loaded) {
            err << "galley-cli corpus import: " << loaded.error().toString() << '\n';
            return ExitBadInput;
        }
        annotator.emplace(std::move(*loaded));
    }
    ProgressLine progress(command);
    QElapsedTimer timer;
    timer.start();
    const auto show = [&](const ImportProgress &counts) {
        const double seconds = std::max(0.001, timer.elapsed() / 1000.0);
        progress.show(QStringLiteral("%1/%2 files, %3 new, %4, %5 failed, %6 files/s")
                          .arg(counts.filesDone)
                          .arg(counts.filesTotal)
                          .arg(counts.imported)
                          .arg(counted(counts.duplicates, QStringLiteral("duplicate"), QStringLiteral("duplicates")))
                          .arg(counts.failed)
                          .arg(counts.filesDone / seconds, 0, 'f', 1),
                      counts.filesDone == counts.filesTotal);
    };
    const ImportSummary summary =
        importIntoCorpus(*corpus, parser.positionalArguments().mid(1), annotator ? &*annotator : nullptr, show);
    progress.finish();
    for (const QString &problem : summary.problems)
        err << "galley-cli corpus import: " << problem << '\n';
    QTextStream(stdout) << summary.counts.imported << " imported, "
                        << counted(summary.counts.duplicates, QStringLiteral("duplicate"), QStringLiteral("duplicates")) << ", "
                        << summary.counts.failed << " failed"
                        << (summary.counts.damaged ? QStringLiteral(", %1 damaged").arg(summary.counts.damaged) : QString())
                        << '\n';
    return summary.problems.isEmpty() ? ExitSuccess : ExitBadInput;
}
