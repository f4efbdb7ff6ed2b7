#include "span_filter_bar.h"

#include "span_description.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>

#include <algorithm>

namespace galley {

namespace {

QToolButton *menuButton(QMenu *menu, const QString &name, const QString &description, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setMenu(menu);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::StrongFocus);
    button->setAccessibleName(name);
    button->setAccessibleDescription(description);
    button->setToolTip(description);
    return button;
}

constexpr ReviewStatus kStatuses[] = {ReviewStatus::Pending, ReviewStatus::Accepted, ReviewStatus::Rejected,
                                      ReviewStatus::Edited, ReviewStatus::Added};

} // namespace

SpanFilterBar::SpanFilterBar(QWidget *parent)
    : QWidget(parent)
{
    m_labelMenu = new QMenu(this);
    m_labelMenu->setAccessibleName(tr("Labels to list"));
    m_statusMenu = new QMenu(this);
    m_statusMenu->setAccessibleName(tr("Review statuses to list"));
    for (ReviewStatus status : kStatuses) {
        QAction *action = m_statusMenu->addAction(reviewStatusDisplayName(int(status)));
        action->setCheckable(true);
        action->setData(int(status));
    }
    m_labelButton = menuButton(m_labelMenu, tr("Label filter"), tr("List only spans with these labels"), this);
    m_statusButton = menuButton(m_statusMenu, tr("Status filter"), tr("List only spans with these review statuses"), this);
    m_text = new QLineEdit(this);
    m_text->setPlaceholderText(tr("Filter spans"));
    m_text->setAccessibleName(tr("Span text filter"));
    m_text->setAccessibleDescription(tr("List only spans whose text contains this"));
    m_text->setClearButtonEnabled(true);
    m_clear = new QToolButton(this);
    m_clear->setText(tr("Show All"));
    m_clear->setAccessibleName(tr("Show all spans"));
    m_clear->setToolTip(tr("Clear the filter"));
    m_clear->setAutoRaise(true);
    m_clear->setFocusPolicy(Qt::StrongFocus);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(4);
    layout->addWidget(m_labelButton);
    layout->addWidget(m_statusButton);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_clear);

    connect(m_labelMenu, &QMenu::triggered, this, &SpanFilterBar::readControls);
    connect(m_statusMenu, &QMenu::triggered, this, &SpanFilterBar::readControls);
    connect(m_text, &QLineEdit::textChanged, this, &SpanFilterBar::readControls);
    connect(m_clear, &QToolButton::clicked, this, [this] { setFilter({}); });
    showFilter();
}

void SpanFilterBar::setLabels(const QList<LabelDefinition> &labels)
{
    m_labelMenu->clear();
    for (const LabelDefinition &label : labels) {
        QAction *action = m_labelMenu->addAction(tr("%1 (%2)").arg(label.displayName, label.name));
        action->setCheckable(true);
        action->setData(label.name);
    }
    m_filter.labels.removeIf([&labels](const QString &name) {
        return std::none_of(labels.cbegin(), labels.cend(), [&name](const LabelDefinition &l) { return l.name == name; });
    });
    showFilter();
}

void SpanFilterBar::setFilter(const SpanFilter &filter)
{
    const bool changed = !(filter == m_filter);
    m_filter = filter;
    showFilter();
    if (changed)
        emit filterChanged(m_filter);
}

void SpanFilterBar::readControls()
{
    if (m_showing)
        return;
    SpanFilter filter;
    for (const QAction *action : m_labelMenu->actions()) {
        if (action->isChecked())
            filter.labels.append(action->data().toString());
    }
    for (const QAction *action : m_statusMenu->actions()) {
        if (action->isChecked())
            filter.statuses.append(ReviewStatus(action->data().toInt()));
    }
    filter.text = m_text->text();
    setFilter(filter);
}

void SpanFilterBar::showFilter()
{
    m_showing = true;
    QStringList labelNames;
    for (QAction *action : m_labelMenu->actions()) {
        action->setChecked(m_filter.labels.contains(action->data().toString()));
        if (action->isChecked())
            labelNames.append(action->data().toString());
    }
    QStringList statusNames;
    for (QAction *action : m_statusMenu->actions()) {
        action->setChecked(m_filter.statuses.contains(ReviewStatus(action->data().toInt())));
        if (action->isChecked())
            statusNames.append(action->text());
    }
    if (m_text->text() != m_filter.text)
        m_text->setText(m_filter.text);
    m_labelButton->setText(labelNames.isEmpty() ? tr("All labels") : labelNames.join(QStringLiteral(", ")));
    m_statusButton->setText(statusNames.isEmpty() ? tr("Any status") : statusNames.join(QStringLiteral(", ")));
    m_clear->setEnabled(!m_filter.isEmpty());
    m_showing = false;
}

} // namespace galley
