#include "preferences_dialog.h"

#include "app_language.h"
#include "shortcut_registry.h"
#include "span_labels.h"

#include <QApplication>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace galley {

namespace {

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(28, 16);
    pixmap.fill(color);
    return QIcon(pixmap);
}

QString keysText(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys)
        texts.append(key.toString(QKeySequence::NativeText));
    return texts.join(QStringLiteral(", "));
}

} // namespace

PreferencesDialog::PreferencesDialog(const Preferences &preferences, ShortcutRegistry *shortcuts, QWidget *parent)
    : QDialog(parent)
    , m_preferences(preferences)
    , m_shortcuts(shortcuts)
{
    setWindowTitle(tr("Preferences"));
    setAccessibleName(tr("Preferences"));
    auto *tabs = new QTabWidget(this);
    tabs->setAccessibleName(tr("Preference pages"));
    tabs->addTab(createAppearanceTab(), tr("&Appearance"));
    tabs->addTab(createShortcutsTab(), tr("&Shortcuts"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close preferences"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    connect(m_shortcuts, &ShortcutRegistry::shortcutsChanged, this, &PreferencesDialog::showShortcuts);
    resize(780, 660);
}

PreferencesDialog::~PreferencesDialog()
{
    // ~QDialog hides the dialog after this body, and a key editor losing the focus then would
    // commit into members already gone.
    for (QKeySequenceEdit *edit : std::as_const(m_shortcutEdits))
        edit->disconnect(this);
}

QWidget *PreferencesDialog::createAppearanceTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);

    auto *colors = new QGroupBox(tr("Label colours"), page);
    auto *colorGrid = new QGridLayout(colors);
    const QStringList labels = knownLabels();
    const int rows = int((labels.size() + 1) / 2);
    for (int i = 0; i < labels.size(); ++i) {
        const QString label = labels.at(i);
        auto *button = new QPushButton(colors);
        button->setAccessibleName(tr("Colour of %1").arg(labelDisplayName(label)));
        button->setToolTip(tr("Choose the colour of %1 (%2) highlights").arg(labelDisplayName(label), label));
        connect(button, &QPushButton::clicked, this, [this, label] { chooseLabelColor(label); });
        auto *name = new QLabel(tr("%1 (%2)").arg(labelDisplayName(label), label), colors);
        name->setBuddy(button);
        colorGrid->addWidget(name, i % rows, (i / rows) * 2);
        colorGrid->addWidget(button, i % rows, (i / rows) * 2 + 1);
        m_colorButtons.insert(label, button);
        showLabelColor(label);
    }
    auto *resetColors = new QPushButton(tr("Reset &Colours"), colors);
    resetColors->setAccessibleName(tr("Reset label colours to the schema's"));
    connect(resetColors, &QPushButton::clicked, this, [this] {
        m_preferences.labelColors.clear();
        for (const QString &label : m_colorButtons.keys())
            showLabelColor(label);
        changed();
    });
    colorGrid->addWidget(resetColors, rows, 0, 1, 4, Qt::AlignRight);
    layout->addWidget(colors);

    auto *form = new QFormLayout;
    auto *fontRow = new QHBoxLayout;
    m_fontLabel = new QLabel(page);
    auto *chooseFontButton = new QPushButton(tr("C&hoose\u2026"), page);
    chooseFontButton->setAccessibleName(tr("Choose the panel and text font"));
    connect(chooseFontButton, &QPushButton::clicked, this, &PreferencesDialog::chooseFont);
    auto *defaultFont = new QPushButton(tr("&Default"), page);
    defaultFont->setAccessibleName(tr("Use the default font"));
    connect(defaultFont, &QPushButton::clicked, this, [this] {
        m_preferences.font.clear();
        showFont();
        changed();
    });
    fontRow->addWidget(m_fontLabel, 1);
    fontRow->addWidget(chooseFontButton);
    fontRow->addWidget(defaultFont);
    form->addRow(tr("Panel and text &font:"), fontRow);
    qobject_cast<QLabel *>(form->labelForField(fontRow))->setBuddy(chooseFontButton);
    showFont();

    auto *opacityRow = new QHBoxLayout;
    m_opacity = new QSlider(Qt::Horizontal, page);
    m_opacity->setRange(0, 100);
    m_opacity->setPageStep(5);
    m_opacity->setValue(m_preferences.highlightOpacityPercent);
    m_opacity->setAccessibleName(tr("Highlight opacity"));
    m_opacityValue = new QLabel(page);
    m_opacityValue->setMinimumWidth(m_opacityValue->fontMetrics().horizontalAdvance(QStringLiteral("100 %")));
    m_opacityValue->setText(tr("%1 %").arg(m_preferences.highlightOpacityPercent));
    m_opacitySettled.setSingleShot(true);
    m_opacitySettled.setInterval(60);
    connect(&m_opacitySettled, &QTimer::timeout, this, &PreferencesDialog::changed);
    connect(m_opacity, &QSlider::valueChanged, this, [this](int value) {
        m_preferences.highlightOpacityPercent = value;
        m_opacityValue->setText(tr("%1 %").arg(value));
        if (!m_opacitySettled.isActive())
            m_opacitySettled.start();
    });
    opacityRow->addWidget(m_opacity, 1);
    opacityRow->addWidget(m_opacityValue);
    form->addRow(tr("Highlight &opacity:"), opacityRow);
    qobject_cast<QLabel *>(form->labelForField(opacityRow))->setBuddy(m_opacity);

    m_doubtfulSpans = new QSpinBox(page);
    m_doubtfulSpans->setRange(0, 100);
    m_doubtfulSpans->setSingleStep(5);
    m_doubtfulSpans->setSuffix(tr(" %"));
    m_doubtfulSpans->setSpecialValueText(tr("Never"));
    m_doubtfulSpans->setKeyboardTracking(false);   // typed digits redraw the page once, on Enter or leaving
    m_doubtfulSpans->setValue(m_preferences.doubtfulSpanPercent);
    m_doubtfulSpans->setAccessibleName(tr("Dash spans to review under this confidence"));
    m_doubtfulSpans->setToolTip(tr("Quotes and names still to review that their finder gives under this confidence are "
                                   "underlined dashed in the page. On the finders' development articles, quotes under "
                                   "70 % were right 43 % of the time, those above it 89 %; names under 70 % were right "
                                   "46 % of the time, those above it 96 %."));
    connect(m_doubtfulSpans, &QSpinBox::valueChanged, this, [this](int value) {
        m_preferences.doubtfulSpanPercent = value;
        changed();
    });
    auto *doubtfulRow = new QHBoxLayout;
    doubtfulRow->addWidget(m_doubtfulSpans);
    doubtfulRow->addStretch(1);
    form->addRow(tr("Dash spans to review &under:"), doubtfulRow);
    qobject_cast<QLabel *>(form->labelForField(doubtfulRow))->setBuddy(m_doubtfulSpans);

    m_theme = new QComboBox(page);
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->addItem(tr("Follow the system"), int(ThemeChoice::Auto));
    m_theme->addItem(tr("Light"), int(ThemeChoice::Light));
    m_theme->addItem(tr("Dark"), int(ThemeChoice::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(m_preferences.theme)));
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this] {
        m_preferences.theme = ThemeChoice(m_theme->currentData().toInt());
        changed();
    });
    form->addRow(tr("&Theme:"), m_theme);

    m_language = new QComboBox(page);
    m_language->setAccessibleName(tr("Interface language"));
    for (const InterfaceLanguage &language : interfaceLanguages())
        m_language->addItem(language.name, language.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_preferences.language)));
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_preferences.language = m_language->currentData().toString();
        changed();
    });
    form->addRow(tr("&Language:"), m_language);
    auto *languageNote = new QLabel(tr("The language changes the next time Galley starts."), page);
    languageNote->setWordWrap(true);
    form->addRow(QString(), languageNote);
    layout->addLayout(form);
    layout->addStretch(1);
    return page;
}

