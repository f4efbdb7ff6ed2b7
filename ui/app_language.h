#pragma once

#include <QList>
#include <QString>

namespace galley {

struct InterfaceLanguage
{
    QString code;   // "de"; empty for the system's language
    QString name;   // in its own language ("Deutsch"); "System" translated for the empty code
};

// The languages Galley's interface is translated into, the system's first.
QList<InterfaceLanguage> interfaceLanguages();

// Installs Galley's and Qt's translations for `code` (empty: the system locale), replacing the
// ones installed before; Galley's English file is the fallback, for its plural forms.
// `directory` holds galley_<code>.qm (the GUI embeds them in :/i18n).
void installLanguage(const QString &code, const QString &directory = QStringLiteral(":/i18n"));

} // namespace galley
