#include "detect/ner/body_name_repairs.h"

#include "detect/ner/name_heads.h"
#include "detect/ner/name_words.h"

#include <QSet>

namespace galley {

namespace {

void tagOrganisation(QList<TagId> &tags, qsizetype begin, qsizetype end)
{
    tags[begin] = beginTag(EntityType::Organization);
    for (qsizetype i = begin + 1; i < end; ++i)
        tags[i] = insideTag(EntityType::Organization);
}

// The words from `end` on of a span the new one cuts stay a span of their own.
void detachFrom(QList<TagId> &tags, qsizetype end)
{
    if (end < tags.size() && !isOutside(tags[end]) && !isBegin(tags[end]))
        tags[end] = beginTag(tagType(tags[end]));
}

bool isLocationAt(const QList<TagId> &tags, qsizetype i)
{
    return i >= 0 && i < tags.size() && !isOutside(tags[i]) && tagType(tags[i]) == EntityType::Location;
}

// The capitalised words from `from` on that end in a word bodies end in: their end, or -1.
qsizetype bodyWordsEnd(const QStringList &words, qsizetype from, const Gazetteer &gazetteer)
{
    constexpr qsizetype kMostWords = 3;
    qsizetype found = -1;
    for (qsizetype i = from; i < words.size() && i < from + kMostWords && isNameWord(words[i]); ++i) {
        // "Affairs", and the co-operatives the gazetteer's list of body words lacks ("Saltmarsh
        // Fishers' Cooperative")
        const bool cooperative = words[i] == u"Cooperative" || words[i] == u"Co-operative" || words[i] == u"Co-op"
                                 || words[i] == u"Collective";
        if ((gazetteer.wordLists(words[i]) & Gazetteer::OrganisationWord) || words[i] == u"Affairs" || cooperative)
            found = i + 1;
    }
    return found;
}

// The end of the span or of the capitalised words (at most three) that start at `from`, or -1.
qsizetype nameEnd(const QStringList &words, const QList<TagId> &tags, qsizetype from)
{
    if (from >= tags.size())
        return -1;
    qsizetype end = from + 1;
    if (isBegin(tags[from])) {
        while (end < tags.size() && !isOutside(tags[end]) && !isBegin(tags[end]))
            ++end;
        return end;
    }
    constexpr qsizetype kMostWords = 3;
    if (!isOutside(tags[from]) || !isNameWord(words[from]))
        return -1;
    while (end < tags.size() && end < from + kMostWords && isOutside(tags[end]) && isNameWord(words[end]))
        ++end;
    return end;
}

} // namespace

void joinPossessiveBodyNames(const QStringList &words, QList<TagId> &tags, const Gazetteer &gazetteer)
{
    for (qsizetype mark = 1; mark + 1 < tags.size(); ++mark) {
        const bool pluralMark = words[mark] == u"'" && words[mark - 1].endsWith(u's');
        const bool ownerMark = words[mark] == u"'s";
        if ((!pluralMark && !ownerMark) || !isNameWord(words[mark - 1]))
            continue;
        // the owner is people of a kind: "Women's", "Workers'", "Magistrates'", not a name
        // ("Trump's", "Texas'", "The Netherlands'")
        qsizetype begin = mark - 1;
        const QString &owner = words[begin];
        const bool irregularPlural = owner == u"Women" || owner == u"Children" || owner == u"People" || owner == u"Men";
        const bool everydayPlural = pluralMark && (gazetteer.wordLists(owner.chopped(1)) & Gazetteer::CommonWord);
        if (!(ownerMark ? irregularPlural : everydayPlural))
            continue;
        if (!isOutside(tags[begin])) {
            const EntityType type = tagType(tags[begin]);
            if (type != EntityType::Organization && type != EntityType::Location)
                continue;
            while (begin > 0 && !isBegin(tags[begin]))
                --begin;
        }
        const qsizetype end = bodyWordsEnd(words, mark + 1, gazetteer);
        if (end < 0)
            continue;
        detachFrom(tags, end);
        tagOrganisation(tags, begin, end);
        mark = end - 1;
    }
}

void joinAmpersandNames(const QStringList &words, QList<TagId> &tags, const Gazetteer &gazetteer)
{
    // a word of the name on either side: no title ("Procter & Gamble Chief Executive Jon Moeller")
    // nor, before it, an everyday word ("Retailer Marks & Spencer")
    const auto isNamePart = [&](qsizetype i, bool before) {
        const GazetteerLists lists = gazetteer.wordLists(words[i]);
        return isNameWord(words[i]) && !(lists & Gazetteer::Title) && !isClosedClassWord(words[i].toLower())
               && !(before && Gazetteer::isEverydayWord(lists));
    };
    for (qsizetype amp = 1; amp + 1 < tags.size(); ++amp) {
        if (words[amp] != u"&" || !isNameWord(words[amp - 1]) || !isNameWord(words[amp + 1]))
            continue;
        // "Edward D. Jones & Co" already one body
        const bool oneBody = !isOutside(tags[amp]) && tagType(tags[amp]) == EntityType::Organization && !isBegin(tags[amp])
                             && tags[amp + 1] == tags[amp];
        if (oneBody)
            continue;
        // the span the first name ends ("A.G. Edwards"), then the name's words before it; an
        // everyday word the span took in ("Retailer") leaves it
        qsizetype begin = amp - 1;
        while (begin > 0 && !isOutside(tags[begin]) && !isBegin(tags[begin])) {
            if (Gazetteer::isEverydayWord(gazetteer.wordLists(words[begin - 1]))) {
                for (qsizetype k = begin - 1; k >= 0 && !isOutside(tags[k]); --k) {
                    const bool first = isBegin(tags[k]);
                    tags[k] = kOutsideTag;
                    if (first)
                        break;
                }
                break;
            }
            --begin;
        }
        while (begin > 0 && isOutside(tags[begin - 1]) && isNamePart(begin - 1, true))
            --begin;
        qsizetype end = amp + 2;
        while (end < tags.size() && isNamePart(end, false))
            ++end;
        detachFrom(tags, end);
        tagOrganisation(tags, begin, end);
        amp = end - 1;
    }
}

void joinPoliceOfPlaces(const QStringList &words, QList<TagId> &tags)
{
    for (qsizetype i = 0; i < tags.size(); ++i) {
        const bool police = words[i] == u"Police" && isOutside(tags[i]);
        const bool yard = words[i] == u"Yard" && isOutside(tags[i]) && i > 0 && words[i - 1] == u"Scotland";
        if (!police && !yard)
            continue;
        if (isLocationAt(tags, i - 1)) {   // "Fairfield Police", "Scotland Yard"
            qsizetype begin = i - 1;
            while (begin > 0 && tags[begin] == insideTag(EntityType::Location))
                --begin;
            tagOrganisation(tags, begin, i + 1);
        } else if (police && isLocationAt(tags, i + 1) && isBegin(tags[i + 1])) {   // "Police Scotland"
            qsizetype end = i + 2;
            while (end < tags.size() && tags[end] == insideTag(EntityType::Location))
                ++end;
            tagOrganisation(tags, i, end);
            i = end - 1;
        }
    }
}

void retypeNamesAfterPeople(const QStringList &words, QList<TagId> &tags, const Gazetteer &gazetteer)
{
    for (qsizetype begin = 0; begin < tags.size(); ++begin) {
        if (!isBegin(tags[begin]))
            continue;
        const EntityType type = tagType(tags[begin]);
        const qsizetype end = spanEnd(tags, begin);
        const QString &last = words[end - 1];
        if (type == EntityType::Person && end - begin >= 2 && isNameWord(last)) {
            // "Anita F. Hill": an initial stands for a given name
            const QString &before = words[end - 2];
            const bool initial = before.size() <= 2 && before.front().isUpper() && (before.size() == 1 || before.back() == u'.');
            const bool longName = end - begin >= 3 && !initial
                                  && !(gazetteer.wordLists(before) & (Gazetteer::GivenName | Gazetteer::WorldGivenName));
            if (const auto named = typeOfNameEndingIn(last.toLower(), longName))
                tagSpan(tags, begin, end, *named);
        }
        begin = end - 1;
    }
}

void joinBodiesOfNames(const QStringList &words, QList<TagId> &tags)
{
    static const QSet<QString> heads = {
        QStringLiteral("Chamber"),   QStringLiteral("Commission"), QStringLiteral("Committee"), QStringLiteral("Council"),
        QStringLiteral("Ministry"),  QStringLiteral("Department"), QStringLiteral("Bureau"),    QStringLiteral("Institute"),
        QStringLiteral("Association"), QStringLiteral("Agency"),   QStringLiteral("Authority"), QStringLiteral("Board"),
        QStringLiteral("Office"),    QStringLiteral("Academy"),    QStringLiteral("Society"),   QStringLiteral("University"),
        QStringLiteral("College"),   QStringLiteral("Bank"),       QStringLiteral("Court"),     QStringLiteral("Federation"),
    };
    for (qsizetype of = 1; of + 1 < tags.size(); ++of) {
        if (words[of] != u"of" || isOutside(tags[of - 1]) || !heads.contains(words[of - 1]))
            continue;
        const qsizetype end = nameEnd(words, tags, of + 1);
        if (end < 0)
            continue;
        qsizetype begin = of - 1;
        while (begin > 0 && !isBegin(tags[begin]))
            --begin;
        // "Australian Chamber" (a person) + "of" + "Commerce" (a body): one body, whatever each side was
        const bool alreadyOne = tagType(tags[begin]) == EntityType::Organization && !isOutside(tags[of + 1])
                                && !isBegin(tags[of + 1]);
        if (alreadyOne)
            continue;
        detachFrom(tags, end);
        tagOrganisation(tags, begin, end);
    }
}

} // namespace galley
