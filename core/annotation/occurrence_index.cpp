#include "annotation/occurrence_index.h"

#include "annotation/word_boundary.h"

namespace galley {

namespace {

// The length of the token needle starts with: a word, or one other unit.
int firstTokenLength(QStringView text)
{
    if (text.isEmpty() || !isWordUnit(text.front()))
        return text.isEmpty() ? 0 : 1;
    int length = 1;
    while (length < text.size() && isWordUnit(text[length]))
        ++length;
    return length;
}

} // namespace

OccurrenceIndex::OccurrenceIndex(QStringView text)
    : m_text(text)
{
    int position = 0;
    while (position < text.size()) {
        const int length = firstTokenLength(text.mid(position));
        m_tokenStarts[text.mid(position, length)].append(position);
        position += length;
    }
}

QList<int> OccurrenceIndex::occurrences(QStringView needle, bool startsWord, bool endsWord) const
{
    QList<int> found;
    if (needle.isEmpty())
        return found;
    const int tokenLength = firstTokenLength(needle);
    const bool firstTokenWhole = tokenLength < needle.size() || endsWord || !isWordUnit(needle.front());
    if (startsWord && firstTokenWhole) {
        for (const int start : m_tokenStarts.value(needle.left(tokenLength))) {
            if (m_text.mid(start, needle.size()) == needle && (!endsWord || isWordBoundary(m_text, start + int(needle.size()))))
                found.append(start);
        }
        return found;
    }
    for (qsizetype at = m_text.indexOf(needle); at >= 0; at = m_text.indexOf(needle, at + 1)) {
        if ((!startsWord || isWordBoundary(m_text, int(at))) && (!endsWord || isWordBoundary(m_text, int(at + needle.size()))))
            found.append(int(at));
    }
    return found;
}

} // namespace galley
