#include "preferences.h"

#include <QSettings>

#include <algorithm>

namespace galley {

namespace {
const QString colorsKey = QStringLiteral("preferences/labelColors");
const QString fontKey = QStringLiteral("preferences/font");
const QString opacityKey = QStringLiteral("preferences/highlightOpacity");
const QString doubtfulSpanKey = QStringLiteral("preferences/doubtfulQuoteBelow");
const QString themeKey = QStringLiteral("preferences/theme");
const QString languageKey = QStringLiteral("preferences/language");

const QStringList themeNames = {QStringLiteral("auto"), QStringLiteral("light"), QStringLiteral("dark")};
} // namespace

Preferences loadPreferences(const QSettings &settings)
{
    Preferences preferences;
    const QVariantMap colors = settings.value(colorsKey).toMap();
    for (auto it = colors.cbegin(); it != colors.cend(); ++it) {
        const QColor color = QColor::fromString(it.value().toString());
        if (color.isValid())
            preferences.labelColors.insert(it.key(), color);
    }
    preferences.font = settings.value(fontKey).toString();
    preferences.highlightOpacityPercent = qBound(0, settings.value(opacityKey, 16).toInt(), 100);
    preferences.doubtfulSpanPercent = qBound(0, settings.value(doubtfulSpanKey, 70).toInt(), 100);
    preferences.theme = ThemeChoice(std::max<qsizetype>(0, themeNames.indexOf(settings.value(themeKey).toString())));
    preferences.language = settings.value(languageKey).toString();
    return preferences;
}

void savePreferences(QSettings &settings, const Preferences &preferences)
{
    QVariantMap colors;
    for (auto it = preferences.labelColors.cbegin(); it != preferences.labelColors.cend(); ++it)
        colors.insert(it.key(), it.value().name());
    settings.setValue(colorsKey, colors);
    settings.setValue(fontKey, preferences.font);
    settings.setValue(opacityKey, preferences.highlightOpacityPercent);
    settings.setValue(doubtfulSpanKey, preferences.doubtfulSpanPercent);
    settings.setValue(themeKey, themeNames.at(int(preferences.theme)));
    settings.setValue(languageKey, preferences.language);
}

} // namespace galley
