#include "resource_path.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace galley {

QString resourcePath(const QString &relative)
{
    QStringList candidates;
    if (QCoreApplication::instance()) {
        const QDir binary(QCoreApplication::applicationDirPath());
        candidates << binary.filePath(QStringLiteral("../share/galley/") + relative)
                   << binary.filePath(QStringLiteral("../resources/") + relative)
                   << binary.filePath(QStringLiteral("../../resources/") + relative);
    }
    candidates << QStringLiteral(GALLEY_SOURCE_DIR "/resources/") + relative;
    for (const QString &candidate : candidates) {
        if (QFileInfo::exists(candidate))
            return QDir::cleanPath(candidate);
    }
    return QDir::cleanPath(candidates.last());
}

QString sharedDataPath(const QString &relative)
{
    const QString fromEnvironment = qEnvironmentVariable("GALLEY_SHARED_DIR");
    const QString root = fromEnvironment.isEmpty() ? QStringLiteral(GALLEY_SOURCE_DIR "/../shared") : fromEnvironment;
    return QDir::cleanPath(root + u'/' + relative);
}

} // namespace galley
