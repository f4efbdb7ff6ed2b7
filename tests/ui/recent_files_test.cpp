#include "recent_files.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace galley;

class RecentFilesTest final : public QObject
{
    Q_OBJECT

private:
    QString touch(const QTemporaryDir &dir, const QString &name)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot create a test file");
        return path;
    }

private slots:
    void add_putsNewestFirstWithoutDuplicates()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        RecentFiles recent(settings);
        const QString a = touch(dir, QStringLiteral("a.html"));
        const QString b = touch(dir, QStringLiteral("b.html"));
        recent.add(a);
        recent.add(b);
        recent.add(a);
        QCOMPARE(recent.files(), (QStringList{a, b}));
    }

    void add_keepsTenEntries()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        RecentFiles recent(settings);
        QStringList added;
        for (int i = 0; i < 12; ++i) {
            added.prepend(touch(dir, QStringLiteral("page%1.html").arg(i)));
            recent.add(added.first());
        }
        QCOMPARE(recent.files().size(), RecentFiles::maxCount);
        QCOMPARE(recent.files(), added.mid(0, RecentFiles::maxCount));
    }

    void files_prunesMissingFiles()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        RecentFiles recent(settings);
        const QString kept = touch(dir, QStringLiteral("kept.mhtml"));
        const QString gone = touch(dir, QStringLiteral("gone.warc"));
        recent.add(kept);
        recent.add(gone);
        QVERIFY(QFile::remove(gone));
        QCOMPARE(recent.files(), QStringList{kept});
        QCOMPARE(settings.value(QStringLiteral("recentFiles")).toStringList(), QStringList{kept});
    }

    void storedList_survivesNewSettingsObject()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        const QString page = touch(dir, QStringLiteral("page.txt"));
        {
            QSettings settings(ini, QSettings::IniFormat);
            RecentFiles(settings).add(page);
        }
        QSettings settings(ini, QSettings::IniFormat);
        QCOMPARE(RecentFiles(settings).files(), QStringList{page});
    }
};

QTEST_GUILESS_MAIN(RecentFilesTest)
#include "recent_files_test.moc"
