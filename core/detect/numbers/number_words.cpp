#include "number_words.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace galley {

namespace {

const QHash<QString, double> &smallCardinals()
{
    static const QHash<QString, double> table = [] {
        const char16_t *units[] = {u"zero", u"one", u"two", u"three", u"four", u"five", u"six", u"seven", u"eight",
                                   u"nine", u"ten", u"eleven", u"twelve", u"thirteen", u"fourteen", u"fifteen",
                                   u"sixteen", u"seventeen", u"eighteen", u"nineteen"};
        const char16_t *tens[] = {u"twenty", u"thirty", u"forty", u"fifty", u"sixty", u"seventy", u"eighty", u"ninety"};
        QHash<QString, double> words;
        for (int i = 0; i < 20; ++i)
            words.insert(QString::fromUtf16(units[i]), i);
        for (int t = 0; t < 8; ++t) {
            const QString ten = QString::fromUtf16(tens[t]);
            words.insert(ten, 20 + 10 * t);
            for (int u = 1; u < 10; ++u)
                words.insert(ten + u'-' + QString::fromUtf16(units[u]), 20 + 10 * t + u);
        }
        return words;
    }();
    return table;
}

const QHash<QString, int> &ordinals()
{
    static const QHash<QString, int> table = [] {
        const char16_t *units[] = {u"", u"first", u"second", u"third", u"fourth", u"fifth", u"sixth", u"seventh",
                                   u"eighth", u"ninth", u"tenth", u"eleventh", u"twelfth", u"thirteenth",
                                   u"fourteenth", u"fifteenth", u"sixteenth", u"seventeenth", u"eighteenth",
                                   u"nineteenth"};
        const char16_t *tens[] = {u"twenty", u"thirty", u"forty", u"fifty", u"sixty", u"seventy", u"eighty", u"ninety"};
        const char16_t *tenths[] = {u"twentieth", u"thirtieth", u"fortieth", u"fiftieth", u"sixtieth",
                                    u"seventieth", u"eightieth", u"ninetieth"};
        QHash<QString, int> words;
        for (int i = 1; i < 20; ++i)
            words.insert(QString::fromUtf16(units[i]), i);
        for (int t = 0; t < 8; ++t) {
            words.insert(QString::fromUtf16(tenths[t]), 20 + 10 * t);
            for (int u = 1; u < 10; ++u)
                words.insert(QString::fromUtf16(tens[t]) + u'-' + QString::fromUtf16(units[u]), 20 + 10 * t + u);
        }
        words.insert(QStringLiteral("hundredth"), 100);
        words.insert(QStringLiteral("thousandth"), 1000);
        words.insert(QStringLiteral("millionth"), 1000000);
        return words;
    }();
    return table;
}

const QHash<QString, int> &fractionTable()
{
    static const QHash<QString, int> table = {
        {QStringLiteral("half"), 2},    {QStringLiteral("halves"), 2},   {QStringLiteral("thirds"), 3},
        {QStringLiteral("quarter"), 4}, {QStringLiteral("quarters"), 4}, {QStringLiteral("fourths"), 4},
        {QStringLiteral("fifths"), 5},  {QStringLiteral("sixths"), 6},   {QStringLiteral("sevenths"), 7},
        {QStringLiteral("eighths"), 8}, {QStringLiteral("ninths"), 9},   {QStringLiteral("tenths"), 10},
    };
    return table;
}

const QHash<QString, int> &vagueTable()
{
    static const QHash<QString, int> table = {
        {QStringLiteral("dozens"), 1},   {QStringLiteral("scores"), 1},   {QStringLiteral("hundreds"), 2},
        {QStringLiteral("thousands"), 3}, {QStringLiteral("millions"), 6}, {QStringLiteral("billions"), 9},
        {QStringLiteral("trillions"), 12},
    };
    return table;
}

const QHash<QString, double> &scaleTable()
{
    static const QHash<QString, double> table = {
        {QStringLiteral("hundred"), 1e2},   {QStringLiteral("thousand"), 1e3}, {QStringLiteral("million"), 1e6},
        {QStringLiteral("billion"), 1e9},   {QStringLiteral("trillion"), 1e12}, {QStringLiteral("bn"), 1e9},
        {QStringLiteral("mln"), 1e6},       {QStringLiteral("mn"), 1e6},       {QStringLiteral("bln"), 1e9},
        {QStringLiteral("tn"), 1e12},       {QStringLiteral("trn"), 1e12},
        // South Asian news: "2.5 lakh tonnes", "Rs 3 crore"
        {QStringLiteral("lakh"), 1e5},      {QStringLiteral("lakhs"), 1e5},    {QStringLiteral("crore"), 1e7},
        {QStringLiteral("crores"), 1e7},
    };
    return table;
}

QString key(QStringView word) { return QString::fromRawData(word.data(), word.size()); }

} // namespace

