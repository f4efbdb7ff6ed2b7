#include "command_line.h"
#include "commands.h"
#include "corpus_cli.h"

#include "annotation/annotation_set.h"
#include "corpus/corpus_documents.h"
#include "corpus/corpus_layers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace galley;

int runCorpusStatus(const QStringList &arguments)
{
    const QString command = QStringLiteral("corpus status");
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The corpus folder."));
    const QCommandLineOption text(QStringLiteral("text"), QStringLiteral("Documents whose text contains TEXT."), QStringLiteral("TEXT"));
    const QCommandLineOption label(QStringLiteral("label"), QStringLiteral("Documents with a span of LABEL."), QStringLiteral("LABEL"));
    const QCommandLineOption status(QStringLiteral("status"),
        QStringLiteral("Documents with a reviewer layer in STATUS: not-started, in-progress, done, adjudicated."),
        QStringLiteral("STATUS"));
    const QCommandLineOption reviewer(QStringLiteral("reviewer"), QStringLiteral("Documents assigned to REVIEWER."),
                                      QStringLiteral("REVIEWER"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most N documents (default: all)."),
                                   QStringLiteral("N"), QStringLiteral("-1"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("One JSON object per document and line."));
    parser.addOptions({text, label, status, reviewer, limit, json});
    const QString description = QStringLiteral(
        "List a corpus's documents with each layer's status, and a summary per reviewer.\n"
        "Conditions combine (all must hold). Reviewers' annotation files edited since are read first,\n"
        "so statuses and labels are current.");
    if (const auto exit = parseCommandLine(parser, command, description, arguments))
        return *exit;
    QTextStream err(stderr);
    if (parser.isSet(status) && !documentStatusFromName(parser.value(status))) {
        err << "galley-cli corpus status: unknown status '" << parser.value(status) << "'\n";
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
    const auto documents = findDocuments(*corpus, {parser.value(text), parser.value(label), parser.value(status),
                                                   parser.value(reviewer), parser.value(limit).toInt()});
    if (!documents) {
        err << "galley-cli corpus status: " << documents.error() << '\n';
        return ExitBadInput;
    }
    QTextStream out(stdout);
    QMap<QString, QMap<QString, int>> perReviewer;
    for (const CorpusDocument &document : *documents) {
        if (parser.isSet(json)) {
            QJsonObject layers;
            for (auto it = document.statusByLayer.cbegin(); it != document.statusByLayer.cend(); ++it)
                layers.insert(it.key(), it.value());
            out << QJsonDocument(QJsonObject{{QStringLiteral("id"), document.id},
                                             {QStringLiteral("hash"), document.contentHash},
                                             {QStringLiteral("source"), document.source},
                                             {QStringLiteral("record"), document.record},
                                             {QStringLiteral("site"), document.site},
                                             {QStringLiteral("title"), document.title},
                                             {QStringLiteral("layers"), layers}})
                       .toJson(QJsonDocument::Compact)
                << '\n';
        } else {
            QStringList layers;
            for (auto it = document.statusByLayer.cbegin(); it != document.statusByLayer.cend(); ++it) {
                if (it.key() != Corpus::detectorLayer())
                    layers.append(it.key() + u'=' + it.value());
            }
            out << QString::number(document.id).rightJustified(6) << "  " << document.contentHash.left(12) << "  "
                << document.site.left(24).leftJustified(24) << "  " << document.title.left(50).leftJustified(50) << "  "
                << (layers.isEmpty() ? QStringLiteral("unassigned") : layers.join(u' ')) << '\n';
        }
        for (auto it = document.statusByLayer.cbegin(); it != document.statusByLayer.cend(); ++it) {
            if (it.key() != Corpus::detectorLayer())
                ++perReviewer[it.key()][it.value()];
        }
    }
    if (!parser.isSet(json)) {
        out << '\n' << counted(documents->size(), QStringLiteral("document"), QStringLiteral("documents")) << '\n';
        for (auto it = perReviewer.cbegin(); it != perReviewer.cend(); ++it) {
            QStringList counts;
            for (auto count = it->cbegin(); count != it->cend(); ++count)
                counts.append(count.key() + u' ' + QString::number(count.value()));
            out << "  " << it.key().leftJustified(12) << counts.join(QStringLiteral(", ")) << '\n';
        }
    }
    return ExitSuccess;
}
