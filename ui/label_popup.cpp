#include "label_popup.h"

#include "label_menu.h"

#include <QGridLayout>
#include <QGuiApplication>
#include <QScreen>
#include <QToolButton>

namespace galley {

namespace {
constexpr int columns = 4;
} // namespace

LabelPopup::LabelPopup(const LabelSchema &schema, QWidget *parent)
    : QFrame(parent, Qt::ToolTip | Qt::FramelessWindowHint)
{
    setAttribute(Qt::WA_ShowWithoutActivating);
    setFocusPolicy(Qt::NoFocus);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Add a span with a label"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    int index = 0;
    for (const LabelDefinition &label : schema.labels) {
        auto *button = new QToolButton(this);
        button->setObjectName(label.name);
        button->setFocusPolicy(Qt::NoFocus);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIcon(labelSwatch(label.name));
        button->setText(label.shortcut.isNull() ? label.displayName
                                                : tr("%1  %2").arg(label.displayName, QString(label.shortcut.toUpper())));
        button->setToolTip(tr("Add a %1 span (%2)").arg(label.displayName, label.name));
        const QString name = label.name;
        connect(button, &QToolButton::clicked, this, [this, name] {
            hide();
            emit chosen(name);
        });
        layout->addWidget(button, index / columns, index % columns);
        ++index;
    }
}

QToolButton *LabelPopup::button(const QString &label) const
{
    return findChild<QToolButton *>(label);
}

void LabelPopup::showBelow(QPoint globalPosition)
{
    adjustSize();
    QRect box(globalPosition + QPoint(-width() / 2, 4), size());
    if (const QScreen *screen = QGuiApplication::screenAt(globalPosition)) {
        const QRect available = screen->availableGeometry();
        box.moveLeft(qBound(available.left(), box.left(), available.right() - box.width()));
        if (box.bottom() > available.bottom())
            box.moveBottom(globalPosition.y() - 24);   // above the line instead
    }
    move(box.topLeft());
    show();
    raise();
}

void LabelPopup::showEvent(QShowEvent *event)
{
    QFrame::showEvent(event);
    emit visibilityChanged(true);
}

void LabelPopup::hideEvent(QHideEvent *event)
{
    QFrame::hideEvent(event);
    emit visibilityChanged(false);
}

} // namespace galley
