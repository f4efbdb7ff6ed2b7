#include "command_line.h"
#include "commands.h"
#include "export_sources.h"
#include "format_help.h"

#include "formats/annotation_format.h"
#include "formats/export_stem.h"
#include "formats/export_targets.h"
#include "formats/format_io.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

using namespace galley;

namespace {

const QString kCommand = QStringLiteral("export");

} // namespace

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("SOURCE"),
        QStringLiteral("A saved page (its PAGE.galley.json is exported when there is one, for a WARC each "
                       "record's ARCHIVE.record-N.galley.json, with the journal's unsaved edits; else what the "
                       "detectors find in it) or an annotation file (*.galley.json)."));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("The format to write (listed above)."),
                                QStringLiteral("FORMAT"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
        QStringLiteral("Where to write: a file (or an existing folder) for one-file formats, default standard "
                       "output; a folder for formats that write several files (brat, csv), created when missing."),
        QStringLiteral("OUT"));
    const QCommandLineOption record(QStringLiteral("record"),
        QStringLiteral("WARC files: export only HTML response record N (0-based); ignored with a warning for "
                       "other pages."), QStringLiteral("N"));
    const QCommandLineOption force(QStringLiteral("force"),
        QStringLiteral("Replace files already there (without it the export refuses and lists them). The page "
                       "itself and Galley's annotation files are never replaced; a brat annotation.conf already "
                       "in the folder is merged, keeping what it declares."));
    parser.addOptions({to, output, record, force});
    if (auto exit = parseCommandLine(parser, kCommand,
            QStringLiteral("Write a page's annotations in an exchange format. Offsets are Unicode code points into "
                           "the article text, end exclusive, as each format's own tools count them.\n"
                           "Warnings name what a format cannot carry.\n\nFormats:\n")
                + formatListHelp(false)
                + QStringLiteral("\nExit codes: 0 success, 1 bad input (stderr names the file and the problem), "
                                 "2 usage."),
            arguments))
        return *exit;

    QTextStream err(stderr);
    const QStringList sources = parser.positionalArguments();
    const AnnotationFormat *format = findAnnotationFormat(parser.value(to));
    if (sources.size() != 1 || !format) {
        err << "galley-cli export: name one page or annotation file and --to "
            << annotationFormatNames(false).join(QLatin1StringView("|")) << " (see --help)\n";
        return ExitUsage;
    }
    int recordNumber = -1;
    if (parser.isSet(record)) {
        bool ok = false;
        recordNumber = parser.value(record).toInt(&ok);
        if (!ok || recordNumber < 0) {
            err << "galley-cli export: --record takes a record number (0, 1, ...), not '" << parser.value(record) << "'\n";
            return ExitUsage;
        }
    }
    const auto sets = exportedAnnotations(sources.first(), recordNumber, err);
    err.flush();
    if (!sets) {
        err << "galley-cli export: " << sets.error() << '\n';
        return ExitBadInput;
    }
    const ExportResult exported = format->write(*sets, exportStem(sources.first()));
    for (const QString &warning : exported.warnings)
        err << "galley-cli export: warning: " << warning << '\n';
    err.flush();

    if (exported.files.size() == 1 && !parser.isSet(output)) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return ExitBadInput;
        out.write(exported.files.first().content);
        return ExitSuccess;
    }
    if (!parser.isSet(output)) {
        err << "galley-cli export: " << format->name << " writes several files: name a folder with -o\n";
        return ExitUsage;
    }
    const QString target = parser.value(output);
    FormatFiles files = exported.files;
    QString folder = target;
    if (files.size() == 1 && !QFileInfo(target).isDir()) {
        folder = QFileInfo(target).absolutePath();
        files.first().name = QFileInfo(target).fileName();
    }
    if (!QDir().mkpath(folder)) {
        err << "galley-cli export: " << folder << ": cannot create the folder\n";
        return ExitBadInput;
    }
    QStringList pages{sources.first()};   // the source, and the pages its annotation files name
    for (const AnnotationSet &set : *sets)
        pages.append(set.sourcePath);
    if (const auto target = protectedExportTarget(files, folder, pages, format->name == QLatin1StringView("galley"))) {
        err << "galley-cli export: " << *target
            << " is the page or the annotations Galley keeps for it: choose another folder or file name\n";
        return ExitBadInput;
    }
    if (const QStringList replaced = replacedExportFiles(files, folder); !replaced.isEmpty() && !parser.isSet(force)) {
        err << "galley-cli export: " << QDir::toNativeSeparators(folder) << " already holds " << replaced.join(QLatin1StringView(", "))
            << ": add --force to replace " << (replaced.size() == 1 ? "it" : "them") << '\n';
        return ExitBadInput;
    }
    if (auto problem = writeFormatFiles(withCollectionFilesMerged(files, folder), folder)) {
        err << "galley-cli export: " << *problem << '\n';
        return ExitBadInput;
    }
    return ExitSuccess;
}
