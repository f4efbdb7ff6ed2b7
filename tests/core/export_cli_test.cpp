// galley-cli export, run as a process: it exports the review work saved for the page it is
// given (each WARC record's own file, the journal's unsaved edits too) and says when it falls
// back to the detectors.
#include "annotation_fixture.h"

#include "annotation/annotation_document.h"
#include "annotation/annotation_file.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace galley;

class ExportCliTest final : public QObject
{
    Q_OBJECT

private slots:
    void warc_exportsEachRecordsSavedFile();
    void recordOnAPageThatIsNoWarc_isIgnoredWithAWarning();
    void journalledEdits_areExported();
    void noSavedFile_saysItRunsTheDetectors();
    void stem_keepsDotsInThePageName();
    void neverOverThePageOrItsAnnotations();
    void existingFiles_replacedOnlyWithForce();
    void bratIntoACollection_mergesItsAnnotationConf();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    static Result run(const QStringList &arguments);
};

namespace {

const QString kSample = QStringLiteral(GALLEY_SOURCE_DIR "/resources/samples/harbour-vote/");

// A reviewed set no detector would make: one MARKER span on "Ann".
AnnotationSet reviewed(const QString &sourcePath, int record)
{
    AnnotationSet set;
    set.text = QStringLiteral("Ann met Bob.");
    set.sourcePath = sourcePath;
    set.record = record;
    Span ann = fixture::span(QStringLiteral("s1"), QStringLiteral("MARKER"), set.text, QStringLiteral("Ann"));
    ann.status = ReviewStatus::Accepted;
    set.spans.append(ann);
    return set;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList spanLabels(const QByteArray &jsonlLine)
{
    QStringList labels;
    const QJsonObject document = QJsonDocument::fromJson(jsonlLine).object();
    for (const QJsonValue &span : document.value(u"spans").toArray())
        labels.append(span.toObject().value(u"label").toString());
    return labels;
}

} // namespace

ExportCliTest::Result ExportCliTest::run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(GALLEY_BIN_DIR "/galley-cli"), arguments);
    Result result;
    if (!process.waitForFinished(120000))
        return result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void ExportCliTest::warc_exportsEachRecordsSavedFile()
{
    QTemporaryDir work;
    const QString warc = work.filePath(QStringLiteral("harbour-vote.warc.gz"));
    QVERIFY(QFile::copy(kSample + QStringLiteral("harbour-vote.warc.gz"), warc));
    QVERIFY(writeFile(annotationFilePath(warc, 0), annotationFileJson(reviewed(warc, 0))));

    // Each record's files are named by its number, as --record and its annotation file count it.
    const QString out = work.filePath(QStringLiteral("brat"));
    const Result brat = run({QStringLiteral("export"), warc, QStringLiteral("--to"), QStringLiteral("brat"), QStringLiteral("-o"), out});
    QVERIFY2(brat.exitCode == 0, qPrintable(brat.err));
    QCOMPARE(QDir(out).entryList({QStringLiteral("*.ann")}, QDir::Files),
             (QStringList{QStringLiteral("harbour-vote.record-0.ann"), QStringLiteral("harbour-vote.record-1.ann")}));

    for (const QStringList &record : {QStringList{}, QStringList{QStringLiteral("--record"), QStringLiteral("0")}}) {
        const Result exported = run(QStringList{QStringLiteral("export"), warc, QStringLiteral("--to"),
                                                QStringLiteral("jsonl")} + record);
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const QList<QByteArray> lines = exported.out.trimmed().split('\n');
        QCOMPARE(spanLabels(lines.first()), QStringList{QStringLiteral("MARKER")});
    }
}

void ExportCliTest::recordOnAPageThatIsNoWarc_isIgnoredWithAWarning()
{
    QTemporaryDir work;
    const QString page = work.filePath(QStringLiteral("harbour-vote.txt"));
    QVERIFY(QFile::copy(kSample + QStringLiteral("harbour-vote.txt"), page));
    QVERIFY(writeFile(annotationFilePath(page), annotationFileJson(reviewed(page, -1))));

    const Result exported = run({QStringLiteral("export"), page, QStringLiteral("--to"), QStringLiteral("jsonl"),
                                 QStringLiteral("--record"), QStringLiteral("0")});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QVERIFY2(exported.err.contains(QStringLiteral("--record applies to WARC files only; ignored for ") + page),
             qPrintable(exported.err));
    QCOMPARE(spanLabels(exported.out.trimmed()), QStringList{QStringLiteral("MARKER")});
}

