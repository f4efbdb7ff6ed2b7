#pragma once

#include "annotation/annotation_edit.h"
#include "annotation/annotation_file.h"
#include "annotation/annotation_journal.h"
#include "text/code_point_index.h"

#include <memory>

namespace galley {

// What open() found and did: which file, how many journalled edits it replayed, and anything
// the reviewer should know (a torn journal line, a changed page, a backup it made).
struct RecoveryReport
{
    QString annotationPath;
    bool fileExisted = false;
    int replayedEdits = 0;
    QStringList diagnostics;
    QStringList backups;   // copies of damaged files it made
};

// An annotation file that could not be opened or saved. When the file was damaged, a copy sits
// at `backupPath` and the file itself is left as it was.
struct DocumentError
{
    QString message;
    QString backupPath;
};

// The one owner of a page's annotations on disk, used by the GUI and the CLI. Every applied
// edit is journalled durably before apply() returns; save() writes the annotation file
// atomically and then drops the journal. A crash at any instant loses no applied edit and
// duplicates none: journal entries carry a sequence number and the file records the last one
// it includes. A damaged annotation file is reported, copied aside and never overwritten.
class AnnotationDocument final
{
public:
    AnnotationDocument() = default;
    ~AnnotationDocument();
    Q_DISABLE_COPY_MOVE(AnnotationDocument)   // owns the journal

    // `path` is a saved page (its annotations are at annotationFilePath(path, record)) or an
    // annotation file ("….galley.json"). `fresh` is the starting point when there is no
    // annotation file yet: the article text and detector output; its contentHash, when set, is
    // checked against the file's. Replays the journal over the file.
    Expected<RecoveryReport, DocumentError> open(const QString &path, int record = -1,
                                                 const AnnotationSet &fresh = {});

    bool isOpen() const { return m_open; }
    const AnnotationSet &set() const { return m_set; }
    const QString &filePath() const { return m_filePath; }
    QString journalPath() const { return m_filePath + QLatin1StringView(".journal"); }
    bool hasUnsavedChanges() const { return m_lastSequence > m_savedSequence; }
    qint64 lastSequence() const { return m_lastSequence; }

    // Applies and journals the edit; returns its inverse for undo. The first edit of a page
    // without an annotation file writes the file first, so the journal always has a base.
    Expected<AnnotationEdit, EditError> apply(const AnnotationEdit &edit);

    // Writes the annotation file atomically, then removes the journal. Returns bytes written.
    Expected<qint64, DocumentError> save();

private:
    Expected<bool, DocumentError> replayJournal(RecoveryReport &report);

    bool m_open = false;
    AnnotationSet m_set;
    std::unique_ptr<CodePointIndex> m_index;   // of m_set.text, which edits never change
    QString m_filePath;
    std::unique_ptr<AnnotationJournal> m_journal;
    bool m_fileExists = false;
    qint64 m_lastSequence = 0;    // of the last applied edit
    qint64 m_savedSequence = 0;   // of the last edit the annotation file includes
};

} // namespace galley
