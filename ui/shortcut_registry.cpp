#include "shortcut_registry.h"

#include <QAction>
#include <QMenu>
#include <QRegularExpression>
#include <QSettings>
#include <QWidget>

namespace galley {

namespace {

const QString settingsGroup = QStringLiteral("shortcuts");

QString withoutAccelerators(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return text;
}

QMenu *menuOf(const QObject *object)
{
    const QAction *action = qobject_cast<const QAction *>(object);
    const QObjectList owners = action ? action->associatedObjects() : QObjectList{};
    // Untitled menus (the menu bar's overflow list) are no part of the path.
    for (QObject *owner : owners) {
        if (auto *menu = qobject_cast<QMenu *>(owner); menu && !menu->title().isEmpty())
            return menu;
    }
    return nullptr;
}

QStringList portable(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys)
        texts.append(key.toString(QKeySequence::PortableText));
    return texts;
}

} // namespace

ShortcutRegistry::ShortcutRegistry(QObject *parent)
    : QObject(parent)
{
}

void ShortcutRegistry::add(QAction *action, const QString &id, const QString &name)
{
    if (!m_entries.contains(id))
        m_ids.append(id);
    QList<QKeySequence> keys;   // a standard key may repeat one given beside it (Redo: Ctrl+Shift+Z)
    for (const QKeySequence &key : action->shortcuts()) {
        if (!key.isEmpty() && !keys.contains(key))
            keys.append(key);
    }
    if (keys != action->shortcuts())
        action->setShortcuts(keys);
    m_entries.insert(id, Entry{action, keys, keys, name});
}

void ShortcutRegistry::addUnregistered(QWidget *window)
{
    QList<QAction *> known;
    for (const Entry &entry : std::as_const(m_entries))
        known.append(entry.action);
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || known.contains(action))
            continue;
        const QString id = action->objectName().isEmpty()
                               ? QStringLiteral("key/") + action->shortcut().toString(QKeySequence::PortableText)
                               : action->objectName();
        if (!m_entries.contains(id))
            add(action, id);
    }
}

QAction *ShortcutRegistry::action(const QString &id) const
{
    return m_entries.value(id).action;
}

QString ShortcutRegistry::displayName(const QString &id) const
{
    const Entry entry = m_entries.value(id);
    const QAction *action = entry.action;
    if (!action)
        return id;
    QStringList path{withoutAccelerators(entry.name.isEmpty() ? action->text() : entry.name)};
    for (const QMenu *menu = menuOf(action); menu; menu = menuOf(menu->menuAction()))
        path.prepend(withoutAccelerators(menu->title()));
    return path.join(QStringLiteral(" \u25b8 "));
}

QList<QKeySequence> ShortcutRegistry::shortcuts(const QString &id) const
{
    return m_entries.value(id).current;
}

QList<QKeySequence> ShortcutRegistry::defaultShortcuts(const QString &id) const
{
    return m_entries.value(id).defaults;
}

QString ShortcutRegistry::conflictFor(const QString &id, const QKeySequence &key) const
{
    if (key.isEmpty())
        return {};
    for (const QString &other : m_ids) {
        if (other != id && m_entries.value(other).current.contains(key))
            return other;
    }
    return {};
}

QString ShortcutRegistry::setShortcuts(const QString &id, const QList<QKeySequence> &keys)
{
    if (!m_entries.contains(id))
        return tr("No such action: %1").arg(id);
    QList<QKeySequence> kept;
    for (const QKeySequence &key : keys) {
        if (key.isEmpty() || kept.contains(key))
            continue;
        const QString other = conflictFor(id, key);
        if (!other.isEmpty())
            return tr("%1 is already the shortcut of \u201c%2\u201d.")
                .arg(key.toString(QKeySequence::NativeText), displayName(other));
        kept.append(key);
    }
    m_entries[id].current = kept;
    apply(id);
    return {};
}

void ShortcutRegistry::resetToDefaults()
{
    for (const QString &id : std::as_const(m_ids)) {
        m_entries[id].current = m_entries.value(id).defaults;
        apply(id);
    }
}

void ShortcutRegistry::apply(const QString &id)
{
    const Entry &entry = m_entries[id];
    if (entry.action)
        entry.action->setShortcuts(entry.current);
    emit shortcutsChanged(id);
}

void ShortcutRegistry::save(QSettings &settings) const
{
    settings.beginGroup(settingsGroup);
    for (const QString &id : m_ids) {
        const Entry &entry = m_entries[id];
        if (entry.current == entry.defaults)
            settings.remove(id);
        else
            settings.setValue(id, portable(entry.current));
    }
    settings.endGroup();
}

void ShortcutRegistry::restore(const QSettings &settings)
{
    // Every saved action lets go of its defaults first (keys swapped between two actions are
    // no conflict), then takes its saved keys checked like the reviewer's: a file edited by hand
    // that gives one key to two actions keeps it for the first only.
    QHash<QString, QList<QKeySequence>> saved;
    for (const QString &id : std::as_const(m_ids)) {
        const QString key = settingsGroup + QLatin1Char('/') + id;
        if (!settings.contains(key))
            continue;
        for (const QString &text : settings.value(key).toStringList())
            saved[id].append(QKeySequence::fromString(text, QKeySequence::PortableText));
        m_entries[id].current.clear();
    }
    for (const QString &id : std::as_const(m_ids)) {
        if (saved.contains(id) && !setShortcuts(id, saved.value(id)).isEmpty())
            apply(id);
    }
}

} // namespace galley
