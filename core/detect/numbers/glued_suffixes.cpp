#include "glued_suffixes.h"

#include <QHash>

namespace galley {

std::optional<QString> countedWordOfSuffix(QStringView suffix)
{
    static const QHash<QString, QString> counted = {
        {QStringLiteral("strong"), QString()},
        {QStringLiteral("point"), QStringLiteral("points")},     {QStringLiteral("seat"), QStringLiteral("seats")},
        {QStringLiteral("member"), QStringLiteral("members")},   {QStringLiteral("page"), QStringLiteral("pages")},
        {QStringLiteral("storey"), QStringLiteral("storeys")},   {QStringLiteral("story"), QStringLiteral("stories")},
        {QStringLiteral("bedroom"), QStringLiteral("bedrooms")}, {QStringLiteral("bed"), QStringLiteral("beds")},
        {QStringLiteral("room"), QStringLiteral("rooms")},       {QStringLiteral("game"), QStringLiteral("games")},
        {QStringLiteral("match"), QStringLiteral("matches")},    {QStringLiteral("goal"), QStringLiteral("goals")},
        {QStringLiteral("run"), QStringLiteral("runs")},         {QStringLiteral("shot"), QStringLiteral("shots")},
        {QStringLiteral("vote"), QStringLiteral("votes")},       {QStringLiteral("hole"), QStringLiteral("holes")},
        {QStringLiteral("lane"), QStringLiteral("lanes")},       {QStringLiteral("round"), QStringLiteral("rounds")},
        {QStringLiteral("episode"), QStringLiteral("episodes")}, {QStringLiteral("track"), QStringLiteral("tracks")},
        {QStringLiteral("stage"), QStringLiteral("stages")},     {QStringLiteral("step"), QStringLiteral("steps")},
        {QStringLiteral("nation"), QStringLiteral("nations")},   {QStringLiteral("country"), QStringLiteral("countries")},
        {QStringLiteral("state"), QStringLiteral("states")},     {QStringLiteral("team"), QStringLiteral("teams")},
        {QStringLiteral("player"), QStringLiteral("players")},   {QStringLiteral("man"), QStringLiteral("men")},
        {QStringLiteral("woman"), QStringLiteral("women")},      {QStringLiteral("person"), QStringLiteral("people")},
        {QStringLiteral("car"), QStringLiteral("cars")},         {QStringLiteral("vehicle"), QStringLiteral("vehicles")},
        {QStringLiteral("word"), QStringLiteral("words")},       {QStringLiteral("count"), QStringLiteral("counts")},
        {QStringLiteral("magnitude"), QStringLiteral("magnitude")},
    };
    if (!suffix.startsWith(u'-'))
        return std::nullopt;
    const auto found = counted.constFind(suffix.mid(1).toString());
    return found == counted.cend() ? std::nullopt : std::optional<QString>(*found);
}

std::optional<GluedRate> splitGluedRate(QStringView suffix)
{
    static const QList<std::pair<QString, QString>> rates = {
        {QStringLiteral("-a-year"), QStringLiteral("P1Y")},   {QStringLiteral("-per-year"), QStringLiteral("P1Y")},
        {QStringLiteral("-a-month"), QStringLiteral("P1M")},  {QStringLiteral("-per-month"), QStringLiteral("P1M")},
        {QStringLiteral("-a-week"), QStringLiteral("P1W")},   {QStringLiteral("-per-week"), QStringLiteral("P1W")},
        {QStringLiteral("-a-day"), QStringLiteral("P1D")},    {QStringLiteral("-per-day"), QStringLiteral("P1D")},
        {QStringLiteral("-an-hour"), QStringLiteral("PT1H")}, {QStringLiteral("-per-hour"), QStringLiteral("PT1H")},
    };
    for (const auto &[written, per] : rates) {
        if (suffix.endsWith(written))
            return GluedRate{suffix.chopped(written.size()).toString(), per};
    }
    return std::nullopt;
}

std::optional<NumberModifier> modifierOfSuffix(QStringView suffix)
{
    if (suffix == u"-odd")
        return NumberModifier::Approximately;
    if (suffix == u"-plus")
        return NumberModifier::GreaterOrEqual;
    return std::nullopt;
}

} // namespace galley
