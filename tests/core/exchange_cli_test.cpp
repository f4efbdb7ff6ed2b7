// galley-cli export and import, run as processes: a page's detector output travels out through
// every two-way format and back into an annotation file unchanged; broken files write nothing.
#include "annotation_set_difference.h"

#include "annotation/annotation_file.h"
#include "formats/annotation_format.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace galley;

class ExchangeCliTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportThenImport_givesBackThePageAnnotations_data();
    void exportThenImport_givesBackThePageAnnotations();
    void export_severalFileFormatsNeedAFolder();
    void import_brokenFileWritesNothing();
    void import_refusesToReplaceReviewWork();
    void help_listsEveryFormat();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    static Result run(const QStringList &arguments);
    static AnnotationSet readSet(const QString &path);

    QTemporaryDir m_folder;
    QString m_page;
    AnnotationSet m_detected;
};

ExchangeCliTest::Result ExchangeCliTest::run(const QStringList &arguments)
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

AnnotationSet ExchangeCliTest::readSet(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    const auto set = parseAnnotationFile(file.readAll(), path);
    if (!set)
        qFatal("%s", qPrintable(set.error().message()));
    return *set;
}

void ExchangeCliTest::initTestCase()
{
    QVERIFY(m_folder.isValid());
    m_page = m_folder.filePath(QStringLiteral("harbour-vote.txt"));
    QVERIFY(QFile::copy(QStringLiteral(GALLEY_SOURCE_DIR "/resources/samples/harbour-vote/harbour-vote.txt"), m_page));
    // No annotation file yet: export runs the detectors. Saved as the page's annotation file,
    // it is what later exports of the page read.
    const Result exported = run({QStringLiteral("export"), m_page, QStringLiteral("--to"), QStringLiteral("galley"),
                                 QStringLiteral("-o"), annotationFilePath(m_page)});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    m_detected = readSet(annotationFilePath(m_page));
    QVERIFY(m_detected.spans.size() > 10);
    QVERIFY(!m_detected.relations.isEmpty());
    QVERIFY(!m_detected.clusters.isEmpty());
    QCOMPARE(m_detected.sourcePath, m_page);
}

void ExchangeCliTest::exportThenImport_givesBackThePageAnnotations_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("exportedFile");
    QTest::addColumn<bool>("keepsDocumentLevel");
    QTest::newRow("jsonl") << QStringLiteral("jsonl") << QStringLiteral("out.jsonl") << true;
    QTest::newRow("label-studio") << QStringLiteral("label-studio") << QStringLiteral("out.json") << true;
    QTest::newRow("galley") << QStringLiteral("galley") << QStringLiteral("out.galley.json") << true;
    QTest::newRow("brat") << QStringLiteral("brat") << QStringLiteral("brat/harbour-vote.ann") << false;
}

void ExchangeCliTest::exportThenImport_givesBackThePageAnnotations()
{
    QFETCH(QString, format);
    QFETCH(QString, exportedFile);
    QFETCH(bool, keepsDocumentLevel);
    QTemporaryDir work;
    const QString output = format == QLatin1String("brat") ? work.filePath(QStringLiteral("brat"))
                                                           : work.filePath(exportedFile);
    const Result exported = run({QStringLiteral("export"), m_page, QStringLiteral("--to"), format, QStringLiteral("-o"), output});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));

    const QString page = work.filePath(QStringLiteral("harbour-vote.txt"));
    QVERIFY(QFile::copy(m_page, page));
    const Result imported = run({QStringLiteral("import"), work.filePath(exportedFile), QStringLiteral("--from"), format,
                                 QStringLiteral("--page"), page});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const QString annotationFile = annotationFilePath(page);
    QCOMPARE(QString::fromUtf8(imported.out).trimmed(), annotationFile);
    QVERIFY2(!imported.err.contains(QStringLiteral("re-anchored")), qPrintable(imported.err));

    AnnotationSet expected = m_detected;
    expected.sourcePath = page;   // --page ties it to the copy
    if (!keepsDocumentLevel) {
        expected.reviewer.clear();
        expected.document = {};
    }
    const AnnotationSet actual = readSet(annotationFile);
    if (actual != expected)
        qWarning() << firstDifference(actual, expected);
    QCOMPARE(actual, expected);
}

