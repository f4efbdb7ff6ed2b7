#pragma once

#include <QHash>
#include <QList>
#include <QStringView>

namespace galley {

// Approximate string search in one text, as Hypothesis's approx-string-match does: Myers' (1999)
// bit-parallel edit-distance automaton over 64-unit blocks of the pattern, so a search costs
// O(text length × pattern length / 64). Offsets are UTF-16 code units.
class ApproximateMatcher
{
public:
    explicit ApproximateMatcher(QStringView text);   // text must outlive the matcher

    struct Match
    {
        int start = 0;
        int end = 0;      // exclusive
        int errors = 0;   // insertions, deletions and substitutions
    };

    // Matches of pattern in [from, to) with at most maxErrors edits: one per locally best end
    // position, at most maxMatches of them, fewest errors first (ties: nearest to `near`).
    QList<Match> search(QStringView pattern, int from, int to, int maxErrors, int near, int maxMatches) const;

    QStringView text() const { return m_text; }

private:
    int startOf(QStringView pattern, int end, int errors, int from) const;

    QStringView m_text;
    QList<int> m_symbols;             // per text unit: its index in m_alphabet
    QHash<char16_t, int> m_alphabet;  // the distinct units of the text
};

// Levenshtein distance between two short texts (prefix/suffix context, span text).
int editDistance(QStringView a, QStringView b);

// 1 for equal texts, 0 for nothing in common: 1 - edit distance / longer length.
double similarity(QStringView a, QStringView b);

} // namespace galley
