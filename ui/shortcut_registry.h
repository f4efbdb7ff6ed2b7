#pragma once

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;
class QSettings;
class QWidget;

namespace galley {

// Every action of the review window a reviewer may give other keys: registered with one call
// (add), listed by Preferences, rebound there with conflicts refused, saved to and restored from
// QSettings ("shortcuts/<id>", only where they differ from the defaults).
class ShortcutRegistry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutRegistry)

public:
    explicit ShortcutRegistry(QObject *parent = nullptr);

    // Registers `action` under a stable id ("review/accept"); its current shortcuts, each once,
    // become its defaults (a key given twice would make Qt refuse it as ambiguous). `name`, when
    // given, is listed instead of the action's text, for actions whose text changes ("Redo
    // Reject …"). Registering an id again replaces the earlier action.
    void add(QAction *action, const QString &id, const QString &name = {});
    // Registers every action in `window` that has a shortcut and is not registered yet, under
    // its object name or, without one, "key/" and its first default key.
    void addUnregistered(QWidget *window);

    QStringList ids() const { return m_ids; }
    QAction *action(const QString &id) const;
    // "Accept", "Label or Add Span ▸ Person (PER)": the menu path without accelerators.
    QString displayName(const QString &id) const;
    QList<QKeySequence> shortcuts(const QString &id) const;
    QList<QKeySequence> defaultShortcuts(const QString &id) const;

    // The id of another action that already uses `key`; empty when none does.
    QString conflictFor(const QString &id, const QKeySequence &key) const;
    // Gives the action these keys; refuses (returns why, changes nothing) when one is empty
    // twice or another action has it. Empty on success.
    QString setShortcuts(const QString &id, const QList<QKeySequence> &keys);
    void resetToDefaults();

    void save(QSettings &settings) const;
    void restore(const QSettings &settings);

signals:
    void shortcutsChanged(const QString &id);

private:
    struct Entry
    {
        QPointer<QAction> action;
        QList<QKeySequence> defaults;
        QList<QKeySequence> current;
        QString name;
    };
    void apply(const QString &id);

    QStringList m_ids;
    QHash<QString, Entry> m_entries;
};

} // namespace galley
