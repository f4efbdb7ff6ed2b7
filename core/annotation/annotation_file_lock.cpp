#include "annotation/annotation_file_lock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#include <cerrno>
#include <signal.h>

namespace galley {

using namespace Qt::StringLiterals;

namespace {

struct Holder
{
    qint64 pid = 0;
    QString host;
    QString program;
};

QByteArray describeThisProcess()
{
    const QString program = QCoreApplication::instance() ? QCoreApplication::applicationName() : u"galley"_s;
    return u"%1 %2 %3\n"_s.arg(QCoreApplication::applicationPid()).arg(QSysInfo::machineHostName(), program).toUtf8();
}

std::optional<Holder> readHolder(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QStringList fields = QString::fromUtf8(file.readAll()).trimmed().split(u' ');
    if (fields.size() < 3)
        return Holder{};   // written halfway: no one can be told to close it
    return Holder{fields[0].toLongLong(), fields[1], fields.mid(2).join(u' ')};
}

bool isThisProcess(const Holder &holder)
{
    return holder.pid == QCoreApplication::applicationPid() && holder.host == QSysInfo::machineHostName();
}

// A holder on this machine whose process has ended (or a lock written halfway) holds nothing.
bool isStale(const Holder &holder)
{
    if (holder.pid <= 0)
        return true;
    if (holder.host != QSysInfo::machineHostName())
        return false;   // another machine's process cannot be asked
    return ::kill(pid_t(holder.pid), 0) != 0 && errno == ESRCH;
}

} // namespace

AnnotationFileLock::AnnotationFileLock(QString annotationPath)
    : m_path(std::move(annotationPath) + u".lock"_s)
{
}

AnnotationFileLock::~AnnotationFileLock()
{
    release();
}

std::optional<QString> AnnotationFileLock::acquire()
{
    if (m_held)
        return std::nullopt;
    for (int attempt = 0; attempt < 2; ++attempt) {
        QFile file(m_path);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            const QByteArray line = describeThisProcess();
            if (file.write(line) != line.size() || !file.flush()) {
                file.remove();
                return u"%1: cannot write the lock: %2"_s.arg(m_path, file.errorString());
            }
            m_held = true;
            return std::nullopt;
        }
        if (!QFileInfo::exists(m_path))
            return u"%1: cannot write the lock: %2"_s.arg(m_path, file.errorString());
        const std::optional<Holder> holder = readHolder(m_path);
        if (holder && isThisProcess(*holder)) {
            m_held = true;
            return std::nullopt;
        }
        if (holder && !isStale(*holder)) {
            return u"%1 is being edited by %2 (process %3 on %4): close the page there first, or delete %5 "
                   "if that program is no longer running"_s
                .arg(m_path.chopped(5), holder->program).arg(holder->pid).arg(holder->host, m_path);
        }
        QFile::remove(m_path);   // stale: taken over
    }
    return u"%1: another process keeps taking the lock"_s.arg(m_path);
}

void AnnotationFileLock::release()
{
    if (!m_held)
        return;
    m_held = false;
    const std::optional<Holder> holder = readHolder(m_path);
    if (holder && isThisProcess(*holder))
        QFile::remove(m_path);
}

} // namespace galley
