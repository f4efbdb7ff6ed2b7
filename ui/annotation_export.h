#pragma once

#include "annotation/annotation_set.h"
#include "formats/annotation_format.h"

#include <QString>
#include <QStringList>

class QWidget;

namespace galley {

// What writing one page's annotations in an exchange format came to: the files written (bare
// names) and what the format could not carry, or why nothing was written.
struct AnnotationExportOutcome
{
    QStringList written;
    QStringList warnings;
    QString problem;   // empty on success; names the file that could not be written
};

// The files exporting `set` in `format` makes, named after the page (exportStem), and what the
// format cannot carry.
ExportResult exportedFiles(const AnnotationSet &set, const AnnotationFormat &format);

// Writes `exported` into `folder` (see export_targets.h): never over the page at `pagePath` nor
// an annotation file or journal Galley keeps, when nothing is written; a brat annotation.conf
// there is merged.
AnnotationExportOutcome writeExport(const ExportResult &exported, const QString &pagePath, const QString &folder);

// Both in one: `set` (the annotations as the window shows them, unsaved edits included) in
// `format` into `folder`.
AnnotationExportOutcome exportAnnotationSet(const AnnotationSet &set, const AnnotationFormat &format, const QString &folder);

// File ▸ Export Annotations…: asks for a format and a folder (and before replacing files there),
// writes, and says what it wrote and what the format left out. `startFolder`: where the folder dialog opens.
void exportAnnotationsInteractively(QWidget *parent, const AnnotationSet &set, const QString &startFolder);

} // namespace galley
