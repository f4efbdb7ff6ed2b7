#pragma once

#include "formats/format_files.h"

#include <optional>

namespace galley {

// Where an export is about to write, checked before anything is written (the window and
// galley-cli export share these rules).

// The file an export would write that it must not: one of the saved pages it exports
// (`pagePaths`) or another page with review work beside it, an annotation file, journal or
// backup of Galley's (review work), or where a page's annotation file or journal will be (the
// next open would read it) unless the export writes annotation files (`annotationFiles`, the
// galley format: a new one seeds the page's review). Such a target is never written; the
// caller names it.
std::optional<QString> protectedExportTarget(const FormatFiles &files, const QString &folder, const QStringList &pagePaths,
                                             bool annotationFiles = false);

// The files already in `folder` the export would replace; a brat collection's annotation.conf
// is not among them, as it is merged (see withCollectionFilesMerged).
QStringList replacedExportFiles(const FormatFiles &files, const QString &folder);

// The files as they are to be written into `folder`: an annotation.conf already there keeps
// what it declares and gains what these files use.
FormatFiles withCollectionFilesMerged(FormatFiles files, const QString &folder);

} // namespace galley
