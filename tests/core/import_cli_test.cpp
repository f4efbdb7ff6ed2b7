// galley-cli import, run as a process: all or nothing when a write fails, and a leftover journal
// (edits not saved yet) is review work too: refused without --force, backed up with it.
#include "annotation/annotation_document.h"
#include "annotation/annotation_file.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace galley;

class ImportCliTest final : public QObject
{
    Q_OBJECT

private slots:
    void failedWrite_changesNothing();
    void leftoverJournal_isRefusedWithoutForce();
    void force_backsUpTheOldFileAndJournal();
    void importedFile_isReadableAsAnyNewFile();
    void labelsOutsideTheSchema_areKeptAndNamed();
    void archiveOfSeveralRecords_needsTheRecordNamed();

private:
    struct Result
    {
        int exitCode = -1;
        QString err;
    };
    static Result run(const QStringList &arguments);
};

namespace {

const QByteArray kTwoDocuments = "{\"text\": \"Ann met Bob.\", \"spans\": [{\"start\": 0, \"end\": 3, \"label\": \"PER\"}]}\n"
                                 "{\"text\": \"Cy left.\", \"spans\": [{\"start\": 0, \"end\": 2, \"label\": \"PER\"}]}\n";
const QByteArray kOneDocument = "{\"text\": \"Dee ran.\", \"spans\": [{\"start\": 0, \"end\": 3, \"label\": \"PER\"}]}\n";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList importArguments(const QString &file)
{
    return {QStringLiteral("import"), file, QStringLiteral("--from"), QStringLiteral("jsonl")};
}

} // namespace

ImportCliTest::Result ImportCliTest::run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(GALLEY_BIN_DIR "/galley-cli"), arguments);
    Result result;
    if (!process.waitForFinished(120000))
        return result;
    result.exitCode = process.exitCode();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void ImportCliTest::failedWrite_changesNothing()
{
    QTemporaryDir work;
    const QString file = work.filePath(QStringLiteral("doc.jsonl"));
    QVERIFY(writeFile(file, kTwoDocuments));
    const QString first = work.filePath(QStringLiteral("doc.galley.json"));
    QVERIFY(writeFile(first, "the reviewer's file"));
    QVERIFY(QDir(work.path()).mkdir(QStringLiteral("doc-2.galley.json")));   // the second target

    const Result imported = run(importArguments(file) + QStringList{QStringLiteral("--force")});
    QCOMPARE(imported.exitCode, 1);
    QVERIFY2(imported.err.contains(work.filePath(QStringLiteral("doc-2.galley.json"))), qPrintable(imported.err));
    QCOMPARE(readFile(first), QByteArray("the reviewer's file"));
    QCOMPARE(QDir(work.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot),
             (QStringList{QStringLiteral("doc-2.galley.json"), QStringLiteral("doc.galley.json"), QStringLiteral("doc.jsonl")}));
}

void ImportCliTest::leftoverJournal_isRefusedWithoutForce()
{
    QTemporaryDir work;
    const QString file = work.filePath(QStringLiteral("doc.jsonl"));
    QVERIFY(writeFile(file, kOneDocument));
    const QString journal = work.filePath(QStringLiteral("doc.galley.json.journal"));
    QVERIFY(writeFile(journal, "{\"seq\":1}\n"));

    const Result imported = run(importArguments(file));
    QCOMPARE(imported.exitCode, 1);
    QVERIFY2(imported.err.contains(journal) && imported.err.contains(QStringLiteral("--force")), qPrintable(imported.err));
    QVERIFY(!QFile::exists(work.filePath(QStringLiteral("doc.galley.json"))));
    QCOMPARE(readFile(journal), QByteArray("{\"seq\":1}\n"));
}

