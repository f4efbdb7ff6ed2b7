#include "editing_fixture.h"
#include "review_editor.h"
#include "util/login_name.h"
#include "web_test_main.h"

#include <QAction>
#include <QMenuBar>
#include <QUndoStack>

using namespace galley;
using namespace galley::test;

// Every editing action undoes and redoes with Ctrl+Z / Ctrl+Shift+Z, and the panel and the page
// follow each step; the Edit menu names the action.
class EditUndoTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_pageDir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    SampleAnnotations m_sample;
    const QString m_cluster = QStringLiteral("c1");

    MainWindow &window() { return *m_window; }
    const ReviewAnnotations &annotations() { return *m_window->annotations(); }
    PageView &page() { return *m_window->pageView(); }

    void undo() { press(window(), Qt::Key_Z, Qt::ControlModifier); }
    void redo() { press(window(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier); }

    QString editMenuUndoText()
    {
        for (QAction *menu : window().menuBar()->actions()) {
            if (menu->text() != QStringLiteral("&Edit"))
                continue;
            return menu->menu()->actions().value(0)->text();
        }
        return {};
    }

    QString entityMentionText(const QString &spanId)
    {
        return window().annotationPanel()->entityModel()->indexOfSpan(spanId).data().toString();
    }

private slots:
    void initTestCase()
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_settings->clear();
        m_sample = harbourVoteAnnotations(copyHarbourVote(m_pageDir.path()));
        AnnotationSet &set = m_sample.document.annotations;
        set.clusters.append({m_cluster, QStringLiteral("PER"), QStringLiteral("Elena Varga")});
        Relation member;
        member.id = QStringLiteral("r90");
        member.type = QStringLiteral("cluster");
        member.from = m_sample.varga;
        member.to = m_cluster;
        set.relations.append(member);
        m_window = std::make_unique<MainWindow>(m_settings.get());
        m_window->resize(1500, 900);
        m_window->show();
        QVERIFY(showForEditing(*m_window, m_sample.document));
    }

    void cleanupTestCase() { m_window.reset(); }

    void accept_undoRedo()
    {
        pickInPanel(window(), m_sample.quote);
        press(window(), Qt::Key_A);
        QCOMPARE(editMenuUndoText(), QStringLiteral("Undo Accept \u201cThis is the day Kestrel Bay stops stand\u2026\u201d"));
        const QModelIndex status = window().annotationPanel()->quoteModel()->indexOfSpan(m_sample.quote)
                                       .siblingAtColumn(QuoteTableModel::StatusColumn);
        const QString accepted = status.data().toString();
        QTRY_COMPARE(markAttribute(page(), m_sample.quote, QStringLiteral("data-s")), QStringLiteral("accepted"));
        undo();
        QCOMPARE(annotations().span(m_sample.quote)->status, ReviewStatus::Pending);
        QVERIFY(status.data().toString() != accepted);
        QTRY_COMPARE(markAttribute(page(), m_sample.quote, QStringLiteral("data-s")), QStringLiteral("pending"));
        redo();
        QCOMPARE(status.data().toString(), accepted);
        QTRY_COMPARE(markAttribute(page(), m_sample.quote, QStringLiteral("data-s")), QStringLiteral("accepted"));
    }

    void reject_undoRedo()
    {
        pickInPanel(window(), m_sample.number);
        press(window(), Qt::Key_Delete);
        QTRY_COMPARE(markAttribute(page(), m_sample.number, QStringLiteral("data-s")), QStringLiteral("rejected"));
        undo();
        QCOMPARE(annotations().span(m_sample.number)->status, ReviewStatus::Pending);
        QTRY_COMPARE(markAttribute(page(), m_sample.number, QStringLiteral("data-s")), QStringLiteral("pending"));
        redo();
        QCOMPARE(annotations().span(m_sample.number)->status, ReviewStatus::Rejected);
    }

    // An edit says who made it even in a session started without USER (xvfb-run, sudo).
    void edit_namesItsReviewerWithoutUser()
    {
        const QByteArray user = qgetenv("USER");
        const QByteArray logname = qgetenv("LOGNAME");
        const QByteArray username = qgetenv("USERNAME");
        qunsetenv("USER");
        qunsetenv("LOGNAME");
        qunsetenv("USERNAME");
        pickInPanel(window(), m_sample.number);
        press(window(), Qt::Key_A);
        const QString reviewer = annotations().span(m_sample.number)->provenance.reviewer;
        undo();
        for (const auto &[name, value] : {std::pair{"USER", user}, std::pair{"LOGNAME", logname}, std::pair{"USERNAME", username}}) {
            if (!value.isEmpty())
                qputenv(name, value);
        }
        QVERIFY(!reviewer.isEmpty());
        QCOMPARE(reviewer, loginName());   // the account's name, from the system this time
    }

    // Undoing every edit since the save leaves nothing to save: no "*" in the title, no question
    // on closing, and no journal to replay on the next open.
    void undoBackToTheSave_leavesNothingToSave()
    {
        QVERIFY(window().saveAnnotations());
        QVERIFY(!window().isWindowModified());
        pickInPanel(window(), m_sample.number);
        press(window(), Qt::Key_A);
        press(window(), Qt::Key_X);
        QVERIFY(window().editor()->hasUnsavedChanges());
        QVERIFY(window().isWindowModified());
        undo();
        QVERIFY(window().isWindowModified());
        undo();
        QVERIFY(!window().editor()->hasUnsavedChanges());
        QVERIFY(!window().isWindowModified());
        redo();
        QVERIFY(window().editor()->hasUnsavedChanges());
        QVERIFY(window().isWindowModified());
        undo();
    }

    void relabel_undoRedo()
    {
        pickInPanel(window(), m_sample.byQuoteOnly);
        press(window(), Qt::Key_3);   // LOC
        QTRY_COMPARE(annotations().span(m_sample.byQuoteOnly)->label, QStringLiteral("LOC"));
        QVERIFY(window().annotationPanel()->entityModel()->indexOfSpan(m_sample.byQuoteOnly)
                    .siblingAtColumn(EntityTreeModel::LabelColumn).data().toString() != QStringLiteral("Person"));
        QCOMPARE(annotations().span(m_sample.byQuoteOnly)->label, QStringLiteral("LOC"));
        QTRY_COMPARE(markAttribute(page(), m_sample.byQuoteOnly, QStringLiteral("data-l")), QStringLiteral("LOC"));
        undo();
        QCOMPARE(annotations().span(m_sample.byQuoteOnly)->label, QStringLiteral("PER"));
        QCOMPARE(window().annotationPanel()->entityModel()->indexOfSpan(m_sample.byQuoteOnly)
                     .siblingAtColumn(EntityTreeModel::LabelColumn).data().toString(), QStringLiteral("Person"));
        QTRY_COMPARE(markAttribute(page(), m_sample.byQuoteOnly, QStringLiteral("data-l")), QStringLiteral("PER"));
        redo();
        QTRY_COMPARE(markAttribute(page(), m_sample.byQuoteOnly, QStringLiteral("data-l")), QStringLiteral("LOC"));
    }

    void resize_undoRedo()
    {
        pickInPanel(window(), m_sample.varga);
        press(window(), Qt::Key_Right, Qt::ShiftModifier);
        QCOMPARE(entityMentionText(m_sample.varga), QStringLiteral("Elena Varga told"));
        QTRY_COMPARE(markedText(page(), m_sample.varga), QStringLiteral("Elena Varga told"));
        undo();
        QCOMPARE(entityMentionText(m_sample.varga), QStringLiteral("Elena Varga"));
        QTRY_COMPARE(markedText(page(), m_sample.varga), QStringLiteral("Elena Varga"));
        redo();
        QTRY_COMPARE(markedText(page(), m_sample.varga), QStringLiteral("Elena Varga told"));
        undo();
    }

    void add_undoRedo()
    {
        QVERIFY(selectInPage(page(), QStringLiteral("Gull Point")));
        press(window(), Qt::Key_3);
        QTRY_VERIFY(spanWithText(annotations(), QStringLiteral("Gull Point")));
        const QString added = spanWithText(annotations(), QStringLiteral("Gull Point"))->id;
        QVERIFY(window().annotationPanel()->entityModel()->indexOfSpan(added).isValid());
        QTRY_COMPARE(markedText(page(), added), QStringLiteral("Gull Point"));
        undo();
        QVERIFY(!annotations().span(added));
        QVERIFY(!window().annotationPanel()->entityModel()->indexOfSpan(added).isValid());
        QTRY_COMPARE(markAttribute(page(), added, QStringLiteral("data-l")), QStringLiteral("absent"));
        redo();
        QVERIFY(window().annotationPanel()->entityModel()->indexOfSpan(added).isValid());
        QTRY_COMPARE(markedText(page(), added), QStringLiteral("Gull Point"));
    }

    void quoteKindAndSpeaker_undoRedo()
    {
        pickInPanel(window(), m_sample.quote);
        press(window(), Qt::Key_K);
        QCOMPARE(annotations().span(m_sample.quote)->attributes.value(QStringLiteral("kind")).toString(), QStringLiteral("partial"));
        undo();
        QCOMPARE(annotations().span(m_sample.quote)->attributes.value(QStringLiteral("kind")).toString(), QStringLiteral("direct"));

        QCOMPARE(window().editor()->setSpeaker(m_sample.quote, m_sample.badPathGoodQuote), QString());
        const QModelIndex speaker = window().annotationPanel()->quoteModel()->indexOfSpan(m_sample.quote)
                                        .siblingAtColumn(QuoteTableModel::SpeakerColumn);
        QVERIFY(speaker.data().toString().contains(QStringLiteral("Freya")));
        undo();
        QVERIFY(window().annotationPanel()->quoteModel()->indexOfSpan(m_sample.quote)
                    .siblingAtColumn(QuoteTableModel::SpeakerColumn).data().toString().contains(QStringLiteral("Varga")));
        redo();
        QVERIFY(window().annotationPanel()->quoteModel()->indexOfSpan(m_sample.quote)
                    .siblingAtColumn(QuoteTableModel::SpeakerColumn).data().toString().contains(QStringLiteral("Freya")));
    }

    void numberValue_undoRedo()
    {
        const QModelIndex value = window().annotationPanel()->numberModel()->indexOfSpan(m_sample.number)
                                      .siblingAtColumn(NumberTableModel::ValueColumn);
        const QString before = value.data().toString();
        // The edit waits for the view to close its editor: it rebuilds the row.
        QVERIFY(window().annotationPanel()->numberModel()->setData(value, QStringLiteral("64")));
        QTRY_VERIFY(value.data().toString().contains(QStringLiteral("64")));
        undo();
        QCOMPARE(value.data().toString(), before);
        redo();
        QVERIFY(value.data().toString().contains(QStringLiteral("64")));
        // The schema's modifier is one of its symbols: anything else is refused, saying why.
        const QModelIndex modifier = value.siblingAtColumn(NumberTableModel::ModifierColumn);
        QSignalSpy refused(window().annotationPanel()->numberModel(), &NumberTableModel::editRefused);
        window().annotationPanel()->numberModel()->setData(modifier, QStringLiteral("about"));
        QTRY_COMPARE(refused.size(), 1);
        QVERIFY2(refused.first().first().toString().contains(QStringLiteral("about")), qPrintable(refused.first().first().toString()));
        QVERIFY(window().annotationPanel()->numberModel()->setData(modifier, QStringLiteral("\u2248")));
        QTRY_COMPARE(modifier.data().toString(), QStringLiteral("\u2248"));
    }

    void clusterRename_undoRedo()
    {
        EntityTreeModel *entities = window().annotationPanel()->entityModel();
        const auto groupName = [&] { return entities->indexOfSpan(m_sample.varga).parent().data().toString(); };
        QCOMPARE(groupName(), QStringLiteral("Elena Varga"));
        QVERIFY(entities->setData(entities->indexOfSpan(m_sample.varga).parent(), QStringLiteral("Mayor Elena Varga")));
        // The rename waits for the view to close its editor: it rebuilds the rows.
        QTRY_COMPARE(groupName(), QStringLiteral("Mayor Elena Varga"));
        QCOMPARE(editMenuUndoText(), QStringLiteral("Undo Rename \u201cElena Varga\u201d to \u201cMayor Elena Varga\u201d"));
        undo();
        QCOMPARE(groupName(), QStringLiteral("Elena Varga"));
        redo();
        QCOMPARE(groupName(), QStringLiteral("Mayor Elena Varga"));
    }

    // Last: it closes the page. An edit undone back to the save leaves a journal that would
    // replay to nothing; closing drops it, so the next open asks nothing.
    void closingAtTheSavedState_dropsTheJournal()
    {
        QVERIFY(window().saveAnnotations());
        pickInPanel(window(), m_sample.number);
        press(window(), Qt::Key_A);
        const QDir folder(m_pageDir.path());
        QCOMPARE(folder.entryList({QStringLiteral("*.journal")}, QDir::Files).size(), 1);
        undo();
        window().editor()->close();
        QCOMPARE(folder.entryList({QStringLiteral("*.journal")}, QDir::Files), QStringList());
    }
};

GALLEY_WEB_TEST_MAIN(EditUndoTest)
#include "edit_undo_test.moc"
