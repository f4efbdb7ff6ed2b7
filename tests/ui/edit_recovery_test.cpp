#include "editing_fixture.h"
#include "review_editor.h"
#include "web_test_main.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QTimer>

#include <csignal>

using namespace galley;
using namespace galley::test;

// Edits outlive a killed process: the next window restores them and says so. Closing with
// unsaved edits asks first.
class EditRecoveryTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;

private slots:
    void init()
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_settings->clear();
    }

    void killedSession_editsRestoredOnOpen()
    {
        QTemporaryDir pageDir;
        const QString page = copyHarbourVote(pageDir.path());
        QProcess child;
        child.start(QCoreApplication::applicationDirPath() + QStringLiteral("/review_crash_child"), {page});
        QVERIFY(child.waitForStarted());
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT((said += child.readAllStandardOutput()).contains("journalled")
                                     || child.state() != QProcess::Running, 60000);
        QVERIFY2(child.state() == QProcess::Running, child.readAllStandardError().constData());
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished());
        QVERIFY(QFileInfo::exists(page + QStringLiteral(".galley.json.journal")));

        SampleAnnotations sample = harbourVoteAnnotations(page);
        MainWindow window(m_settings.get());
        window.resize(1400, 900);
        window.show();
        QVERIFY(showForEditing(window, sample.document));
        QCOMPARE(window.annotations()->span(sample.varga)->status, ReviewStatus::Accepted);
        QTRY_COMPARE(markAttribute(*window.pageView(), sample.varga, QStringLiteral("data-s")), QStringLiteral("accepted"));
        QVERIFY(window.statusText().contains(QStringLiteral("restored 1 unsaved edit")));
        QVERIFY(window.isWindowModified());
        QCOMPARE(window.reviewProgress()->value(), 1);
    }

    void closeWithUnsavedEdits_asks_andCancelKeepsTheWindow()
    {
        QTemporaryDir pageDir;
        const QString page = copyHarbourVote(pageDir.path());
        SampleAnnotations sample = harbourVoteAnnotations(page);
        MainWindow window(m_settings.get());
        window.resize(1400, 900);
        window.show();
        QVERIFY(showForEditing(window, sample.document));
        pickInPanel(window, sample.varga);
        press(window, Qt::Key_X);
        QVERIFY(window.isWindowModified());
        QVERIFY(window.windowTitle().endsWith(QStringLiteral("[*]")));

        QString asked;
        const auto answer = [&](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, this, [&, button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box)
                    return;
                asked = box->text();
                box->button(button)->click();
            });
        };
        answer(QMessageBox::Cancel);
        QVERIFY(!window.close());
        QVERIFY(!asked.isEmpty());
        QVERIFY(window.isVisible());

        asked.clear();
        answer(QMessageBox::Save);
        QVERIFY(window.close());
        QVERIFY(!asked.isEmpty());
        QVERIFY(QFileInfo::exists(page + QStringLiteral(".galley.json")));
        QVERIFY(!QFileInfo::exists(page + QStringLiteral(".galley.json.journal")));
    }
};

GALLEY_WEB_TEST_MAIN(EditRecoveryTest)
#include "edit_recovery_test.moc"
