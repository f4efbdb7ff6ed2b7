#include "annotation/unsaved_journal.h"

#include "annotation/annotation_file.h"
#include "annotation/annotation_journal.h"
#include "annotation/annotation_edit.h"
#include "annotation/annotation_edit_json.h"
#include "annotation/annotation_set_changes.h"
#include "text/code_point_index.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <iterator>

namespace galley {

namespace {

// The annotation file as saved; nullopt when there is no readable file (then every entry is
// unsaved, as AnnotationDocument::open replays them all, over an empty set).
std::optional<AnnotationFile> savedFile(const QString &annotationPath)
{
    QFile file(annotationPath);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    auto read = readAnnotationFile(file.readAll(), annotationPath);
    return read ? std::optional<AnnotationFile>(std::move(read).value()) : std::nullopt;
}

// What restoring would change: the entries replayed over the saved set, as open() replays them,
// up to the first that does not apply.
int changesOf(const AnnotationSet &saved, const QList<JournalEntry> &unsaved)
{
    AnnotationSet restored = saved;
    const CodePointIndex index(saved.text);
    for (const JournalEntry &entry : unsaved) {
        const auto edit = editFromJson(entry.edit, index);
        if (!edit || !applyEdit(restored, *edit))
            break;
    }
    return changedItemCount(saved, restored);
}

} // namespace

std::optional<UnsavedJournal> findUnsavedJournal(const QString &annotationPath)
{
    UnsavedJournal found;
    found.journalPath = annotationPath + QStringLiteral(".journal");
    QFile journal(found.journalPath);
    if (!journal.open(QIODevice::ReadOnly))
        return std::nullopt;
    const JournalContents contents = readJournal(journal.readAll(), found.journalPath);
    if (contents.entries.isEmpty())
        return std::nullopt;
    const std::optional<AnnotationFile> saved = savedFile(annotationPath);
    const qint64 savedSequence = saved ? saved->state.journalSequence : 0;
    QList<JournalEntry> unsaved;
    std::copy_if(contents.entries.cbegin(), contents.entries.cend(), std::back_inserter(unsaved),
                 [savedSequence](const JournalEntry &entry) { return entry.sequence > savedSequence; });
    found.edits = int(unsaved.size());
    if (found.edits == 0)
        return std::nullopt;
    found.changes = saved ? changesOf(saved->set, unsaved) : found.edits;
    found.lastWritten = QFileInfo(journal).lastModified().toUTC();
    return found;
}

} // namespace galley
