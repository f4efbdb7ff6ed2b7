#include "holidays.h"

#include "detect/numbers/calendar_words.h"

#include <QSet>

namespace galley {

QDate easterSunday(int year)
{
    // the anonymous Gregorian algorithm (Meeus, Jones, Butcher)
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

namespace {

QDate thanksgiving(int year) { return nthWeekday(year, 11, 4, 4); }

} // namespace

std::optional<Holiday> holidayAt(const SentenceTokens &tokens, qsizetype i)
{
    const auto fixed = [](int month, int day) { return [month, day](int year) { return QDate(year, month, day); }; };
    const auto nth = [](int month, int weekday, int n) {
        return [month, weekday, n](int year) { return nthWeekday(year, month, weekday, n); };
    };
    const auto fromEaster = [](int days) { return [days](int year) { return easterSunday(year).addDays(days); }; };
    const auto fromThanksgiving = [](int days) { return [days](int year) { return thanksgiving(year).addDays(days); }; };
    const QString &word = tokens.lower(i);
    const QString &next = tokens.lower(i + 1);
    const bool possessive = next == u"'s" || next == u"’s";
    const qsizetype afterPossessive = possessive ? i + 2 : i + 1;
    // "Valentine's Day", "Father's Day", "Veterans Day", "Veterans' Day"
    const auto dayAfter = [&](qsizetype at) { return tokens.is(at, u"day") ? std::optional(at - i + 1) : std::nullopt; };
    const auto named = [&](std::initializer_list<const char16_t *> secondWords) {
        for (const char16_t *second : secondWords) {
            if (next == QStringView(second))
                return true;
        }
        return false;
    };
    if (word == u"christmas") {
        if (tokens.is(i + 1, u"eve"))
            return Holiday{2, fixed(12, 24)};
        return Holiday{tokens.is(i + 1, u"day") ? 2 : 1, fixed(12, 25)};
    }
    if (word == u"boxing" && named({u"day"}))
        return Holiday{2, fixed(12, 26)};
    if (word == u"new" && tokens.is(i + 1, u"year") && (tokens.lower(i + 2) == u"'s" || tokens.lower(i + 2) == u"’s")) {
        if (tokens.is(i + 3, u"eve"))
            return Holiday{4, fixed(12, 31)};
        if (tokens.is(i + 3, u"day"))
            return Holiday{4, fixed(1, 1)};
        return std::nullopt;
    }
    if (word == u"halloween")
        return Holiday{1, fixed(10, 31)};
    if (word == u"valentine" && possessive && dayAfter(afterPossessive))
        return Holiday{*dayAfter(afterPossessive), fixed(2, 14)};
    if (word == u"father" && possessive && dayAfter(afterPossessive))
        return Holiday{*dayAfter(afterPossessive), nth(6, 7, 3)};
    if ((word == u"st." || word == u"st" || word == u"saint") && next == u"patrick") {
        const bool patricks = tokens.is(i + 2, u"'s") || tokens.is(i + 2, u"’s");
        if (patricks && tokens.is(i + 3, u"day"))
            return Holiday{4, fixed(3, 17)};
        return std::nullopt;
    }
    if (word == u"thanksgiving")
        return Holiday{tokens.is(i + 1, u"day") ? 2 : 1, thanksgiving};
    if (word == u"black" && named({u"friday"}))
        return Holiday{2, fromThanksgiving(1)};
    if (word == u"cyber" && named({u"monday"}))
        return Holiday{2, fromThanksgiving(4)};
    if (word == u"easter") {
        if (tokens.is(i + 1, u"monday"))
            return Holiday{2, fromEaster(1)};
        return Holiday{tokens.is(i + 1, u"sunday") ? 2 : 1, easterSunday};
    }
    if (word == u"good" && named({u"friday"}))
        return Holiday{2, fromEaster(-2)};
    if (word == u"ash" && named({u"wednesday"}))
        return Holiday{2, fromEaster(-46)};
    if (word == u"palm" && named({u"sunday"}))
        return Holiday{2, fromEaster(-7)};
    if ((word == u"maundy" || word == u"holy") && named({u"thursday"}))
        return Holiday{2, fromEaster(-3)};
    if (word == u"holy" && named({u"saturday"}))
        return Holiday{2, fromEaster(-1)};
    if (word == u"whit" && named({u"monday"}))
        return Holiday{2, fromEaster(50)};
    if (word == u"pentecost" || (word == u"whit" && named({u"sunday"})))
        return Holiday{word == u"whit" || named({u"sunday"}) ? 2 : 1, fromEaster(49)};
    if (word == u"ascension" && named({u"day"}))
        return Holiday{2, fromEaster(39)};
    if (word == u"memorial" && named({u"day"}))
        return Holiday{2, nth(5, 1, -1)};
    if (word == u"labor" && named({u"day"}))
        return Holiday{2, nth(9, 1, 1)};
    if (word == u"columbus" && named({u"day"}))
        return Holiday{2, nth(10, 1, 2)};
    if (word == u"veterans" && (dayAfter(i + 1) || (tokens.is(i + 1, u"'") && dayAfter(i + 2))))
        return Holiday{dayAfter(i + 1) ? 2 : 3, fixed(11, 11)};
    if ((word == u"remembrance" || word == u"armistice") && named({u"day"}))
        return Holiday{2, fixed(11, 11)};
    if (word == u"remembrance" && named({u"sunday"}))
        return Holiday{2, nth(11, 7, 2)};
    if (word == u"bastille" && named({u"day"}))
        return Holiday{2, fixed(7, 14)};
    if (word == u"australia" && named({u"day"}))
        return Holiday{2, fixed(1, 26)};
    if (word == u"canada" && named({u"day"}))
        return Holiday{2, fixed(7, 1)};
    if ((word == u"bonfire" && named({u"night"})) || (word == u"guy" && next == u"fawkes" && tokens.is(i + 2, u"night")))
        return Holiday{word == u"guy" ? 3 : 2, fixed(11, 5)};
    if (word == u"fourth" && next == u"of" && tokens.is(i + 2, u"july"))
        return Holiday{3, fixed(7, 4)};
    // US elections: the Tuesday after the first Monday in November, the one news awaits
    if (word == u"election" && named({u"day", u"night"}))
        return Holiday{2, [](int year) { return nthWeekday(year, 11, 1, 1).addDays(1); }, true};
    // the US president's, on 20 January of the year after the election since 1937
    if (word == u"inauguration" && named({u"day"}))
        return Holiday{2, [](int year) { return year % 4 == 1 && year >= 1937 ? QDate(year, 1, 20) : QDate(); }};
    return std::nullopt;
}


bool mayStartHoliday(QStringView lowerWord)
{
    static const QSet<QString> words = {
        QStringLiteral("christmas"),   QStringLiteral("boxing"),    QStringLiteral("new"),       QStringLiteral("halloween"),
        QStringLiteral("valentine"),   QStringLiteral("thanksgiving"), QStringLiteral("easter"), QStringLiteral("good"),
        QStringLiteral("father"),      QStringLiteral("st."),       QStringLiteral("st"),        QStringLiteral("saint"),
        QStringLiteral("black"),       QStringLiteral("cyber"),     QStringLiteral("ash"),       QStringLiteral("palm"),
        QStringLiteral("maundy"),      QStringLiteral("holy"),      QStringLiteral("whit"),      QStringLiteral("pentecost"),
        QStringLiteral("ascension"),   QStringLiteral("memorial"),  QStringLiteral("labor"),     QStringLiteral("columbus"),
        QStringLiteral("veterans"),    QStringLiteral("remembrance"), QStringLiteral("armistice"), QStringLiteral("bastille"),
        QStringLiteral("australia"),   QStringLiteral("canada"),    QStringLiteral("bonfire"),   QStringLiteral("guy"),
        QStringLiteral("fourth"),      QStringLiteral("election"),  QStringLiteral("inauguration"),
    };
    return words.contains(QString::fromRawData(lowerWord.data(), lowerWord.size()));
}

} // namespace galley
