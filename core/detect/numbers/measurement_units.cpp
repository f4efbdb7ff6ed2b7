#include "measurement_units.h"

#include <QHash>

#include <cmath>

namespace galley {

namespace {

struct UnitRow
{
    std::initializer_list<const char16_t *> words;
    const char16_t *symbol;
    const char16_t *siUnit;
    double factor;
    double offset = 0;
};

const QHash<QString, MeasurementUnit> &unitTable()
{
    static const QHash<QString, MeasurementUnit> table = [] {
        const UnitRow rows[] = {
            {{u"km", u"kms", u"kilometre", u"kilometres", u"kilometer", u"kilometers"}, u"km", u"m", 1e3},
            {{u"m", u"metre", u"metres", u"meter", u"meters"}, u"m", u"m", 1},
            {{u"cm", u"centimetre", u"centimetres", u"centimeter", u"centimeters"}, u"cm", u"m", 1e-2},
            {{u"mm", u"millimetre", u"millimetres", u"millimeter", u"millimeters"}, u"mm", u"m", 1e-3},
            {{u"mi", u"mile", u"miles"}, u"mi", u"m", 1609.344},
            {{u"nautical-mile", u"nmi"}, u"nmi", u"m", 1852},
            {{u"ft", u"foot", u"feet"}, u"ft", u"m", 0.3048},
            {{u"inch", u"inches"}, u"in", u"m", 0.0254},
            {{u"yd", u"yard", u"yards"}, u"yd", u"m", 0.9144},
            {{u"km²", u"km2", u"sq-km"}, u"km²", u"m²", 1e6},
            {{u"m²", u"m2"}, u"m²", u"m²", 1},
            {{u"mi²", u"sq-mi"}, u"mi²", u"m²", 1609.344 * 1609.344},
            {{u"ha", u"hectare", u"hectares"}, u"ha", u"m²", 1e4},
            {{u"acre", u"acres"}, u"acre", u"m²", 4046.8564224},
            {{u"m³", u"m3"}, u"m³", u"m³", 1},
            {{u"l", u"litre", u"litres", u"liter", u"liters"}, u"L", u"m³", 1e-3},
            {{u"ml", u"millilitre", u"millilitres", u"milliliter", u"milliliters"}, u"mL", u"m³", 1e-6},
            {{u"gallon", u"gallons", u"gal"}, u"gal", u"m³", 0.003785411784},
            {{u"barrel", u"barrels", u"bbl"}, u"bbl", u"m³", 0.158987294928},
            {{u"kg", u"kgs", u"kilogram", u"kilograms", u"kilogramme", u"kilogrammes", u"kilo", u"kilos"}, u"kg", u"kg", 1},
            {{u"g", u"gram", u"grams", u"gramme", u"grammes"}, u"g", u"kg", 1e-3},
            {{u"mg", u"milligram", u"milligrams"}, u"mg", u"kg", 1e-6},
            {{u"t", u"tonne", u"tonnes", u"ton", u"tons"}, u"t", u"kg", 1e3},
            {{u"lb", u"lbs", u"pound", u"pounds"}, u"lb", u"kg", 0.45359237},
            {{u"oz", u"ounce", u"ounces"}, u"oz", u"kg", 0.028349523125},
            {{u"km/h", u"kph", u"kmh"}, u"km/h", u"m/s", 1 / 3.6},
            {{u"mph"}, u"mph", u"m/s", 0.44704},
            {{u"knot", u"knots", u"kn"}, u"kn", u"m/s", 1852.0 / 3600},
            {{u"°c", u"celsius", u"centigrade"}, u"°C", u"K", 1, 273.15},
            {{u"°f", u"fahrenheit"}, u"°F", u"K", 5.0 / 9, 273.15 - 32 * 5.0 / 9},
            {{u"w", u"watt", u"watts"}, u"W", u"W", 1},
            {{u"kw", u"kilowatt", u"kilowatts"}, u"kW", u"W", 1e3},
            {{u"mw", u"megawatt", u"megawatts"}, u"MW", u"W", 1e6},
            {{u"gw", u"gigawatt", u"gigawatts"}, u"GW", u"W", 1e9},
            {{u"kwh", u"kilowatt-hour", u"kilowatt-hours"}, u"kWh", u"J", 3.6e6},
            {{u"mwh", u"megawatt-hour", u"megawatt-hours"}, u"MWh", u"J", 3.6e9},
            {{u"tw", u"terawatt", u"terawatts"}, u"TW", u"W", 1e12},
            {{u"hp", u"horsepower"}, u"hp", u"W", 745.69987158227022},
            {{u"wh", u"watt-hour", u"watt-hours"}, u"Wh", u"J", 3.6e3},
            {{u"gwh", u"gigawatt-hour", u"gigawatt-hours"}, u"GWh", u"J", 3.6e12},
            {{u"twh", u"terawatt-hour", u"terawatt-hours"}, u"TWh", u"J", 3.6e15},
            {{u"mah"}, u"mAh", u"C", 3.6},
            {{u"volt", u"volts"}, u"V", u"V", 1},
            {{u"kv", u"kilovolt", u"kilovolts"}, u"kV", u"V", 1e3},
            {{u"hz", u"hertz"}, u"Hz", u"Hz", 1},
            {{u"khz", u"kilohertz"}, u"kHz", u"Hz", 1e3},
            {{u"mhz", u"megahertz"}, u"MHz", u"Hz", 1e6},
            {{u"ghz", u"gigahertz"}, u"GHz", u"Hz", 1e9},
            // Bytes in the decimal prefixes storage makers and the SI use: 1 GB = 10⁹ bytes.
            {{u"byte", u"bytes"}, u"B", u"B", 1},
            {{u"kb", u"kilobyte", u"kilobytes"}, u"kB", u"B", 1e3},
            {{u"mb", u"megabyte", u"megabytes"}, u"MB", u"B", 1e6},
            {{u"gb", u"gigabyte", u"gigabytes"}, u"GB", u"B", 1e9},
            {{u"tb", u"terabyte", u"terabytes"}, u"TB", u"B", 1e12},
            {{u"pb", u"petabyte", u"petabytes"}, u"PB", u"B", 1e15},
            {{u"kbps"}, u"kbit/s", u"bit/s", 1e3},
            {{u"mbps"}, u"Mbit/s", u"bit/s", 1e6},
            {{u"gbps"}, u"Gbit/s", u"bit/s", 1e9},
            {{u"db", u"decibel", u"decibels"}, u"dB", u"dB", 1},
            {{u"lumen", u"lumens"}, u"lm", u"lm", 1},
            {{u"hpa", u"hectopascal", u"hectopascals", u"millibar", u"millibars"}, u"hPa", u"Pa", 100},
            {{u"psi"}, u"psi", u"Pa", 6894.757293168},
            {{u"msv", u"millisievert", u"millisieverts"}, u"mSv", u"Sv", 1e-3},
            {{u"kt", u"kiloton", u"kilotons", u"kilotonne", u"kilotonnes"}, u"kt", u"J", 4.184e12},
            {{u"megaton", u"megatons", u"megatonne", u"megatonnes"}, u"Mt", u"J", 4.184e15},
        };
        QHash<QString, MeasurementUnit> units;
        for (const UnitRow &row : rows) {
            const MeasurementUnit unit{QString::fromUtf16(row.symbol), QString::fromUtf16(row.siUnit), row.factor, row.offset};
            for (const char16_t *word : row.words)
                units.insert(QString::fromUtf16(word), unit);
        }
        return units;
    }();
    return table;
}

} // namespace

std::optional<MeasurementUnit> unitOfWord(QStringView lowerWord)
{
    const auto &table = unitTable();
    const auto found = table.constFind(QString::fromRawData(lowerWord.data(), lowerWord.size()));
    return found == table.cend() ? std::nullopt : std::optional<MeasurementUnit>(*found);
}

MeasurementUnit poweredUnit(const MeasurementUnit &unit, int power)
{
    if (power == 1 || unit.offset != 0)
        return unit;
    const QString sign = power == 2 ? QStringLiteral("²") : QStringLiteral("³");
    return {unit.symbol + sign, unit.siUnit + sign, std::pow(unit.factor, power), 0};
}

std::optional<MeasurementUnit> speedUnit(const MeasurementUnit &length, QStringView lowerTimeWord)
{
    if (length.siUnit != u"m")
        return std::nullopt;
    double seconds = 0;
    QString symbol;
    if (lowerTimeWord == u"h" || lowerTimeWord == u"hr" || lowerTimeWord == u"hour") {
        seconds = 3600;
        symbol = QStringLiteral("h");
    } else if (lowerTimeWord == u"s" || lowerTimeWord == u"sec" || lowerTimeWord == u"second") {
        seconds = 1;
        symbol = QStringLiteral("s");
    } else {
        return std::nullopt;
    }
    const QString name = length.symbol == u"mi" && seconds == 3600 ? QStringLiteral("mph") : length.symbol + u'/' + symbol;
    return MeasurementUnit{name, QStringLiteral("m/s"), length.factor / seconds, 0};
}

} // namespace galley
