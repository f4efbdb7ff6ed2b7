#include "annotation/annotation_document.h"

#include "annotation/annotation_edit_json.h"
#include "annotation/dom_range.h"
#include "util/durable_file.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

#include <sys/stat.h>

namespace galley {

using namespace Qt::StringLiterals;

AnnotationDocument::~AnnotationDocument() = default;

Expected<RecoveryReport, DocumentError> AnnotationDocument::open(const QString &path, int record,
                                                                  const AnnotationSet &fresh)
{
    m_current.reset();
    return openFile(path, record, fresh);
}

Expected<RecoveryReport, DocumentError> AnnotationDocument::open(const Page &page, const Article &article,
                                                                  const AnnotationSet &fresh,
                                                                  const QString &annotationPath)
{
    m_current = CurrentPage{page, article};
    AnnotationSet start = fresh;
    if (start.text.isEmpty() && start.spans.isEmpty())
        start.text = article.text;
    if (start.contentHash.isEmpty())
        start.contentHash = QString::fromLatin1(page.contentHash.toHex());
    if (start.sourcePath.isEmpty()) {
        start.sourcePath = page.sourcePath;
        start.record = page.record;
    }
    Expected<RecoveryReport, DocumentError> report =
        openFile(annotationPath.isEmpty() ? annotationFilePath(page.sourcePath, page.record) : annotationPath,
                 page.record, start);
    if (report && m_fileExists)
        reanchorOntoCurrentPage(*report);
    return report;
}

// After the journal is replayed: its edits hold offsets into the text the file was saved with.
void AnnotationDocument::reanchorOntoCurrentPage(RecoveryReport &report)
{
    const QString &text = m_current->article.text;
    const QString hash = QString::fromLatin1(m_current->page.contentHash.toHex());
    const bool textChanged = text != m_set.text;
    const bool hashChanged = !hash.isEmpty() && !m_set.contentHash.isEmpty() && hash != m_set.contentHash;
    if (!textChanged && !hashChanged)
        return;
    PageChange change;
    change.previousContentHash = m_set.contentHash;
    change.contentHash = hash.isEmpty() ? m_set.contentHash : hash;
    change.previousText = m_set.text;
    change.textChanged = textChanged;

    Reanchoring moved = reanchor(m_set, text);
    for (Span &span : moved.set.spans) {
        // Every placed span gets its range in the page as it is now; an orphan's old range
        // would point into the old page (the backup keeps it).
        if (span.anchor == AnchorState::Orphaned) {
            if (hashChanged)
                span.dom.reset();
            // Old offsets the new text cannot hold (it got shorter, or one would split an emoji)
            // are pulled inside it, so the file stays valid; the report keeps the old ones.
            const auto splitsPair = [&text](int offset) {
                return offset > 0 && offset < text.size() && text.at(offset).isLowSurrogate()
                    && text.at(offset - 1).isHighSurrogate();
            };
            span.end = int(std::min<qsizetype>(span.end, text.size()));
            span.start = std::min(span.start, span.end);
            if (splitsPair(span.start))
                --span.start;
            if (splitsPair(span.end))
                ++span.end;
        } else {
            span.dom = domRangeInCurrentPage(span.start, span.end);
        }
    }
    moved.set.contentHash = change.contentHash;
    change.spans = std::move(moved.report);
    m_set = std::move(moved.set);
    m_index = std::make_unique<CodePointIndex>(m_set.text);
    m_reanchored = true;

    const ReanchorReport &spans = change.spans;
    report.diagnostics.append(
        u"%1: the page has changed since it was annotated; its spans were re-anchored: %2 anchored, %3 moved, "
        "%4 fuzzy, %5 orphaned (kept, to be reattached)"_s.arg(m_filePath).arg(spans.anchored).arg(spans.moved.size())
            .arg(spans.fuzzy.size()).arg(spans.orphaned.size()));
    report.pageChange = std::move(change);
}

std::optional<DomRange> AnnotationDocument::domRangeInCurrentPage(int start, int end) const
{
    if (!m_current)
        return std::nullopt;
    return domRangeOf(m_current->article, m_current->page, start, end);
}

Expected<RecoveryReport, DocumentError> AnnotationDocument::openFile(const QString &path, int record,
                                                                      const AnnotationSet &fresh)
{
    m_open = false;
    m_reanchored = false;
    m_reanchoringBackups.clear();
    m_filePath = isAnnotationFilePath(path) ? path : annotationFilePath(path, record);
    m_journal = std::make_unique<AnnotationJournal>(journalPath());
    m_lock = std::make_unique<AnnotationFileLock>(m_filePath);   // the one for another file goes
    RecoveryReport report;
    report.annotationPath = m_filePath;

    // A save killed before its rename leaves a temporary file; the journal still holds its edits.
    // A complete one is left alone: it cannot be told from a reviewer's own copy.
    const QStringList leftovers =
        removeInterruptedWrites(m_filePath, [](const QByteArray &contents) {
            return contents.isEmpty() || (contents.startsWith(kAnnotationFileStart) && !contents.endsWith("}\n"));
        })
        + removeInterruptedWrites(journalPath(), [](const QByteArray &contents) {
              return contents.isEmpty() || contents.startsWith(kJournalLineStart);
          });
    for (const QString &leftover : leftovers)
        report.diagnostics.append(u"%1: removed the temporary file of a save that was interrupted"_s.arg(leftover));

    QFile file(m_filePath);
    m_fileExists = file.exists();
    if (m_fileExists) {
        if (!file.open(QIODevice::ReadOnly))
            return DocumentError{u"%1: cannot read the annotation file: %2"_s.arg(m_filePath, file.errorString()), {}};
        const Expected<AnnotationFile, AnnotationFileError> read = readAnnotationFile(file.readAll(), m_filePath);
        if (!read) {
            const Expected<QString, FileError> backup = backUpFile(m_filePath, u"damaged"_s);
            const QString kept = backup ? u" (a copy is at %1; the file was left as it is)"_s.arg(*backup)
                                        : u" (the file was left as it is; %1)"_s.arg(backup.error().message);
            return DocumentError{read.error().message() + kept, backup ? *backup : QString()};
        }
        m_set = read->set;
        m_savedSequence = read->state.journalSequence;
        if (read->version < kAnnotationFileVersion)
            report.diagnostics.append(u"%1: written as version %2; it is saved as version %3"_s.arg(m_filePath)
                                          .arg(read->version).arg(kAnnotationFileVersion));
        if (!m_current && !fresh.contentHash.isEmpty() && !m_set.contentHash.isEmpty()
            && fresh.contentHash != m_set.contentHash)
            report.diagnostics.append(u"%1: the page has changed since it was annotated"_s.arg(m_filePath));
    } else {
        m_set = fresh;
        if (m_set.sourcePath.isEmpty() && !isAnnotationFilePath(path)) {
            m_set.sourcePath = path;
            m_set.record = record;
        }
        m_savedSequence = 0;
    }
    report.fileExisted = m_fileExists;
    m_index = std::make_unique<CodePointIndex>(m_set.text);
    m_lastSequence = m_savedSequence;

    const Expected<bool, DocumentError> replayed = replayJournal(report);
    if (!replayed)
        return replayed.error();
    // Restored edits are unsaved edits of this window's: galley-cli and other windows keep off the
    // file until they are saved or discarded, as after an edit made here (a lock another live
    // process holds is left to it; the next edit here is refused then).
    if (*replayed && hasUnsavedChanges())
        static_cast<void>(m_lock->acquire());
    m_openedDiskState = diskState();
    m_open = true;
    return report;
}

// Which file each path names and its size and change time, without reading it: a save by
// another process renames a new file into place, a journal grows or goes.
QByteArray AnnotationDocument::diskState() const
{
    QByteArray state;
    for (const QString &path : {m_filePath, journalPath()}) {
        struct stat info {};
        if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
            state += "none;";
            continue;
        }
        state += QByteArray::number(qulonglong(info.st_ino)) + ' ' + QByteArray::number(qlonglong(info.st_size)) + ' '
                 + QByteArray::number(qlonglong(info.st_mtim.tv_sec)) + '.' + QByteArray::number(qlonglong(info.st_mtim.tv_nsec))
                 + ';';
    }
    return state;
}

