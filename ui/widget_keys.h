#pragma once

#include <QList>

class QWidget;

namespace galley {

// Lets `widget` have these keys (without modifiers) while it has the focus, ahead of the
// window's single-key shortcuts: Enter opens the document picked in the list, not "accept".
void keepKeysFromShortcuts(QWidget *widget, const QList<int> &keys);

} // namespace galley
