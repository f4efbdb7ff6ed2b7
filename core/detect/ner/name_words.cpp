#include "name_words.h"

#include <QSet>

namespace galley {

bool isNameWord(const QString &word)
{
    return word.size() > 1 && word.front().isUpper() && word.back().isLetter() && word.toUpper() != word;
}

bool isPlainGivenName(const QString &word, const Gazetteer &gazetteer)
{
    const GazetteerLists lists = gazetteer.wordLists(word);
    return (lists & Gazetteer::GivenName) && !(lists & Gazetteer::CommonWord);
}

bool isPluralOfEverydayWord(const QString &lower, const Gazetteer &gazetteer)
{
    if (lower.size() < 4 || !lower.endsWith(u's'))
        return false;
    QStringList singulars = {lower.chopped(1)};
    if (lower.endsWith(QLatin1StringView("ies")))
        singulars.append(lower.chopped(3) + u'y');
    if (lower.endsWith(QLatin1StringView("es")))
        singulars.append(lower.chopped(2));
    for (const QString &singular : singulars) {
        if (gazetteer.wordLists(singular) & Gazetteer::CommonWord)
            return true;
    }
    return false;
}

bool isClosedClassWord(const QString &lower)
{
    static const QSet<QString> words = {
        QStringLiteral("the"),      QStringLiteral("a"),        QStringLiteral("an"),
        QStringLiteral("this"),     QStringLiteral("that"),     QStringLiteral("these"),
        QStringLiteral("those"),    QStringLiteral("all"),      QStringLiteral("some"),
        QStringLiteral("many"),     QStringLiteral("most"),     QStringLiteral("several"),
        QStringLiteral("few"),      QStringLiteral("both"),     QStringLiteral("each"),
        QStringLiteral("every"),    QStringLiteral("another"),  QStringLiteral("other"),
        QStringLiteral("others"),   QStringLiteral("one"),      QStringLiteral("none"),
        QStringLiteral("nobody"),   QStringLiteral("somebody"), QStringLiteral("someone"),
        QStringLiteral("everyone"), QStringLiteral("everybody"), QStringLiteral("anyone"),
        QStringLiteral("anybody"),  QStringLiteral("no"),       QStringLiteral("neither"),
        QStringLiteral("either"),   QStringLiteral("enough"),   QStringLiteral("such"),
        QStringLiteral("what"),     QStringLiteral("who"),      QStringLiteral("which"),
        QStringLiteral("whom"),     QStringLiteral("whose"),    QStringLiteral("when"),
        QStringLiteral("whenever"), QStringLiteral("where"),    QStringLiteral("why"),
        QStringLiteral("how"),      QStringLiteral("and"),      QStringLiteral("but"),
        QStringLiteral("or"),       QStringLiteral("nor"),      QStringLiteral("so"),
        QStringLiteral("yet"),      QStringLiteral("then"),     QStringLiteral("also"),
        QStringLiteral("from"),     QStringLiteral("as"),       QStringLiteral("if"),
        QStringLiteral("having"),   QStringLiteral("being"),    QStringLiteral("ditto"),
        QStringLiteral("here"),     QStringLiteral("there"),    QStringLiteral("again"),
        QStringLiteral("later"),    QStringLiteral("earlier"),  QStringLiteral("once"),
        QStringLiteral("still"),    QStringLiteral("only"),     QStringLiteral("even"),
        QStringLiteral("just"),     QStringLiteral("yesterday"), QStringLiteral("today"),
        QStringLiteral("tonight"),  QStringLiteral("now"),
    };
    return words.contains(lower);
}

void tagSpan(QList<TagId> &tags, qsizetype begin, qsizetype end, EntityType type)
{
    tags[begin] = beginTag(type);
    for (qsizetype i = begin + 1; i < end; ++i)
        tags[i] = insideTag(type);
}

void tagPerson(QList<TagId> &tags, qsizetype begin, qsizetype end) { tagSpan(tags, begin, end, EntityType::Person); }

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

} // namespace galley