std::optional<EditError> AnnotationDocument::claimForWriting()
{
    if (m_lock->isHeld())
        return std::nullopt;
    if (std::optional<QString> refused = m_lock->acquire())
        return EditError{*refused, EditError::Conflict::Locked};
    if (diskState() != m_openedDiskState) {
        m_lock->release();
        return EditError{u"%1 was changed on disk since it was opened here (by galley-cli or another program): open "
                         "the page again to see those changes"_s.arg(m_filePath),
                         EditError::Conflict::ChangedOnDisk};
    }
    return std::nullopt;
}

Expected<bool, DocumentError> AnnotationDocument::replayJournal(RecoveryReport &report)
{
    QFile file(journalPath());
    if (!file.exists())
        return false;
    if (!file.open(QIODevice::ReadOnly))
        return DocumentError{u"%1: cannot read the journal: %2"_s.arg(file.fileName(), file.errorString()), {}};
    const QByteArray bytes = file.readAll();
    file.close();

    JournalContents journal = readJournal(bytes, file.fileName());
    report.diagnostics += journal.diagnostics;
    QByteArray keptLines;   // the entries replayed, to rewrite the journal with when it had a bad part
    bool damaged = journal.damaged;
    int alreadySaved = 0;
    for (const JournalEntry &entry : std::as_const(journal.entries)) {
        if (entry.sequence <= m_savedSequence) {
            ++alreadySaved;   // saved, then a crash before the journal was removed
            continue;
        }
        const auto where = u"%1:%2: "_s.arg(file.fileName()).arg(entry.line);
        if (entry.sequence != m_lastSequence + 1) {
            report.diagnostics.append(where + u"edit %1 follows edit %2; the edits from here on are not replayed"_s
                                                  .arg(entry.sequence).arg(m_lastSequence));
            damaged = true;
            break;
        }
        const Expected<AnnotationEdit, JsonProblem> edit = editFromJson(entry.edit, *m_index);
        const Expected<AnnotationEdit, EditError> applied =
            edit ? applyEdit(m_set, *edit) : Expected<AnnotationEdit, EditError>(EditError{edit.error().problem});
        if (!applied) {
            report.diagnostics.append(where + u"edit %1 cannot be replayed (%2); the edits from here on are not "
                                              "replayed"_s.arg(entry.sequence).arg(applied.error().message));
            damaged = true;
            break;
        }
        m_lastSequence = entry.sequence;
        ++report.replayedEdits;
        keptLines += entry.bytes;
    }
    if (alreadySaved > 0)
        report.diagnostics.append(u"%1: %2 journalled edits were already saved and were skipped"_s.arg(file.fileName())
                                      .arg(alreadySaved));
    if (damaged) {
        const Expected<QString, FileError> backup = backUpFile(file.fileName(), u"damaged"_s);
        if (!backup)
            return DocumentError{report.diagnostics.join(u'\n') + u"\n"_s + backup.error().message, {}};
        report.backups.append(*backup);
        report.diagnostics.append(u"%1: the whole journal was copied to %2"_s.arg(file.fileName(), *backup));
    }
    if (damaged || journal.tornTail || alreadySaved > 0) {
        const Expected<qint64, FileError> rewritten = m_journal->rewrite(keptLines);
        if (!rewritten)
            return DocumentError{rewritten.error().message, {}};
    }
    return true;
}

