#pragma once

#include <QString>

#include <optional>

namespace galley {

// One process at a time writes a page's annotations: the window with the page open, or a
// galley-cli command. The lock is a file beside the annotation file ("….galley.json.lock") that
// names the process holding it; a lock left by a process that has ended on this machine is taken
// over. Within one process the lock is shared.
class AnnotationFileLock final
{
public:
    explicit AnnotationFileLock(QString annotationPath);
    ~AnnotationFileLock();
    AnnotationFileLock(const AnnotationFileLock &) = delete;
    AnnotationFileLock &operator=(const AnnotationFileLock &) = delete;

    // Nothing when this process holds the lock now; else why not, naming who holds it.
    std::optional<QString> acquire();
    void release();
    bool isHeld() const { return m_held; }
    const QString &path() const { return m_path; }

private:
    QString m_path;
    bool m_held = false;
};

} // namespace galley
