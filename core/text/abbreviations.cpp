#include "abbreviations.h"

#include <QSet>
#include <QString>

namespace galley {

namespace {

QSet<QString> makeSet(std::initializer_list<const char *> words)
{
    QSet<QString> set;
    for (const char *word : words)
        set.insert(QString::fromLatin1(word));
    return set;
}

} // namespace

AbbreviationKind abbreviationKind(QStringView word)
{
    static const QSet<QString> titles = makeSet({
        "mr", "mrs", "ms", "dr", "prof", "rev", "fr", "sr", "jr", "st", "gen", "lt", "col", "maj", "capt",
        "cpt", "sgt", "cpl", "pvt", "adm", "cmdr", "cdr", "brig", "gov", "sen", "rep", "pres", "sec",
        "amb", "hon", "supt", "insp", "det", "atty", "msgr", "mme", "mlle", "messrs", "mt", "ft", "gens",
        "lieut", "sgts",
    });
    static const QSet<QString> months = makeSet({
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    });
    static const QSet<QString> others = makeSet({
        "inc", "corp", "ltd", "co", "plc", "llc", "bros", "etc", "vs", "approx", "est", "dept",
        "univ", "assn", "ave", "blvd", "rd", "e.g", "i.e", "a.m", "p.m", "cf", "al", "ca", "govt",
        "intl", "natl", "min", "max", "oz", "lb", "lbs", "sq", "tel", "rs", "tk",
    });
    // "EST" in capitals is Eastern Standard Time ("at 12:30 p.m. EST."), not "est." (established)
    if (word == u"EST")
        return AbbreviationKind::None;
    const QString lower = word.toString().toLower();
    if (titles.contains(lower))
        return AbbreviationKind::Title;
    if (months.contains(lower))
        return AbbreviationKind::Month;
    if (others.contains(lower))
        return AbbreviationKind::Other;
    return AbbreviationKind::None;
}

bool isSentenceStarter(QStringView lowerWord)
{
    static const QSet<QString> starters = makeSet({
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "in", "on", "at", "but", "and",
        "this", "that", "these", "those", "there", "his", "her", "their", "its", "our", "after", "as",
        "for", "meanwhile", "however", "also", "according", "last", "what", "when", "while", "if",
        "some", "many", "one", "most", "earlier", "later", "since", "despite", "under", "with",
    });
    return starters.contains(lowerWord.toString());
}

} // namespace galley
