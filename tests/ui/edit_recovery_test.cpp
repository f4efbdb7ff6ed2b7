#include "annotation/annotation_file.h"
#include "editing_fixture.h"
#include "review_editor.h"
#include "web_test_main.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QProgressBar>
#include <QStatusBar>
#include <QTimer>

#include <csignal>

using namespace galley;
using namespace galley::test;

// Edits outlive a killed process: the next window asks whether to restore them (restore, discard
// or keep for later). Closing with unsaved edits asks first.
class EditRecoveryTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;

    static QByteArray contentsOf(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Runs review_crash_child on the page: it journals one accepted span and is killed.
    static bool leaveKilledSession(const QString &page)
    {
        QProcess child;
        child.start(QCoreApplication::applicationDirPath() + QStringLiteral("/review_crash_child"), {page});
        if (!child.waitForStarted())
            return false;
        QByteArray said;
        if (!QTest::qWaitFor([&] { return (said += child.readAllStandardOutput()).contains("journalled")
                                          || child.state() != QProcess::Running; }, 60000)
            || child.state() != QProcess::Running) {
            qWarning("%s", child.readAllStandardError().constData());
            return false;
        }
        ::kill(pid_t(child.processId()), SIGKILL);
        child.waitForFinished();
        return QFileInfo::exists(page + QStringLiteral(".galley.json.journal"));
    }

    // Clicks the recovery prompt's button `buttonName` as soon as the prompt shows.
    void answerRecoveryPrompt(const char *buttonName, QString *asked)
    {
        auto *poll = new QTimer(this);
        poll->setInterval(20);
        connect(poll, &QTimer::timeout, this, [poll, buttonName, asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QLatin1String("recoveryPrompt"))
                return;
            *asked = box->text() + QLatin1Char(' ') + box->informativeText();
            if (auto *button = box->findChild<QAbstractButton *>(QString::fromLatin1(buttonName)))
                button->click();
            poll->deleteLater();
        });
        poll->start();
    }

