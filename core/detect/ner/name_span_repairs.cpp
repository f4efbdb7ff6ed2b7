#include "name_span_repairs.h"

#include "detect/ner/name_words.h"
#include "detect/numbers/calendar_words.h"

#include <QSet>

#include <algorithm>

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

bool isCalendarWord(const QString &word)
{
    const QString lower = word.toLower();
    return weekdayOfWord(lower).has_value() || monthOfWord(lower).has_value();
}

// "Marine", "Jean-Marie": a given name, or a person's name in the word lists, double ones too;
// not a place's ("Paris Le Pen") nor a weekday's ("Sunday Le Monde").
bool isKnownName(const QString &word, const Gazetteer &gazetteer)
{
    const GazetteerLists lists = gazetteer.wordLists(word.section(u'-', 0, 0));
    const bool place = lists & (Gazetteer::Place | Gazetteer::Country | Gazetteer::WordNetPlace);
    const bool person = (lists & Gazetteer::GivenName)
                        || ((lists & Gazetteer::ProperWord) && (lists & Gazetteer::WordNetPerson) && !place);
    return person && !isCalendarWord(word);
}

qsizetype spanStart(const QList<TagId> &tags, qsizetype i)
{
    while (i > 0 && !isBegin(tags[i]) && tags[i] != kOutsideTag && tags[i - 1] != kOutsideTag)
        --i;
    return i;
}

bool isPersonAt(const QList<TagId> &tags, qsizetype i)
{
    return tags[i] != kOutsideTag && tagType(tags[i]) == EntityType::Person;
}

// The span that held the words before `at` ends there, without the titles at its end:
// "European Commission President" keeps "European Commission".
void endSpanBefore(const QStringList &words, QList<TagId> &tags, qsizetype at, const Gazetteer &gazetteer)
{
    if (at == 0 || tags[at - 1] == kOutsideTag || isPersonAt(tags, at - 1) || isBegin(tags[at]) || tags[at] == kOutsideTag)
        return;
    const qsizetype begin = spanStart(tags, at - 1);
    qsizetype end = at;
    while (end > begin && (gazetteer.wordLists(words[end - 1]) & Gazetteer::Title))
        tags[--end] = kOutsideTag;
    if (end > begin)
        tags[begin] = beginTag(tagType(tags[begin]));
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
        // The word before the particles joins when it is a person's, or a known name: "Ursula von
        // …" inside "European Commission President Ursula", "Marine Le Pen" with "Marine" left out;
        // not "Paris" of "In Paris Le Pen said".
        const bool nameBefore = i > 0 && isNameWord(words[i - 1]);
        const bool personBefore = nameBefore && isPersonAt(tags, i - 1);
        const bool knownBefore = nameBefore && isKnownName(words[i - 1], gazetteer);
        const bool givenBefore = knownBefore && tags[i - 1] == kOutsideTag && tags[right] != kOutsideTag;
        // "Frans van der Meer", "Frans" unknown or a name of its own: the person after the
        // particles takes it in, unless it names a place
        const bool loneBefore = nameBefore && (tags[i - 1] == kOutsideTag || (isBegin(tags[i - 1]) && spanEnd(tags, i - 1) == i));
        const bool beforePerson = loneBefore && person && !capital
                                  && !(gazetteer.wordLists(words[i - 1]) & (Gazetteer::Place | Gazetteer::Country));
        if (personBefore || beforePerson || (knownBefore && (tags[i - 1] != kOutsideTag || givenBefore))) {
            begin = personBefore ? spanStart(tags, i - 1) : i - 1;
            person = true;
        } else if (!capital) {
            continue;   // "Banco de Mexico"
        }
        if (!person)
            continue;
        const qsizetype end = spanEnd(tags, right);
        endSpanBefore(words, tags, begin, gazetteer);
        tagPerson(tags, begin, end);
        i = end - 1;
    }
}

// How sure the words around must make a full name's first word.
enum class FirstName {
    Given,        // a given name that is no everyday word: "Francois"
    KnownName,    // any capitalised word the word lists know as a name: "Marine"
    AfterTitle,   // after a title, any capitalised word that is no everyday word: "Keir"
};

