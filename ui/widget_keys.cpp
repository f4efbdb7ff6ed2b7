#include "widget_keys.h"

#include <QEvent>
#include <QKeyEvent>
#include <QWidget>

namespace galley {

namespace {

class ShortcutOverrideFilter final : public QObject
{
public:
    ShortcutOverrideFilter(const QList<int> &keys, QObject *parent)
        : QObject(parent)
        , m_keys(keys)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride) {
            auto *key = static_cast<QKeyEvent *>(event);
            const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
            if (modifiers == Qt::NoModifier && m_keys.contains(key->key())) {
                event->accept();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QList<int> m_keys;
};

} // namespace

void keepKeysFromShortcuts(QWidget *widget, const QList<int> &keys)
{
    widget->installEventFilter(new ShortcutOverrideFilter(keys, widget));
}

} // namespace galley
