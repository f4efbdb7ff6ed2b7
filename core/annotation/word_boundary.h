#pragma once

#include <QChar>
#include <QStringView>

namespace galley {

// Units of a word for re-anchoring: letters, digits and combining marks.
inline bool isWordUnit(QChar c) { return c.isLetterOrNumber() || c.isMark(); }

// Whether offset (UTF-16) lies between two units that are not both word units, or at either end.
inline bool isWordBoundary(QStringView text, qsizetype offset)
{
    return offset <= 0 || offset >= text.size() || !isWordUnit(text[offset - 1]) || !isWordUnit(text[offset]);
}

} // namespace galley
