#include "load/page_file.h"

#include "load/binary_sniff.h"

#include <QFile>
#include <QFileInfo>

namespace galley {

namespace {

LoadError fileError(const QString &path, const char *code, const QString &message)
{
    return {path, QString::fromLatin1(code), message, -1, {}};
}

} // namespace

Expected<QByteArray, LoadError> readPageFile(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fileError(path, "not-found", QStringLiteral("no such file"));
    if (info.isDir())
        return fileError(path, "is-directory", QStringLiteral("is a folder, not a saved page"));
    if (!info.isFile())
        return fileError(path, "not-a-file", QStringLiteral("is not a regular file (a device, pipe or socket)"));
    if (info.size() > maxBytes) {
        return fileError(path, "too-large", QStringLiteral("is %1 MB; Galley opens pages up to %2 MB")
                                                .arg(info.size() / (1024 * 1024))
                                                .arg(maxBytes / (1024 * 1024)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(path, "unreadable", QStringLiteral("cannot be read: %1").arg(file.errorString()));
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fileError(path, "unreadable", QStringLiteral("cannot be read: %1").arg(file.errorString()));
    if (bytes.isEmpty())
        return fileError(path, "empty", QStringLiteral("the file is empty (0 bytes)"));
    return bytes;
}

std::optional<LoadError> refuseBinary(const QByteArray &bytes, const QString &path, bool warc)
{
    const QString kind = knownBinaryKind(bytes);
    if (!kind.isEmpty() && !(warc && bytes.startsWith("\x1f\x8b")))
        return fileError(path, "binary", QStringLiteral("is %1, not a saved page").arg(kind));
    if (kind.isEmpty() && !warc && looksBinary(bytes)) {
        return fileError(path, "binary", QStringLiteral("is binary data, not a saved page "
                                                        "(%1% of its first bytes are control characters)")
                                             .arg(controlBytePercent(bytes)));
    }
    return std::nullopt;
}

} // namespace galley
