#include "accessibility_walk.h"
#include "recovery_prompt.h"
#include "warc_record_dialog.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>
#include <QtTest>

#include <memory>

using namespace galley;
using namespace galley::test;

// The review window's dialogs name every control for assistive tools, and the recovery question
// can be answered from the keyboard.
class DialogAccessibilityTest final : public QObject
{
    Q_OBJECT

private slots:
    void warcRecordDialog_namesItsControls()
    {
        QList<WarcRecordInfo> records;
        for (int i = 0; i < 2; ++i) {
            WarcRecordInfo record;
            record.index = i;
            record.targetUri = QStringLiteral("https://news.example.org/story-%1.html").arg(i);
            record.title = QStringLiteral("Story %1").arg(i);
            records.append(record);
        }
        WarcRecordDialog dialog(QStringLiteral("/tmp/crawl.warc.gz"), records);
        dialog.show();
        const QStringList unnamed = unnamedControls(dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    void recoveryPrompt_namesItsControls_andKeysAnswerIt()
    {
        UnsavedJournal journal;
        journal.edits = 3;
        journal.lastWritten = QDateTime(QDate(2026, 12, 4), QTime(23, 10), Qt::UTC);
        QStringList unnamed;
        QString asked;
        // Presses `key` in the question while it shows: a press that comes before the box is
        // ready for keys (a loaded machine) is lost, so the poll presses again until it closes.
        const auto answerWith = [&](int key) {
            auto *poll = new QTimer(this);
            poll->setInterval(20);
            connect(poll, &QTimer::timeout, this, [&, key] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box || !box->isVisible())
                    return;
                unnamed = unnamedControls(*box);
                asked = box->text();
                QTest::keyClick(box, Qt::Key(key), key == Qt::Key_Escape ? Qt::NoModifier : Qt::AltModifier);
            });
            poll->start();
            return std::unique_ptr<QTimer>(poll);
        };
        {
            const auto poll = answerWith(Qt::Key_Escape);
            QCOMPARE(askToRestoreEdits(nullptr, QStringLiteral("story.html"), journal), RecoveryChoice::Later);
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
        QVERIFY2(asked.contains(QStringLiteral("story.html has 3 unsaved edit")), qPrintable(asked));
        {
            const auto poll = answerWith(Qt::Key_R);
            QCOMPARE(askToRestoreEdits(nullptr, QStringLiteral("story.html"), journal), RecoveryChoice::Restore);
        }
        {
            const auto poll = answerWith(Qt::Key_D);
            QCOMPARE(askToRestoreEdits(nullptr, QStringLiteral("story.html"), journal), RecoveryChoice::Discard);
        }
    }
};

QTEST_MAIN(DialogAccessibilityTest)
#include "dialog_accessibility_test.moc"
