#pragma once

#include <QColor>
#include <QFont>
#include <QHash>
#include <QString>

class QSettings;

namespace galley {

enum class ThemeChoice { Auto, Light, Dark };

// The reviewer's preferences other than shortcuts (ShortcutRegistry keeps those), as stored in
// QSettings under "preferences/".
struct Preferences
{
    QHash<QString, QColor> labelColors;   // only the labels the reviewer recoloured
    QString font;                         // QFont::toString() of the panel and text font; empty: Qt's
    int highlightOpacityPercent = 16;
    int doubtfulSpanPercent = 70;        // spans to review under this confidence are dashed; 0: none
    ThemeChoice theme = ThemeChoice::Auto;
    QString language;                     // "en", "de", "ru"; empty: the system's
    friend bool operator==(const Preferences &, const Preferences &) = default;
};

Preferences loadPreferences(const QSettings &settings);
void savePreferences(QSettings &settings, const Preferences &preferences);

} // namespace galley
