// The review window's preferences: Edit ▸ Preferences, and applying what the reviewer chose.
#include "main_window.h"

#include "annotation_panel.h"
#include "app_theme.h"
#include "article_dom_range.h"
#include "article_panel.h"
#include "article_text_view.h"
#include "doubtful_spans.h"
#include "highlight_opacity.h"
#include "highlight_request.h"
#include "page_view.h"
#include "preferences_dialog.h"
#include "review_annotations.h"
#include "shortcut_registry.h"
#include "span_labels.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSettings>

namespace galley {

void MainWindow::addPreferencesAction(QMenu *menu)
{
    menu->addSeparator();
    QAction *preferences = menu->addAction(tr("&Preferences\u2026"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence(tr("Ctrl+,")));
    preferences->setMenuRole(QAction::PreferencesRole);
    m_shortcuts->add(preferences, QStringLiteral("edit/preferences"));
}

void MainWindow::restorePreferences()
{
    // Actions other parts of the window made with a key are rebindable too, without a call of their own.
    m_shortcuts->addUnregistered(this);
    m_shortcuts->restore(*m_settings);
    connect(m_shortcuts, &ShortcutRegistry::shortcutsChanged, this, [this] { m_shortcuts->save(*m_settings); });
    applyPreferences(loadPreferences(*m_settings));
}

void MainWindow::applyPreferences(const Preferences &preferences)
{
    if (loadPreferences(*m_settings) != preferences)
        savePreferences(*m_settings, preferences);
    setLabelColorOverrides(preferences.labelColors);
    setHighlightOpacity(preferences.highlightOpacityPercent / 100.0);
    setDoubtfulSpanThreshold(preferences.doubtfulSpanPercent / 100.0);
    applyTheme(preferences.theme);
    QFont chosen;
    const bool custom = !preferences.font.isEmpty() && chosen.fromString(preferences.font);
    m_textView->setFont(custom ? chosen : ArticleTextView::defaultFont());
    m_annotationPanel->setFont(custom ? chosen : QApplication::font());
    m_textView->refreshHighlights();
    for (QAbstractItemView *view : m_annotationPanel->findChildren<QAbstractItemView *>())
        view->viewport()->update();
    redrawHighlights();
}

PreferencesDialog *MainWindow::showPreferences()
{
    if (auto *open = findChild<PreferencesDialog *>()) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *dialog = new PreferencesDialog(loadPreferences(*m_settings), m_shortcuts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PreferencesDialog::preferencesChanged, this, &MainWindow::applyPreferences);
    dialog->show();
    return dialog;
}

void MainWindow::redrawHighlights()
{
    if (!m_page)
        return;
    const SpanDomLocator locate = [this](const Span &span) {
        return articleDomRange(m_article, *m_page, m_textLayout.get(), span.start, span.end);
    };
    m_pageView->setHighlights(highlightRequest(m_annotations->annotationSet(), m_boilerplate, locate));
}

} // namespace galley
