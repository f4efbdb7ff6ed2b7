#pragma once

#include <QByteArray>

namespace galley {

// Pages are served to the web view from memory or from their folder under this scheme,
// never through file: or the network.
inline constexpr char pageUrlScheme[] = "galley-page";
// MHTML parts named by Content-ID ("cid:part1@example"), served from the archive only.
inline constexpr char contentIdScheme[] = "cid";

QByteArray pageUrlSchemeName();
QByteArray contentIdSchemeName();

// Registers both schemes. Must run before the QApplication is created.
void registerPageUrlScheme();

} // namespace galley
