#include "ages_of_people.h"

#include "detect/numbers/age_reader.h"

#include <QSet>

#include <algorithm>

namespace galley {

namespace {

constexpr int kOldestAge = 120;

bool isPersonWord(QStringView word)
{
    static const QSet<QString> people = {
        QStringLiteral("man"),        QStringLiteral("woman"),       QStringLiteral("boy"),      QStringLiteral("girl"),
        QStringLiteral("son"),        QStringLiteral("daughter"),    QStringLiteral("mother"),   QStringLiteral("father"),
        QStringLiteral("wife"),       QStringLiteral("husband"),     QStringLiteral("teenager"), QStringLiteral("pensioner"),
        QStringLiteral("victim"),     QStringLiteral("driver"),      QStringLiteral("student"),  QStringLiteral("brother"),
        QStringLiteral("sister"),     QStringLiteral("grandmother"), QStringLiteral("grandfather"), QStringLiteral("mum"),
        QStringLiteral("dad"),        QStringLiteral("friend"),      QStringLiteral("partner"),  QStringLiteral("neighbour"),
        QStringLiteral("neighbor"),   QStringLiteral("widow"),       QStringLiteral("mom"),
    };
    return people.contains(word.toString().toLower());
}

qsizetype skipSpacesBack(QStringView text, qsizetype at)
{
    while (at > 0 && text[at - 1].isSpace())
        --at;
    return at;
}

qsizetype skipSpacesForward(QStringView text, qsizetype at)
{
    while (at < text.size() && text[at].isSpace())
        ++at;
    return at;
}

// entities are in text order and do not overlap, so their ends are in order too
const EntityMention *entityEndingAt(const QList<EntityMention> &entities, qsizetype end)
{
    const auto entity = std::lower_bound(entities.cbegin(), entities.cend(), end,
                                         [](const EntityMention &e, qsizetype at) { return e.end < at; });
    return entity != entities.cend() && entity->end == end ? &*entity : nullptr;
}

bool isPersonEndingAt(QStringView text, qsizetype end, const QList<EntityMention> &entities)
{
    if (const EntityMention *entity = entityEndingAt(entities, end))
        return entity->type == EntityType::Person;
    qsizetype begin = end;
    while (begin > 0 && text[begin - 1].isLetter())
        --begin;
    return begin < end && isPersonWord(text.mid(begin, end - begin));
}

bool isBareWholeNumber(QStringView text, const NumberMention &mention)
{
    const QStringView written = text.mid(mention.start, mention.end - mention.start);
    return mention.label == NumberLabel::Cardinal && mention.value && mention.unit.isEmpty() && !mention.from
           && mention.modifier == NumberModifier::None && written.size() <= 3
           && std::all_of(written.begin(), written.end(), [](QChar c) { return c >= u'0' && c <= u'9'; })
           && *mention.value >= 1 && *mention.value <= kOldestAge;
}

// The count before mention i in its sentence counts things, not people ("Smith scored 12 points
// and Jones, 10.": the 10 is points too; "Two men, John Smith, 45," counts people).
bool followsACountInItsSentence(QStringView text, const QList<NumberMention> &mentions, qsizetype i)
{
    static const QSet<QString> people = {
        QStringLiteral("people"), QStringLiteral("men"),      QStringLiteral("women"),   QStringLiteral("children"),
        QStringLiteral("persons"), QStringLiteral("boys"),    QStringLiteral("girls"),   QStringLiteral("victims"),
        QStringLiteral("students"), QStringLiteral("sons"),   QStringLiteral("daughters"), QStringLiteral("brothers"),
        QStringLiteral("sisters"), QStringLiteral("teenagers"), QStringLiteral("suspects"), QStringLiteral("others"),
    };
    if (i == 0 || mentions[i - 1].label != NumberLabel::Cardinal || mentions[i - 1].unit.isEmpty()
        || people.contains(mentions[i - 1].unit.toLower()))
        return false;
    const QStringView between = text.mid(mentions[i - 1].end, mentions[i].start - mentions[i - 1].end);
    return !between.contains(u". ") && !between.contains(u'\n');
}

} // namespace

void readAgesOfPeople(QStringView text, QList<NumberMention> &mentions, const QList<EntityMention> &entities)
{
    constexpr int kYoungestBracketedAge = 16;
    for (qsizetype i = 0; i < mentions.size(); ++i) {
        NumberMention &mention = mentions[i];
        if (!isBareWholeNumber(text, mention))
            continue;
        const qsizetype before = skipSpacesBack(text, mention.start);
        const qsizetype after = skipSpacesForward(text, mention.end);
        if (before == 0 || after >= text.size())
            continue;
        const QChar opening = text[before - 1];
        const QChar closing = text[after];
        // a count closing its sentence after a count of things is that count's: "… and Jones, 10."
        const bool commas = opening == u',' && (closing == u',' || closing == u';'
                                                 || (closing == u'.' && !followsACountInItsSentence(text, mentions, i)));
        const bool brackets = opening == u'(' && closing == u')';
        const qsizetype personEnd = skipSpacesBack(text, before - 1);
        // a named player's seed or goals in brackets are small: "Iga Swiatek (1)"
        const bool named = entityEndingAt(entities, personEnd) != nullptr;
        if ((commas || (brackets && (!named || *mention.value >= kYoungestBracketedAge)))
            && isPersonEndingAt(text, personEnd, entities))
            toAgeInYears(mention);
    }
}

} // namespace galley
