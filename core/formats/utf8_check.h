#pragma once

#include "formats/format_error.h"
#include "formats/format_files.h"

#include <optional>

namespace galley {

// "FILE:LINE: not UTF-8 at byte N of the line" for a file that is not valid UTF-8 (QString::fromUtf8
// would quietly turn the bad bytes into U+FFFD); nothing when it is.
std::optional<FormatError> utf8Problem(const FormatFile &file);

} // namespace galley
