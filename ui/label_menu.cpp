#include "label_menu.h"

#include "span_labels.h"

#include <QAction>
#include <QCoreApplication>
#include <QIcon>
#include <QMenu>
#include <QPainter>
#include <QPixmap>

namespace galley {

QIcon labelSwatch(const QString &label)
{
    const QColor colour = labelColor(label);
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    QColor tint = colour;
    tint.setAlpha(90);
    painter.fillRect(QRect(1, 3, 14, 9), tint);
    painter.fillRect(QRect(1, 12, 14, 2), colour);
    painter.end();
    return QIcon(pixmap);
}

void addLabelActions(QMenu *menu, const LabelSchema &schema, std::function<void(const QString &label)> chosen,
                     const QString &current)
{
    for (const LabelDefinition &label : schema.labels) {
        QString text = QCoreApplication::translate("galley::LabelMenu", "%1 (%2)").arg(label.displayName, label.name);
        if (!label.shortcut.isNull())
            text += QLatin1Char('\t') + QString(label.shortcut.toUpper());
        QAction *action = menu->addAction(labelSwatch(label.name), text);
        action->setData(label.name);
        if (!current.isEmpty()) {
            action->setCheckable(true);
            action->setChecked(label.name == current);
        }
        const QString name = label.name;
        QObject::connect(action, &QAction::triggered, menu, [chosen, name] { chosen(name); });
    }
}

} // namespace galley