// Words [begin, end) that make a person's full name: at least two, all capitalised or
// particles, the last no word of bodies' names, nor an everyday word unless the first need
// only be known ("Marine Le Pen").
bool isFullName(const QStringList &words, qsizetype begin, qsizetype end, const Gazetteer &gazetteer,
                FirstName firstName = FirstName::Given)
{
    if (end - begin < 2)
        return false;
    const GazetteerLists first = gazetteer.wordLists(words[begin]);
    const bool known = isKnownName(words[begin], gazetteer);
    const bool firstFits = firstName == FirstName::Given        ? isPlainGivenName(words[begin], gazetteer)
                           : firstName == FirstName::KnownName ? known
                                                               : known || !(first & Gazetteer::CommonWord);
    if (!firstFits)
        return false;
    const bool loose = firstName != FirstName::Given;
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
        if (andAt < end && isFullName(words, begin, andAt, gazetteer, FirstName::KnownName)
            && isFullName(words, andAt + 1, end, gazetteer, FirstName::KnownName)) {
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
        QStringLiteral("Leader"),        QStringLiteral("Detective"),   QStringLiteral("Inspector"),
        QStringLiteral("Constable"),     QStringLiteral("Superintendent"), QStringLiteral("Professor"),
    };
    return (gazetteer.wordLists(word) & Gazetteer::Title) || roles.contains(word);
}

void splitTitledPersons(const QStringList &words, QList<TagId> &tags, const Gazetteer &gazetteer)
{
    for (qsizetype begin = 0; begin < tags.size(); ++begin) {
        if (!isBegin(tags[begin]) || tagType(tags[begin]) == EntityType::Person)
            continue;
        qsizetype end = spanEnd(tags, begin);
        const EntityType type = tagType(tags[begin]);
        // "Apple Chief Executive" + "Tim Cook" left out: the name after the span joins it first
        if (end - begin >= 2 && isTitleWord(words[end - 1], gazetteer)) {
            qsizetype nameEnd = end;
            while (nameEnd < tags.size() && tags[nameEnd] == kOutsideTag && isNameWord(words[nameEnd]))
                ++nameEnd;
            if (isFullName(words, end, nameEnd, gazetteer, FirstName::AfterTitle)) {
                for (qsizetype i = end; i < nameEnd; ++i)
                    tags[i] = insideTag(type);
                end = nameEnd;
            }
        }
        for (qsizetype title = begin; title + 2 < end; ++title) {
            if (!isTitleWord(words[title], gazetteer) || !isFullName(words, title + 1, end, gazetteer, FirstName::AfterTitle))
                continue;
            qsizetype titleStart = title;
            while (titleStart > begin && isTitleWord(words[titleStart - 1], gazetteer))
                --titleStart;   // "Prime Minister"
            for (qsizetype i = titleStart; i <= title; ++i)
                tags[i] = kOutsideTag;
            // "Fed Chair …" keeps "Fed"; "Shadow Chancellor …" names no body
            const GazetteerLists lists = gazetteer.wordLists(words[begin]);
            const bool everydayWord = titleStart == begin + 1 && (lists & Gazetteer::CommonWord)
                                      && !(lists & (Gazetteer::WordNetGroup | Gazetteer::kCompanyLists));
            if (titleStart > begin)
                tags[begin] = everydayWord ? kOutsideTag : beginTag(type);
            tagPerson(tags, title + 1, end);
            break;
        }
        begin = end - 1;
    }
}

// "Dr. Priya Raman of Johns Hopkins University", "Detective Inspector Sarah Collins of West
// Yorkshire Police" read as one body: a full name before "of" is a person of the body after it.
// Without a title the first name must be known ("Islamic State of Iraq" stays), and a name's last
// word is no body's ("National Museum of …").
void splitPersonsOfBodies(const QStringList &words, QList<TagId> &tags, const Gazetteer &gazetteer)
{
    constexpr qsizetype kLongestName = 3;
    for (qsizetype begin = 0; begin < tags.size(); ++begin) {
        if (!isBegin(tags[begin]))
            continue;
        const qsizetype end = spanEnd(tags, begin);
        const EntityType type = tagType(tags[begin]);
        qsizetype of = begin + 1;
        while (of < end && words[of] != u"of")
            ++of;
        qsizetype nameStart = begin;
        while (nameStart < of && isTitleWord(words[nameStart], gazetteer))
            ++nameStart;
        const bool titled = nameStart > begin || (begin > 0 && isTitleWord(words[begin - 1], gazetteer));
        const bool nationality = nameStart < of && (gazetteer.wordLists(words[nameStart]) & Gazetteer::Nationality);
        if (of + 1 >= end || of - nameStart > kLongestName || nationality || !isNameWord(words[of + 1])
            || !isFullName(words, nameStart, of, gazetteer, titled ? FirstName::AfterTitle : FirstName::KnownName)) {
            begin = end - 1;
            continue;
        }
        const GazetteerLists lastOfBody = gazetteer.wordLists(words[end - 1]);
        const bool place = (lastOfBody & (Gazetteer::Place | Gazetteer::Country)) && !(lastOfBody & Gazetteer::OrganisationWord);
        const EntityType body = type != EntityType::Person ? type : place ? EntityType::Location : EntityType::Organization;
        for (qsizetype i = begin; i < nameStart; ++i)
            tags[i] = kOutsideTag;
        tagPerson(tags, nameStart, of);
        tags[of] = kOutsideTag;
        tags[of + 1] = beginTag(body);
        for (qsizetype i = of + 2; i < end; ++i)
            tags[i] = insideTag(body);
        begin = end - 1;
    }
}

