#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace galley {

// A unit of measurement: its symbol and how to convert to the SI unit
// (si = value * factor + offset).
struct MeasurementUnit
{
    QString symbol;     // "km", "km²", "t", "km/h", "°C"
    QString siUnit;     // "m", "m²", "kg", "m/s", "K"
    double factor = 1;
    double offset = 0;
};

// The unit named by one lower-case word or symbol: "km", "kilometres", "miles", "tonnes", "kg",
// "mph", "km²", "hectares", "barrels", "mw". "pounds" is a weight here (lb).
std::optional<MeasurementUnit> unitOfWord(QStringView lowerWord);

// "square kilometres" → km², "cubic metres" → m³: `unit` raised to `power`.
MeasurementUnit poweredUnit(const MeasurementUnit &unit, int power);

// "km" "/" "h" → km/h, "kilometres per hour": a speed from a length and a time word ("h",
// "hour", "s", "second"); nullopt when the pair is not a speed.
std::optional<MeasurementUnit> speedUnit(const MeasurementUnit &length, QStringView lowerTimeWord);

} // namespace galley
