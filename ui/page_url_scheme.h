#pragma once

#include <QByteArray>

namespace galley {

// Pages are served to the web view from memory or from their folder under this scheme,
// never through file: or the network.
inline constexpr char pageUrlScheme[] = "galley-page";

QByteArray pageUrlSchemeName();

// Must run before the QApplication is created.
void registerPageUrlScheme();

} // namespace galley
