#pragma once

#include "annotation/annotation_edit.h"
#include "annotation/annotation_file.h"
#include "annotation/annotation_file_lock.h"
#include "annotation/annotation_journal.h"
#include "annotation/reanchoring.h"
#include "extract/article.h"
#include "load/page.h"
#include "text/code_point_index.h"

#include <memory>

namespace galley {

// What open() did because the page changed since its annotation file was saved (a re-saved
// page, an improved extractor, CRLF instead of LF, other whitespace): every span was
// re-anchored onto the current article text, the spans found got DOM ranges in the current
// page, orphans were kept (listed in `spans`, reattach() places them), and the page's new
// content hash was recorded. All of it in memory: the file on disk is the pre-re-anchoring
// one until save() (or the first edit) copies it aside and replaces it.
struct PageChange
{
    QString previousContentHash;
    QString contentHash;
    QString previousText;          // the article text the file was saved with
    bool textChanged = false;      // false: same text, only the page's bytes changed
    ReanchorReport spans;          // offsets: UTF-16, old ones into previousText
};

// What open() found and did: which file, how many journalled edits it replayed, and anything
// the reviewer should know (a torn journal line, a changed page, a backup it made).
struct RecoveryReport
{
    QString annotationPath;
    bool fileExisted = false;
    int replayedEdits = 0;
    QStringList diagnostics;
    QStringList backups;                    // copies of damaged files it made
    std::optional<PageChange> pageChange;   // set when the spans were re-anchored
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
// it includes. A damaged annotation file is reported, copied aside and never overwritten. Only
// one process writes it at a time (annotation_file_lock.h): the first write takes the lock,
// held until the document closes or opens another file.
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

    // Opens the annotations of `page` as it is now (`article` extracted from it; `fresh` as
    // above): when the file was saved for another article text or content hash, the spans are
    // re-anchored onto article.text and report.pageChange says what moved, matched fuzzily or
    // was orphaned. `annotationPath` defaults to annotationFilePath(page.sourcePath, page.record).
    // The document keeps the page to give reattached spans their DOM ranges.
    Expected<RecoveryReport, DocumentError> open(const Page &page, const Article &article,
                                                 const AnnotationSet &fresh = {},
                                                 const QString &annotationPath = {});

    bool isOpen() const { return m_open; }
    const AnnotationSet &set() const { return m_set; }
    const QString &filePath() const { return m_filePath; }
    QString journalPath() const { return m_filePath + QLatin1StringView(".journal"); }
    bool hasUnsavedChanges() const { return m_lastSequence > m_savedSequence || m_reanchored; }
    // Re-anchored by open() and not saved yet: the file on disk still holds the old text.
    bool isReanchoredUnsaved() const { return m_reanchored; }
    // Where the save after a re-anchoring copied the pre-re-anchoring file (and its journal);
    // empty before that.
    const QStringList &reanchoringBackups() const { return m_reanchoringBackups; }
    qint64 lastSequence() const { return m_lastSequence; }

    // Applies and journals the edit; returns its inverse for undo. The first edit of a page
    // without an annotation file writes the file first, so the journal always has a base.
    Expected<AnnotationEdit, EditError> apply(const AnnotationEdit &edit);

    // Places span spanId (an orphan, typically) on [start, end) of set().text (UTF-16 offsets):
    // text, quote and the DOM range in the page given to open() are refreshed, it is anchored
    // again, and the change is applied and journalled like apply(); returns its inverse.
    Expected<AnnotationEdit, EditError> reattach(const QString &spanId, int start, int end);

    // Writes the annotation file atomically, then removes the journal. Returns bytes written.
    // After a re-anchoring the file it replaces is first copied to
    // "FILE.before-reanchoring-YYYYmmddTHHMMSS" (its journal too), which stays.
    Expected<qint64, DocumentError> save();

private:
    struct CurrentPage
    {
        Page page;
        Article article;
    };

    Expected<RecoveryReport, DocumentError> openFile(const QString &path, int record, const AnnotationSet &fresh);
    // Before the first write: takes the lock, and refuses when another program changed the file
    // or journal since open() read them (its changes would be lost). Nothing, or why not.
    std::optional<EditError> claimForWriting();
    QByteArray diskState() const;
    Expected<bool, DocumentError> replayJournal(RecoveryReport &report);
    void reanchorOntoCurrentPage(RecoveryReport &report);
    std::optional<DomRange> domRangeInCurrentPage(int start, int end) const;

    bool m_open = false;
    AnnotationSet m_set;
    std::unique_ptr<CodePointIndex> m_index;   // of m_set.text, which edits never change
    QString m_filePath;
    std::unique_ptr<AnnotationJournal> m_journal;
    std::unique_ptr<AnnotationFileLock> m_lock;
    QByteArray m_openedDiskState;   // the file and journal as open() left them (diskState())
    bool m_fileExists = false;
    qint64 m_lastSequence = 0;    // of the last applied edit
    qint64 m_savedSequence = 0;   // of the last edit the annotation file includes
    std::optional<CurrentPage> m_current;   // the page given to open(), when one was
    bool m_reanchored = false;    // the set was re-anchored; the file on disk is the old one
    QStringList m_reanchoringBackups;
};

} // namespace galley