// "Recep" + "Tayyip Erdoğan", "Pep" + "Guardiola", "Joy" + "Harden Bradford": the tagger split a
// name or left its first word out. Two persons side by side are one (not two one-word names:
// "Obama Biden"), and a capitalised word
// right before a person joins it when it is a given name, or a word no list knows as anything
// but a name, and neither a title, a people, a place, a body's word nor a weekday.
void joinBrokenPersons(const QStringList &words, QList<TagId> &tags, const Gazetteer &gazetteer)
{
    constexpr qsizetype kLongestName = 4;
    for (qsizetype begin = 1; begin < tags.size(); ++begin) {
        if (!isBegin(tags[begin]) || tagType(tags[begin]) != EntityType::Person)
            continue;
        const qsizetype end = spanEnd(tags, begin);
        const qsizetype previous = spanStart(tags, begin - 1);
        const auto isTitled = [&](qsizetype i) {
            const QStringList parts = words[i].split(u'-');
            return std::any_of(parts.cbegin(), parts.cend(), [&](const QString &part) { return isTitleWord(part, gazetteer); });
        };
        // "the Obama Biden administration": two names of a word each are two persons
        const bool twoSurnames = begin - previous == 1 && end - begin == 1;
        if (isPersonAt(tags, begin - 1) && end - previous <= kLongestName && !isTitled(previous) && !twoSurnames) {
            tags[begin] = insideTag(EntityType::Person);
            continue;
        }
        const QString &before = words[begin - 1];
        static const QSet<QString> functionWords = {
            QStringLiteral("the"), QStringLiteral("a"),    QStringLiteral("an"),   QStringLiteral("this"),
            QStringLiteral("that"), QStringLiteral("and"), QStringLiteral("but"),  QStringLiteral("or"),
            QStringLiteral("his"), QStringLiteral("her"),  QStringLiteral("their"), QStringLiteral("our"),
            QStringLiteral("when"), QStringLiteral("as"),  QStringLiteral("if"),   QStringLiteral("so"),
        };
        if (functionWords.contains(before.toLower()))
            continue;
        const GazetteerLists lists = gazetteer.wordLists(before) | gazetteer.wordLists(before.toLower());
        const GazetteerLists notNames = Gazetteer::Title | Gazetteer::Nationality | Gazetteer::Place | Gazetteer::Country
                                        | Gazetteer::OrganisationWord | Gazetteer::kCompanyLists | Gazetteer::WordNetPlace
                                        | Gazetteer::WordNetGroup | Gazetteer::Currency;
        const bool nameOnly = (lists & Gazetteer::GivenName) || !(lists & (Gazetteer::CommonWord | Gazetteer::ProperWord));
        if (tags[begin - 1] != kOutsideTag || end - begin > 2 || !isNameWord(before) || before.contains(u'-')
            || (lists & notNames) || !nameOnly
            || isTitleWord(before, gazetteer) || isCalendarWord(before) || isCapitalParticle(before))
            continue;
        tags[begin - 1] = beginTag(EntityType::Person);
        tags[begin] = insideTag(EntityType::Person);
    }
}

} // namespace

void repairNameSpans(const QStringList &words, QList<TagId> &tags, const Gazetteer &gazetteer)
{
    splitFullNamesAtAnd(words, tags, gazetteer);
    joinNameParticles(words, tags, gazetteer);
    splitTitledPersons(words, tags, gazetteer);
    splitPersonsOfBodies(words, tags, gazetteer);
    joinBrokenPersons(words, tags, gazetteer);
}

} // namespace galley
