#pragma once

// Finds the controls of a window or dialog that assistive tools could not name.
#include <QAbstractButton>
#include <QAccessible>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressBar>
#include <QSplitterHandle>
#include <QStringList>
#include <QTabBar>
#include <QWebEngineView>
#include <QWidget>

namespace galley::test {

inline bool isInteractive(QWidget *widget)
{
    return (widget->focusPolicy() & Qt::TabFocus) || qobject_cast<QSplitterHandle *>(widget)
           || qobject_cast<QTabBar *>(widget) || qobject_cast<QMenuBar *>(widget)
           || qobject_cast<QProgressBar *>(widget) || qobject_cast<QAbstractButton *>(widget);
}

inline QString accessibleNameOf(QWidget *widget)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name).trimmed() : widget->accessibleName();
}

// Every widget shown that a reader can reach or operate and that has no accessible name, as
// "Class < Parent \"name\" < …". Chromium's own widgets are left out (the page's content has its
// own accessibility tree), and so are the parts Qt builds into a control and exposes through it
// (a tab bar's scroll buttons, a line edit's clear button, the menu bar's overflow).
inline QStringList unnamedControls(QWidget &root)
{
    QStringList unnamed;
    for (QWidget *widget : root.findChildren<QWidget *>()) {
        bool insideWeb = false;
        bool builtIn = false;
        for (QWidget *up = widget->parentWidget(); up && up != &root; up = up->parentWidget()) {
            insideWeb = insideWeb || qobject_cast<QWebEngineView *>(up);
            builtIn = builtIn || qobject_cast<QTabBar *>(up) || qobject_cast<QLineEdit *>(up) || qobject_cast<QMenuBar *>(up);
        }
        if (insideWeb || builtIn || !widget->isVisibleTo(&root) || !isInteractive(widget)
            || !accessibleNameOf(widget).isEmpty())
            continue;
        QString path = QString::fromLatin1(widget->metaObject()->className());
        for (QWidget *up = widget->parentWidget(); up && up != &root; up = up->parentWidget())
            path += QStringLiteral(" < ") + QString::fromLatin1(up->metaObject()->className())
                    + (up->accessibleName().isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(up->accessibleName()));
        unnamed.append(path);
    }
    return unnamed;
}

} // namespace galley::test
