#pragma once

#include "annotation/annotation_set.h"
#include "util/expected.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace galley {

// Galley's own annotation file ("PAGE.galley.json"): one UTF-8 JSON object per page,
// `"galley_annotations": 2`, `"offset_unit": "code point"`. It holds the article text, every
// span three ways (code-point offsets into the text, a text-quote selector and the DOM range
// when the page is HTML), relations, clusters, document fields, the page's content hash,
// provenance, reviewer, review states and ISO 8601 UTC timestamps. Each span, relation and
// cluster sits on its own line, so errors and diffs point at one item.

constexpr int kAnnotationFileVersion = 2;       // what Galley writes
constexpr int kOldestAnnotationFileVersion = 1;  // the oldest it still reads (see annotation_file_migration.h)
constexpr char kAnnotationFileStart[] = "{\n\"galley_annotations\": ";   // how every file Galley writes begins

// A file that cannot be read: which file, the 1-based line (0 when the whole file is at
// fault) and what is wrong.
struct AnnotationFileError
{
    QString fileName;
    int line = 0;
    QString problem;

    QString message() const;   // "FILE:LINE: PROBLEM"
};

// What the file records besides the set.
struct AnnotationFileState
{
    qint64 journalSequence = 0;   // the last journal entry the file includes (see AnnotationDocument)
    QDateTime saved;              // UTC; omitted when invalid
};

struct AnnotationFile
{
    AnnotationSet set;
    AnnotationFileState state;
    int version = 0;   // the version read; older versions are migrated when read
};

QByteArray annotationFileJson(const AnnotationSet &set, const AnnotationFileState &state = {});

// Reads and validates every field: types, offsets inside the text, span text against the
// text, unique ids, relation ends. `fileName` names the file in errors.
Expected<AnnotationFile, AnnotationFileError> readAnnotationFile(const QByteArray &json, const QString &fileName);
Expected<AnnotationSet, AnnotationFileError> parseAnnotationFile(const QByteArray &json, const QString &fileName);

// Where a page's annotations live by default: next to it, "PAGE.galley.json", or
// "ARCHIVE.record-N.galley.json" for record N of a WARC file.
QString annotationFilePath(const QString &pagePath, int record = -1);
bool isAnnotationFilePath(const QString &path);

} // namespace galley