bool isNumberWord(QStringView lowerWord)
{
    static const QSet<QString> words = [] {
        QSet<QString> set{QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("tens"), QStringLiteral("several"),
                          QStringLiteral("many"), QStringLiteral("some"), QStringLiteral("dozen")};
        for (auto it = smallCardinals().cbegin(); it != smallCardinals().cend(); ++it)
            set.insert(it.key());
        for (auto it = ordinals().cbegin(); it != ordinals().cend(); ++it)
            set.insert(it.key());
        for (const auto *table : {&fractionTable(), &vagueTable()}) {
            for (auto it = table->cbegin(); it != table->cend(); ++it)
                set.insert(it.key());
        }
        for (auto it = scaleTable().cbegin(); it != scaleTable().cend(); ++it)
            set.insert(it.key());
        return set;
    }();
    return words.contains(key(lowerWord));
}

std::optional<double> smallCardinalWord(QStringView lowerWord)
{
    const auto &table = smallCardinals();
    const auto found = table.constFind(QString::fromRawData(lowerWord.data(), lowerWord.size()));
    return found == table.cend() ? std::nullopt : std::optional<double>(*found);
}

std::optional<double> scaleWord(QStringView lowerWord)
{
    const auto found = scaleTable().constFind(key(lowerWord));
    return found == scaleTable().cend() ? std::nullopt : std::optional<double>(*found);
}

std::optional<int> ordinalWord(QStringView lowerWord)
{
    const auto &table = ordinals();
    const auto found = table.constFind(QString::fromRawData(lowerWord.data(), lowerWord.size()));
    return found == table.cend() ? std::nullopt : std::optional<int>(*found);
}

std::optional<int> fractionDenominator(QStringView lowerWord)
{
    const auto found = fractionTable().constFind(key(lowerWord));
    return found == fractionTable().cend() ? std::nullopt : std::optional<int>(*found);
}

std::optional<int> vagueMagnitude(QStringView lowerWord)
{
    const auto found = vagueTable().constFind(key(lowerWord));
    return found == vagueTable().cend() ? std::nullopt : std::optional<int>(*found);
}

std::optional<double> digitSuffixScale(QStringView lowerSuffix)
{
    if (lowerSuffix == u"m" || lowerSuffix == u"mn" || lowerSuffix == u"mln")
        return 1e6;
    if (lowerSuffix == u"bn" || lowerSuffix == u"b" || lowerSuffix == u"bln")
        return 1e9;
    if (lowerSuffix == u"k")
        return 1e3;
    if (lowerSuffix == u"tn" || lowerSuffix == u"trn")
        return 1e12;
    return std::nullopt;
}

namespace {

bool isDashChar(QChar c) { return c == u'-' || c == u'\u2013' || c == u'\u2010' || c == u'\u2011'; }

// Reads digits with thousands commas and one decimal point from token[i]; advances i.
struct DigitRun
{
    double value = 0;
    int integerDigits = 0;
    bool grouped = false;
    bool decimal = false;
};

std::optional<DigitRun> readDigits(QStringView token, qsizetype &i)
{
    QString clean;
    DigitRun run;
    const qsizetype start = i;
    while (i < token.size()) {
        const QChar c = token[i];
        if (c.isDigit()) {
            clean += c;
            if (!run.decimal)
                ++run.integerDigits;
            ++i;
        } else if (c == u',' && !run.decimal && i + 3 < token.size() + 0 && i > start && token[i + 1].isDigit()
                   && token[i + 2].isDigit() && token[i + 3].isDigit()
                   && (i + 4 >= token.size() || !token[i + 4].isDigit())) {
            run.grouped = true;
            ++i;
        } else if (c == u'.' && !run.decimal && i > start && i + 1 < token.size() && token[i + 1].isDigit()) {
            run.decimal = true;
            clean += u'.';
            ++i;
        } else {
            break;
        }
    }
    if (clean.isEmpty())
        return std::nullopt;
    run.value = clean.toDouble();
    return run;
}

} // namespace

