#include "command_line.h"
#include "commands.h"

#include "annotation/annotation_document.h"
#include "annotation/annotation_file.h"
#include "annotation/unsaved_journal.h"

#include <QFile>
#include <QTextStream>

using namespace galley;

namespace {
const QString kRecover = QStringLiteral("recover");
} // namespace

int runRecover(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PAGE"),
        QStringLiteral("A saved page (its PAGE.galley.json, or ARCHIVE.record-N.galley.json with --record) or an "
                       "annotation file."));
    const QCommandLineOption record(QStringLiteral("record"),
        QStringLiteral("WARC files: the annotations of HTML response record N (0-based)."), QStringLiteral("N"));
    const QCommandLineOption restore(QStringLiteral("restore"),
        QStringLiteral("Replay the unsaved edits into the annotation file (written atomically) and drop the journal."));
    const QCommandLineOption discard(QStringLiteral("discard"),
        QStringLiteral("Remove the journal: the annotation file stays as last saved."));
    parser.addOptions({record, restore, discard});
    if (auto exit = parseCommandLine(parser, kRecover,
            QStringLiteral("Edits a crashed review session journalled but never saved, as the window asks about "
                           "when the page is opened again. Prints how many there are and when the last was made "
                           "(ISO 8601, UTC), or that there are none; --restore saves them into the annotation "
                           "file, --discard removes them.\nExit codes: 0 success, 1 bad input (stderr names the "
                           "file and the problem), 2 usage."),
            arguments))
        return *exit;

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList pages = parser.positionalArguments();
    if (pages.size() != 1 || (parser.isSet(restore) && parser.isSet(discard))) {
        err << "galley-cli recover: name one page, with at most one of --restore and --discard (see --help)\n";
        return ExitUsage;
    }
    int recordNumber = -1;
    if (parser.isSet(record)) {
        bool ok = false;
        recordNumber = parser.value(record).toInt(&ok);
        if (!ok || recordNumber < 0) {
            err << "galley-cli recover: --record takes a record number (0, 1, ...), not '" << parser.value(record)
                << "'\n";
            return ExitUsage;
        }
    }
    const QString &page = pages.first();
    const QString file = isAnnotationFilePath(page) ? page : annotationFilePath(page, recordNumber);
    const std::optional<UnsavedJournal> journal = findUnsavedJournal(file);
    if (!journal) {
        out << file << ": no unsaved edits\n";
        return ExitSuccess;
    }
    if (parser.isSet(discard)) {
        if (!QFile::remove(journal->journalPath)) {
            err << "galley-cli recover: " << journal->journalPath << ": cannot remove the journal\n";
            return ExitBadInput;
        }
        out << file << ": discarded " << journal->edits << " unsaved edit(s)\n";
        return ExitSuccess;
    }
    if (parser.isSet(restore)) {
        AnnotationDocument document;
        const auto report = document.open(file);
        if (!report) {
            err << "galley-cli recover: " << report.error().message << '\n';
            return ExitBadInput;
        }
        for (const QString &diagnostic : report->diagnostics)
            err << "galley-cli recover: " << diagnostic << '\n';
        if (const auto saved = document.save(); !saved) {
            err << "galley-cli recover: " << saved.error().message << '\n';
            return ExitBadInput;
        }
        out << file << ": restored " << report->replayedEdits << " unsaved edit(s)\n";
        return ExitSuccess;
    }
    out << file << ": " << journal->edits << " unsaved edit(s), the last at " << journal->lastWritten.toString(Qt::ISODate);
    if (journal->changes != journal->edits)
        out << "; together they change " << journal->changes << " annotation(s)";
    out << '\n';
    return ExitSuccess;
}
