#include "text/code_point_index.h"

#include <algorithm>

namespace galley {

CodePointIndex::CodePointIndex(const QString &text)
    : m_utf16Length(text.size())
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && text.at(i + 1).isLowSurrogate()) {
            m_pairStarts.append(i);
            ++i;
        }
    }
}

qsizetype CodePointIndex::toCodePoints(qsizetype utf16Offset) const
{
    // Each pair that starts before the offset adds one UTF-16 unit; an offset that splits a
    // pair therefore lands on the pair's own code point.
    const auto before = std::lower_bound(m_pairStarts.begin(), m_pairStarts.end(), utf16Offset);
    return utf16Offset - (before - m_pairStarts.begin());
}

qsizetype CodePointIndex::toUtf16(qsizetype codePointOffset) const
{
    // The k-th pair starts at code point m_pairStarts[k] - k.
    qsizetype low = 0, high = m_pairStarts.size();
    while (low < high) {
        const qsizetype mid = (low + high) / 2;
        if (m_pairStarts[mid] - mid < codePointOffset)
            low = mid + 1;
        else
            high = mid;
    }
    return codePointOffset + low;
}

} // namespace galley
