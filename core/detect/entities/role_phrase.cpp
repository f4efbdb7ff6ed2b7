#include "detect/entities/role_phrase.h"

#include "text/personal_pronouns.h"

#include <QSet>

namespace galley {

namespace {

// Verbs a name often follows as their object, auxiliaries and clause openers.
bool endsClauseBeforeName(const QString &word)
{
    static const QSet<QString> words = {
        QStringLiteral("is"),         QStringLiteral("was"),        QStringLiteral("are"),        QStringLiteral("were"),
        QStringLiteral("be"),         QStringLiteral("been"),       QStringLiteral("has"),        QStringLiteral("have"),
        QStringLiteral("had"),        QStringLiteral("will"),       QStringLiteral("would"),      QStringLiteral("can"),
        QStringLiteral("could"),      QStringLiteral("may"),        QStringLiteral("might"),      QStringLiteral("must"),
        QStringLiteral("should"),     QStringLiteral("did"),        QStringLiteral("does"),       QStringLiteral("that"),
        QStringLiteral("who"),        QStringLiteral("which"),      QStringLiteral("when"),       QStringLiteral("because"),
        QStringLiteral("if"),         QStringLiteral("said"),       QStringLiteral("says"),       QStringLiteral("told"),
        QStringLiteral("tells"),      QStringLiteral("claims"),     QStringLiteral("claimed"),    QStringLiteral("accused"),
        QStringLiteral("accuses"),    QStringLiteral("alleged"),    QStringLiteral("alleges"),    QStringLiteral("saw"),
        QStringLiteral("sees"),       QStringLiteral("met"),        QStringLiteral("meets"),      QStringLiteral("called"),
        QStringLiteral("named"),      QStringLiteral("hired"),      QStringLiteral("fired"),      QStringLiteral("replaced"),
        QStringLiteral("beat"),       QStringLiteral("defeated"),   QStringLiteral("thanked"),    QStringLiteral("praised"),
        QStringLiteral("criticised"), QStringLiteral("criticized"), QStringLiteral("attacked"),   QStringLiteral("sued"),
        QStringLiteral("asked"),      QStringLiteral("urged"),      QStringLiteral("endorsed"),   QStringLiteral("pardoned"),
        QStringLiteral("visited"),    QStringLiteral("interviewed"), QStringLiteral("blamed"),    QStringLiteral("backed"),
        QStringLiteral("succeeded"),  QStringLiteral("appointed"),  QStringLiteral("nominated"),  QStringLiteral("welcomed"),
        QStringLiteral("congratulated"), QStringLiteral("quoted"),  QStringLiteral("cited"),      QStringLiteral("identified"),
        QStringLiteral("described"),  QStringLiteral("believes"),   QStringLiteral("believed"),   QStringLiteral("thinks"),
        QStringLiteral("thought"),    QStringLiteral("knows"),      QStringLiteral("knew"),       QStringLiteral("heard"),
        QStringLiteral("watched"),    QStringLiteral("followed"),   QStringLiteral("supports"),   QStringLiteral("supported"),
        QStringLiteral("opposed"),    QStringLiteral("opposes"),    QStringLiteral("killed"),     QStringLiteral("arrested"),
        QStringLiteral("charged"),    QStringLiteral("convicted"),  QStringLiteral("sentenced"),  QStringLiteral("investigated"),
    };
    return words.contains(word) || isPersonalPronoun(word);
}

} // namespace

QStringList rolePhrase(const QStringList &lowerWordsBefore)
{
    qsizetype from = lowerWordsBefore.size();
    while (from > 0 && !endsClauseBeforeName(lowerWordsBefore[from - 1]))
        --from;
    return lowerWordsBefore.mid(from);
}

} // namespace galley
