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

QTEST_GUILESS_MAIN(ExportCliTest)
#include "export_cli_test.moc"
