#include "annotation/unsaved_journal.h"

#include "annotation/annotation_file.h"
#include "annotation/annotation_journal.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace galley {

namespace {

// The last journal entry the annotation file includes; 0 when there is no readable file (then
// every entry is unsaved, as AnnotationDocument::open replays them all).
qint64 savedSequence(const QString &annotationPath)
{
    QFile file(annotationPath);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const auto read = readAnnotationFile(file.readAll(), annotationPath);
    return read ? read->state.journalSequence : 0;
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
    const qint64 saved = savedSequence(annotationPath);
    found.edits = int(std::count_if(contents.entries.cbegin(), contents.entries.cend(),
                                    [saved](const JournalEntry &entry) { return entry.sequence > saved; }));
    if (found.edits == 0)
        return std::nullopt;
    found.lastWritten = QFileInfo(journal).lastModified().toUTC();
    return found;
}

} // namespace galley
