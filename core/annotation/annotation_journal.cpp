#include "annotation/annotation_journal.h"

#include "util/durable_file.h"

#include <QJsonDocument>

#include <unistd.h>

namespace galley {

using namespace Qt::StringLiterals;

AnnotationJournal::AnnotationJournal(QString path)
    : m_path(std::move(path)), m_file(m_path)
{
}

Expected<qint64, FileError> AnnotationJournal::append(qint64 sequence, const QByteArray &editJson)
{
    if (!m_file.isOpen()) {
        const bool created = !m_file.exists();
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
            return FileError{u"cannot write the journal %1: %2"_s.arg(m_path, m_file.errorString())};
        if (created)
            syncFolderOf(m_path);
    }
    const QByteArray line = "{\"seq\":" + QByteArray::number(sequence) + ",\"edit\":" + editJson + "}\n";
    if (m_file.write(line) != line.size())
        return FileError{u"cannot write the journal %1: %2"_s.arg(m_path, m_file.errorString())};
    if (::fdatasync(m_file.handle()) != 0)
        return FileError{u"cannot write the journal %1: the disk did not confirm the data"_s.arg(m_path)};
    return qint64(line.size());
}

Expected<qint64, FileError> AnnotationJournal::rewrite(const QByteArray &lines)
{
    m_file.close();
    return writeFileAtomically(m_path, lines);
}

Expected<bool, FileError> AnnotationJournal::remove()
{
    m_file.close();
    if (!QFile::exists(m_path))
        return false;
    if (!QFile::remove(m_path))
        return FileError{u"cannot remove the journal %1"_s.arg(m_path)};
    syncFolderOf(m_path);
    return true;
}

JournalContents readJournal(const QByteArray &bytes, const QString &fileName)
{
    JournalContents contents;
    qsizetype lineStart = 0;
    int lineNumber = 0;
    while (lineStart < bytes.size()) {
        ++lineNumber;
        const qsizetype newline = bytes.indexOf('\n', lineStart);
        const bool complete = newline >= 0;
        const qsizetype lineEnd = complete ? newline + 1 : bytes.size();
        const QByteArray line = bytes.sliced(lineStart, lineEnd - lineStart);
        lineStart = lineEnd;

        QJsonParseError error;
        const QJsonObject entry = QJsonDocument::fromJson(line, &error).object();
        const bool readable = complete && error.error == QJsonParseError::NoError && entry.value("seq"_L1).isDouble()
            && entry.value("edit"_L1).isObject();
        if (readable) {
            contents.entries.append({qint64(entry.value("seq"_L1).toDouble()), entry.value("edit"_L1).toObject(),
                                     lineNumber, line});
            continue;
        }
        if (lineStart >= bytes.size()) {
            contents.tornTail = true;
            contents.diagnostics.append(u"%1:%2: the last edit was cut short by a crash before it was saved; "
                                        "it is ignored"_s.arg(fileName).arg(lineNumber));
        } else {
            contents.damaged = true;
            contents.diagnostics.append(u"%1:%2: unreadable journal entry (%3); the edits from here on are not "
                                        "replayed"_s.arg(fileName).arg(lineNumber)
                                            .arg(complete ? error.errorString() : u"no line end"_s));
        }
        break;
    }
    return contents;
}

} // namespace galley
