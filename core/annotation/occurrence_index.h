#pragma once

#include <QHash>
#include <QList>
#include <QStringView>

namespace galley {

// Where a string occurs in one text. Words (letters, digits, marks) and single other units are
// indexed once, so a string that starts with a whole word is found by a hash look-up instead of
// a scan of the whole text; other strings are scanned for. Offsets are UTF-16 code units.
class OccurrenceIndex
{
public:
    explicit OccurrenceIndex(QStringView text);   // text must outlive the index

    // Every start of needle, ascending. startsWord / endsWord: needle must begin / end at a word
    // boundary of the text (as the quote did where it was made).
    QList<int> occurrences(QStringView needle, bool startsWord, bool endsWord) const;

    QStringView text() const { return m_text; }

private:
    QStringView m_text;
    QHash<QStringView, QList<int>> m_tokenStarts;
};

} // namespace galley
