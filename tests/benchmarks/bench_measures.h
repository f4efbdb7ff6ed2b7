#pragma once

// What the benchmarks measure with: processor time (the machine may be busy with other builds),
// rates and resident memory.
#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QString>

#include <algorithm>
#include <ctime>
#include <functional>
#include <vector>

namespace galley::bench {

// Processor time of the calling thread.
inline qint64 threadCpuNanoseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// Processor time of the whole process (std::clock).
inline qint64 processCpuNanoseconds() { return qint64(double(std::clock()) * 1e9 / CLOCKS_PER_SEC); }
inline double processCpuSeconds() { return double(std::clock()) / CLOCKS_PER_SEC; }

inline double perSecond(qint64 count, qint64 nanoseconds)
{
    return double(count) * 1e9 / double(std::max<qint64>(nanoseconds, 1));
}

// Wall-clock milliseconds `work` takes.
inline double wallMilliseconds(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

inline double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// VmRSS from /proc/self/status; -1 when it cannot be read.
inline qint64 residentKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace galley::bench
