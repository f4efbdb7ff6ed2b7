#include "detect/entities/description_heads.h"

#include <QRegularExpression>
#include <QSet>

namespace galley {

namespace {

bool isBodyHead(const QString &head)
{
    // not the words bodies are named with ("ministry", "party", "university"): "the ministry" is
    // the body with that word in its name, or none
    static const QSet<QString> heads = {
        QStringLiteral("company"),      QStringLiteral("firm"),        QStringLiteral("group"),        QStringLiteral("club"),
        QStringLiteral("team"),         QStringLiteral("side"),        QStringLiteral("bank"),         QStringLiteral("lender"),
        QStringLiteral("carmaker"),     QStringLiteral("automaker"),   QStringLiteral("maker"),        QStringLiteral("chipmaker"),
        QStringLiteral("giant"),        QStringLiteral("retailer"),    QStringLiteral("airline"),      QStringLiteral("carrier"),
        QStringLiteral("insurer"),      QStringLiteral("broadcaster"), QStringLiteral("newspaper"),    QStringLiteral("publisher"),
        QStringLiteral("regulator"),    QStringLiteral("watchdog"),    QStringLiteral("startup"),      QStringLiteral("start-up"),
        QStringLiteral("conglomerate"), QStringLiteral("manufacturer"), QStringLiteral("producer"),    QStringLiteral("supplier"),
        QStringLiteral("operator"),     QStringLiteral("developer"),   QStringLiteral("charity"),      QStringLiteral("organisation"),
        QStringLiteral("organization"), QStringLiteral("studio"),      QStringLiteral("label"),        QStringLiteral("platform"),
        QStringLiteral("outlet"),       QStringLiteral("network"),     QStringLiteral("multinational"), QStringLiteral("brand"),
        QStringLiteral("chain"),        QStringLiteral("business"),    QStringLiteral("corporation"),
    };
    return heads.contains(head);
}

// Persons a report names first and then calls by what they are: "the singer", "the Spaniard".
bool isPersonHead(const QString &head, const NameLexicon &lexicon)
{
    static const QSet<QString> heads = {
        QStringLiteral("singer"),      QStringLiteral("actor"),        QStringLiteral("actress"),      QStringLiteral("star"),
        QStringLiteral("player"),      QStringLiteral("forward"),      QStringLiteral("quarterback"),  QStringLiteral("winger"),
        QStringLiteral("champion"),    QStringLiteral("activist"),     QStringLiteral("billionaire"),  QStringLiteral("entrepreneur"),
        QStringLiteral("founder"),     QStringLiteral("rapper"),       QStringLiteral("author"),       QStringLiteral("novelist"),
        QStringLiteral("politician"),  QStringLiteral("tycoon"),       QStringLiteral("mogul"),        QStringLiteral("candidate"),
        QStringLiteral("nominee"),     QStringLiteral("incumbent"),    QStringLiteral("frontrunner"),  QStringLiteral("front-runner"),
        QStringLiteral("lawmaker"),    QStringLiteral("pontiff"),      QStringLiteral("monarch"),      QStringLiteral("skipper"),
        QStringLiteral("batsman"),     QStringLiteral("bowler"),       QStringLiteral("sprinter"),     QStringLiteral("swimmer"),
        QStringLiteral("cyclist"),     QStringLiteral("golfer"),       QStringLiteral("boxer"),        QStringLiteral("musician"),
        QStringLiteral("comedian"),    QStringLiteral("presenter"),    QStringLiteral("filmmaker"),    QStringLiteral("economist"),
        QStringLiteral("scientist"),   QStringLiteral("magnate"),
        // nouns of nationality that are no adjective: "the Spaniard", "the Frenchman"
        QStringLiteral("spaniard"),    QStringLiteral("frenchman"),    QStringLiteral("frenchwoman"),  QStringLiteral("briton"),
        QStringLiteral("englishman"),  QStringLiteral("scotsman"),     QStringLiteral("welshman"),     QStringLiteral("irishman"),
        QStringLiteral("dutchman"),    QStringLiteral("swede"),        QStringLiteral("dane"),         QStringLiteral("finn"),
        QStringLiteral("pole"),        QStringLiteral("turk"),         QStringLiteral("scot"),         QStringLiteral("argentine"),
        QStringLiteral("kiwi"),        QStringLiteral("aussie"),       QStringLiteral("serb"),         QStringLiteral("croat"),
    };
    // "the 28-year-old"
    static const QRegularExpression age(QStringLiteral("^\\d{1,3}-year-old$"));
    // agents and bystanders of a title list are someone not named: "the spokesman" without a
    // spokesman in the text, "the judge", "the prosecutor"
    static const QSet<QString> unnamedTitles = {
        QStringLiteral("spokesman"), QStringLiteral("spokeswoman"), QStringLiteral("spokesperson"), QStringLiteral("judge"),
        QStringLiteral("prosecutor"), QStringLiteral("attorney"), QStringLiteral("private"), QStringLiteral("father"),
        QStringLiteral("brother"),   QStringLiteral("sister"),    QStringLiteral("representative"), QStringLiteral("field"),
        QStringLiteral("chair"),     QStringLiteral("executive"), QStringLiteral("director"),  QStringLiteral("envoy"),
        QStringLiteral("ambassador"), QStringLiteral("secretary"), QStringLiteral("official"),
    };
    if (heads.contains(head) || age.match(head).hasMatch())
        return true;
    if (lexicon.isNationality(head))   // "the Italian", "the American"
        return true;
    return lexicon.isTitle(head) && !head.endsWith(u'.') && !unnamedTitles.contains(head);
}

} // namespace

DescribedKind describedKind(const QString &lowerHead, const NameLexicon &lexicon)
{
    if (isBodyHead(lowerHead))
        return DescribedKind::Body;
    if (isPersonHead(lowerHead, lexicon))
        return DescribedKind::Person;
    return DescribedKind::Unknown;
}

} // namespace galley