void ExportCliTest::journalledEdits_areExported()
{
    QTemporaryDir work;
    const QString page = work.filePath(QStringLiteral("harbour-vote.txt"));
    QVERIFY(QFile::copy(kSample + QStringLiteral("harbour-vote.txt"), page));
    QVERIFY(writeFile(annotationFilePath(page), annotationFileJson(reviewed(page, -1))));
    {
        AnnotationDocument document;
        QVERIFY(document.open(page));
        Span bob = fixture::span(QStringLiteral("s2"), QStringLiteral("LATER"), document.set().text, QStringLiteral("Bob"));
        QVERIFY(document.apply(addSpan(bob)));
        // Not saved: the edit is only in the journal.
    }
    QVERIFY(QFile::exists(annotationFilePath(page) + QStringLiteral(".journal")));

    for (const QString &source : {page, annotationFilePath(page)}) {
        const Result exported = run({QStringLiteral("export"), source, QStringLiteral("--to"), QStringLiteral("jsonl")});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QCOMPARE(spanLabels(exported.out.trimmed()), (QStringList{QStringLiteral("MARKER"), QStringLiteral("LATER")}));
    }
}

void ExportCliTest::noSavedFile_saysItRunsTheDetectors()
{
    QTemporaryDir work;
    const QString page = work.filePath(QStringLiteral("harbour-vote.txt"));
    QVERIFY(QFile::copy(kSample + QStringLiteral("harbour-vote.txt"), page));
    const Result exported = run({QStringLiteral("export"), page, QStringLiteral("--to"), QStringLiteral("jsonl")});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QVERIFY2(exported.err.contains(annotationFilePath(page) + QStringLiteral(" does not exist: exporting what the "
                                                                             "detectors find")),
             qPrintable(exported.err));
    QVERIFY(!spanLabels(exported.out.trimmed()).isEmpty());
}

void ExportCliTest::stem_keepsDotsInThePageName()
{
    QTemporaryDir work;
    const QString page = work.filePath(QStringLiteral("my.story.txt"));
    QVERIFY(writeFile(annotationFilePath(page), annotationFileJson(reviewed(page, -1))));
    const QString out = work.filePath(QStringLiteral("brat"));
    const Result exported = run({QStringLiteral("export"), annotationFilePath(page), QStringLiteral("--to"),
                                 QStringLiteral("brat"), QStringLiteral("-o"), out});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QCOMPARE(QDir(out).entryList(QDir::Files),
             (QStringList{QStringLiteral("annotation.conf"), QStringLiteral("my.story.ann"), QStringLiteral("my.story.txt")}));
}

// "export story.txt --to brat -o ." wrote the article's text over the saved page, and "-o
// PAGE.galley.json" wrote CoNLL over the review work, each with exit 0.
void ExportCliTest::neverOverThePageOrItsAnnotations()
{
    QTemporaryDir work;
    const QString page = work.filePath(QStringLiteral("story.txt"));
    QVERIFY(QFile::copy(kSample + QStringLiteral("harbour-vote.txt"), page));
    QVERIFY(writeFile(annotationFilePath(page), annotationFileJson(reviewed(page, -1))));
    const QByteArray pageBytes = [&] { QFile f(page); f.open(QIODevice::ReadOnly); return f.readAll(); }();
    const QByteArray reviewBytes = annotationFileJson(reviewed(page, -1));
    const QString other = work.filePath(QStringLiteral("other.txt"));
    QVERIFY(writeFile(other, "Another page."));
    const QString reviewedOther = work.filePath(QStringLiteral("reviewed.txt"));
    QVERIFY(writeFile(reviewedOther, "A reviewed page."));
    QVERIFY(writeFile(annotationFilePath(reviewedOther), annotationFileJson(reviewed(reviewedOther, -1))));

    // the page as the source, or its annotation file (whose stem names the page's own file too)
    const QList<QStringList> attempts{
        {page, QStringLiteral("--to"), QStringLiteral("brat"), QStringLiteral("-o"), work.path()},
        {annotationFilePath(page), QStringLiteral("--to"), QStringLiteral("brat"), QStringLiteral("-o"), work.path(),
         QStringLiteral("--force")},
        {page, QStringLiteral("--to"), QStringLiteral("jsonl"), QStringLiteral("-o"), page},
        {page, QStringLiteral("--to"), QStringLiteral("conll"), QStringLiteral("-o"), annotationFilePath(page), QStringLiteral("--force")},
        // where another page's annotation file or journal will be, before there is one
        {page, QStringLiteral("--to"), QStringLiteral("conll"), QStringLiteral("-o"), other + QStringLiteral(".galley.json")},
        {page, QStringLiteral("--to"), QStringLiteral("jsonl"), QStringLiteral("-o"), annotationFilePath(page) + QStringLiteral(".journal")},
        // another page with review work beside it
        {page, QStringLiteral("--to"), QStringLiteral("jsonl"), QStringLiteral("-o"), reviewedOther, QStringLiteral("--force")}};
    for (const QStringList &attempt : attempts) {
        const Result exported = run(QStringList{QStringLiteral("export")} + attempt);
        QCOMPARE(exported.exitCode, 1);
        QVERIFY2(exported.err.contains(QStringLiteral("is the page or the annotations Galley keeps for it")), qPrintable(exported.err));
        QFile pageFile(page), reviewFile(annotationFilePath(page));
        QVERIFY(pageFile.open(QIODevice::ReadOnly) && reviewFile.open(QIODevice::ReadOnly));
        QCOMPARE(pageFile.readAll(), pageBytes);
        QCOMPARE(reviewFile.readAll(), reviewBytes);
    }
    QVERIFY(!QFile::exists(other + QStringLiteral(".galley.json")));
    QVERIFY(!QFile::exists(annotationFilePath(page) + QStringLiteral(".journal")));
    QFile reviewedFile(reviewedOther);
    QVERIFY(reviewedFile.open(QIODevice::ReadOnly));
    QCOMPARE(reviewedFile.readAll(), QByteArray("A reviewed page."));
}

