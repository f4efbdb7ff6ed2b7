// `galley-cli corpus` run as a process: adjudication end to end, web archives, the progress line
// and every subcommand's --help.
#include "annotation/annotation_file.h"
#include "corpus/adjudication_decisions.h"
#include "corpus/corpus.h"
#include "corpus/corpus_documents.h"
#include "corpus/corpus_layers.h"
#include "corpus/exported_file_names.h"
#include "util/counted.h"
#include "warc_fixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral(GALLEY_BIN_DIR "/galley-cli"), arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

bool writeText(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) > 0;
}

Span span(const QString &text, const QString &id, const QString &label, const QString &words)
{
    Span s;
    s.id = id;
    s.label = label;
    s.start = int(text.indexOf(words));
    s.end = s.start + int(words.size());
    s.text = words;
    return s;
}

QString key(const Span &s)
{
    return QStringLiteral("%1 %2-%3").arg(s.label).arg(s.start).arg(s.end);
}

int documentCount(const QString &corpusDir)
{
    auto corpus = Corpus::open(corpusDir);
    if (!corpus)
        return -1;
    QSqlQuery query((*corpus)->database());
    query.exec(QStringLiteral("SELECT COUNT(*) FROM documents"));
    return query.next() ? query.value(0).toInt() : -1;
}

// A corpus of `pages` short pages ("Vote 1", …), imported without pre-annotation; "" on failure.
QString voteCorpus(const QTemporaryDir &dir, int pages)
{
    const QString corpusDir = dir.filePath(QStringLiteral("corpus"));
    QDir().mkpath(dir.filePath(QStringLiteral("in")));
    for (int i = 1; i <= pages; ++i) {
        if (!writeText(dir.filePath(QStringLiteral("in/p%1.txt").arg(i)),
                       QStringLiteral("Vote %1\n\nThe harbour board met on Monday, item %1.\n").arg(i)))
            return {};
    }
    if (runCli({"corpus", "init", corpusDir}).exitCode != 0
        || runCli({"corpus", "import", corpusDir, dir.filePath(QStringLiteral("in")), "--no-annotate"}).exitCode != 0)
        return {};
    return corpusDir;
}

} // namespace

class CorpusCliTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QFileInfo::exists(QStringLiteral(GALLEY_BIN_DIR "/galley-cli")))
            QSKIP("galley-cli is not built");
    }

    void adjudicate_acceptsAgreedSpans_decidesConflicts_recordsWho()
    {
        QTemporaryDir dir;
        const QString corpusDir = dir.filePath(QStringLiteral("corpus"));
        const QString page = dir.filePath(QStringLiteral("vote.txt"));
        QVERIFY(writeText(page, QStringLiteral("Harbour vote\n\n\"We won,\" said Alice Moreau in Paris on Monday.\n")));
        QCOMPARE(runCli({"corpus", "init", corpusDir}).exitCode, 0);
        QCOMPARE(runCli({"corpus", "import", corpusDir, page, "--no-annotate"}).exitCode, 0);
        const Run assigned = runCli({"corpus", "assign", corpusDir, "--reviewers", "ann,bob", "--double", "1"});
        QVERIFY2(assigned.exitCode == 0, qPrintable(assigned.err));

        // Both reviewers mark the quote and the speaker; they differ on what Paris is.
        Span loc;
        Span org;
        {
            auto corpus = Corpus::open(corpusDir);
            QVERIFY(corpus);
            const auto document = findDocument(**corpus, QStringLiteral("1"));
            QVERIFY(document);
            const QString text = document->text;
            QVERIFY2(text.contains(QStringLiteral("Alice Moreau in Paris")), qPrintable(text));
            loc = span(text, QStringLiteral("s3"), QStringLiteral("LOC"), QStringLiteral("Paris"));
            org = span(text, QStringLiteral("s3"), QStringLiteral("ORG"), QStringLiteral("Paris"));
            for (const auto &[reviewer, third] : {std::pair{QStringLiteral("ann"), loc}, std::pair{QStringLiteral("bob"), org}}) {
                AnnotationSet layer;
                layer.text = text;
                layer.reviewer = reviewer;
                layer.document.status = DocumentStatus::Done;
                layer.spans = {span(text, QStringLiteral("s1"), QStringLiteral("QUOTE"), QStringLiteral("We won,")),
                               span(text, QStringLiteral("s2"), QStringLiteral("PER"), QStringLiteral("Alice Moreau")), third};
                QVERIFY(!saveLayer(**corpus, 1, document->row.contentHash, layer));
            }
        }

        const Run listed = runCli({"corpus", "adjudicate", corpusDir, "--list"});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains(key(loc) + QStringLiteral("  by ann, not by bob")), qPrintable(listed.out));
        QVERIFY2(listed.out.contains(key(org) + QStringLiteral("  by bob, not by ann")), qPrintable(listed.out));
        QVERIFY(!listed.out.contains(QStringLiteral("PER ")));   // agreed: never a conflict
        QVERIFY2(listed.out.contains(QStringLiteral("0 gold layers written, 2 conflicts open")), qPrintable(listed.out));

        // LOC decided on the command line, ORG answered on stdin.
        const Run decided = runCli({"corpus", "adjudicate", corpusDir, "--curator", "carol", "--decide", key(loc) + "=accept"},
                                   "r\n");
        QVERIFY2(decided.exitCode == 0, qPrintable(decided.err));
        QVERIFY2(decided.out.contains(key(org)), qPrintable(decided.out));   // asked about
        QVERIFY2(decided.out.contains(QStringLiteral("1 gold layer written, 0 conflicts open")), qPrintable(decided.out));

        auto corpus = Corpus::open(corpusDir);
        QVERIFY(corpus);
        const auto decisions = loadDecisions(**corpus, 1);
        QVERIFY(decisions);
        QCOMPARE(decisions->size(), 2);   // agreed spans need no decision
        QVERIFY(decisions->value(key(loc)).accept);
        QVERIFY(!decisions->value(key(org)).accept);
        QCOMPARE(decisions->value(key(loc)).curator, QStringLiteral("carol"));
        QCOMPARE(decisions->value(key(org)).curator, QStringLiteral("carol"));
        const auto gold = listLayers(**corpus, {Corpus::goldLayer()});
        QVERIFY(gold);
        QCOMPARE(gold->size(), 1);
        QCOMPARE(gold->first().status, QStringLiteral("adjudicated"));
        const auto set = readLayer(**corpus, gold->first());
        QVERIFY(set);
        QStringList keys;
        for (const Span &s : set->spans)
            keys.append(key(s));
        keys.sort();
        QStringList expected{key(span(set->text, {}, QStringLiteral("QUOTE"), QStringLiteral("We won,"))),
                             key(span(set->text, {}, QStringLiteral("PER"), QStringLiteral("Alice Moreau"))), key(loc)};
        expected.sort();
        QCOMPARE(keys, expected);

        // Nothing is left to decide: a rerun asks nothing.
        const Run again = runCli({"corpus", "adjudicate", corpusDir, "--curator", "dave"});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(!again.out.contains(QStringLiteral("[a]ccept")));
        QCOMPARE(loadDecisions(**corpus, 1)->value(key(loc)).curator, QStringLiteral("carol"));

        // The curator's own edit of the gold layer survives a rerun (it was written again from
        // the layers, and the edit lost).
        const QString goldPath = (*corpus)->absolutePath(gold->first().file);
        const Run edited = runCli({"edit", goldPath, "reject", set->spans.first().id});
        QVERIFY2(edited.exitCode == 0, qPrintable(edited.err));
        const auto goldStatus = [&goldPath](const QString &file) {
            QFile read(file);
            read.open(QIODevice::ReadOnly);
            const auto parsed = parseAnnotationFile(read.readAll(), file);
            return parsed && !parsed->spans.isEmpty() ? parsed->spans.first().status : ReviewStatus::Pending;
        };
        QCOMPARE(goldStatus(goldPath), ReviewStatus::Rejected);
        const Run rerun = runCli({"corpus", "adjudicate", corpusDir, "--curator", "dave"});
        QVERIFY2(rerun.out.contains(QStringLiteral("0 gold layers written, 0 conflicts open")), qPrintable(rerun.out));
        QCOMPARE(goldStatus(goldPath), ReviewStatus::Rejected);

        // A mistyped key is an error, not a silent no-op.
        Run typo = runCli({"corpus", "adjudicate", corpusDir, "--curator", "dave", "--decide", "LOC 1-2=accept"});
        QCOMPARE(typo.exitCode, 1);
        QVERIFY2(typo.err.contains(QStringLiteral("--decide: no conflict 'LOC 1-2' in any document")), qPrintable(typo.err));
        typo = runCli({"corpus", "adjudicate", corpusDir, "--curator", "dave", "--reopen", "QUOTE 1-2"});
        QCOMPARE(typo.exitCode, 1);
        QVERIFY2(typo.err.contains(QStringLiteral("--reopen: no decided conflict 'QUOTE 1-2' in any document")), qPrintable(typo.err));

        // Reopening removes the gold layer but keeps a copy, with the curator's edit.
        const Run reopened = runCli({"corpus", "adjudicate", corpusDir, "--list", "--reopen", key(loc)});
        QVERIFY2(reopened.exitCode == 0, qPrintable(reopened.err));
        const QRegularExpression copyLine(QStringLiteral("a copy is kept as (\\S+)"));
        const QRegularExpressionMatch copy = copyLine.match(reopened.out);
        QVERIFY2(copy.hasMatch(), qPrintable(reopened.out));
        QVERIFY(!QFile::exists(goldPath));
        QCOMPARE(goldStatus(copy.captured(1)), ReviewStatus::Rejected);
        // Decided again, a new gold layer; --rewrite writes it again, copying the earlier one.
        QCOMPARE(runCli({"corpus", "adjudicate", corpusDir, "--curator", "dave", "--decide", key(loc) + "=accept"}).exitCode, 0);
        QVERIFY(QFile::exists(goldPath));
        const Run rewritten = runCli({"corpus", "adjudicate", corpusDir, "--curator", "dave", "--rewrite"});
        QVERIFY2(rewritten.out.contains(QStringLiteral("document 1: the earlier gold layer is kept as ")), qPrintable(rewritten.out));
        QVERIFY2(rewritten.out.contains(QStringLiteral("1 gold layer written")), qPrintable(rewritten.out));
    }

    // "--reviewers ann,ann" gave a raw SQL error halfway through; a second run said "0 documents
    // assigned" with no reason, and no document could get a third reviewer.
    void assign_refusesARepeatedName_explainsNothingLeft_andGivesChosenDocumentsToMore()
    {
        QTemporaryDir dir;
        const QString corpusDir = voteCorpus(dir, 2);
        QVERIFY(!corpusDir.isEmpty());
        const auto reviewersOf = [&corpusDir](qint64 document) {
            auto corpus = Corpus::open(corpusDir);
            QStringList names;
            const auto layers = listLayers(**corpus);
            const QList<LayerRow> rows = layers ? *layers : QList<LayerRow>{};
            for (const LayerRow &layer : rows) {
                if (layer.documentId == document && layer.reviewer != Corpus::detectorLayer())
                    names.append(layer.reviewer);
            }
            names.sort();
            return names;
        };

        Run run = runCli({"corpus", "assign", corpusDir, "--reviewers", "ann,ann", "--double", "1"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("'ann' is named twice in --reviewers")), qPrintable(run.err));
        QVERIFY(reviewersOf(1).isEmpty() && reviewersOf(2).isEmpty());
        run = runCli({"corpus", "assign", corpusDir, "--reviewers", "ann", "--double", "1.5"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--double takes the share of documents for two reviewers, from 0 to 1, not '1.5'")),
                 qPrintable(run.err));

        QCOMPARE(runCli({"corpus", "assign", corpusDir, "--reviewers", "ann", "--double", "0"}).exitCode, 0);
        run = runCli({"corpus", "assign", corpusDir, "--reviewers", "bob"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("0 documents assigned")), qPrintable(run.out));
        QVERIFY2(run.err.contains(QStringLiteral("every document has a reviewer already; to give documents to more reviewers, "
                                                 "name them with --documents")), qPrintable(run.err));

        run = runCli({"corpus", "assign", corpusDir, "--reviewers", "ann,bob,cat", "--documents", "2"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("1 document given to ann, bob, cat")), qPrintable(run.out));
        QCOMPARE(reviewersOf(2), (QStringList{QStringLiteral("ann"), QStringLiteral("bob"), QStringLiteral("cat")}));
        QCOMPARE(reviewersOf(1), QStringList{QStringLiteral("ann")});
        run = runCli({"corpus", "assign", corpusDir, "--reviewers", "dan", "--documents", "9"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("the corpus has no document 9")), qPrintable(run.err));
    }

    // With nothing to compare the table printed "reviewers: " and F1 0.0, as if they disagreed.
    void agree_withNoDocumentToCompare_saysSo()
    {
        QTemporaryDir dir;
        const QString corpusDir = voteCorpus(dir, 1);
        QVERIFY(!corpusDir.isEmpty());
        QCOMPARE(runCli({"corpus", "assign", corpusDir, "--reviewers", "ann", "--double", "0"}).exitCode, 0);
        const Run run = runCli({"corpus", "agree", corpusDir, "--all"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("No document has two or more reviewer layers to compare.\n"));
    }

    // One layer file cut short (a crash of another tool, a bad hand edit) stopped status, agree,
    // adjudicate and split for the whole corpus.
    void damagedLayer_isNamed_andTheOtherDocumentsGoOn()
    {
        QTemporaryDir dir;
        const QString corpusDir = voteCorpus(dir, 3);
        QVERIFY(!corpusDir.isEmpty());
        QCOMPARE(runCli({"corpus", "assign", corpusDir, "--reviewers", "ann,bob", "--double", "1"}).exitCode, 0);
        QString damaged;
        {
            auto corpus = Corpus::open(corpusDir);
            const auto document = findDocument(**corpus, QStringLiteral("2"));
            QVERIFY(document);
            damaged = (*corpus)->absolutePath(Corpus::layerFile(document->row.contentHash, QStringLiteral("bob")));
        }
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"galley\": {\"version\": 1, \"text\": \"Vote");
        file.close();

        Run run = runCli({"corpus", "status", corpusDir});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("warning: ") + damaged), qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Vote 3")), qPrintable(run.out));

        run = runCli({"corpus", "agree", corpusDir, "--all"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("warning: document 2 left out: ") + damaged), qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("2 documents with two or more reviewers")), qPrintable(run.out));

        run = runCli({"corpus", "adjudicate", corpusDir, "--all", "--curator", "cy"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("warning: document 2 left out: ") + damaged), qPrintable(run.err));
        {
            auto corpus = Corpus::open(corpusDir);
            const auto layers = listLayers(**corpus, {Corpus::goldLayer()});
            QVERIFY(layers);
            QList<qint64> gold;
            for (const LayerRow &layer : *layers)
                gold.append(layer.documentId);
            QCOMPARE(gold, (QList<qint64>{1, 3}));
        }

        // Asked for by name, the document left out is an error, not "0 conflicts open".
        run = runCli({"corpus", "adjudicate", corpusDir, "--all", "--curator", "cy", "--document", "2", "--list"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("--document 2: a reviewer layer of it cannot be read")), qPrintable(run.err));

        run = runCli({"corpus", "split", corpusDir, "--layer", "ann"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(damaged), qPrintable(run.err));
    }

    // A second export into the same folder left the first one's files beside its own: a training
    // script reading train/ took documents the split no longer put there.
    void export_again_removesTheEarlierExportsFiles_andRefusesAForeignFolder()
    {
        QTemporaryDir dir;
        const QString corpusDir = voteCorpus(dir, 3);
        QVERIFY(!corpusDir.isEmpty());
        const QString out = dir.filePath(QStringLiteral("out"));
        // A split that should get documents and gets none is named; shares are taken relative to their sum.
        Run run = runCli({"corpus", "split", corpusDir, "--layer", "detectors", "--ratios", "0.5,0.5,0.5"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QStringLiteral("note: the shares add up to 1.5; each is taken as its part of that: 33 %, 33 %, 33 %")),
                 qPrintable(run.err));
        run = runCli({"corpus", "split", corpusDir, "--layer", "detectors", "--ratios", "0.8,0.1,0.1"});
        QVERIFY2(run.err.contains(QStringLiteral("warning: ")) && run.err.contains(QStringLiteral(" has no document (3 documents")),
                 qPrintable(run.out + run.err));
        QCOMPARE(runCli({"corpus", "split", corpusDir, "--layer", "detectors", "--ratios", "1,0,0"}).exitCode, 0);
        run = runCli({"corpus", "export", corpusDir, "--to", "brat", "-o", out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // Each document's files are named by its id and hash, as the manifest lists it.
        const auto nameOf = [&corpusDir](qint64 id) {
            auto corpus = Corpus::open(corpusDir);
            const auto document = findDocument(**corpus, QString::number(id));
            return document ? exportedDocumentName(id, document->row.contentHash) : QString();
        };
        const QString third = nameOf(3);
        QVERIFY2(third.startsWith(QStringLiteral("0003-")) && third.size() == 13, qPrintable(third));
        QVERIFY(QFile::exists(out + QStringLiteral("/train/") + third + QStringLiteral(".ann")));
        QVERIFY(QFile::exists(out + QStringLiteral("/train/") + third + QStringLiteral(".txt")));
        QVERIFY(QFile::exists(out + QStringLiteral("/train/annotation.conf")));

        QCOMPARE(runCli({"corpus", "split", corpusDir, "--layer", "detectors", "--ratios", "0,0,1"}).exitCode, 0);
        run = runCli({"corpus", "export", corpusDir, "--to", "brat", "-o", out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("file(s) of the earlier export that this one does not write")), qPrintable(run.out));
        QVERIFY(!QFile::exists(out + QStringLiteral("/train/") + third + QStringLiteral(".ann")));
        QVERIFY(QFile::exists(out + QStringLiteral("/test/") + third + QStringLiteral(".ann")));

        // Not a Galley export: nothing is removed, nothing written.
        const QString foreign = dir.filePath(QStringLiteral("foreign"));
        QDir().mkpath(foreign + QStringLiteral("/test"));
        QVERIFY(writeText(foreign + QStringLiteral("/test/notes.txt"), QStringLiteral("mine")));
        run = runCli({"corpus", "export", corpusDir, "--to", "brat", "-o", foreign});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("come from no Galley export: choose an empty folder")), qPrintable(run.err));
        QVERIFY(QFile::exists(foreign + QStringLiteral("/test/notes.txt")));
        QVERIFY(!QFile::exists(foreign + QStringLiteral("/test/") + nameOf(1) + QStringLiteral(".ann")));
    }

    // Exported for training, a reviewer's rejected span was still listed as an example of its
    // label (only a field inside said it was rejected), and an unfinished layer went out silently.
    void export_leavesRejectedSpansOut_andWarnsOfUnfinishedLayers()
    {
        QTemporaryDir dir;
        const QString corpusDir = dir.filePath(QStringLiteral("corpus"));
        const QString page = dir.filePath(QStringLiteral("vote.txt"));
        QVERIFY(writeText(page, QStringLiteral("Harbour vote\n\n\"We won,\" said Alice Moreau in Paris on Monday.\n")));
        QCOMPARE(runCli({"corpus", "init", corpusDir}).exitCode, 0);
        QCOMPARE(runCli({"corpus", "import", corpusDir, page}).exitCode, 0);
        QCOMPARE(runCli({"corpus", "assign", corpusDir, "--reviewers", "ann"}).exitCode, 0);
        auto corpus = Corpus::open(corpusDir);
        QVERIFY(corpus);
        const auto layers = listLayers(**corpus, {QStringLiteral("ann")});
        QVERIFY(layers && layers->size() == 1);
        const QString layerPath = (*corpus)->absolutePath(layers->first().file);
        const auto set = readLayer(**corpus, layers->first());
        QVERIFY(set && !set->spans.isEmpty());
        const Span rejected = set->spans.first();
        QCOMPARE(runCli({"edit", layerPath, "reject", rejected.id}).exitCode, 0);
        int rejectedCount = 0;   // a quote's speaker and cue go with it
        const auto edited = readLayer(**corpus, layers->first());
        QVERIFY(edited);
        for (const Span &span : edited->spans)
            rejectedCount += span.status == ReviewStatus::Rejected;
        QVERIFY(rejectedCount >= 1);
        QCOMPARE(runCli({"corpus", "split", corpusDir, "--layer", "ann", "--ratios", "1,0,0"}).exitCode, 0);
        const QString out = dir.filePath(QStringLiteral("out"));
        const Run run = runCli({"corpus", "export", corpusDir, "--to", "jsonl", "-o", out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("left out ") + counted(rejectedCount, QStringLiteral("rejected span"), QStringLiteral("rejected spans"))), qPrintable(run.out));
        QVERIFY2(run.err.contains(QStringLiteral("warning: the ann layer of 1 document is not marked done: 1")), qPrintable(run.err));
        QFile exported(out + QStringLiteral("/train/train.jsonl"));
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray line = exported.readAll();
        QVERIFY2(!line.contains(("\"id\":\"" + rejected.id + "\"").toUtf8()), line.constData());
        QVERIFY2(line.contains("\"spans\":[{"), line.constData());   // the others are there
    }

    void import_warcRecordsBecomeDocuments()
    {
        QTemporaryDir dir;
        const QString corpusDir = dir.filePath(QStringLiteral("corpus"));
        const QString archive = dir.filePath(QStringLiteral("news.warc.gz"));
        QVERIFY(test::writeWarc(archive, 3, true));
        QCOMPARE(runCli({"corpus", "init", corpusDir}).exitCode, 0);
        const Run imported = runCli({"corpus", "import", corpusDir, archive, "--no-annotate"});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.startsWith(QStringLiteral("3 imported, 0 duplicates, 0 failed")), qPrintable(imported.out));
        QCOMPARE(documentCount(corpusDir), 3);
    }

    void import_truncatedWarcGz_namesTheFile_andKeepsTheRecordsBefore()
    {
        QTemporaryDir dir;
        const QString corpusDir = dir.filePath(QStringLiteral("corpus"));
        const QString archive = dir.filePath(QStringLiteral("cut.warc.gz"));
        QVERIFY(test::writeWarc(archive, 3, true, 50));
        QCOMPARE(runCli({"corpus", "init", corpusDir}).exitCode, 0);
        const Run imported = runCli({"corpus", "import", corpusDir, archive, "--no-annotate"});
        QCOMPARE(imported.exitCode, 1);
        QVERIFY2(imported.err.contains(QStringLiteral("galley-cli corpus import: ") + archive + QStringLiteral(": "))
                     && imported.err.contains(QStringLiteral("damaged")),
                 qPrintable(imported.err));
        QVERIFY2(imported.out.startsWith(QStringLiteral("2 imported, 0 duplicates, 0 failed, 1 damaged")),
                 qPrintable(imported.out));
        QCOMPARE(documentCount(corpusDir), 2);
    }

    void import_showsAProgressLine()
    {
        QTemporaryDir dir;
        const QString corpusDir = dir.filePath(QStringLiteral("corpus"));
        const int pages = 150;
        QDir().mkpath(dir.filePath(QStringLiteral("in")));
        for (int i = 0; i < pages; ++i)
            QVERIFY(writeText(dir.filePath(QStringLiteral("in/p%1.txt").arg(i)),
                              QStringLiteral("Report %1\n\nThe council met on Monday about item %1.\n").arg(i)));
        QCOMPARE(runCli({"corpus", "init", corpusDir}).exitCode, 0);
        const Run imported = runCli({"corpus", "import", corpusDir, dir.filePath(QStringLiteral("in")), "--no-annotate"});
        QCOMPARE(imported.exitCode, 0);
        // stderr is a pipe here: a line per state, no control characters for a log; files done never go back.
        QVERIFY2(!imported.err.contains(u'\r') && !imported.err.contains(u'\033'), qPrintable(imported.err));
        static const QRegularExpression state(
            QStringLiteral("(?m)^corpus import: (\\d+)/(\\d+) files, (\\d+) new, (\\d+) duplicates?, (\\d+) failed, [0-9.]+ files/s$"));
        int last = -1;
        int states = 0;
        for (auto it = state.globalMatch(imported.err); it.hasNext();) {
            const auto match = it.next();
            QCOMPARE(match.captured(2).toInt(), pages);
            QVERIFY(match.captured(1).toInt() >= last);
            QVERIFY(match.captured(3).toInt() <= match.captured(1).toInt());
            last = match.captured(1).toInt();
            ++states;
        }
        QVERIFY2(states >= 2, qPrintable(imported.err));
        QVERIFY2(imported.err.contains(QStringLiteral("%1/%1 files, %1 new, 0 duplicates, 0 failed").arg(pages)),
                 qPrintable(imported.err));
        QVERIFY(imported.err.endsWith(u'\n'));

        // On a terminal the line is rewritten in place.
        const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
        if (script.isEmpty())
            QSKIP("no `script` (bsdutils) to give galley-cli a terminal");
        QDir(dir.filePath(QStringLiteral("in"))).removeRecursively();
        QDir().mkpath(dir.filePath(QStringLiteral("in")));
        for (int i = 0; i < 40; ++i)
            QVERIFY(writeText(dir.filePath(QStringLiteral("in/q%1.txt").arg(i)), QStringLiteral("Memo %1\n\nThe board met.\n").arg(i)));
        QProcess terminal;
        terminal.start(script, {"-qec",
                                QStringLiteral("'%1' corpus import '%2' '%3' --no-annotate")
                                    .arg(QStringLiteral(GALLEY_BIN_DIR "/galley-cli"), corpusDir, dir.filePath(QStringLiteral("in"))),
                                "/dev/null"});
        QVERIFY(terminal.waitForFinished(120000));
        const QString shown = QString::fromUtf8(terminal.readAllStandardOutput());
        QVERIFY2(shown.contains(QStringLiteral("\r\033[Kcorpus import: 40/40 files, 40 new")), qPrintable(shown));
    }

    void help_ofEachSubcommand_mentionsItsOptions_data()
    {
        QTest::addColumn<QString>("subcommand");
        QTest::addColumn<QStringList>("options");
        QTest::newRow("init") << QStringLiteral("init") << QStringList{};
        QTest::newRow("import") << QStringLiteral("import") << QStringList{"--no-annotate"};
        QTest::newRow("status") << QStringLiteral("status") << QStringList{"--text", "--label", "--status", "--reviewer", "--limit", "--json"};
        QTest::newRow("assign") << QStringLiteral("assign") << QStringList{"--reviewers", "--double", "--seed", "--documents"};
        QTest::newRow("agree") << QStringLiteral("agree") << QStringList{"--html", "--all"};
        QTest::newRow("adjudicate") << QStringLiteral("adjudicate") << QStringList{"--curator", "--document", "--decide", "--list", "--all", "--rewrite", "--reopen"};
        QTest::newRow("split") << QStringLiteral("split") << QStringList{"--seed", "--ratios", "--by-site", "--layer"};
        QTest::newRow("export") << QStringLiteral("export") << QStringList{"--to", "-o, --output"};
    }

    void help_ofEachSubcommand_mentionsItsOptions()
    {
        QFETCH(QString, subcommand);
        QFETCH(QStringList, options);
        const Run help = runCli({"corpus", subcommand, "--help"});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QStringLiteral("galley-cli corpus ") + subcommand), qPrintable(help.out));
        QVERIFY2(help.out.contains(QStringLiteral("DIR")), qPrintable(help.out));
        for (const QString &option : options)
            QVERIFY2(help.out.contains(option), qPrintable(option + QStringLiteral(" missing from:\n") + help.out));
        const Run overview = runCli({"corpus", "--help"});
        QVERIFY2(overview.out.contains(QStringLiteral("  ") + subcommand + u' '), qPrintable(overview.out));
    }
};

QTEST_GUILESS_MAIN(CorpusCliTest)
#include "corpus_cli_test.moc"