QWidget *PreferencesDialog::createShortcutsTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("Click a shortcut and press the new keys. A key can belong to one action only."), page);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *rows = new QWidget(page);
    auto *grid = new QGridLayout(rows);
    const auto header = [rows](const QString &text) {
        auto *label = new QLabel(text, rows);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        return label;
    };
    grid->addWidget(header(tr("Action")), 0, 0);
    grid->addWidget(header(tr("Shortcut")), 0, 1);
    grid->addWidget(header(tr("Also")), 0, 3);
    int row = 1;
    QStringList ids = m_shortcuts->ids();   // grouped by menu
    std::stable_sort(ids.begin(), ids.end(), [this](const QString &a, const QString &b) {
        return m_shortcuts->displayName(a).localeAwareCompare(m_shortcuts->displayName(b)) < 0;
    });
    for (const QString &id : std::as_const(ids)) {
        auto *name = new QLabel(m_shortcuts->displayName(id), rows);
        auto *edit = new QKeySequenceEdit(rows);
        edit->setAccessibleName(tr("Shortcut of %1").arg(m_shortcuts->displayName(id)));
        edit->setObjectName(id);
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("Ctrl+Shift+Alt+Right")) + 16);
        name->setBuddy(edit);
        auto *also = new QLabel(rows);
        also->setAccessibleName(tr("Further shortcuts of %1").arg(m_shortcuts->displayName(id)));
        connect(edit, &QKeySequenceEdit::editingFinished, this, [this, id] { commitShortcut(id); });
        auto *clear = new QPushButton(tr("Clear"), rows);
        clear->setAccessibleName(tr("Clear the shortcut of %1").arg(m_shortcuts->displayName(id)));
        connect(clear, &QPushButton::clicked, this, [this, id] { clearShortcut(id); });
        grid->addWidget(name, row, 0);
        grid->addWidget(edit, row, 1);
        grid->addWidget(clear, row, 2);
        grid->addWidget(also, row, 3);
        m_shortcutEdits.insert(id, edit);
        m_alsoLabels.insert(id, also);
        ++row;
    }
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(3, 2);
    grid->setRowStretch(row, 1);
    auto *scroll = new QScrollArea(page);
    scroll->setWidget(rows);
    scroll->setWidgetResizable(true);
    scroll->setAccessibleName(tr("Shortcuts of every action"));
    layout->addWidget(scroll, 1);

    m_shortcutWarning = new QLabel(page);
    m_shortcutWarning->setObjectName(QStringLiteral("shortcutWarning"));
    m_shortcutWarning->setAccessibleName(tr("Shortcut warning"));
    m_shortcutWarning->setWordWrap(true);
    m_shortcutWarning->setStyleSheet(QStringLiteral("color: #d9480f; font-weight: bold;"));
    layout->addWidget(m_shortcutWarning);

    auto *reset = new QPushButton(tr("&Reset All to Defaults"), page);
    reset->setAccessibleName(tr("Reset every shortcut to its default"));
    connect(reset, &QPushButton::clicked, this, [this] {
        m_shortcutWarning->clear();
        m_shortcuts->resetToDefaults();
    });
    layout->addWidget(reset, 0, Qt::AlignRight);
    showShortcuts();
    return page;
}

