#include "focus_regions.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QTabWidget>
#include <QWidget>

#include <algorithm>

namespace galley {

namespace {

bool holds(const QWidget *region, const QWidget *focus)
{
    return region && focus && (region == focus || region->isAncestorOf(focus));
}

bool canFocus(const QWidget *widget)
{
    return widget && widget->isEnabled() && widget->isVisible();
}

} // namespace

FocusRegions::FocusRegions(QWidget *window, QList<Region> regions, QTabWidget *panelTabs)
    : QObject(window)
    , m_regions(std::move(regions))
    , m_tabs(panelTabs)
{
    const auto add = [&](const QString &text, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, window);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        window->addAction(action);
        m_actions.append(action);
    };
    add(tr("Next &Region"), QKeySequence(Qt::Key_F6), [this] { step(1); });
    add(tr("Previous Re&gion"), QKeySequence(Qt::SHIFT | Qt::Key_F6), [this] { step(-1); });
    for (int tab = 0; tab < std::min(m_tabs->count(), 9); ++tab) {
        const QString name = m_tabs->tabText(tab).section(QLatin1String(" ("), 0, 0).remove(QLatin1Char('&'));
        add(tr("Show %1 Tab").arg(name), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + tab)), [this, tab] { showTab(tab); });
    }
}

int FocusRegions::currentRegion() const
{
    const QWidget *focus = QApplication::focusWidget();
    for (int i = 0; i < m_regions.size(); ++i) {
        if (holds(m_regions.at(i).area, focus))
            return i;
    }
    return -1;
}

void FocusRegions::step(int direction)
{
    const int count = int(m_regions.size());
    const int current = currentRegion();
    int at = current < 0 ? (direction > 0 ? -1 : count) : current;
    for (int tried = 0; tried < count; ++tried) {
        at = ((at + direction) % count + count) % count;
        if (QWidget *target = m_regions.at(at).target(); canFocus(target) && at != current) {
            // A web view given the focus by Tab passes it to the page's first (Backtab: last)
            // link, which scrolls the page away from where the reviewer was.
            const bool page = target->inherits("QWebEngineView")
                              || (target->parentWidget() && target->parentWidget()->inherits("QWebEngineView"));
            target->setFocus(page ? Qt::OtherFocusReason : direction > 0 ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return;
        }
    }
}

void FocusRegions::showTab(int tab)
{
    m_tabs->setCurrentIndex(tab);
    if (QWidget *target = focusTargetIn(m_tabs->currentWidget()))
        target->setFocus(Qt::ShortcutFocusReason);
}

QWidget *focusTargetIn(QWidget *page)
{
    if (!page || page->focusPolicy() != Qt::NoFocus)
        return page;
    return page->findChild<QAbstractItemView *>();
}

} // namespace galley
