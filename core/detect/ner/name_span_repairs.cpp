#include "name_span_repairs.h"

#include <QSet>

namespace galley {

namespace {

bool isLowerParticle(const QString &word)
{
    static const QSet<QString> particles = {
        QStringLiteral("von"), QStringLiteral("van"), QStringLiteral("der"),  QStringLiteral("den"),
        QStringLiteral("de"),  QStringLiteral("del"), QStringLiteral("della"), QStringLiteral("di"),
        QStringLiteral("da"),  QStringLiteral("du"),  QStringLiteral("dos"),  QStringLiteral("das"),
        QStringLiteral("le"),  QStringLiteral("la"),  QStringLiteral("bin"),  QStringLiteral("ibn"),
        QStringLiteral("bint"), QStringLiteral("al"), QStringLiteral("el"),   QStringLiteral("ter"),
        QStringLiteral("ten"), QStringLiteral("zu"),
    };
    return particles.contains(word);
}

// "Van der Meer", "Le Pen", "Al Thani": a particle capitalised where a name opens with it.
bool isCapitalParticle(const QString &word)
{
    static const QSet<QString> particles = {
        QStringLiteral("Van"), QStringLiteral("Von"), QStringLiteral("De"), QStringLiteral("Le"),
        QStringLiteral("La"),  QStringLiteral("Al"),  QStringLiteral("El"), QStringLiteral("Du"),
        QStringLiteral("Di"),  QStringLiteral("Da"),  QStringLiteral("Bin"), QStringLiteral("Ter"),
    };
    return particles.contains(word);
}

bool isNameWord(const QString &word)
{
    return word.size() > 1 && word.front().isUpper() && word.back().isLetter() && word.toUpper() != word;
}

bool isPlainGivenName(const QString &word, const Gazetteer &gazetteer)
{
    const GazetteerLists lists = gazetteer.wordLists(word);
    return (lists & Gazetteer::GivenName) && !(lists & Gazetteer::CommonWord);
}

qsizetype spanStart(const QList<TagId> &tags, qsizetype i)
{
    while (i > 0 && !isBegin(tags[i]) && tags[i] != kOutsideTag && tags[i - 1] != kOutsideTag)
        --i;
    return i;
}

qsizetype spanEnd(const QList<TagId> &tags, qsizetype i)
{
    if (tags[i] == kOutsideTag)
        return i + 1;
    const TagId inside = insideTag(tagType(tags[i]));
    ++i;
    while (i < tags.size() && tags[i] == inside)
        ++i;
    return i;
}

void tagPerson(QList<TagId> &tags, qsizetype begin, qsizetype end)
{
    tags[begin] = beginTag(EntityType::Person);
    for (qsizetype i = begin + 1; i < end; ++i)
        tags[i] = insideTag(EntityType::Person);
}

bool isPersonAt(const QList<TagId> &tags, qsizetype i)
{
    return tags[i] != kOutsideTag && tagType(tags[i]) == EntityType::Person;
}

void joinNameParticles(const QStringList &words, QList<TagId> &tags, const Gazetteer &gazetteer)
{
    for (qsizetype i = 0; i < tags.size(); ++i) {
        const bool capital = isCapitalParticle(words[i]);
        if (!capital && !isLowerParticle(words[i]))
            continue;
        qsizetype right = i + 1;
        while (right < tags.size() && isLowerParticle(words[right]))
            ++right;
        if (right >= tags.size() || !isNameWord(words[right]))
            continue;
        qsizetype begin = i;
        bool person = isPersonAt(tags, right);
        if (!capital || (i > 0 && isNameWord(words[i - 1]) && tags[i - 1] != kOutsideTag)) {
            // the name before the particles: "Ursula von …", "Marine Le …"
            if (i == 0 || !isNameWord(words[i - 1]))
                continue;
            begin = spanStart(tags, i - 1);
            person = person || isPersonAt(tags, i - 1) || isPlainGivenName(words[begin], gazetteer);
        }
        if (!person)
            continue;
        const qsizetype end = spanEnd(tags, right);
        tagPerson(tags, begin, end);
        i = end - 1;
    }
}

// Words [begin, end) that make a person's full name: at least two, all capitalised or
// particles, the last no word of bodies' names; the first a given name, or with `loose` any
// capitalised word the word list knows ("Marine Le Pen"), where the last may be an everyday
// word ("Pen") too.
bool isFullName(const QStringList &words, qsizetype begin, qsizetype end, const Gazetteer &gazetteer, bool loose = false)
{
    if (end - begin < 2)
        return false;
    const GazetteerLists first = gazetteer.wordLists(words[begin]);
    if (loose ? !(first & (Gazetteer::GivenName | Gazetteer::ProperWord)) : !isPlainGivenName(words[begin], gazetteer))
        return false;
    const GazetteerLists last = gazetteer.wordLists(words[end - 1]);
    if ((last & Gazetteer::OrganisationWord) || (!loose && (last & Gazetteer::CommonWord)))
        return false;
    for (qsizetype i = begin; i < end; ++i) {
        if (!isNameWord(words[i]) && !isLowerParticle(words[i]) && !isCapitalParticle(words[i]))
            return false;
    }
    return true;
}

void splitFullNamesAtAnd(const QStringList &words, QList<TagId> &tags, const Gazetteer &gazetteer)
{
    for (qsizetype begin = 0; begin < tags.size(); ++begin) {
        if (!isBegin(tags[begin]) || tagType(tags[begin]) == EntityType::Person)
            continue;
        const qsizetype end = spanEnd(tags, begin);
        qsizetype andAt = begin + 1;
        while (andAt < end && words[andAt] != u"and")
            ++andAt;
        if (andAt < end && isFullName(words, begin, andAt, gazetteer, true) && isFullName(words, andAt + 1, end, gazetteer, true)) {
            tagPerson(tags, begin, andAt);
            tags[andAt] = kOutsideTag;
            tagPerson(tags, andAt + 1, end);
        }
        begin = end - 1;
    }
}

bool isTitleWord(const QString &word, const Gazetteer &gazetteer)
{
    static const QSet<QString> roles = {
        QStringLiteral("Administrator"), QStringLiteral("Secretary"),   QStringLiteral("Commissioner"),
        QStringLiteral("Spokesperson"),  QStringLiteral("Spokesman"),   QStringLiteral("Spokeswoman"),
        QStringLiteral("Founder"),       QStringLiteral("Head"),        QStringLiteral("Treasurer"),
    };
    return (gazetteer.wordLists(word) & Gazetteer::Title) || roles.contains(word);
}

void splitTitledPersons(const QStringList &words, QList<TagId> &tags, const Gazetteer &gazetteer)
{
    for (qsizetype begin = 0; begin < tags.size(); ++begin) {
        if (!isBegin(tags[begin]) || tagType(tags[begin]) == EntityType::Person)
            continue;
        const qsizetype end = spanEnd(tags, begin);
        const EntityType type = tagType(tags[begin]);
        for (qsizetype title = begin; title + 2 < end; ++title) {
            if (!isTitleWord(words[title], gazetteer) || !isFullName(words, title + 1, end, gazetteer, true))
                continue;
            qsizetype titleStart = title;
            while (titleStart > begin && isTitleWord(words[titleStart - 1], gazetteer))
                --titleStart;   // "Prime Minister"
            for (qsizetype i = titleStart; i <= title; ++i)
                tags[i] = kOutsideTag;
            // "Fed Chair …" keeps "Fed"; "Shadow Chancellor …" names no body
            const bool everydayWord = titleStart == begin + 1 && (gazetteer.wordLists(words[begin]) & Gazetteer::CommonWord);
            if (titleStart > begin)
                tags[begin] = everydayWord ? kOutsideTag : beginTag(type);
            tagPerson(tags, title + 1, end);
            break;
        }
        begin = end - 1;
    }
}

} // namespace

void repairNameSpans(const QStringList &words, QList<TagId> &tags, const Gazetteer &gazetteer)
{
    joinNameParticles(words, tags, gazetteer);
    splitFullNamesAtAnd(words, tags, gazetteer);
    splitTitledPersons(words, tags, gazetteer);
}

} // namespace galley