QString PreferencesDialog::shortcutWarning() const
{
    return m_shortcutWarning->text();
}

void PreferencesDialog::changed()
{
    emit preferencesChanged(m_preferences);
}

void PreferencesDialog::setLabelColor(const QString &label, const QColor &color)
{
    if (color == defaultLabelColor(label))
        m_preferences.labelColors.remove(label);
    else
        m_preferences.labelColors.insert(label, color);
    showLabelColor(label);
    changed();
}

void PreferencesDialog::chooseLabelColor(const QString &label)
{
    const QColor color = QColorDialog::getColor(labelColor(label), this, tr("Colour of %1").arg(labelDisplayName(label)));
    if (color.isValid())
        setLabelColor(label, color);
}

void PreferencesDialog::showLabelColor(const QString &label)
{
    QPushButton *button = m_colorButtons.value(label);
    const QColor color = m_preferences.labelColors.value(label, defaultLabelColor(label));
    button->setIcon(swatch(color));
    button->setText(color.name());
    button->setAccessibleDescription(color.name());
}

void PreferencesDialog::setPanelFont(const QFont &font)
{
    m_preferences.font = font.toString();
    showFont();
    changed();
}

void PreferencesDialog::chooseFont()
{
    QFont current;
    if (!m_preferences.font.isEmpty())
        current.fromString(m_preferences.font);
    bool chosen = false;
    const QFont font = QFontDialog::getFont(&chosen, current, this, tr("Panel and Text Font"));
    if (chosen)
        setPanelFont(font);
}

void PreferencesDialog::showFont()
{
    if (m_preferences.font.isEmpty()) {
        m_fontLabel->setText(tr("Default"));
        return;
    }
    QFont font;
    font.fromString(m_preferences.font);
    m_fontLabel->setText(tr("%1, %2 pt").arg(font.family()).arg(font.pointSizeF()));
}

void PreferencesDialog::commitShortcut(const QString &id)
{
    if (!m_shortcuts)
        return;
    QKeySequenceEdit *edit = m_shortcutEdits.value(id);
    QList<QKeySequence> keys = m_shortcuts->shortcuts(id);
    if (!keys.isEmpty())
        keys.removeFirst();
    keys.prepend(edit->keySequence());
    const QString refusal = m_shortcuts->setShortcuts(id, keys);
    m_shortcutWarning->setText(refusal);
    if (!refusal.isEmpty()) {
        QApplication::beep();
        showShortcuts();   // back to the keys the action still has
    }
}

void PreferencesDialog::clearShortcut(const QString &id)
{
    if (!m_shortcuts)
        return;
    m_shortcutWarning->clear();
    m_shortcuts->setShortcuts(id, m_shortcuts->shortcuts(id).mid(1));   // cannot conflict: it only lets go
}

void PreferencesDialog::showShortcuts()
{
    if (!m_shortcuts)
        return;
    for (auto it = m_shortcutEdits.cbegin(); it != m_shortcutEdits.cend(); ++it) {
        const QList<QKeySequence> keys = m_shortcuts->shortcuts(it.key());
        const QSignalBlocker blocker(it.value());
        it.value()->setKeySequence(keys.isEmpty() ? QKeySequence() : keys.first());
        m_alsoLabels.value(it.key())->setText(keysText(keys.mid(1)));
    }
}

} // namespace galley
