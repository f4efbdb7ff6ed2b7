#pragma once

#include "util/durable_file.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

namespace galley {

// The autosave journal next to an annotation file ("NAME.galley.json.journal"): one line of
// JSON per applied edit, {"seq": N, "edit": {…}}, N counting up across saves. Each line is
// written with one write() and fdatasync'd before append() returns, so an edit whose apply
// returned survives a crash or power cut. The annotation file records the last sequence it
// includes; on open, only later entries are replayed.
constexpr char kJournalLineStart[] = "{\"seq\":";   // how every journal line begins

class AnnotationJournal final
{
public:
    explicit AnnotationJournal(QString path);
    ~AnnotationJournal() = default;
    Q_DISABLE_COPY_MOVE(AnnotationJournal)   // owns an open file

    const QString &path() const { return m_path; }

    // Durably appends one line; on error (write or fdatasync) the line is cut back out, so the
    // caller may reuse the sequence number (a partial line left by a crash is a torn tail the
    // reader ignores).
    Expected<qint64, FileError> append(qint64 sequence, const QByteArray &editJson);   // one line of JSON

    // Replaces the journal with exactly `lines` (complete lines, each ending in "\n"),
    // atomically; used to drop a torn tail or damaged entries after they were reported.
    Expected<qint64, FileError> rewrite(const QByteArray &lines);

    // Removes the journal once the annotation file holds everything in it.
    Expected<bool, FileError> remove();

private:
    // Cuts the file back to `sizeBefore` after a refused append and syncs; "" when done, else
    // a note for the error message.
    QString takeBack(qint64 sizeBefore);

    QString m_path;
    QFile m_file;   // open for appending after the first append
};

struct JournalEntry
{
    qint64 sequence = 0;
    QByteArray edit;     // the edit's JSON (annotation_edit_json.h)
    int line = 0;        // 1-based, for messages
    QByteArray bytes;    // the line as stored, with its "\n"
};

struct JournalContents
{
    QList<JournalEntry> entries;   // the readable lines before the first unreadable one
    QStringList diagnostics;       // "FILE:LINE: problem" for a torn tail or a damaged line
    bool tornTail = false;         // the last line has no "\n" (a crash mid-append): ignored
    bool damaged = false;          // a complete line that is unreadable: entries stop before it
};

JournalContents readJournal(const QByteArray &bytes, const QString &fileName);

} // namespace galley
