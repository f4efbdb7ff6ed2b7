#include "detect/ner/class_list_repairs.h"

#include <QHash>

#include <optional>

namespace galley {

namespace {

std::optional<EntityType> classOf(const QString &lower)
{
    static const QHash<QString, EntityType> classes = {
        {QStringLiteral("groups"), EntityType::Organization},        {QStringLiteral("organisations"), EntityType::Organization},
        {QStringLiteral("organizations"), EntityType::Organization}, {QStringLiteral("companies"), EntityType::Organization},
        {QStringLiteral("firms"), EntityType::Organization},         {QStringLiteral("banks"), EntityType::Organization},
        {QStringLiteral("parties"), EntityType::Organization},       {QStringLiteral("militias"), EntityType::Organization},
        {QStringLiteral("agencies"), EntityType::Organization},      {QStringLiteral("outlets"), EntityType::Organization},
        {QStringLiteral("networks"), EntityType::Organization},      {QStringLiteral("factions"), EntityType::Organization},
        {QStringLiteral("charities"), EntityType::Organization},     {QStringLiteral("retailers"), EntityType::Organization},
        {QStringLiteral("carriers"), EntityType::Organization},      {QStringLiteral("newspapers"), EntityType::Organization},
        {QStringLiteral("countries"), EntityType::Location},         {QStringLiteral("nations"), EntityType::Location},
        {QStringLiteral("cities"), EntityType::Location},            {QStringLiteral("towns"), EntityType::Location},
        {QStringLiteral("provinces"), EntityType::Location},         {QStringLiteral("regions"), EntityType::Location},
    };
    const auto found = classes.constFind(lower);
    return found == classes.cend() ? std::nullopt : std::optional<EntityType>(*found);
}

// The index after "such as", "like" or "including" (and a comma before it) that follows the
// class noun at `noun`, or -1.
qsizetype listStart(const QStringList &words, qsizetype noun)
{
    qsizetype at = noun + 1;
    if (at < words.size() && words[at] == u",")
        ++at;
    if (at + 1 < words.size() && words[at] == u"such" && words[at + 1] == u"as")
        return at + 2;
    if (at < words.size() && (words[at] == u"like" || words[at] == u"including"))
        return at + 1;
    return -1;
}

} // namespace

void retypeClassListMembers(const QStringList &words, QList<TagId> &tags)
{
    for (qsizetype noun = 0; noun < tags.size(); ++noun) {
        const std::optional<EntityType> type = isOutside(tags[noun]) ? classOf(words[noun].toLower()) : std::nullopt;
        const qsizetype start = type ? listStart(words, noun) : -1;
        if (start < 0)
            continue;
        // names, each after "the" maybe, joined by commas, "and" or "or"
        qsizetype at = start;
        while (at < tags.size()) {
            if (words[at].toLower() == u"the")
                ++at;
            if (at >= tags.size() || !isBegin(tags[at]))
                break;
            const qsizetype begin = at++;
            while (at < tags.size() && !isOutside(tags[at]) && !isBegin(tags[at]))
                ++at;
            // "countries, including Arab nations": a name before a noun describes it
            const bool beforeNoun = at < tags.size() && words[at].front().isLower() && words[at] != u"and" && words[at] != u"or";
            const EntityType found = tagType(tags[begin]);
            if (!beforeNoun && (found == EntityType::Person || found == EntityType::Miscellaneous)) {
                tags[begin] = beginTag(*type);
                for (qsizetype i = begin + 1; i < at; ++i)
                    tags[i] = insideTag(*type);
            }
            if (at < tags.size() && words[at] == u",")
                ++at;
            if (at < tags.size() && (words[at] == u"and" || words[at] == u"or"))
                ++at;
        }
    }
}

} // namespace galley
