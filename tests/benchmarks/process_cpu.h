#pragma once

// Processor time of Galley and of the QtWebEngine processes it started: unlike wall time it does
// not grow when other work shares the cores.
#include <QDir>
#include <QFile>
#include <QHash>
#include <QString>

#include <unistd.h>

namespace galley::bench {

// CPU time (user + system) of this process, or of every process it started (QtWebEngine's
// renderer), in milliseconds: unlike wall time it does not grow when other work shares the cores.
inline double cpuMilliseconds(pid_t pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

// CPU milliseconds of a process and all its descendants, by process id.
inline void collectCpu(pid_t pid, QHash<pid_t, double> &times)
{
    times.insert(pid, cpuMilliseconds(pid));
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile children(tasks.filePath(task + QStringLiteral("/children")));
        if (!children.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &child : children.readAll().split(' ')) {
            if (const pid_t id = pid_t(child.trimmed().toInt()); id > 0)
                collectCpu(id, times);
        }
    }
}

inline QHash<pid_t, double> processCpu()
{
    QHash<pid_t, double> times;
    collectCpu(getpid(), times);
    return times;
}

// CPU used between two snapshots by the processes alive at the second (a renderer of an
// earlier page may exit in between; its time is not part of this page's work).
inline double cpuBetween(const QHash<pid_t, double> &before, const QHash<pid_t, double> &after)
{
    double total = 0;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        total += it.value() - before.value(it.key(), 0);
    return total;
}

inline QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll().split(' ').value(0)) : QStringLiteral("?");
}

} // namespace galley::bench
