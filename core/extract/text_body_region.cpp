#include "extract/text_body_region.h"

namespace galley {

BodyRegion findBodyRegion(const QList<int> &blockScores)
{
    BodyRegion best;
    long long bestTotal = 0;
    long long runningTotal = 0;
    int runStart = 0;
    for (int i = 0; i < blockScores.size(); ++i) {
        if (runningTotal <= 0) {
            runningTotal = 0;
            runStart = i;
        }
        runningTotal += blockScores.at(i);
        if (runningTotal > bestTotal) {
            bestTotal = runningTotal;
            best = {runStart, i};
        }
    }
    return best;
}

} // namespace galley