Expected<AnnotationEdit, EditError> AnnotationDocument::apply(const AnnotationEdit &edit)
{
    if (!m_open)
        return EditError{u"no annotation file is open"_s};
    if (std::optional<EditError> refused = claimForWriting())
        return EditError{refused->message + u"; the edit was not made"_s, refused->conflict};
    if (!m_fileExists || m_reanchored) {   // the journal's base must hold the text edits refer to
        const Expected<qint64, DocumentError> saved = save();
        if (!saved)
            return EditError{saved.error().message};
    }
    Expected<AnnotationEdit, EditError> undo = applyEdit(m_set, edit);
    if (!undo)
        return undo;
    const Expected<qint64, FileError> journalled = m_journal->append(m_lastSequence + 1, editJson(edit, *m_index));
    if (!journalled) {
        applyEdit(m_set, *undo);
        return EditError{journalled.error().message + u"; the edit was not made"_s};
    }
    ++m_lastSequence;
    return undo;
}

Expected<AnnotationEdit, EditError> AnnotationDocument::reattach(const QString &spanId, int start, int end)
{
    if (!m_open)
        return EditError{u"no annotation file is open"_s};
    const Expected<AnnotationSet, QString> placed = galley::reattach(m_set, spanId, start, end);
    if (!placed)
        return EditError{placed.error()};
    const auto span = std::find_if(placed->spans.begin(), placed->spans.end(),
                                   [&](const Span &s) { return s.id == spanId; });
    Span updated = *span;
    updated.dom = domRangeInCurrentPage(updated.start, updated.end);
    updated.modified = QDateTime::currentDateTimeUtc();
    const Expected<AnnotationEdit, EditError> edit = updateSpan(m_set, std::move(updated));
    if (!edit)
        return edit;
    return apply(*edit);
}

Expected<qint64, DocumentError> AnnotationDocument::save()
{
    if (!m_open)
        return DocumentError{u"no annotation file is open"_s, {}};
    if (std::optional<EditError> refused = claimForWriting())
        return DocumentError{refused->message + u"; nothing was saved"_s, {}};
    if (m_reanchored && m_fileExists) {
        // The file (and journal) as they were before the re-anchoring stay beside it.
        QStringList backups;
        for (const QString &path : {m_filePath, journalPath()}) {
            if (!QFile::exists(path))
                continue;
            const Expected<QString, FileError> backup = backUpFile(path, u"before-reanchoring"_s);
            if (!backup)
                return DocumentError{backup.error().message + u"; nothing was saved"_s, {}};
            backups.append(*backup);
        }
        m_reanchoringBackups = backups;
    }
    const AnnotationFileState state{m_lastSequence, QDateTime::currentDateTimeUtc()};
    const Expected<qint64, FileError> written = writeFileAtomically(m_filePath, annotationFileJson(m_set, state));
    if (!written)
        return DocumentError{written.error().message, {}};
    m_fileExists = true;
    m_reanchored = false;
    m_savedSequence = m_lastSequence;
    // A crash before the journal is gone is harmless: its entries are at most the saved sequence.
    const Expected<bool, FileError> removed = m_journal->remove();
    if (!removed)
        qWarning("%s", qPrintable(removed.error().message));
    return *written;
}

} // namespace galley
