#pragma once

#include <QtGlobal>

#include <ctime>

// Processor time, not wall time: the machine may be busy with other builds.
class CpuTimer
{
public:
    qint64 elapsedMs() const { return qint64(std::clock() - m_start) * 1000 / CLOCKS_PER_SEC; }

private:
    std::clock_t m_start = std::clock();
};