private slots:
    void init()
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_settings->clear();
    }

    void killedSession_restoreAnswer_replaysTheEdits()
    {
        QTemporaryDir pageDir;
        const QString page = copyHarbourVote(pageDir.path());
        QVERIFY(leaveKilledSession(page));

        SampleAnnotations sample = harbourVoteAnnotations(page);
        MainWindow window(m_settings.get());
        window.resize(1400, 900);
        window.show();
        QString asked;
        answerRecoveryPrompt("restoreButton", &asked);
        QVERIFY(showForEditing(window, sample.document));
        QVERIFY2(asked.contains(QStringLiteral("harbour-vote.html has 1 unsaved edit")), qPrintable(asked));
        QVERIFY2(asked.contains(QString::number(QDate::currentDate().year())), qPrintable(asked));   // when
        QCOMPARE(window.annotations()->span(sample.varga)->status, ReviewStatus::Accepted);
        QTRY_COMPARE(markAttribute(*window.pageView(), sample.varga, QStringLiteral("data-s")), QStringLiteral("accepted"));
        QVERIFY(window.statusText().contains(QStringLiteral("restored 1 unsaved edit")));
        QVERIFY(window.isWindowModified());
        QCOMPARE(window.reviewProgress()->value(), 1);
    }

    void killedSession_discardAnswer_opensAsSaved_andDropsTheJournal()
    {
        QTemporaryDir pageDir;
        const QString page = copyHarbourVote(pageDir.path());
        QVERIFY(leaveKilledSession(page));

        SampleAnnotations sample = harbourVoteAnnotations(page);
        MainWindow window(m_settings.get());
        window.resize(1400, 900);
        window.show();
        QString asked;
        answerRecoveryPrompt("discardButton", &asked);
        QVERIFY(showForEditing(window, sample.document));
        QVERIFY(!asked.isEmpty());
        QCOMPARE(window.annotations()->span(sample.varga)->status, ReviewStatus::Pending);
        QVERIFY(!window.isWindowModified());
        QVERIFY(!QFileInfo::exists(page + QStringLiteral(".galley.json.journal")));
        QCOMPARE(window.reviewProgress()->value(), 0);
        // Editing goes on from the saved file.
        pickInPanel(window, sample.varga);
        press(window, Qt::Key_X);
        QCOMPARE(window.annotations()->span(sample.varga)->status, ReviewStatus::Rejected);
        QVERIFY(window.isWindowModified());
    }

    void killedSession_laterAnswer_keepsTheJournal_andAsksAgainNextTime()
    {
        QTemporaryDir pageDir;
        const QString page = copyHarbourVote(pageDir.path());
        QVERIFY(leaveKilledSession(page));
        const QString journal = page + QStringLiteral(".galley.json.journal");
        const QByteArray journalled = contentsOf(journal);

        SampleAnnotations sample = harbourVoteAnnotations(page);
        {
            MainWindow window(m_settings.get());
            window.resize(1400, 900);
            window.show();
            QString asked;
            answerRecoveryPrompt("laterButton", &asked);
            QVERIFY(showForEditing(window, sample.document));
            QVERIFY(!asked.isEmpty());
            QCOMPARE(window.annotations()->span(sample.varga)->status, ReviewStatus::Pending);
            QVERIFY(window.statusText().contains(QStringLiteral("kept for later")));
            pickInPanel(window, sample.varga);
            press(window, Qt::Key_X);   // refused: the journal is not written over
            QCOMPARE(window.annotations()->span(sample.varga)->status, ReviewStatus::Pending);
            QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Editing is off")));
            QVERIFY(!window.isWindowModified());
            QVERIFY(window.close());
        }
        QCOMPARE(contentsOf(journal), journalled);

        MainWindow again(m_settings.get());
        again.resize(1400, 900);
        again.show();
        QString asked;
        answerRecoveryPrompt("restoreButton", &asked);
        QVERIFY(showForEditing(again, sample.document));
        QVERIFY(!asked.isEmpty());
        QCOMPARE(again.annotations()->span(sample.varga)->status, ReviewStatus::Accepted);
    }

    // Unsaved edits that cannot be saved over a file another program changed are kept in a copy
    // beside it (before, the reviewer could only discard them to open the page again).
    void unsavedEdits_keptInACopy()
    {
        QTemporaryDir pageDir;
        const QString page = copyHarbourVote(pageDir.path());
        SampleAnnotations sample = harbourVoteAnnotations(page);
        MainWindow window(m_settings.get());
        window.resize(1400, 900);
        window.show();
        QVERIFY(showForEditing(window, sample.document));
        pickInPanel(window, sample.varga);
        press(window, Qt::Key_A);
        QCOMPARE(window.annotations()->span(sample.varga)->status, ReviewStatus::Accepted);
        const auto kept = window.editor()->keepUnsavedCopy();
        QVERIFY2(kept, kept ? "" : qPrintable(kept.error().message));
        QVERIFY(kept->startsWith(annotationFilePath(page) + QStringLiteral(".unsaved-")));
        QFile copy(*kept);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        const auto read = readAnnotationFile(copy.readAll(), *kept);
        QVERIFY2(read, read ? "" : qPrintable(read.error().message()));
        const auto varga = std::find_if(read->set.spans.cbegin(), read->set.spans.cend(),
                                        [&](const Span &span) { return span.id == sample.varga; });
        QVERIFY(varga != read->set.spans.cend());
        QCOMPARE(varga->status, ReviewStatus::Accepted);
        QVERIFY(window.editor()->hasUnsavedChanges());   // the copy is no save
    }

    // galley-cli changed the annotations while the page was open here and not yet edited: the
    // reviewer's next key is refused in a dialog (not only in the status bar), whose answer opens
    // the page again with galley-cli's change in it.
    void changedByAnotherProgram_editRefusedInADialog_openAgainShowsTheChange()
    {
        QTemporaryDir pageDir;
        const QString page = copyHarbourVote(pageDir.path());
        SampleAnnotations sample = harbourVoteAnnotations(page);
        MainWindow window(m_settings.get());
        window.resize(1400, 900);
        // On disk, so that galley-cli edits these spans (without a file it would find its own,
        // whose ids follow what the detectors find).
        QFile file(annotationFilePath(page));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(annotationFileJson(sample.document.annotations)) > 0);
        file.close();
        window.show();
        QVERIFY(showForEditing(window, sample.document));

        QProcess cli;
        cli.start(QStringLiteral(GALLEY_BIN_DIR "/galley-cli"), {QStringLiteral("edit"), page, QStringLiteral("reject"), sample.varga});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());

        pickInPanel(window, sample.varga);
        const QPointer<QWidget> list = QApplication::focusWidget();
        press(window, Qt::Key_A);
        QCOMPARE(window.annotations()->span(sample.varga)->status, ReviewStatus::Pending);
        QMessageBox *box = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (box = window.findChild<QMessageBox *>(QStringLiteral("fileConflictBox"))) != nullptr; }));
        QTRY_VERIFY(box->isVisible());
        QVERIFY2(box->text().contains(QStringLiteral("Another program changed the annotations")), qPrintable(box->text()));
        QVERIFY(box->detailedText().contains(page));

        // Cancel gives the keys back to the list they came from: A is refused again, in a dialog.
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!window.findChild<QMessageBox *>(QStringLiteral("fileConflictBox")));
        QVERIFY(list && QApplication::focusWidget() == list.data());
        press(window, Qt::Key_A);
        QVERIFY(QTest::qWaitFor([&] { return (box = window.findChild<QMessageBox *>(QStringLiteral("fileConflictBox"))) != nullptr; }));

        QSignalSpy highlighted(&window, &MainWindow::highlightsShown);
        box->findChild<QAbstractButton *>(QStringLiteral("openAgainButton"))->click();
        QVERIFY(highlighted.wait(30000));
        QCOMPARE(window.annotations()->span(sample.varga)->status, ReviewStatus::Rejected);
        // Editing goes on from galley-cli's file.
        QTRY_VERIFY(evaluate(*window.pageView(), QStringLiteral("window.galleyHighlights.bridgeReady()")).toBool());
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        pickInPanel(window, sample.varga);
        press(window, Qt::Key_A);
        QVERIFY2(window.annotations()->span(sample.varga)->status == ReviewStatus::Accepted,
                 qPrintable(window.statusBar()->currentMessage()));
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
