#include "command_line.h"
#include "commands.h"
#include "corpus_cli.h"

#include "adjudication/adjudication.h"
#include "corpus/adjudication_decisions.h"
#include "corpus/conflict_reopening.h"
#include "corpus/corpus_documents.h"
#include "corpus/reviewer_layers_by_document.h"
#include "util/durable_file.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <QTextStream>

using namespace galley;

namespace {

QString context(const QString &text, const Span &span)
{
    const qsizetype from = std::max<qsizetype>(0, span.start - 40);
    const qsizetype to = std::min<qsizetype>(text.size(), span.end + 40);
    QString shown = text.mid(from, span.start - from) + QStringLiteral("[[") + text.mid(span.start, span.end - span.start)
                  + QStringLiteral("]]") + text.mid(span.end, to - span.end);
    return shown.simplified();
}

} // namespace

int runCorpusAdjudicate(const QStringList &arguments)
{
    const QString command = QStringLiteral("corpus adjudicate");
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The corpus folder."));
    const QCommandLineOption curator(QStringLiteral("curator"), QStringLiteral("Who decides (recorded with each decision)."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption document(QStringLiteral("document"), QStringLiteral("Only this document (id or hash prefix)."),
                                      QStringLiteral("ID"));
    const QCommandLineOption decide(QStringLiteral("decide"),
        QStringLiteral("Decide a conflict without asking: 'KEY=accept' or 'KEY=reject' (KEY as listed, e.g. "
                       "'PER 10-13'); repeatable."),
        QStringLiteral("KEY=CHOICE"));
    const QCommandLineOption reopen(QStringLiteral("reopen"),
        QStringLiteral("Forget the decision on a conflict (KEY as listed) so it is open again, and the gold layer it "
                       "made; with --document only there. Repeatable."),
        QStringLiteral("KEY"));
    const QCommandLineOption list(QStringLiteral("list"), QStringLiteral("Only list the open conflicts."));
    const QCommandLineOption all(QStringLiteral("all"), QStringLiteral("Include reviewer layers not marked done."));
    const QCommandLineOption rewrite(QStringLiteral("rewrite"),
        QStringLiteral("Write the gold layer of every settled document again from its reviewers' layers and decisions\n"
                       "(after a reviewer changed a layer); a copy of each earlier gold layer is kept beside it."));
    parser.addOptions({curator, document, decide, reopen, list, all, rewrite});
    const QString description = QStringLiteral(
        "Merge the reviewers' layers of each document annotated by two or more into its gold layer.\n"
        "Spans every reviewer made (same boundaries, label and attributes) are accepted automatically. Each other\n"
        "span is a conflict, named 'LABEL START-END' (code points; 'LABEL START-END [kind=partial]' for one of\n"
        "several versions of a span, 'speaker KEY -> KEY' for a link): shown with its context and who made it, it is\n"
        "decided on stdin — a(ccept), r(eject), s(kip), q(uit) — or by --decide. Every decision is recorded\n"
        "at once with the curator and time; when a document has no open conflict its gold layer is written\n"
        "(annotations/HASH/gold.galley.json, status adjudicated). Rerun to continue where you stopped: a gold\n"
        "layer is written again only when a decision of its document was made (a copy of the earlier one, with\n"
        "any edits the curator made to it, is kept beside it as gold.galley.json.before-adjudication-TIME).");
    if (const auto exit = parseCommandLine(parser, command, description, arguments))
        return *exit;
    QTextStream err(stderr);
    QTextStream out(stdout);
    if (!parser.isSet(curator) && !parser.isSet(list)) {
        err << "galley-cli corpus adjudicate: --curator is required to decide\n";
        return ExitUsage;
    }
    QMap<QString, bool> given;
    for (const QString &entry : parser.values(decide)) {
        const qsizetype equals = entry.lastIndexOf(u'=');
        const QString choice = entry.mid(equals + 1);
        if (equals < 0 || (choice != QLatin1String("accept") && choice != QLatin1String("reject"))) {
            err << "galley-cli corpus adjudicate: --decide takes KEY=accept or KEY=reject, not '" << entry << "'\n";
            return ExitUsage;
        }
        given.insert(entry.left(equals), choice == QLatin1String("accept"));
    }
    const auto corpus = openCorpusForCommand(parser, command);
    if (!corpus)
        return ExitBadInput;
    if (!syncLayersForCommand(*corpus, command))
        return ExitBadInput;   // files that cannot be read are named below, where their documents are left out
    qint64 onlyDocument = -1;
    if (parser.isSet(document)) {
        const auto found = findDocument(*corpus, parser.value(document));
        if (!found) {
            err << "galley-cli corpus adjudicate: " << found.error() << '\n';
            return ExitBadInput;
        }
        onlyDocument = found->row.id;
    }
    const auto documents = reviewerLayersByDocument(*corpus, !parser.isSet(all));
    if (!documents) {
        err << "galley-cli corpus adjudicate: " << documents.error() << '\n';
        return ExitBadInput;
    }
    printWarnings(command, documents->leftOut);
    if (onlyDocument >= 0 && documents->leftOutIds.contains(onlyDocument)) {
        err << "galley-cli corpus adjudicate: --document " << onlyDocument
            << ": a reviewer layer of it cannot be read (above); mend or remove that file first\n";
        return ExitBadInput;
    }
    // A key that names no conflict (a typo, another document's) is an error, not a silent no-op.
    QSet<QString> conflictKeys;
    QSet<QString> decidedKeys;
    QHash<qint64, AdjudicationPlan> plans;   // reviewers' layers do not change while this runs
    for (const auto &[row, reviewed] : documents->documents) {
        if (onlyDocument >= 0 && row.documentId != onlyDocument)
            continue;
        const AdjudicationPlan &plan = plans[row.documentId] = planAdjudication(reviewed.layers);
        for (const AdjudicationConflict &conflict : plan.conflicts)
            conflictKeys.insert(conflict.key);
        if (const auto recorded = loadDecisions(*corpus, row.documentId)) {
            for (auto it = recorded->cbegin(); it != recorded->cend(); ++it)
                decidedKeys.insert(it.key());
        }
    }
    const QString where = onlyDocument >= 0 ? QStringLiteral("document %1").arg(onlyDocument) : QStringLiteral("any document");
    for (auto it = given.cbegin(); it != given.cend(); ++it) {
        if (!conflictKeys.contains(it.key())) {
            err << "galley-cli corpus adjudicate: --decide: no conflict '" << it.key() << "' in " << where
                << " (--list shows the open ones, named LABEL START-END)\n";
            return ExitBadInput;
        }
    }
    for (const QString &key : parser.values(reopen)) {
        if (!decidedKeys.contains(key)) {
            err << "galley-cli corpus adjudicate: --reopen: no decided conflict '" << key << "' in " << where << '\n';
            return ExitBadInput;
        }
    }
    for (const auto &[row, reviewed] : documents->documents) {
        if (onlyDocument >= 0 && row.documentId != onlyDocument)
            continue;
        const auto recorded = loadDecisions(*corpus, row.documentId);
        for (const QString &key : parser.values(reopen)) {
            if (!recorded || !recorded->contains(key))
                continue;
            const auto reopened = reopenConflict(*corpus, row.documentId, row.contentHash, key);
            if (!reopened) {
                err << "galley-cli corpus adjudicate: " << reopened.error() << '\n';
                return ExitBadInput;
            }
            out << "reopened document " << row.documentId << "  " << key << '\n';
            if (!reopened->goldCopy.isEmpty())
                out << "  its gold layer is removed until the conflict is decided; a copy is kept as " << reopened->goldCopy
                    << '\n';
        }
    }
    QTextStream in(stdin);
    int written = 0;
    int open = 0;
    bool quit = false;
    for (const auto &[row, reviewed] : documents->documents) {
        if (quit || (onlyDocument >= 0 && row.documentId != onlyDocument))
            continue;
        const AdjudicationPlan &plan = plans[row.documentId];
        const auto recorded = loadDecisions(*corpus, row.documentId);
        if (!recorded) {
            err << "galley-cli corpus adjudicate: " << recorded.error() << '\n';
            return ExitBadInput;
        }
        QMap<QString, bool> decisions;
        for (auto it = recorded->cbegin(); it != recorded->cend(); ++it)
            decisions.insert(it.key(), it->accept);
        int decidedHere = 0;
        for (const AdjudicationConflict &conflict : plan.conflicts) {
            if (quit)
                break;
            if (decisions.contains(conflict.key) && !given.contains(conflict.key))
                continue;
            QString heading = QStringLiteral("document %1 (%2)  %3  by %4, not by %5")
                                  .arg(row.documentId)
                                  .arg(row.contentHash.left(12), conflict.key, conflict.proposedBy.join(u','),
                                       conflict.missingFrom.join(u','));
            if (!conflict.relationType.isEmpty())
                heading += QStringLiteral("\n    ") + conflict.detail;
            std::optional<bool> choice;
            if (given.contains(conflict.key)) {
                choice = given.value(conflict.key);
            } else if (parser.isSet(list)) {
                out << heading << "\n    " << context(reviewed.layers.first().text, conflict.span) << '\n';
            } else {
                out << heading << "\n    " << context(reviewed.layers.first().text, conflict.span)
                    << "\n  [a]ccept, [r]eject, [s]kip, [q]uit? " << Qt::flush;
                const QString answer = in.readLine().trimmed().toLower();
                if (answer.startsWith(u'a'))
                    choice = true;
                else if (answer.startsWith(u'r'))
                    choice = false;
                else if (answer.startsWith(u'q') || answer.isNull())
                    quit = true;
            }
            if (choice && !parser.isSet(list)) {
                if (const auto problem = recordDecision(*corpus, row.documentId, conflict.key, *choice, parser.value(curator))) {
                    err << "galley-cli corpus adjudicate: " << *problem << '\n';
                    return ExitBadInput;
                }
                decisions.insert(conflict.key, *choice);
                ++decidedHere;
            }
        }
        int openHere = 0;
        for (const AdjudicationConflict &conflict : plan.conflicts)
            openHere += decisions.contains(conflict.key) ? 0 : 1;
        open += openHere;
        if (openHere > 0 || parser.isSet(list))
            continue;
        // An existing gold layer may hold the curator's own edits: it is written again only for a
        // new decision or when asked, and then copied first.
        const QString goldPath = corpus->absolutePath(Corpus::layerFile(row.contentHash, Corpus::goldLayer()));
        const QFileInfo goldFile(goldPath);
        if (goldFile.exists() && decidedHere == 0 && !parser.isSet(rewrite)) {
            for (const AnnotationSet &layer : reviewed.layers) {
                const QFileInfo layerFile(corpus->absolutePath(Corpus::layerFile(row.contentHash, layer.reviewer)));
                if (layerFile.lastModified() > goldFile.lastModified()) {
                    err << "galley-cli corpus adjudicate: note: document " << row.documentId << ": " << layer.reviewer
                        << "'s layer changed after its gold layer was written; --rewrite merges the layers again\n";
                    break;
                }
            }
            continue;
        }
        if (goldFile.exists()) {
            const auto copy = backUpFile(goldPath, QStringLiteral("before-adjudication"));
            if (!copy) {
                err << "galley-cli corpus adjudicate: " << copy.error().message << '\n';
                return ExitBadInput;
            }
            out << "document " << row.documentId << ": the earlier gold layer is kept as " << *copy << '\n';
        }
        const AnnotationSet gold = adjudicatedLayer(reviewed.layers, plan, decisions, parser.value(curator));
        if (const auto problem = saveLayer(*corpus, row.documentId, row.contentHash, gold)) {
            err << "galley-cli corpus adjudicate: " << *problem << '\n';
            return ExitBadInput;
        }
        ++written;
    }
    out << counted(written, QStringLiteral("gold layer"), QStringLiteral("gold layers")) << " written, "
        << counted(open, QStringLiteral("conflict"), QStringLiteral("conflicts")) << " open\n";
    return ExitSuccess;
}
