#include "annotation/annotation_document.h"
#include "annotation/text_quote.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;
using namespace Qt::StringLiterals;

namespace {

const QString kText = u"Ana Ruiz told Reuters the port of Valencia stays shut until Monday."_s;

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

Result run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(GALLEY_BIN_DIR "/galley-cli"), arguments);
    process.waitForFinished(60000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// A page whose session journalled two edits (an added span, then its acceptance) and died.
QString crashedSession(const QTemporaryDir &folder)
{
    const QString page = folder.filePath(u"storm.html"_s);
    AnnotationSet fresh;
    fresh.text = kText;
    AnnotationDocument document;
    if (!document.open(page, -1, fresh))
        qFatal("cannot open");
    Span span;
    span.id = u"s1"_s;
    span.label = u"PER"_s;
    span.start = 0;
    span.end = 8;
    span.text = u"Ana Ruiz"_s;
    span.quote = textQuoteAt(kText, 0, 8);
    if (!document.apply(addSpan(span)))
        qFatal("cannot add");
    span.status = ReviewStatus::Accepted;
    if (!document.apply(*updateSpan(document.set(), span)))
        qFatal("cannot accept");
    return page;
}

} // namespace

// `galley-cli recover`: what the window's recovery question does, for scripts.
class RecoverCliTest : public QObject
{
    Q_OBJECT

private slots:
    void reports_thenRestores()
    {
        QTemporaryDir folder;
        const QString page = crashedSession(folder);
        const QString file = page + u".galley.json"_s;

        Result result = run({u"recover"_s, page});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(u": 2 unsaved edit(s), the last at 20"_s), qPrintable(result.out));
        // Added, then accepted: one span is all they change.
        QVERIFY2(result.out.contains(u"; together they change 1 annotation(s)\n"_s), qPrintable(result.out));
        QVERIFY(QFile::exists(file + u".journal"_s));

        result = run({u"recover"_s, page, u"--restore"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(u"restored 2 unsaved edit(s)"_s), qPrintable(result.out + result.err));
        QVERIFY(!QFile::exists(file + u".journal"_s));
        AnnotationDocument reopened;
        const auto report = reopened.open(file);
        QVERIFY(report.ok());
        QCOMPARE(report->replayedEdits, 0);
        QCOMPARE(reopened.set().spans.size(), 1);
        QCOMPARE(reopened.set().spans.first().status, ReviewStatus::Accepted);

        result = run({u"recover"_s, file});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(u"no unsaved edits"_s));
    }

    void discard_leavesTheFileAsSaved()
    {
        QTemporaryDir folder;
        const QString page = crashedSession(folder);
        const QString file = page + u".galley.json"_s;
        const Result result = run({u"recover"_s, page, u"--discard"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(u"discarded 2 unsaved edit(s)"_s));
        QVERIFY(!QFile::exists(file + u".journal"_s));
        AnnotationDocument reopened;
        QVERIFY(reopened.open(file).ok());
        QVERIFY(reopened.set().spans.isEmpty());   // the first edit wrote the file before adding
    }

    void usage_errors()
    {
        QCOMPARE(run({u"recover"_s}).exitCode, 2);
        QCOMPARE(run({u"recover"_s, u"a.html"_s, u"--restore"_s, u"--discard"_s}).exitCode, 2);
        QCOMPARE(run({u"recover"_s, u"a.html"_s, u"--record"_s, u"x"_s}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(RecoverCliTest)
#include "recover_cli_test.moc"
