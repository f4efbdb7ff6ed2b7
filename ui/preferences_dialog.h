#pragma once

#include "preferences.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QTimer>

class QComboBox;
class QKeySequenceEdit;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;

namespace galley {

class ShortcutRegistry;

// Edit ▸ Preferences: label colours, the panel and text font, highlight opacity, which quotes are
// dashed as doubtful, theme and language on one tab, the window's shortcuts on the other. Every change takes effect at once
// (preferencesChanged; shortcuts go straight into the registry); a key another action already
// has is refused with a warning in the dialog.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    PreferencesDialog(const Preferences &preferences, ShortcutRegistry *shortcuts, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    const Preferences &preferences() const { return m_preferences; }
    void setLabelColor(const QString &label, const QColor &color);
    void setPanelFont(const QFont &font);
    // The key editor of an action's first shortcut, and the dialog's last refusal.
    QKeySequenceEdit *shortcutEdit(const QString &id) const { return m_shortcutEdits.value(id); }
    QString shortcutWarning() const;

signals:
    void preferencesChanged(const galley::Preferences &preferences);

private:
    QWidget *createAppearanceTab();
    QWidget *createShortcutsTab();
    void changed();
    void chooseLabelColor(const QString &label);
    void chooseFont();
    void showLabelColor(const QString &label);
    void showFont();
    void commitShortcut(const QString &id);
    void clearShortcut(const QString &id);
    void showShortcuts();

    Preferences m_preferences;
    QPointer<ShortcutRegistry> m_shortcuts;   // the window's; may go first when both close
    QHash<QString, QPushButton *> m_colorButtons;
    QLabel *m_fontLabel = nullptr;
    QSlider *m_opacity = nullptr;
    QTimer m_opacitySettled;   // a drag redraws the page's highlights at most every 60 ms
    QLabel *m_opacityValue = nullptr;
    QSpinBox *m_doubtfulSpans = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
    QHash<QString, QLabel *> m_alsoLabels;
    QHash<QString, QKeySequenceEdit *> m_shortcutEdits;
    QLabel *m_shortcutWarning = nullptr;
};

} // namespace galley
