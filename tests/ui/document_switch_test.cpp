#include "editing_fixture.h"
#include "open_documents_model.h"
#include "web_test_main.h"

#include <QAbstractButton>
#include <QListView>
#include <QMessageBox>
#include <QTimer>

using namespace galley;
using namespace galley::test;

// Picking another document in the list (or opening a file) with unsaved changes asks to save,
// discard or cancel, as closing the window does.
class DocumentSwitchTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;

    // Answers the next unsaved-changes question with `button`; `asked` counts the questions.
    void answerNextQuestion(QMessageBox::StandardButton button, int *asked)
    {
        auto *poll = new QTimer(this);
        poll->setInterval(20);
        connect(poll, &QTimer::timeout, this, [poll, button, asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || !box->button(button))
                return;
            ++*asked;
            box->button(button)->click();
            poll->deleteLater();
        });
        poll->start();
    }

    static QModelIndex rowOf(QListView &list, const QString &path)
    {
        QAbstractItemModel &model = *list.model();
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data(OpenDocumentsModel::PathRole).toString() == path)
                return model.index(row, 0);
        }
        return {};
    }

private slots:
    void init()
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_settings->clear();
    }

    void pickingAnotherDocument_withUnsavedEdits_asksFirst()
    {
        QTemporaryDir firstDir;
        QTemporaryDir secondDir;
        const QString first = copyHarbourVote(firstDir.path());
        const QString second = copyHarbourVote(secondDir.path());
        SampleAnnotations one = harbourVoteAnnotations(first);
        SampleAnnotations two = harbourVoteAnnotations(second);
        MainWindow window(m_settings.get());
        window.resize(1400, 900);
        window.show();
        QVERIFY(showForEditing(window, one.document));
        QVERIFY(showForEditing(window, two.document));
        pickInPanel(window, two.varga);
        press(window, Qt::Key_X);
        QVERIFY(window.isWindowModified());

        // At the keyboard: the first document picked in the list, Enter.
        QListView &list = *window.documentList();
        const QModelIndex firstRow = rowOf(list, first);
        QVERIFY(firstRow.isValid());
        list.setFocus();
        list.setCurrentIndex(firstRow);
        int asked = 0;
        answerNextQuestion(QMessageBox::Cancel, &asked);
        QTest::keyClick(&list, Qt::Key_Return);
        QTRY_COMPARE(asked, 1);
        QVERIFY(!window.isLoading());
        QCOMPARE(window.windowFilePath(), second);
        QVERIFY(window.isWindowModified());
        QCOMPARE(window.annotations()->span(two.varga)->status, ReviewStatus::Rejected);   // Enter did not accept it

        QSignalSpy shown(&window, &MainWindow::documentShown);
        answerNextQuestion(QMessageBox::Discard, &asked);
        QTest::keyClick(&list, Qt::Key_Return);
        QTRY_COMPARE(asked, 2);
        QVERIFY(shown.wait(30000));
        QCOMPARE(window.windowFilePath(), first);
        QVERIFY(!window.isWindowModified());
        QVERIFY(!QFileInfo::exists(second + QStringLiteral(".galley.json.journal")));
    }

    void openingAFile_withUnsavedEdits_cancelKeepsThePage()
    {
        QTemporaryDir firstDir;
        QTemporaryDir secondDir;
        const QString first = copyHarbourVote(firstDir.path());
        const QString second = copyHarbourVote(secondDir.path());
        SampleAnnotations one = harbourVoteAnnotations(first);
        MainWindow window(m_settings.get());
        window.resize(1400, 900);
        window.show();
        QVERIFY(showForEditing(window, one.document));
        pickInPanel(window, one.varga);
        press(window, Qt::Key_A);
        QVERIFY(window.isWindowModified());

        int asked = 0;
        answerNextQuestion(QMessageBox::Cancel, &asked);
        window.openFile(second);
        QCOMPARE(asked, 1);
        QVERIFY(!window.isLoading());
        QCOMPARE(window.windowFilePath(), first);

        QSignalSpy shown(&window, &MainWindow::documentShown);
        answerNextQuestion(QMessageBox::Save, &asked);
        window.openFile(second);
        QCOMPARE(asked, 2);
        QVERIFY(shown.wait(30000));
        QCOMPARE(window.windowFilePath(), second);
        QVERIFY(QFileInfo::exists(first + QStringLiteral(".galley.json")));
    }
};

GALLEY_WEB_TEST_MAIN(DocumentSwitchTest)
#include "document_switch_test.moc"
