#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <utility>

namespace galley {

// Which stretches of an old text survive unchanged in a new one, found by a diff over words,
// single punctuation marks and spaces between a common prefix and suffix (diffTokens: Myers,
// or anchored by unique word runs when more than maxEdits edits separate the texts; what no
// diff aligns counts as changed, and spans there are searched for). Offsets are UTF-16 code
// units.
class TextDiff
{
public:
    static constexpr int kDefaultMaxEdits = 2000;

    TextDiff(QStringView oldText, QStringView newText, int maxEdits = kDefaultMaxEdits);

    struct EqualRun
    {
        int oldStart = 0;
        int newStart = 0;
        int length = 0;
    };
    const QList<EqualRun> &equalRuns() const { return m_runs; }

    // Where the old [start, end) is in the new text when both its first and its last unit
    // survived (text may have been inserted or deleted between them); an empty range maps when
    // the units either side of it survived together.
    std::optional<std::pair<int, int>> mapRange(int start, int end) const;
    // What is left in newText of the old [start, end): its surviving units, in order.
    QString survivorsOf(QStringView newText, int start, int end) const;
    // How many units of the old [start, end) survived.
    int survivingUnits(int start, int end) const;
    // The new offset nearest to where the old offset was, for ranking search results.
    int mapNearest(int oldOffset) const;

private:
    const EqualRun *runHolding(int oldUnit) const;   // the run keeping old unit oldUnit, if any
    void addRun(int oldStart, int newStart, int length);

    QList<EqualRun> m_runs;   // ascending in both texts
};

} // namespace galley
