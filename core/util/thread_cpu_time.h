#pragma once

#include <QtGlobal>

#include <ctime>

namespace galley {

// Processor time of the calling thread, in nanoseconds: what a stage costs, whatever else the
// machine runs.
inline qint64 threadCpuNanoseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

} // namespace galley
