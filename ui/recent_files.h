#pragma once

#include <QStringList>

class QSettings;

namespace galley {

// The most recently opened pages, newest first, kept in the settings passed in.
// Files that no longer exist are dropped whenever the list is read.
class RecentFiles final
{
public:
    static constexpr int maxCount = 10;

    explicit RecentFiles(QSettings &settings);

    QStringList files() const;   // prunes missing files (and writes the pruned list back)
    void add(const QString &path);
    void clear();

private:
    void store(const QStringList &files) const;
    QSettings &m_settings;
};

} // namespace galley
