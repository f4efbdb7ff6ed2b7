#pragma once

#include <QList>
#include <QObject>

#include <functional>

class QAction;
class QTabWidget;
class QWidget;

namespace galley {

// Moving the keyboard focus between the review window's regions without a mouse: F6 / Shift+F6
// go to the next / previous region (documents → page or text → annotation panel → find bar when
// open), Ctrl+1…Ctrl+4 show a tab of the annotation panel and focus its list.
class FocusRegions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FocusRegions)

public:
    // A part of the window, and the widget in it to focus now (nullptr while there is none).
    struct Region
    {
        QWidget *area;
        std::function<QWidget *()> target;
    };

    FocusRegions(QWidget *window, QList<Region> regions, QTabWidget *panelTabs);

    QList<QAction *> menuActions() const { return m_actions; }
    void focusNextRegion() { step(1); }
    void focusPreviousRegion() { step(-1); }
    // The region holding the keyboard focus; -1 when none does.
    int currentRegion() const;

private:
    void step(int direction);
    void showTab(int tab);

    QList<Region> m_regions;
    QTabWidget *m_tabs;
    QList<QAction *> m_actions;
};

// The widget to focus in a tab's page: the page itself when it takes the focus, else its list.
QWidget *focusTargetIn(QWidget *page);

} // namespace galley