void ExportCliTest::existingFiles_replacedOnlyWithForce()
{
    QTemporaryDir work;
    const QString page = work.filePath(QStringLiteral("story.txt"));
    QVERIFY(writeFile(annotationFilePath(page), annotationFileJson(reviewed(page, -1))));
    const QString target = work.filePath(QStringLiteral("story.jsonl"));
    QVERIFY(writeFile(target, "someone's own file\n"));
    const QStringList arguments{QStringLiteral("export"), annotationFilePath(page), QStringLiteral("--to"),
                                QStringLiteral("jsonl"), QStringLiteral("-o"), target};
    Result exported = run(arguments);
    QCOMPARE(exported.exitCode, 1);
    QVERIFY2(exported.err.contains(QStringLiteral("already holds story.jsonl: add --force to replace it")), qPrintable(exported.err));
    QFile kept(target);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("someone's own file\n"));
    kept.close();

    exported = run(arguments + QStringList{QStringLiteral("--force")});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(spanLabels(kept.readAll().trimmed()), QStringList{QStringLiteral("MARKER")});
}

// A second document exported into a brat collection rewrote annotation.conf with its own labels
// only, so brat flagged every label of the first as undefined.
void ExportCliTest::bratIntoACollection_mergesItsAnnotationConf()
{
    QTemporaryDir work;
    const QString collection = work.filePath(QStringLiteral("collection"));
    QVERIFY(QDir().mkpath(collection));
    QVERIFY(writeFile(collection + QStringLiteral("/annotation.conf"),
                      "# my own collection\n[entities]\nTOPIC\n\n[relations]\n\n[events]\n\n[attributes]\n"));
    const QString first = work.filePath(QStringLiteral("first.txt"));
    QVERIFY(writeFile(annotationFilePath(first), annotationFileJson(reviewed(first, -1))));
    AnnotationSet other = reviewed(work.filePath(QStringLiteral("second.txt")), -1);
    other.spans.first().label = QStringLiteral("LATER");
    QVERIFY(writeFile(annotationFilePath(other.sourcePath), annotationFileJson(other)));

    for (const QString &page : {first, other.sourcePath}) {
        const Result exported = run({QStringLiteral("export"), annotationFilePath(page), QStringLiteral("--to"),
                                     QStringLiteral("brat"), QStringLiteral("-o"), collection});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    }
    QFile conf(collection + QStringLiteral("/annotation.conf"));
    QVERIFY(conf.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(conf.readAll()).split(u'\n');
    QCOMPARE(lines.first(), QStringLiteral("# my own collection"));
    for (const QString &label : {QStringLiteral("TOPIC"), QStringLiteral("MARKER"), QStringLiteral("LATER")})
        QVERIFY2(lines.contains(label), qPrintable(lines.join(u'\n')));
    QCOMPARE(lines.count(QStringLiteral("MARKER")), 1);
}

QTEST_GUILESS_MAIN(ExportCliTest)
#include "export_cli_test.moc"