void ExchangeCliTest::export_severalFileFormatsNeedAFolder()
{
    const Result toStdout = run({QStringLiteral("export"), m_page, QStringLiteral("--to"), QStringLiteral("csv")});
    QCOMPARE(toStdout.exitCode, 2);
    QVERIFY(toStdout.err.contains(QStringLiteral("name a folder with -o")));

    QTemporaryDir work;
    const Result tables = run({QStringLiteral("export"), m_page, QStringLiteral("--to"), QStringLiteral("csv"),
                               QStringLiteral("-o"), work.path()});
    QCOMPARE(tables.exitCode, 0);
    QFile quotes(work.filePath(QStringLiteral("harbour-vote-quotes.csv")));
    QVERIFY(quotes.open(QIODevice::ReadOnly));
    QVERIFY(quotes.readLine().startsWith("document,id,speaker,cue,kind,text,paragraph,start,end,confidence,status,comment\r\n"));
    QVERIFY(QFile::exists(work.filePath(QStringLiteral("harbour-vote-numbers.csv"))));
    QVERIFY(QFile::exists(work.filePath(QStringLiteral("harbour-vote-entities.csv"))));
}

void ExchangeCliTest::import_brokenFileWritesNothing()
{
    QTemporaryDir work;
    const QString file = work.filePath(QStringLiteral("broken.jsonl"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("{\"text\": \"Ann met Bob.\", \"spans\": [{\"start\": 0, \"end\": 3, \"label\": \"PER\"}]}\n"
              "{\"text\": \"Bob\", \"spans\": [{\"start\": 2, \"end\": 1, \"label\": \"PER\"}]}\n");
    out.close();
    const Result imported = run({QStringLiteral("import"), file, QStringLiteral("--from"), QStringLiteral("jsonl")});
    QCOMPARE(imported.exitCode, 1);
    QVERIFY2(imported.err.contains(file + QStringLiteral(":2: span 1: offsets 2-1 are no range")), qPrintable(imported.err));
    QCOMPARE(QDir(work.path()).entryList(QDir::Files), QStringList{QStringLiteral("broken.jsonl")});
}

void ExchangeCliTest::import_refusesToReplaceReviewWork()
{
    QTemporaryDir work;
    const QString file = work.filePath(QStringLiteral("doc.jsonl"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("{\"text\": \"Ann met Bob.\", \"spans\": [{\"start\": 0, \"end\": 3, \"label\": \"PER\"}]}\n");
    out.close();
    const QStringList arguments{QStringLiteral("import"), file, QStringLiteral("--from"), QStringLiteral("jsonl")};
    QCOMPARE(run(arguments).exitCode, 0);
    const QString written = work.filePath(QStringLiteral("doc.galley.json"));
    QCOMPARE(readSet(written).spans.first().text, QStringLiteral("Ann"));
    const Result again = run(arguments);
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains(QStringLiteral("--force")));
    QCOMPARE(run(arguments + QStringList{QStringLiteral("--force")}).exitCode, 0);
}

void ExchangeCliTest::help_listsEveryFormat()
{
    const Result exportHelp = run({QStringLiteral("export"), QStringLiteral("--help")});
    const Result importHelp = run({QStringLiteral("import"), QStringLiteral("--help")});
    QCOMPARE(exportHelp.exitCode, 0);
    for (const AnnotationFormat &format : annotationFormats()) {
        const QByteArray listed = QByteArray("  ") + QByteArray(format.name.data(), format.name.size()) + ' ';
        QVERIFY(exportHelp.out.contains(listed));
        QCOMPARE(importHelp.out.contains(listed), bool(format.read));
    }
}

QTEST_GUILESS_MAIN(ExchangeCliTest)
#include "exchange_cli_test.moc"
