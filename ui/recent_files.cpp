#include "recent_files.h"

#include <QFileInfo>
#include <QSettings>

namespace galley {

namespace {
const QString settingsKey = QStringLiteral("recentFiles");
} // namespace

RecentFiles::RecentFiles(QSettings &settings)
    : m_settings(settings)
{
}

QStringList RecentFiles::files() const
{
    const QStringList stored = m_settings.value(settingsKey).toStringList();
    QStringList existing;
    for (const QString &path : stored) {
        if (QFileInfo(path).isFile() && !existing.contains(path) && existing.size() < maxCount)
            existing.append(path);
    }
    if (existing != stored)
        store(existing);
    return existing;
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > maxCount)
        list.removeLast();
    store(list);
}

void RecentFiles::clear()
{
    store({});
}

void RecentFiles::store(const QStringList &files) const
{
    m_settings.setValue(settingsKey, files);
}

} // namespace galley