void ImportCliTest::force_backsUpTheOldFileAndJournal()
{
    QTemporaryDir work;
    const QString first = work.filePath(QStringLiteral("doc.jsonl"));
    QVERIFY(writeFile(first, kTwoDocuments));
    QCOMPARE(run(importArguments(first)).exitCode, 0);
    const QString target = work.filePath(QStringLiteral("doc.galley.json"));
    const QByteArray reviewed = readFile(target);
    // An unsaved edit: it sits in the journal.
    {
        AnnotationDocument document;
        QVERIFY(document.open(target));
        Span span = document.set().spans.first();
        span.status = ReviewStatus::Accepted;
        const auto edit = updateSpan(document.set(), span);
        QVERIFY(edit);
        QVERIFY(document.apply(*edit));
    }
    const QString journal = target + QStringLiteral(".journal");
    const QByteArray journalled = readFile(journal);
    QVERIFY(!journalled.isEmpty());

    QVERIFY(writeFile(first, kOneDocument));
    const Result imported = run(importArguments(first) + QStringList{QStringLiteral("--force")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY(!QFile::exists(journal));

    // The page opens as imported: no old journal replayed over it.
    AnnotationDocument document;
    QVERIFY(document.open(target));
    QCOMPARE(document.set().text, QStringLiteral("Dee ran."));
    QCOMPARE(document.set().spans.first().status, ReviewStatus::Added);

    // Both old files are kept.
    QStringList kept;
    for (const QString &name : QDir(work.path()).entryList({QStringLiteral("*.before-import-*")}, QDir::Files))
        kept.append(QString::fromUtf8(readFile(work.filePath(name))));
    QCOMPARE(kept.size(), 2);
    QVERIFY(kept.contains(QString::fromUtf8(reviewed)));
    QVERIFY(kept.contains(QString::fromUtf8(journalled)));
}

// Imported files were made 0600 (a temporary file's mode) where the umask gives new files 0644,
// so a team sharing the folder could not read them; a replaced file keeps its own mode.
void ImportCliTest::importedFile_isReadableAsAnyNewFile()
{
    const mode_t before = ::umask(022);
    const auto restore = qScopeGuard([before] { ::umask(before); });
    QTemporaryDir work;
    const QString file = work.filePath(QStringLiteral("doc.jsonl"));
    QVERIFY(writeFile(file, kOneDocument));
    Result imported = run(importArguments(file));
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const QString target = work.filePath(QStringLiteral("doc.galley.json"));
    QCOMPARE(QFile::permissions(target) & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup),
             QFileDevice::ReadGroup | QFileDevice::ReadOther);

    QVERIFY(QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                             | QFileDevice::WriteGroup));
    imported = run(importArguments(file) + QStringList{QStringLiteral("--force")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY(QFile::permissions(target).testFlag(QFileDevice::WriteGroup));
    QVERIFY(!QFile::permissions(target).testFlag(QFileDevice::ReadOther));
}

// Another tool's labels ("GPE") came in without a word, then a relabel in the window could not
// choose them.
void ImportCliTest::labelsOutsideTheSchema_areKeptAndNamed()
{
    QTemporaryDir work;
    const QString file = work.filePath(QStringLiteral("doc.jsonl"));
    QVERIFY(writeFile(file, "{\"text\": \"Ann went to Paris.\", \"spans\": [{\"start\": 0, \"end\": 3, \"label\": \"PER\"}, "
                            "{\"start\": 12, \"end\": 17, \"label\": \"GPE\"}]}\n"));
    const Result imported = run(importArguments(file));
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.err.contains(QStringLiteral("warning: labels Galley's schema does not define, kept as they are: GPE (1 span)")),
             qPrintable(imported.err));
    QVERIFY(readFile(work.filePath(QStringLiteral("doc.galley.json"))).contains("\"GPE\""));
}

// "import --page archive.warc.gz" wrote record 0's annotation file for text of record 1.
void ImportCliTest::archiveOfSeveralRecords_needsTheRecordNamed()
{
    QTemporaryDir work;
    const QString warc = work.filePath(QStringLiteral("harbour-vote.warc.gz"));
    QVERIFY(QFile::copy(QStringLiteral(GALLEY_SOURCE_DIR "/resources/samples/harbour-vote/harbour-vote.warc.gz"), warc));
    const QString file = work.filePath(QStringLiteral("doc.jsonl"));
    QVERIFY(writeFile(file, kOneDocument));
    const Result imported = run(importArguments(file) + QStringList{QStringLiteral("--page"), warc});
    QCOMPARE(imported.exitCode, 1);
    QVERIFY2(imported.err.contains(QStringLiteral("holds 2 HTML records: name the one the annotations belong to with --record N")),
             qPrintable(imported.err));
    QVERIFY(!QFile::exists(annotationFilePath(warc, 0)));
}

QTEST_GUILESS_MAIN(ImportCliTest)
#include "import_cli_test.moc"
