#include "amount_context.h"

#include "detect/numbers/phrase_reader.h"
#include "detect/numbers/vague_duration_reader.h"

#include <QSet>

namespace galley {

bool isOverAcrossAStretch(const SentenceTokens &tokens, qsizetype i, const ModifierMatch &modifier)
{
    if (!tokens.is(i, u"over") || modifier.endToken != i + 1 || !tokens.contains(i - 1))
        return false;
    static const QSet<QString> bounding = {
        QStringLiteral("for"),    QStringLiteral("of"),     QStringLiteral("in"),      QStringLiteral("after"),
        QStringLiteral("than"),   QStringLiteral("within"), QStringLiteral("took"),    QStringLiteral("take"),
        QStringLiteral("takes"),  QStringLiteral("taken"),  QStringLiteral("lasted"),  QStringLiteral("lasting"),
        QStringLiteral("last"),   QStringLiteral("lasts"),  QStringLiteral("spent"),   QStringLiteral("spend"),
        QStringLiteral("spanning"), QStringLiteral("aged"), QStringLiteral("is"),      QStringLiteral("are"),
        QStringLiteral("was"),    QStringLiteral("were"),   QStringLiteral("been"),    QStringLiteral("be"),
        QStringLiteral("just"),   QStringLiteral("well"),   QStringLiteral("served"),  QStringLiteral("serve"),
        QStringLiteral("by"),
    };
    const QString &before = tokens.lower(i - 1);
    const auto phrase = readPhrase(tokens, i + 1);
    // "since he took over 2 years ago": the verb's "over"
    const bool tookOver = before == u"took" || before == u"take" || before == u"takes" || before == u"taken";
    if (tookOver && phrase && phrase->unit && phrase->unit->time && tokens.is(phrase->end, u"ago"))
        return true;
    // "phased in over three years": "in" the verb's, not "in over a decade"
    static const QSet<QString> verbsWithIn = {
        QStringLiteral("phased"),  QStringLiteral("rolled"), QStringLiteral("paid"), QStringLiteral("brought"),
        QStringLiteral("ushered"), QStringLiteral("built"),
    };
    const bool verbsIn = before == u"in" && verbsWithIn.contains(tokens.lower(i - 2));
    if (bounding.contains(before) && !verbsIn)
        return false;
    if (readVagueDuration(tokens, i + 1))
        return true;
    if (phrase && tokens.is(phrase->end, u"old"))
        return false;   // "children over two years old"
    // "110 games over two seasons"
    static const QSet<QString> stretches = {
        QStringLiteral("seasons"), QStringLiteral("quarters"), QStringLiteral("terms"), QStringLiteral("innings"),
        QStringLiteral("sessions"), QStringLiteral("nights"),  QStringLiteral("weekends"), QStringLiteral("rounds"),
    };
    return phrase && ((phrase->unit && phrase->unit->time) || (!phrase->unit && stretches.contains(tokens.lower(phrase->end))));
}

bool isChangeBefore(const SentenceTokens &tokens, qsizetype i)
{
    static const QSet<QString> words = {
        QStringLiteral("rose"),    QStringLiteral("fell"),     QStringLiteral("jumped"),  QStringLiteral("gained"),
        QStringLiteral("dropped"), QStringLiteral("climbed"),  QStringLiteral("slipped"), QStringLiteral("declined"),
        QStringLiteral("increased"), QStringLiteral("decreased"), QStringLiteral("surged"), QStringLiteral("plunged"),
        QStringLiteral("slumped"), QStringLiteral("tumbled"),  QStringLiteral("added"),   QStringLiteral("lost"),
        QStringLiteral("by"),      QStringLiteral("rises"),    QStringLiteral("falls"),   QStringLiteral("up"),
        QStringLiteral("down"),    QStringLiteral("soared"),   QStringLiteral("sank"),    QStringLiteral("eased"),
    };
    return words.contains(tokens.lower(i - 1));
}

} // namespace galley
