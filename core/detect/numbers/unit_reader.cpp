#include "unit_reader.h"

#include "detect/numbers/currencies.h"
#include "detect/numbers/glued_suffixes.h"

#include <QHash>
#include <QSet>

namespace galley {

std::optional<TimeUnit> timeUnitOfWord(QStringView lowerWord)
{
    static const QHash<QString, TimeUnit> table = [] {
        QHash<QString, TimeUnit> units;
        const auto add = [&units](std::initializer_list<const char16_t *> words, const char16_t *name, QChar designator,
                                  bool timePart, double factor) {
            for (const char16_t *word : words)
                units.insert(QString::fromUtf16(word), TimeUnit{QString::fromUtf16(name), designator, timePart, factor});
        };
        add({u"year", u"years", u"yr", u"yrs"}, u"year", u'Y', false, 1);
        add({u"decade", u"decades"}, u"decade", u'Y', false, 10);
        add({u"century", u"centuries"}, u"century", u'Y', false, 100);
        add({u"month", u"months"}, u"month", u'M', false, 1);
        add({u"week", u"weeks"}, u"week", u'W', false, 1);
        add({u"fortnight", u"fortnights"}, u"fortnight", u'W', false, 2);
        add({u"day", u"days"}, u"day", u'D', false, 1);
        add({u"hour", u"hours", u"hr", u"hrs", u"h"}, u"hour", u'H', true, 1);
        add({u"minute", u"minutes", u"min", u"mins"}, u"minute", u'M', true, 1);
        add({u"second", u"seconds", u"sec", u"secs"}, u"second", u'S', true, 1);
        return units;
    }();
    const auto found = table.constFind(QString::fromRawData(lowerWord.data(), lowerWord.size()));
    return found == table.cend() ? std::nullopt : std::optional<TimeUnit>(*found);
}

QString isoDuration(double value, const TimeUnit &unit)
{
    return (unit.timePart ? QStringLiteral("PT") : QStringLiteral("P")) + QString::number(value * unit.factor, 'g', 12)
           + unit.designator;
}

namespace {

bool isNounAfterAdverb(const SentenceTokens &tokens, qsizetype i)
{
    static const QSet<QString> joining = {
        QStringLiteral("to"),   QStringLiteral("for"), QStringLiteral("in"),   QStringLiteral("on"),
        QStringLiteral("and"),  QStringLiteral("or"),  QStringLiteral("from"), QStringLiteral("at"),
        QStringLiteral("by"),   QStringLiteral("with"), QStringLiteral("until"), QStringLiteral("since"),
        QStringLiteral("as"),   QStringLiteral("but"), QStringLiteral("after"), QStringLiteral("under"),
        QStringLiteral("while"), QStringLiteral("before"), QStringLiteral("plus"), QStringLiteral("than"),
    };
    return tokens.isKind(i, TokenKind::Word) && !joining.contains(tokens.lower(i));
}

} // namespace

std::optional<RatePeriod> readRatePeriod(const SentenceTokens &tokens, qsizetype i)
{
    const QString &word = tokens.lower(i);
    static const QHash<QString, QString> adverbs = {
        {QStringLiteral("hourly"), QStringLiteral("PT1H")},  {QStringLiteral("daily"), QStringLiteral("P1D")},
        {QStringLiteral("weekly"), QStringLiteral("P1W")},   {QStringLiteral("monthly"), QStringLiteral("P1M")},
        {QStringLiteral("annually"), QStringLiteral("P1Y")}, {QStringLiteral("yearly"), QStringLiteral("P1Y")},
    };
    // "$500 monthly"; not "5 daily newspapers"
    if (const auto adverb = adverbs.constFind(word); adverb != adverbs.cend() && !isNounAfterAdverb(tokens, i + 1))
        return RatePeriod{*adverb, i + 1};
    if (word != u"a" && word != u"an" && word != u"per" && word != u"each" && word != u"every" && word != u"/")
        return std::nullopt;
    const QString &unitWord = tokens.lower(i + 1);
    const auto unit = timeUnitOfWord(unitWord);
    if (!unit || unit->name != unitWord)
        return std::nullopt;
    const QString &after = tokens.lower(i + 2);
    static const QSet<QString> notRates = {
        QStringLiteral("ago"),   QStringLiteral("earlier"), QStringLiteral("later"), QStringLiteral("before"),
        QStringLiteral("after"), QStringLiteral("from"),    QStringLiteral("or"),    QStringLiteral("prior"),
        QStringLiteral("into"),  QStringLiteral("on"),      QStringLiteral("apart"), QStringLiteral("back"),
        QStringLiteral("ahead"), QStringLiteral("since"),   QStringLiteral("hence"), QStringLiteral("out"),
        QStringLiteral("away"),  QStringLiteral("old"),     QStringLiteral("long"),
    };
    // "$180 a year or more" is a rate; "a day or two" none
    const bool boundFollows = after == u"or" && (tokens.is(i + 3, u"more") || tokens.is(i + 3, u"less") || tokens.is(i + 3, u"so"));
    if (notRates.contains(after) && !boundFollows)
        return std::nullopt;
    return RatePeriod{isoDuration(1, *unit), i + 2};
}

namespace {

// A capitalised unit symbol after a number: "120 Hz", "300 MW", "100 Mbps", "8 GB". Only symbols
// that name nothing else in news text; a data size before a plural noun is an abbreviation
// ("10.6 million TB cases", "29 GB medals").
bool isUnitSymbolAt(const SentenceTokens &tokens, qsizetype i)
{
    static const QStringList symbols = {
        QStringLiteral("Hz"),   QStringLiteral("MHz"),  QStringLiteral("GHz"),  QStringLiteral("MW"),
        QStringLiteral("GW"),   QStringLiteral("TW"),   QStringLiteral("MWh"),  QStringLiteral("GWh"),
        QStringLiteral("TWh"),  QStringLiteral("Mbps"), QStringLiteral("Gbps"), QStringLiteral("MB"),
        QStringLiteral("GB"),   QStringLiteral("TB"),   QStringLiteral("PB"),
    };
    const QStringView word = tokens.text(i);
    if (!symbols.contains(word))
        return false;
    const bool dataSize = word.endsWith(u'B');
    const QString &next = tokens.lower(i + 1);
    return !(dataSize && tokens.isKind(i + 1, TokenKind::Word) && !tokens.isCapitalised(i + 1) && next.endsWith(u's'));
}

// "%", "percent", "per cent", "pct" → "%"; "percentage points", "percent points" → "pp";
// "basis points", "bps", "bp" → "bp" (hundredths of a percentage point).
QString readPercentWord(const SentenceTokens &tokens, qsizetype i, qsizetype &end)
{
    if (tokens.is(i, u"basis") && (tokens.is(i + 1, u"points") || tokens.is(i + 1, u"point"))) {
        end = i + 2;
        return QStringLiteral("bp");
    }
    if (tokens.is(i, u"bps") || tokens.is(i, u"bp")) {
        end = i + 1;
        return QStringLiteral("bp");
    }
    if (tokens.text(i) == u"%" || tokens.is(i, u"percent") || tokens.is(i, u"pct") || tokens.is(i, u"pct.")
        || tokens.is(i, u"percentage")) {
        end = i + 1;
    } else if (tokens.is(i, u"per") && tokens.is(i + 1, u"cent")) {
        end = i + 2;
    } else {
        return {};
    }
    if ((tokens.is(end, u"points") || tokens.is(end, u"point")) && !tokens.is(i, u"%")) {
        ++end;
        return QStringLiteral("pp");
    }
    return tokens.is(i, u"percentage") ? QString() : QStringLiteral("%");
}

std::optional<UnitMatch> money(const QString &code, qsizetype end)
{
    if (code.isEmpty())
        return std::nullopt;
    UnitMatch match;
    match.label = NumberLabel::Money;
    match.unit = code;
    match.endToken = end;
    return match;
}

// "sold for 450,000 pounds", "earns 300,000 pounds a week", "paid 12 pounds": words before the amount that make
// "pounds" money, not a weight.
bool isPaidBefore(const SentenceTokens &tokens, qsizetype amountBegin)
{
    static const QSet<QString> words = {
        QStringLiteral("for"),    QStringLiteral("worth"),  QStringLiteral("cost"),   QStringLiteral("costs"),
        QStringLiteral("paid"),   QStringLiteral("pay"),    QStringLiteral("pays"),   QStringLiteral("earn"),
        QStringLiteral("earns"),  QStringLiteral("earned"), QStringLiteral("fined"),  QStringLiteral("salary"),
        QStringLiteral("raised"), QStringLiteral("raise"),  QStringLiteral("spent"),  QStringLiteral("spend"),
        QStringLiteral("price"),  QStringLiteral("priced"), QStringLiteral("budget"), QStringLiteral("wage"),
        QStringLiteral("damages"), QStringLiteral("compensation"), QStringLiteral("bonus"), QStringLiteral("invested"),
        QStringLiteral("invest"), QStringLiteral("fee"),    QStringLiteral("fees"),   QStringLiteral("profit"),
        QStringLiteral("revenue"), QStringLiteral("fine"),  QStringLiteral("funding"), QStringLiteral("rent"),
        QStringLiteral("won"),    QStringLiteral("prize"),  QStringLiteral("owed"),   QStringLiteral("owes"),
    };
    for (qsizetype j = amountBegin - 1; j >= amountBegin - 3 && tokens.contains(j); --j) {
        if (words.contains(tokens.lower(j)))
            return true;
    }
    return false;
}

// "87 cents", "45 pence": a hundredth of a currency; cents of an unnamed currency are US.
std::optional<UnitMatch> readSubunit(const SentenceTokens &tokens, qsizetype i, const Amount &amount)
{
    const QString &word = tokens.lower(i);
    const bool pence = word == u"pence" || word == u"penny";
    const bool cents = word == u"cents" || (word == u"cent" && amount.value == 1.0);
    const QString &after = tokens.lower(i + 1);
    if ((!pence && !cents) || after == u"'" || after == u"’" || after == u"worth")   // "two cents' worth"
        return std::nullopt;
    auto match = money(pence ? QStringLiteral("GBP") : QStringLiteral("USD"), i + 1);
    match->subunit = true;
    return match;
}

// "dollars", "US dollars", "Syrian pounds", "pounds sterling", "USD".
std::optional<UnitMatch> readCurrencyName(const SentenceTokens &tokens, qsizetype i, const Amount &amount)
{
    if (isCurrencyCode(tokens.text(i)))
        return money(tokens.text(i).toString(), i + 1);
    if (tokens.isKind(i, TokenKind::Symbol))   // "500 ₽", "30 €"
        return money(currencyOfSign(tokens.text(i)), i + 1);
    const QString &word = tokens.lower(i);
    const QString &next = tokens.lower(i + 1);
    if ((word == u"pound" || word == u"pounds") && next == u"sterling")
        return money(QStringLiteral("GBP"), i + 2);
    if (const QString code = currencyOfName(next, word); !code.isEmpty() && tokens.isCapitalised(i))
        return money(code, i + 2);
    if (tokens.is(i, u"new") && tokens.is(i + 1, u"zealand"))
        return money(currencyOfName(tokens.lower(i + 2), u"zealand"), i + 3);
    // "millions of pounds were spent" is money; "millions of pounds of food aid" a weight
    const bool vastAmount = amount.approximate && amount.magnitude.value_or(0) >= 6;
    if ((word == u"pound" || word == u"pounds") && next != u"of"
        && (amount.scale > 1 || vastAmount || isPaidBefore(tokens, amount.begin)))
        return money(QStringLiteral("GBP"), i + 1);
    if (word == u"won" && amount.scale > 1)   // "10.4 trillion won"; "won" alone is a verb
        return money(QStringLiteral("KRW"), i + 1);
    if (auto subunit = readSubunit(tokens, i, amount))
        return subunit;
    return money(currencyOfName(word), i + 1);
}

// "km", "square kilometres", "sq km", "cubic metres", "km/h", "miles per hour", "°C",
// "degrees Celsius". `first` is the unit word read from the amount's suffix, if any.
std::optional<UnitMatch> readMeasure(const SentenceTokens &tokens, qsizetype i, QStringView suffix)
{
    int power = 1;
    qsizetype at = i;
    std::optional<MeasurementUnit> unit;
    if (!suffix.isEmpty()) {
        unit = unitOfWord(suffix);
        if (!unit)
            return std::nullopt;
    } else {
        const QString &word = tokens.lower(at);
        if (word == u"square" || word == u"sq" || word == u"sq.") {
            power = 2;
            ++at;
        } else if (word == u"cubic" || word == u"cu") {
            power = 3;
            ++at;
        } else if (word == u"metric" && unitOfWord(tokens.lower(at + 1)).value_or(MeasurementUnit()).symbol == u"t") {
            ++at;   // "5 metric tons": a tonne, as "tons" alone is read
        } else if (word == u"°" && (tokens.is(at + 1, u"c") || tokens.is(at + 1, u"f"))) {
            unit = unitOfWord(tokens.lower(at + 1) == u"c" ? u"°c" : u"°f");
            at += 2;
        } else if ((word == u"degrees" || word == u"degree")
                   && (tokens.is(at + 1, u"celsius") || tokens.is(at + 1, u"fahrenheit") || tokens.is(at + 1, u"centigrade"))) {
            unit = unitOfWord(tokens.lower(at + 1));
            at += 2;
        }
        if (!unit) {
            if (!tokens.isKind(at, TokenKind::Word))
                return std::nullopt;
            const QString &word = tokens.lower(at);
            unit = unitOfWord(word);
            // "7.9 oz.", "12 ft.": an abbreviation with its period
            if (!unit && word.size() <= 4 && word.endsWith(u'.'))
                unit = unitOfWord(QStringView(word).chopped(1));
            if (!unit)
                return std::nullopt;
            ++at;
        }
        if (power > 1)
            unit = poweredUnit(*unit, power);
    }
    // "km/h", "kilometres per hour", "metres per second"
    if (tokens.text(at) == u"/" && tokens.touchesNext(at)) {
        if (const auto speed = speedUnit(*unit, tokens.lower(at + 1))) {
            unit = speed;
            at += 2;
        }
    } else if (tokens.is(at, u"per")) {
        if (const auto speed = speedUnit(*unit, tokens.lower(at + 1))) {
            unit = speed;
            at += 2;
        }
    }
    UnitMatch match;
    match.label = NumberLabel::Quantity;
    match.unit = unit->symbol;
    match.measure = unit;
    match.endToken = at;
    return match;
}

std::optional<UnitMatch> readTime(const SentenceTokens &tokens, qsizetype i, QStringView suffix)
{
    QStringView word = suffix.isEmpty() ? QStringView(tokens.lower(i)) : suffix;
    // "-year-old", "-day-long": the unit is the first part
    if (!suffix.isEmpty() && suffix.indexOf(u'-') > 0)
        word = suffix.left(suffix.indexOf(u'-'));
    const auto unit = timeUnitOfWord(word);
    if (!unit)
        return std::nullopt;
    UnitMatch match;
    match.label = NumberLabel::Duration;
    match.unit = unit->name;
    match.time = unit;
    match.endToken = suffix.isEmpty() ? i + 1 : i;
    return match;
}

// "6-foot-2", "5-ft-11": a height in feet and inches written as one word.
std::optional<UnitMatch> readFeetAndInches(QStringView suffix, qsizetype i)
{
    const qsizetype dash = suffix.indexOf(u'-');
    if (dash <= 0 || (suffix.left(dash) != u"foot" && suffix.left(dash) != u"ft"))
        return std::nullopt;
    bool number = false;
    const int inches = suffix.mid(dash + 1).toInt(&number);
    if (!number || inches < 0 || inches > 11 || suffix.size() - dash - 1 > 2)
        return std::nullopt;
    UnitMatch match;
    match.label = NumberLabel::Quantity;
    match.measure = unitOfWord(u"ft");
    match.unit = match.measure->symbol;
    match.added = inches / 12.0;
    match.endToken = i;
    return match;
}

// "35 degrees", "turned 180 degrees", "the oven to 425 degrees": a temperature or an angle, the
// scale unsaid; spelled out or after a verb of getting one they are diplomas ("holds two
// degrees", "awarded 4,000 degrees", "earned 2 degrees").
std::optional<UnitMatch> readBareDegrees(const SentenceTokens &tokens, qsizetype i, const Amount &amount)
{
    static const QSet<QString> diplomaVerbs = {
        QStringLiteral("earned"),  QStringLiteral("earn"),    QStringLiteral("earns"),   QStringLiteral("holds"),
        QStringLiteral("hold"),    QStringLiteral("held"),    QStringLiteral("awarded"), QStringLiteral("awards"),
        QStringLiteral("conferred"), QStringLiteral("received"), QStringLiteral("obtained"), QStringLiteral("completed"),
    };
    if (!(tokens.is(i, u"degrees") || tokens.is(i, u"degree")) || amount.spelled
        || diplomaVerbs.contains(tokens.lower(amount.begin - 1)))
        return std::nullopt;
    UnitMatch match;
    match.label = NumberLabel::Quantity;
    match.unit = QStringLiteral("°");
    match.endToken = i + 1;
    return match;
}

} // namespace

std::optional<UnitMatch> readUnitAfter(const SentenceTokens &tokens, qsizetype i, const Amount &amount)
{
    // "half an hour", "half a mile", "half a percentage point": the unit after its article (read
    // as "an hour" it had made a rate, 0.5 per hour)
    if (amount.spelled && amount.value == 0.5 && amount.end - amount.begin == 1 && tokens.is(amount.begin, u"half")
        && i == amount.end && (tokens.is(i, u"a") || tokens.is(i, u"an"))) {
        if (auto unit = readUnitAfter(tokens, i + 1, amount))
            return unit;
    }
    // A capitalised word after a number in running text starts a name: "19-23 Second Division"
    // (currency adjectives are the exception: "5 US dollars").
    const bool nameFollows = tokens.casing() == SentenceCasing::Normal && tokens.isKind(i, TokenKind::Word)
                             && tokens.isCapitalised(i) && !isCurrencyCode(tokens.text(i))
                             && !isUnitSymbolAt(tokens, i);
    QStringView suffix = amount.suffix;
    if (const auto counted = countedWordOfSuffix(suffix)) {   // "a 10-point lead"
        UnitMatch match;
        match.unit = *counted;
        match.endToken = i;
        return match;
    }
    if (suffix.startsWith(u'-'))
        suffix = suffix.mid(1);
    if (!suffix.isEmpty()) {
        if (amount.capitalSuffix && suffix.size() == 1) {
            if (suffix != u"c" && suffix != u"f")
                return std::nullopt;   // "5G", "3D": ids
            UnitMatch match;   // "40C": degrees Celsius
            match.label = NumberLabel::Quantity;
            match.measure = unitOfWord(suffix == u"c" ? u"°c" : u"°f");
            match.unit = match.measure->symbol;
            match.endToken = i;
            return match;
        }
        if (suffix == u"h" && tokens.is(i - 2, u"at"))
            return std::nullopt;   // "kick-off at 20h": a European clock time
        if (auto time = readTime(tokens, i, suffix))
            return time;
        if (auto height = readFeetAndInches(suffix, i))
            return height;
        static const QSet<double> videoLines = {240, 360, 480, 576, 720, 1080, 1440, 2160, 4320};
        if (suffix == u"p" && !(amount.value && videoLines.contains(*amount.value))) {   // "85p", not "1080p"
            auto pence = money(QStringLiteral("GBP"), i);
            pence->subunit = true;
            return pence;
        }
        const bool basisPoints = suffix == u"bp" || suffix == u"bps";
        if (suffix == u"%" || suffix == u"percent" || suffix == u"per-cent" || suffix == u"pc" || basisPoints) {
            UnitMatch match;
            match.label = NumberLabel::Percent;
            match.unit = basisPoints ? QStringLiteral("bp") : QStringLiteral("%");
            match.endToken = i;
            return match;
        }
        // "10in of rain": glued to a number "in" is inches, which the word alone never is
        return readMeasure(tokens, i, suffix == u"in" ? u"inch" : suffix);
    }
    qsizetype end = i;
    if (const QString percent = readPercentWord(tokens, i, end); !percent.isEmpty()) {
        UnitMatch match;
        match.label = NumberLabel::Percent;
        match.unit = percent;
        match.endToken = end;
        return match;
    }
    if (auto currency = readCurrencyName(tokens, i, amount))
        return currency;
    if (nameFollows)
        return std::nullopt;
    if (auto time = readTime(tokens, i, {}))
        return time;
    if (auto measure = readMeasure(tokens, i, {}))
        return measure;
    return readBareDegrees(tokens, i, amount);
}

} // namespace galley
