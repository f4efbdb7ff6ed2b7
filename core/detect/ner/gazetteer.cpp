#include "gazetteer.h"

#include <algorithm>

namespace galley {

std::uint64_t Gazetteer::phraseHash(const std::uint64_t *lowerTokenHashes, int count)
{
    std::uint64_t hash = 0x2545f4914f6cdd1dULL;
    for (int i = 0; i < count; ++i)
        hash = combineHashes(hash, lowerTokenHashes[i]);
    return hash;
}

GazetteerLists Gazetteer::wordLists(QStringView word) const
{
    const std::uint64_t lower = hashText(word.toString().toLower());
    return lookup(phraseHash(&lower, 1));
}

void Gazetteer::add(const QStringList &lowerTokens, GazetteerLists lists)
{
    if (lowerTokens.isEmpty() || lowerTokens.size() > kMaxPhraseTokens)
        return;
    std::uint64_t hashes[kMaxPhraseTokens];
    for (qsizetype i = 0; i < lowerTokens.size(); ++i)
        hashes[i] = hashText(lowerTokens[i]);
    addHashed(phraseHash(hashes, int(lowerTokens.size())), lists);
}

void Gazetteer::merge(const Gazetteer &other)
{
    for (auto it = other.m_phrases.cbegin(); it != other.m_phrases.cend(); ++it)
        m_phrases[it.key()] |= it.value();
}

QList<std::pair<std::uint64_t, GazetteerLists>> Gazetteer::entries() const
{
    QList<std::pair<std::uint64_t, GazetteerLists>> list;
    list.reserve(m_phrases.size());
    for (auto it = m_phrases.cbegin(); it != m_phrases.cend(); ++it)
        list.append({it.key(), it.value()});
    std::sort(list.begin(), list.end());
    return list;
}

void Gazetteer::addListText(const QString &text)
{
    static const std::pair<QLatin1StringView, List> kNames[] = {
        {QLatin1StringView("country"), Country},         {QLatin1StringView("place"), Place},
        {QLatin1StringView("given-name"), GivenName},    {QLatin1StringView("proper-word"), ProperWord},
        {QLatin1StringView("common-word"), CommonWord},  {QLatin1StringView("nationality"), Nationality},
        {QLatin1StringView("title"), Title},             {QLatin1StringView("currency"), Currency},
        {QLatin1StringView("wordnet-group"), WordNetGroup}, {QLatin1StringView("wordnet-place"), WordNetPlace},
        {QLatin1StringView("wordnet-person"), WordNetPerson},
        {QLatin1StringView("organisation-word"), OrganisationWord}, {QLatin1StringView("company"), Company},
        {QLatin1StringView("thing-acronym"), ThingAcronym}, {QLatin1StringView("credential"), Credential},
        {QLatin1StringView("listed-company"), ListedCompany},
        {QLatin1StringView("world-given-name"), WorldGivenName}, {QLatin1StringView("surname"), Surname},
    };
    for (QStringView line : QStringView(text).split(u'\n')) {
        const qsizetype tab = line.indexOf(u'\t');
        if (tab <= 0 || line.startsWith(u'#'))
            continue;
        const QStringView listName = line.left(tab);
        const auto found = std::find_if(std::begin(kNames), std::end(kNames),
                                        [&](const auto &entry) { return listName == entry.first; });
        if (found == std::end(kNames))
            continue;
        add(line.mid(tab + 1).trimmed().toString().toLower().split(u' ', Qt::SkipEmptyParts), found->second);
    }
}

} // namespace galley
