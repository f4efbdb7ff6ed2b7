#pragma once

#include <QList>

namespace galley {

// The article body of a text copy is the stretch of consecutive blocks that carries the most
// running text: each block scores plus for prose and minus for furniture, and the body is the
// contiguous run with the greatest total (the classic "body text extraction" idea, one
// dimension). Short furniture inside the body (an in-text image credit, a subheading) costs
// less than the prose around it and stays inside; a run of related headlines after the last
// paragraph only costs, so the body ends before it.
struct BodyRegion
{
    int first = -1;   // index of the first body block, inclusive; -1 when there is no body
    int last = -1;    // index of the last body block, inclusive

    bool contains(int index) const { return first >= 0 && index >= first && index <= last; }
};

BodyRegion findBodyRegion(const QList<int> &blockScores);

} // namespace galley
