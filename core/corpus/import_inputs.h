#pragma once

#include <QStringList>

namespace galley {

// The saved pages among files and folders given to an import: folders are walked (sorted, so a
// rerun sees the same order); `NAME_files/` resource folders beside saved HTML are skipped, and
// so is every file that is not .html/.htm/.xhtml, .mhtml/.mht, .warc/.warc.gz or .txt.
QStringList collectPageFiles(const QStringList &inputs);

} // namespace galley
