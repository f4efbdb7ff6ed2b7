#include "annotation/annotation_document.h"
#include "core/scripted_edits.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;

namespace {

const QString kChild = QStringLiteral(GALLEY_BIN_DIR "/annotation_crash_child");
constexpr int kKills = 300;
constexpr qint64 kTimeBudgetMs = 50'000;

// What one child run printed before it was killed.
struct ChildRun
{
    qint64 lastReported = -1;   // the last edit it said was journalled; -1 when none
    qint64 reportedEdits = 0;
    bool killedDuringSave = false;
    bool killedBeforeReady = true;
};

ChildRun readChildOutput(const QByteArray &output)
{
    ChildRun run;
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("ready")) {
            run.killedBeforeReady = false;
        } else if (line == "save") {
            run.killedDuringSave = true;
        } else if (line == "saved") {
            run.killedDuringSave = false;
        } else if (!line.isEmpty()) {
            run.lastReported = line.toLongLong();
            ++run.reportedEdits;
        }
    }
    return run;
}

} // namespace

class AnnotationCrashTest : public QObject
{
    Q_OBJECT

private slots:
    void killedAtRandomInstants_losesNoReportedEdit();
};

void AnnotationCrashTest::killedAtRandomInstants_losesNoReportedEdit()
{
    QVERIFY2(QFile::exists(kChild), qPrintable(kChild));
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString annotationPath = folder.filePath(QStringLiteral("crash-page.html.galley.json"));

    QRandomGenerator random(20261125);
    AnnotationSet expected = scripted_edits::freshSet();   // the set after `expectedEdits` edits
    qint64 expectedEdits = 0;
    int kills = 0, killsDuringSave = 0, killsBeforeReady = 0;
    qint64 reportedEdits = 0;
    QElapsedTimer clock;
    clock.start();
    while (kills < kKills && clock.elapsed() < kTimeBudgetMs) {
        QProcess child;
        child.start(kChild, {annotationPath, QString::number(5 + random.bounded(20))});
        QVERIFY(child.waitForStarted());
        QTest::qSleep(int(random.bounded(150)));
        child.kill();   // SIGKILL
        QVERIFY(child.waitForFinished());
        QVERIFY2(child.exitStatus() == QProcess::CrashExit,
                 child.readAllStandardError().constData());   // it never stops by itself
        const ChildRun run = readChildOutput(child.readAllStandardOutput());
        ++kills;
        killsDuringSave += run.killedDuringSave ? 1 : 0;
        killsBeforeReady += run.killedBeforeReady ? 1 : 0;
        reportedEdits += run.reportedEdits;

        AnnotationDocument reopened;
        const auto report = reopened.open(annotationPath, -1, scripted_edits::freshSet());
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        // Every reported edit is there; at most the one being reported when killed is extra.
        const qint64 present = reopened.lastSequence();
        const qint64 mustHave = qMax(run.lastReported, expectedEdits);
        QVERIFY2(present == mustHave || present == mustHave + 1,
                 qPrintable(QStringLiteral("after kill %1: %2 edits present, %3 reported")
                                .arg(kills).arg(present).arg(mustHave)));
        while (expectedEdits < present) {
            ++expectedEdits;
            QVERIFY(applyEdit(expected, scripted_edits::edit(expected, expectedEdits)).ok());
        }
        QVERIFY2(reopened.set() == expected, qPrintable(QStringLiteral("after kill %1").arg(kills)));
    }
    // Nothing was ever found damaged, and no half-written temporary file is left: open removes
    // them. A save killed between its last write and its rename may leave a complete one.
    const QStringList files = QDir(folder.path()).entryList(QDir::Files);
    QVERIFY2(files.filter(QStringLiteral(".damaged-")).isEmpty(), qPrintable(files.join(u' ')));
    int completeLeftovers = 0;
    for (const QString &name : files) {
        // the killed child's lock: the next writer takes it over
        if (name.endsWith(QStringLiteral(".galley.json")) || name.endsWith(QStringLiteral(".journal"))
            || name.endsWith(QStringLiteral(".lock")))
            continue;
        QFile leftover(folder.filePath(name));
        QVERIFY(leftover.open(QIODevice::ReadOnly));
        QVERIFY2(readAnnotationFile(leftover.readAll(), name).ok(), qPrintable(name));
        ++completeLeftovers;
    }
    qInfo("%d kills (%d during a save, %d before the child was ready) in %lld ms; %lld reported edits "
          "checked, %lld edits in the final set; %d complete temporary files left",
          kills, killsDuringSave, killsBeforeReady, qlonglong(clock.elapsed()), qlonglong(reportedEdits),
          qlonglong(expectedEdits), completeLeftovers);
    QVERIFY(kills >= 100);
    QVERIFY(killsDuringSave > 0);
    QVERIFY(expectedEdits > kills);
}

QTEST_GUILESS_MAIN(AnnotationCrashTest)
#include "annotation_crash_test.moc"
