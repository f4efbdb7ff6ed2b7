#include "detect/ner/place_part_repairs.h"

#include <QSet>

namespace galley {

namespace {

bool isPlacePart(const QString &word)
{
    static const QSet<QString> parts = {
        QStringLiteral("sector"),   QStringLiteral("district"),     QStringLiteral("neighborhood"),
        QStringLiteral("neighbourhood"), QStringLiteral("quarter"), QStringLiteral("province"),
        QStringLiteral("county"),   QStringLiteral("village"),      QStringLiteral("suburb"),
        QStringLiteral("enclave"),  QStringLiteral("governorate"),  QStringLiteral("municipality"),
    };
    return parts.contains(word);
}

// "Palestinian", "Israeli", "Kurdish", "Chinese", "Arabic": the shapes of a people's adjective,
// for those the gazetteer lacks.
bool looksLikePeople(const QString &word)
{
    for (const char *suffix : {"an", "ish", "ese", "i", "ic"}) {
        if (word.endsWith(QLatin1StringView(suffix)))
            return true;
    }
    return false;
}

} // namespace

void retypePlacePartNames(const QStringList &words, QList<TagId> &tags, const Gazetteer &gazetteer)
{
    for (qsizetype begin = 1; begin < tags.size(); ++begin) {
        if (!isBegin(tags[begin]) || tagType(tags[begin]) != EntityType::Miscellaneous || words[begin - 1].toLower() != u"the")
            continue;
        qsizetype end = begin + 1;
        while (end < tags.size() && !isOutside(tags[end]) && !isBegin(tags[end]))
            ++end;
        bool people = false;
        for (qsizetype i = begin; i < end; ++i)
            people = people || (gazetteer.wordLists(words[i]) & Gazetteer::Nationality) || looksLikePeople(words[i]);
        if (people || end >= tags.size() || !isOutside(tags[end]) || !isPlacePart(words[end]))
            continue;
        tags[begin] = beginTag(EntityType::Location);
        for (qsizetype i = begin + 1; i < end; ++i)
            tags[i] = insideTag(EntityType::Location);
    }
}

} // namespace galley