DigitToken parseDigitToken(QStringView token)
{
    // ".75 percent": a fraction written without its zero
    if (token.size() > 1 && token.front() == u'.' && token[1].isDigit())
        return parseDigitToken(QString(u'0' + token.toString()));
    DigitToken parsed;
    qsizetype i = 0;
    const auto first = readDigits(token, i);
    if (!first)
        return parsed;
    parsed.value = first->value;
    parsed.integerDigits = first->integerDigits;
    parsed.grouped = first->grouped;
    parsed.decimal = first->decimal;
    // "2½", "1¼": a vulgar fraction glued to the whole number
    static const QHash<char16_t, double> vulgarFractions = {
        {u'\u00BD', 0.5}, {u'\u00BC', 0.25}, {u'\u00BE', 0.75}, {u'\u2153', 1.0 / 3}, {u'\u2154', 2.0 / 3},
        {u'\u2155', 0.2}, {u'\u215B', 0.125}, {u'\u215C', 0.375}, {u'\u215D', 0.625}, {u'\u215E', 0.875},
    };
    if (i + 1 == token.size() && !first->decimal && vulgarFractions.contains(token[i].unicode())) {
        parsed.value += vulgarFractions.value(token[i].unicode());
        parsed.decimal = true;
        parsed.shape = DigitToken::Shape::Plain;
        return parsed;
    }
    if (i == token.size()) {
        parsed.shape = DigitToken::Shape::Plain;
        return parsed;
    }
    const QChar joiner = token[i];
    const bool digitFollows = i + 1 < token.size() && token[i + 1].isDigit();
    if (joiner == u':' && digitFollows && !first->grouped && !first->decimal && first->integerDigits <= 2) {
        qsizetype j = i + 1;
        const auto minutes = readDigits(token, j);
        if (!minutes || minutes->integerDigits != 2 || minutes->decimal || minutes->value > 59 || first->value > 24)
            return parsed;
        parsed.second = minutes->value;
        if (j < token.size() && token[j] == u':') {
            ++j;
            const auto seconds = readDigits(token, j);
            if (!seconds || seconds->integerDigits != 2 || seconds->value > 59)
                return parsed;
            parsed.third = seconds->value;
        }
        parsed.suffix = token.mid(j).toString().toLower();
        parsed.shape = DigitToken::Shape::Time;
        return parsed;
    }
    if (joiner == u'/' && digitFollows) {
        qsizetype j = i + 1;
        const auto denominator = readDigits(token, j);
        // "2023/24": a fiscal or school year, the two years as "2023-24" is
        if (denominator && j == token.size() && first->integerDigits == 4 && !first->grouped && !first->decimal
            && denominator->integerDigits == 2 && int(first->value) % 100 + 1 == int(denominator->value) % 100) {
            parsed.second = first->value + 1;
            parsed.shape = DigitToken::Shape::Range;
            return parsed;
        }
        if (!denominator || j != token.size() || denominator->value == 0 || first->grouped || denominator->grouped)
            return parsed;
        // Prose writes fractions proper and over the usual denominators; "9/11", "11/8" and "24/7"
        // are an event, a date and a phrase.
        static const double usualDenominators[] = {2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100};
        if (first->value >= denominator->value || first->decimal || denominator->decimal
            || std::find(std::begin(usualDenominators), std::end(usualDenominators), denominator->value)
                   == std::end(usualDenominators))
            return parsed;
        parsed.value = first->value / denominator->value;
        parsed.shape = DigitToken::Shape::Fraction;
        return parsed;
    }
    if (isDashChar(joiner) && digitFollows) {
        qsizetype j = i + 1;
        const auto second = readDigits(token, j);
        if (!second)
            return parsed;
        if (j < token.size() && isDashChar(token[j])) {
            // yyyy-mm-dd, anything else with two dashes is an id or a phone number
            qsizetype k = j + 1;
            const auto day = readDigits(token, k);
            if (day && k == token.size() && first->integerDigits == 4 && second->integerDigits == 2
                && day->integerDigits == 2 && !first->grouped && second->value >= 1 && second->value <= 12
                && day->value >= 1 && day->value <= 31) {
                parsed.second = second->value;
                parsed.third = day->value;
                parsed.shape = DigitToken::Shape::IsoDate;
            }
            return parsed;
        }
        const bool phoneLike = first->integerDigits == 3 && second->integerDigits == 4 && !first->grouped
                               && !second->grouped;
        double to = second->value;
        if (first->integerDigits == 4 && second->integerDigits == 2 && !first->decimal)   // "2015-16"
            to = std::floor(first->value / 100) * 100 + second->value;
        if (phoneLike || to <= first->value)
            return parsed;
        parsed.second = to;
        parsed.suffix = token.mid(j).toString().toLower();
        parsed.capitalSuffix = parsed.suffix != token.mid(j);   // "25-28C"
        parsed.shape = DigitToken::Shape::Range;
        return parsed;
    }
    // "2bn-3bn", "5m-7m": a range whose ends both carry the scale
    qsizetype letters = i;
    while (letters < token.size() && token[letters].isLetter())
        ++letters;
    if (letters > i && letters + 1 < token.size() && isDashChar(token[letters]) && token[letters + 1].isDigit()) {
        qsizetype j = letters + 1;
        const auto second = readDigits(token, j);
        if (second && token.mid(j).compare(token.mid(i, letters - i), Qt::CaseInsensitive) == 0
            && digitSuffixScale(token.mid(j).toString().toLower()) && second->value > first->value) {
            parsed.second = second->value;
            parsed.suffix = token.mid(j).toString().toLower();
            parsed.capitalSuffix = parsed.suffix != token.mid(j);
            parsed.shape = DigitToken::Shape::Range;
            return parsed;
        }
    }
    parsed.suffix = token.mid(i).toString().toLower();
    parsed.capitalSuffix = parsed.suffix != token.mid(i);
    parsed.shape = DigitToken::Shape::Plain;
    return parsed;
}

} // namespace galley
