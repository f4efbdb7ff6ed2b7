#pragma once

#include <QString>

namespace galley {

// Finds a file shipped in the source tree's resources/ (e.g. "models/ner-conll.model") from an
// installed or build-tree executable: ../share/galley/, then resources/ above the binary, then
// the source tree this core was built from. Returns the last candidate when none exists.
QString resourcePath(const QString &relative);

// The shared data folder (../shared next to the source tree), or $GALLEY_SHARED_DIR when set.
QString sharedDataPath(const QString &relative);

} // namespace galley
