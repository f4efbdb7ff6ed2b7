#include "command_line.h"
#include "commands.h"
#include "format_help.h"
#include "import_targets.h"

#include "annotation/annotation_file.h"
#include "annotation/label_schema.h"
#include "extract/article_extractor.h"
#include "formats/annotation_format.h"
#include "formats/format_io.h"
#include "load/page_loader.h"
#include "util/counted.h"

#include <QFileInfo>
#include <QMap>
#include <QTextStream>

using namespace galley;

namespace {

const QString kCommand = QStringLiteral("import");

// Ties an imported set to the page it annotates: path, record, content hash. Warns when the
// page's article is not the imported text (its spans would need re-anchoring).
std::optional<QString> attachToPage(AnnotationSet &set, const QString &pagePath, int record, QTextStream &err)
{
    LoadOptions options;
    options.warcRecord = record;
    const auto page = loadPage(pagePath, options);
    if (!page)
        return page.error().toString();
    if (record < 0 && page->record >= 0) {
        if (const auto records = listWarcRecords(pagePath); records && records->size() > 1)
            return QStringLiteral("%1 holds %2 HTML records: name the one the annotations belong to with --record N (0 to %3)")
                .arg(pagePath).arg(records->size()).arg(records->size() - 1);
    }
    set.sourcePath = pagePath;
    set.record = page->record;
    set.contentHash = QString::fromLatin1(page->contentHash.toHex());
    if (extractArticle(*page).text != set.text)
        err << "galley-cli import: warning: the imported text is not the article Galley finds in " << pagePath
            << "; its spans will be re-anchored when the page is opened\n";
    return std::nullopt;
}

// Labels of another tool's scheme import as they are; the reviewer is told which ones Galley's
// schema does not define (the window shows them, but a relabel cannot choose them).
void warnLabelsOutsideTheSchema(const QList<AnnotationSet> &sets, QTextStream &err)
{
    const auto schema = loadLabelSchema(defaultLabelSchemaPath());
    if (!schema)
        return;
    QMap<QString, int> outside;
    for (const AnnotationSet &set : sets) {
        for (const Span &span : set.spans) {
            if (!schema->label(span.label))
                ++outside[span.label];
        }
    }
    if (outside.isEmpty())
        return;
    QStringList counts;
    for (auto it = outside.cbegin(); it != outside.cend(); ++it)
        counts.append(QStringLiteral("%1 (%2)").arg(it.key(), counted(it.value(), QStringLiteral("span"), QStringLiteral("spans"))));
    err << "galley-cli import: warning: labels Galley's schema does not define, kept as they are: " << counts.join(QStringLiteral(", "))
        << '\n';
}

} // namespace

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
        QStringLiteral("The file to import (brat: the .ann or the .txt; the other is read beside it)."));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("The file's format (listed above)."),
                                  QStringLiteral("FORMAT"));
    const QCommandLineOption page(QStringLiteral("page"),
        QStringLiteral("The saved page the annotations belong to: the file is written next to it "
                       "(PAGE.galley.json) and records its path and content hash. Default: next to FILE, "
                       "FILE's name with .galley.json (-2, -3, … for further documents)."),
        QStringLiteral("PAGE"));
    const QCommandLineOption record(QStringLiteral("record"),
        QStringLiteral("With --page on a WARC file: the HTML record N (0-based) the annotations belong to."),
        QStringLiteral("N"));
    const QCommandLineOption force(QStringLiteral("force"),
        QStringLiteral("Replace an existing annotation file and its journal of unsaved edits (otherwise refused: "
                       "they may hold review work); both are kept as PATH.before-import-… backups."));
    parser.addOptions({from, page, record, force});
    if (auto exit = parseCommandLine(parser, kCommand,
            QStringLiteral("Read annotations from an exchange format into Galley annotation files. All or "
                           "nothing: a problem anywhere (named with file, line and what is wrong) writes "
                           "nothing.\n\nFormats:\n")
                + formatListHelp(true)
                + QStringLiteral("\nExit codes: 0 success, 1 bad input (stderr names the file and the problem), "
                                 "2 usage."),
            arguments))
        return *exit;

    QTextStream err(stderr);
    const QStringList files = parser.positionalArguments();
    const AnnotationFormat *format = findAnnotationFormat(parser.value(from));
    if (format && !format->read) {
        err << "galley-cli import: " << format->name << " is written by export only; Galley reads "
            << annotationFormatNames(true).join(QLatin1StringView(", ")) << '\n';
        return ExitUsage;
    }
    if (files.size() != 1 || !format) {
        err << "galley-cli import: name one file and --from " << annotationFormatNames(true).join(QLatin1StringView("|"))
            << " (see --help)\n";
        return ExitUsage;
    }
    int recordNumber = -1;
    if (parser.isSet(record)) {
        bool ok = false;
        recordNumber = parser.value(record).toInt(&ok);
        if (!ok || recordNumber < 0 || !parser.isSet(page)) {
            err << "galley-cli import: --record takes a record number (0, 1, ...) and goes with --page\n";
            return ExitUsage;
        }
    }
    auto sets = importAnnotations(*format, files.first());
    if (!sets) {
        err << "galley-cli import: " << sets.error().toString() << '\n';
        return ExitBadInput;
    }

    warnLabelsOutsideTheSchema(*sets, err);

    QStringList targets;
    if (parser.isSet(page)) {
        if (sets->size() != 1) {
            err << "galley-cli import: " << files.first() << " holds " << sets->size()
                << " documents; --page takes a file with one\n";
            return ExitBadInput;
        }
        if (auto problem = attachToPage(sets->first(), parser.value(page), recordNumber, err)) {
            err << "galley-cli import: " << *problem << '\n';
            return ExitBadInput;
        }
        targets.append(annotationFilePath(parser.value(page), sets->first().record));
    } else {
        const QFileInfo info(files.first());
        const QString stem = info.path() + u'/' + info.completeBaseName();
        for (qsizetype i = 0; i < sets->size(); ++i)
            targets.append(stem + (i == 0 ? QString() : u'-' + QString::number(i + 1)) + QStringLiteral(".galley.json"));
    }
    QList<ImportTarget> writes;
    for (qsizetype i = 0; i < targets.size(); ++i)
        writes.append({targets[i], annotationFileJson(sets->at(i))});
    QStringList backups;
    if (auto problem = writeImportTargets(writes, parser.isSet(force), backups)) {
        err << "galley-cli import: " << *problem << '\n';
        return ExitBadInput;
    }
    for (const QString &backup : backups)
        err << "galley-cli import: the replaced file is kept at " << backup << '\n';
    for (const QString &target : targets)
        QTextStream(stdout) << target << '\n';
    return ExitSuccess;
}
