#include "corpus/import_inputs.h"

#include <QDirIterator>
#include <QFileInfo>

namespace galley {

namespace {

bool isPageFile(const QString &path)
{
    static const QStringList suffixes{QStringLiteral(".html"), QStringLiteral(".htm"),  QStringLiteral(".xhtml"),
                                      QStringLiteral(".mhtml"), QStringLiteral(".mht"), QStringLiteral(".warc"),
                                      QStringLiteral(".warc.gz"), QStringLiteral(".txt")};
    for (const QString &suffix : suffixes) {
        if (path.endsWith(suffix, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool insideResourceFolder(const QString &path, const QString &root)
{
    const QString relative = path.mid(root.size());
    return relative.contains(QStringLiteral("_files/"));
}

} // namespace

QStringList collectPageFiles(const QStringList &inputs)
{
    QStringList files;
    for (const QString &input : inputs) {
        const QFileInfo info(input);
        if (!info.isDir()) {
            files.append(input);
            continue;
        }
        QStringList found;
        const QString root = info.absoluteFilePath();
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (isPageFile(path) && !insideResourceFolder(path, root))
                found.append(path);
        }
        found.sort();
        files += found;
    }
    return files;
}

} // namespace galley
