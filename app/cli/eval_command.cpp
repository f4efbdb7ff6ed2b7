#include "command_line.h"
#include "commands.h"

#include "evaluation/evaluation_report_output.h"
#include "evaluation/system_evaluation.h"
#include "formats/annotation_format.h"
#include "formats/format_io.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

using namespace galley;

namespace {

const QString kCommand = QStringLiteral("eval");

// What a folder holds for each format: the file that names a document (brat's .ann brings its .txt).
QStringList documentFilePatterns(const QString &format)
{
    if (format == QLatin1String("galley"))
        return {QStringLiteral("*.galley.json")};
    if (format == QLatin1String("brat"))
        return {QStringLiteral("*.ann")};
    if (format == QLatin1String("conll"))
        return {QStringLiteral("*.conll"), QStringLiteral("*.txt")};
    if (format == QLatin1String("jsonl"))
        return {QStringLiteral("*.jsonl")};
    return {QStringLiteral("*.json")};
}

// The format a file's name says; empty for a folder or a name that says none.
QString formatFromName(const QString &path)
{
    if (QFileInfo(path).isDir())
        return {};
    if (path.endsWith(QLatin1String(".galley.json")))
        return QStringLiteral("galley");
    if (path.endsWith(QLatin1String(".ann")))
        return QStringLiteral("brat");
    if (path.endsWith(QLatin1String(".conll")))
        return QStringLiteral("conll");
    if (path.endsWith(QLatin1String(".jsonl")))
        return QStringLiteral("jsonl");
    return {};
}

struct Side
{
    QList<AnnotationSet> sets;
    QStringList origins;   // "gold.jsonl, document 2"; a file of one document: its name alone
};

// A file, or every document file of the format in a folder and below (sorted by path).
Expected<Side, QString> readSide(const AnnotationFormat &format, const QString &path)
{
    QStringList files;
    if (QFileInfo(path).isDir()) {
        QDirIterator it(path, documentFilePatterns(format.name), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        files.sort();
        if (files.isEmpty())
            return QString(path + QStringLiteral(": no %1 files in the folder").arg(QString(format.name)));
    } else {
        files.append(path);
    }
    Side side;
    for (const QString &file : std::as_const(files)) {
        auto read = importAnnotations(format, file);
        if (!read)
            return read.error().toString();
        for (qsizetype i = 0; i < read->size(); ++i)
            side.origins.append(read->size() == 1 ? file : QStringLiteral("%1, document %2").arg(file).arg(i + 1));
        side.sets.append(std::move(*read));
    }
    return side;
}

} // namespace

int runEval(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption goldOption(QStringLiteral("gold"),
        QStringLiteral("The gold annotations: a file or a folder of files in the format."), QStringLiteral("GOLD"));
    const QCommandLineOption predOption(QStringLiteral("pred"),
        QStringLiteral("The system's annotations of the same documents."), QStringLiteral("PRED"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
        QStringLiteral("The format of both sides: jsonl, brat, conll or galley (also label-studio); default for "
                       "each side from its own name (.jsonl, .ann, .conll, .galley.json), else the other side's, "
                       "else galley for a folder and jsonl for a file."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption goldFormatOption(QStringLiteral("gold-format"),
        QStringLiteral("GOLD's format, when the two sides differ."), QStringLiteral("FORMAT"));
    const QCommandLineOption predFormatOption(QStringLiteral("pred-format"),
        QStringLiteral("PRED's format, when the two sides differ."), QStringLiteral("FORMAT"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print the report as JSON."));
    const QCommandLineOption errorsOption(QStringLiteral("errors"),
        QStringLiteral("How many errors the table lists (default 50; -1: all)."), QStringLiteral("N"), QStringLiteral("50"));
    parser.addOptions({goldOption, predOption, formatOption, goldFormatOption, predFormatOption, jsonOption, errorsOption});
    const QString description = QStringLiteral(
        "Score a system's annotations against gold annotations of the same documents.\n\n"
        "Documents are paired by source page (and WARC record) when both name one, else by identical text.\n"
        "Per label, micro and macro precision, recall and F1 under four matching schemes:\n"
        "  strict   same boundaries and same label\n"
        "  exact    same boundaries, label ignored\n"
        "  partial  any overlap, label ignored\n"
        "  type     label only: same label and any overlap (SemEval-2013 9.1 / nervaluate 'ent_type')\n"
        "Spans are paired one to one (same boundaries first, then the largest overlap); each pair is one\n"
        "true positive (no half credit). A pair and a missed gold span count for the gold label, a spurious\n"
        "span for its own label; macro is the unweighted mean over labels.\n"
        "Value accuracy: strictly matched number spans whose gold has a value, with the same value and unit.\n"
        "Speaker accuracy: strictly matched QUOTE spans whose gold has a speaker, whose predicted speaker span\n"
        "has the gold speaker's boundaries.\n"
        "Errors are listed under the strict scheme with offsets in code points.");
    if (const auto exit = parseCommandLine(parser, kCommand, description, arguments))
        return *exit;
    QTextStream err(stderr);
    if (!parser.isSet(goldOption) || !parser.isSet(predOption)) {
        err << "galley-cli eval: --gold and --pred are required\n\n" << commandHelpText(parser, kCommand);
        return ExitUsage;
    }
    const QString gold = parser.value(goldOption);
    const QString pred = parser.value(predOption);
    // Each side's own format, else the other side's (a folder says none), else galley for a
    // folder and jsonl for a file.
    const auto formatOf = [&](const QCommandLineOption &sideOption, const QString &path,
                              const QString &otherPath) -> const AnnotationFormat * {
        QString name = parser.isSet(sideOption) ? parser.value(sideOption)
                       : parser.isSet(formatOption) ? parser.value(formatOption)
                                                    : formatFromName(path);
        if (name.isEmpty())
            name = formatFromName(otherPath);
        if (name.isEmpty())
            name = QFileInfo(path).isDir() ? QStringLiteral("galley") : QStringLiteral("jsonl");
        const AnnotationFormat *format = findAnnotationFormat(name);
        if (!format || !format->read) {
            err << "galley-cli eval: cannot read the format '" << name << "' (one of "
                << annotationFormatNames(true).join(QStringLiteral(", ")) << ")\n";
            return nullptr;
        }
        return format;
    };
    const AnnotationFormat *goldFormat = formatOf(goldFormatOption, gold, pred);
    const AnnotationFormat *predFormat = goldFormat ? formatOf(predFormatOption, pred, gold) : nullptr;
    if (!goldFormat || !predFormat)
        return ExitUsage;
    bool numberOk = false;
    const int maxErrors = parser.value(errorsOption).toInt(&numberOk);
    if (!numberOk) {
        err << "galley-cli eval: --errors takes a number\n";
        return ExitUsage;
    }
    const auto goldSets = readSide(*goldFormat, gold);
    if (!goldSets) {
        err << "galley-cli eval: " << goldSets.error() << '\n';
        return ExitBadInput;
    }
    const auto predSets = readSide(*predFormat, pred);
    if (!predSets) {
        err << "galley-cli eval: " << predSets.error() << '\n';
        return ExitBadInput;
    }
    const EvaluationReport report = evaluateAnnotations(goldSets->sets, predSets->sets, goldSets->origins, predSets->origins);
    QTextStream out(stdout);
    if (parser.isSet(jsonOption))
        out << QJsonDocument(evaluationReportJson(report)).toJson(QJsonDocument::Indented);
    else
        out << evaluationReportTable(report, maxErrors);
    // On stderr, so that they are seen when the table goes to a file (--json lists them in the report).
    for (const QString &warning : report.warnings)
        err << "galley-cli eval: warning: " << warning << '\n';
    return ExitSuccess;
}
