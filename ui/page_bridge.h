#pragma once

#include <QObject>
#include <QString>

namespace galley {

// The one object Galley publishes on the QWebChannel of its page view, in the isolated world
// only: galley-highlights.js reports clicks and hovers on highlights through it. Everything it
// receives is an untrusted string and is only ever used to look a span up.
class PageBridge final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageBridge)

public:
    explicit PageBridge(QObject *parent = nullptr);

public slots:
    void spanClicked(const QString &spanId);
    void spanHovered(const QString &spanId);   // empty when the pointer left every highlight

signals:
    void clicked(const QString &spanId);
    void hovered(const QString &spanId);
};

} // namespace galley
