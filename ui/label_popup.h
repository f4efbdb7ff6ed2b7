#pragma once

#include "annotation/label_schema.h"

#include <QFrame>

class QToolButton;

namespace galley {

// The small box of labels that appears by text just selected in the page or the text view:
// one button per schema label with its colour, name and key. Clicking one adds a span; it never
// takes the keyboard focus, so the label keys keep working while it is shown.
class LabelPopup final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabelPopup)

public:
    LabelPopup(const LabelSchema &schema, QWidget *parent);

    // Shows the box just below `globalPosition` (the bottom of the selection's end), on the screen.
    void showBelow(QPoint globalPosition);
    QToolButton *button(const QString &label) const;

signals:
    void chosen(const QString &label);
    void visibilityChanged(bool visible);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
};

} // namespace galley
