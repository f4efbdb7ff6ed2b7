#include "annotation/annotation_journal.h"

#include "util/data_sync.h"
#include "util/durable_file.h"
#include "util/json_pull_parser.h"

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
    const QByteArray line = kJournalLineStart + QByteArray::number(sequence) + ",\"edit\":" + editJson + "}\n";
    const qint64 sizeBefore = m_file.size();
    if (m_file.write(line) != line.size()) {
        const QString error = m_file.errorString();
        return FileError{u"cannot write the journal %1: %2"_s.arg(m_path, error) + takeBack(sizeBefore)};
    }
    if (syncData(m_file.handle()) != 0) {
        // The caller undoes the edit and reuses its sequence number, so the line must go: left
        // in place it would come back on replay ahead of the edit that takes its number.
        return FileError{u"cannot write the journal %1: the disk did not confirm the data"_s.arg(m_path)
                         + takeBack(sizeBefore)};
    }
    return qint64(line.size());
}

QString AnnotationJournal::takeBack(qint64 sizeBefore)
{
    if (m_file.resize(sizeBefore) && syncData(m_file.handle()) == 0)
        return {};
    // The line may still be on disk: close, so that the next append reopens the file at its end,
    // and let the reader of the journal judge what is there.
    m_file.close();
    return u" (and the refused edit could not be taken back out of the journal)"_s;
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

namespace {

// One line, {"seq": N, "edit": {…}}; the edit is kept as JSON for the document to read.
Expected<JournalEntry, QString> readEntry(const QByteArray &line, int lineNumber)
{
    try {
        JsonPullParser parser(line);
        JournalEntry entry{-1, {}, lineNumber, line};
        parser.beginObject();
        while (parser.nextMember()) {
            if (parser.key() == "seq")
                entry.sequence = qint64(parser.readNumber());
            else if (parser.key() == "edit" && parser.peek() == JsonPullParser::Kind::Object)
                entry.edit = parser.readRawValue().toByteArray();
            else
                parser.skipValue();
        }
        parser.expectEnd();
        if (entry.sequence < 1 || entry.edit.isEmpty())
            return u"it needs a sequence number and an edit"_s;
        return entry;
    } catch (const JsonSyntaxError &error) {
        return error.problem;
    }
}

} // namespace

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

        const Expected<JournalEntry, QString> entry = readEntry(line, lineNumber);
        if (complete && entry) {
            contents.entries.append(*entry);
            continue;
        }
        if (!complete) {
            // Each line is one write() ending in "\n": only a crash mid-append leaves a last line
            // without it. A complete line that cannot be read is damage, never a torn tail.
            contents.tornTail = true;
            contents.diagnostics.append(u"%1:%2: the last edit was cut short by a crash before it was saved; "
                                        "it is ignored"_s.arg(fileName).arg(lineNumber));
        } else {
            contents.damaged = true;
            contents.diagnostics.append(u"%1:%2: unreadable journal entry (%3); the edits from here on are not "
                                        "replayed"_s.arg(fileName).arg(lineNumber)
                                            .arg(entry.error()));
        }
        break;
    }
    return contents;
}

} // namespace galley
