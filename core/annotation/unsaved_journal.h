#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace galley {

// Edits a session journalled and never saved (it crashed or was killed), found before the
// annotation file is opened, so the reviewer can be asked whether to restore them.
struct UnsavedJournal
{
    QString journalPath;
    int edits = 0;           // journal entries the annotation file does not include yet
    int changes = 0;         // spans, relations and clusters they change in the end (an edit and its undo: none)
    QDateTime lastWritten;   // when the last of them was journalled (the journal's mtime), UTC
};

// The unsaved edits in the journal beside `annotationPath`; nullopt when there is no journal or
// every entry in it is already saved. Reads, never writes.
std::optional<UnsavedJournal> findUnsavedJournal(const QString &annotationPath);

} // namespace galley
