#pragma once

#include <QList>
#include <QString>

namespace galley {

// Converts offsets into one string between UTF-16 units (inside Galley) and Unicode code
// points (in every file Galley reads or writes). Only surrogate pairs make the two differ,
// so the index stores just where they are.
class CodePointIndex
{
public:
    explicit CodePointIndex(const QString &text);

    qsizetype toCodePoints(qsizetype utf16Offset) const;   // a low surrogate rounds down
    qsizetype toUtf16(qsizetype codePointOffset) const;
    qsizetype codePointLength() const { return m_utf16Length - m_pairStarts.size(); }

private:
    qsizetype m_utf16Length = 0;
    QList<qsizetype> m_pairStarts;   // UTF-16 offsets of high surrogates that start a pair, ascending
};

} // namespace galley
