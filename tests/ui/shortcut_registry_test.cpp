// Rebinding the window's keys: conflicts refused, only changes saved, restored in a new registry.
#include "shortcut_registry.h"

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QTemporaryDir>
#include <QWidget>
#include <QtTest>

using namespace galley;

class ShortcutRegistryTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Window
    {
        QWidget widget;
        QMenu *menu = new QMenu(QStringLiteral("&Review"), &widget);
        QAction *accept = menu->addAction(QStringLiteral("&Accept"));
        QAction *reject = menu->addAction(QStringLiteral("&Reject"));
        QAction *next = menu->addAction(QStringLiteral("&Next"));
        ShortcutRegistry registry;

        Window()
        {
            accept->setShortcuts({QKeySequence(Qt::Key_A), QKeySequence(Qt::Key_Return)});
            reject->setShortcut(QKeySequence(Qt::Key_X));
            next->setShortcut(QKeySequence(Qt::Key_N));
            registry.add(accept, QStringLiteral("review/accept"));
            registry.add(reject, QStringLiteral("review/reject"));
        }
    };

    QString settingsPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

private slots:
    void init() { QSettings(settingsPath(), QSettings::IniFormat).clear(); }

    void rebinding_changesTheActionsKeys()
    {
        Window window;
        QCOMPARE(window.registry.setShortcuts(QStringLiteral("review/accept"), {QKeySequence(Qt::Key_B)}), QString());
        QCOMPARE(window.accept->shortcuts(), QList<QKeySequence>{QKeySequence(Qt::Key_B)});
        QCOMPARE(window.registry.defaultShortcuts(QStringLiteral("review/accept")),
                 (QList<QKeySequence>{QKeySequence(Qt::Key_A), QKeySequence(Qt::Key_Return)}));
    }

    void aKeyGivenTwice_isListedOnce()
    {
        Window window;
        window.next->setShortcuts({QKeySequence(Qt::Key_N), QKeySequence(Qt::Key_N), QKeySequence(Qt::Key_Down)});
        window.registry.add(window.next, QStringLiteral("review/next"));
        QCOMPARE(window.registry.shortcuts(QStringLiteral("review/next")),
                 (QList<QKeySequence>{QKeySequence(Qt::Key_N), QKeySequence(Qt::Key_Down)}));
        // The action too: a key it holds twice, Qt refuses as ambiguous and nothing happens.
        QCOMPARE(window.next->shortcuts(), (QList<QKeySequence>{QKeySequence(Qt::Key_N), QKeySequence(Qt::Key_Down)}));
        window.widget.addAction(window.next);
        window.widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window.widget));
        QSignalSpy triggered(window.next, &QAction::triggered);
        QTest::keyClick(&window.widget, Qt::Key_N);
        QCOMPARE(triggered.size(), 1);
    }

    // An action whose text follows what it would do ("Redo Reject “…”") is listed by its own name.
    void changingText_isListedByItsName()
    {
        Window window;
        QAction *redo = window.menu->addAction(QStringLiteral("Redo Reject \u201CVarga\u201D"));
        redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
        window.registry.add(redo, QStringLiteral("edit/redo"), QStringLiteral("Redo"));
        QCOMPARE(window.registry.displayName(QStringLiteral("edit/redo")), QStringLiteral("Review \u25b8 Redo"));
        QCOMPARE(window.registry.displayName(QStringLiteral("review/accept")), QStringLiteral("Review \u25b8 Accept"));
    }

    void keyOfAnotherAction_isRefused()
    {
        Window window;
        const QString refusal = window.registry.setShortcuts(QStringLiteral("review/accept"), {QKeySequence(Qt::Key_X)});
        QVERIFY(refusal.contains(QStringLiteral("Review \u25b8 Reject")));
        QCOMPARE(window.accept->shortcut(), QKeySequence(Qt::Key_A));
        QCOMPARE(window.registry.conflictFor(QStringLiteral("review/accept"), QKeySequence(Qt::Key_X)),
                 QStringLiteral("review/reject"));
        QCOMPARE(window.registry.conflictFor(QStringLiteral("review/reject"), QKeySequence(Qt::Key_X)), QString());
    }

    void unregisteredActions_areFoundWithTheirKey()
    {
        Window window;
        window.registry.addUnregistered(&window.widget);
        QVERIFY(window.registry.ids().contains(QStringLiteral("key/N")));
        QCOMPARE(window.registry.ids().size(), 3);
        QCOMPARE(window.registry.displayName(QStringLiteral("key/N")), QStringLiteral("Review \u25b8 Next"));
        // An untitled menu listing the action first (the menu bar's overflow list) is left out.
        QMenu overflow(&window.widget);
        QMenu view(QStringLiteral("&View"), &window.widget);
        QAction zoom(QStringLiteral("&Zoom"));
        zoom.setShortcut(QKeySequence(Qt::Key_Z));
        overflow.addAction(&zoom);
        view.addAction(&zoom);
        window.registry.add(&zoom, QStringLiteral("view/zoom"));
        QCOMPARE(window.registry.displayName(QStringLiteral("view/zoom")), QStringLiteral("View \u25b8 Zoom"));
    }

    void onlyChanges_areSavedAndSwappedKeysRestore()
    {
        {
            Window window;
            QVERIFY(window.registry.setShortcuts(QStringLiteral("review/reject"), {}).isEmpty());
            QVERIFY(window.registry.setShortcuts(QStringLiteral("review/accept"), {QKeySequence(Qt::Key_X)}).isEmpty());
            QVERIFY(window.registry.setShortcuts(QStringLiteral("review/reject"), {QKeySequence(Qt::Key_A)}).isEmpty());
            QSettings settings(settingsPath(), QSettings::IniFormat);
            window.registry.save(settings);
        }
        Window window;
        QSettings settings(settingsPath(), QSettings::IniFormat);
        window.registry.restore(settings);
        QCOMPARE(window.accept->shortcuts(), QList<QKeySequence>{QKeySequence(Qt::Key_X)});
        QCOMPARE(window.reject->shortcuts(), QList<QKeySequence>{QKeySequence(Qt::Key_A)});

        window.registry.resetToDefaults();
        window.registry.save(settings);
        QCOMPARE(window.accept->shortcut(), QKeySequence(Qt::Key_A));
        settings.beginGroup(QStringLiteral("shortcuts"));
        QCOMPARE(settings.allKeys(), QStringList());
    }

    void oneKeyGivenTwiceInTheFile_goesToTheFirstOnly()
    {
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            settings.setValue(QStringLiteral("shortcuts/review/accept"), QStringList{QStringLiteral("Q")});
            settings.setValue(QStringLiteral("shortcuts/review/reject"), QStringList{QStringLiteral("Q")});
        }
        Window window;
        window.registry.restore(QSettings(settingsPath(), QSettings::IniFormat));
        QCOMPARE(window.accept->shortcut(), QKeySequence(Qt::Key_Q));
        QVERIFY(window.reject->shortcuts().isEmpty());
    }
};

QTEST_MAIN(ShortcutRegistryTest)
#include "shortcut_registry_test.moc"
