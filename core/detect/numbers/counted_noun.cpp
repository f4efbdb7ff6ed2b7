#include "counted_noun.h"

#include "detect/numbers/unit_reader.h"

#include <QSet>

namespace galley {

namespace {

bool isFunctionWord(const QString &word)
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char16_t *w : {u"the", u"a", u"an", u"of", u"and", u"or", u"but", u"nor", u"in", u"on", u"at",
                                  u"to", u"for", u"from", u"with", u"without", u"by", u"as", u"than", u"that",
                                  u"which", u"who", u"whom", u"whose", u"were", u"was", u"are", u"is", u"be", u"been",
                                  u"being", u"have", u"has", u"had", u"will", u"would", u"could", u"should", u"can",
                                  u"may", u"might", u"must", u"shall", u"do", u"does", u"did", u"it", u"its", u"they",
                                  u"them", u"their", u"he", u"him", u"his", u"she", u"her", u"we", u"us", u"our",
                                  u"you", u"your", u"i", u"me", u"my", u"this", u"these", u"those", u"there", u"here",
                                  u"per", u"each", u"every", u"most", u"least", u"about",
                                  u"over", u"under", u"into", u"onto", u"out", u"up", u"down", u"after", u"before",
                                  u"since", u"during", u"including", u"while", u"when", u"where", u"not", u"no",
                                  u"so", u"also", u"both", u"all", u"such", u"said", u"says", u"say", u"if",
                                  u"then", u"too", u"very", u"just", u"only", u"again", u"already", u"via",
                                  u"against", u"between", u"among", u"through", u"across", u"toward", u"towards",
                                  u"ago", u"later", u"earlier", u"away", u"apiece", u"each", u"other", u"others",
                                  u"times", u"percent", u"per", u"cent", u"'s", u"’s", u"n't", u"along", u"alongside",
                                  u"amid", u"despite", u"within", u"beyond", u"behind", u"beside"})
            set.insert(QString::fromUtf16(w));
        return set;
    }();
    return words.contains(word);
}

bool isIrregularPlural(const QString &word)
{
    static const QSet<QString> words = {
        QStringLiteral("people"), QStringLiteral("children"), QStringLiteral("men"), QStringLiteral("women"),
        QStringLiteral("police"), QStringLiteral("personnel"), QStringLiteral("staff"), QStringLiteral("cattle"),
        QStringLiteral("feet"), QStringLiteral("teeth"), QStringLiteral("mice"), QStringLiteral("geese"),
        QStringLiteral("data"), QStringLiteral("media"), QStringLiteral("sheep"), QStringLiteral("fish"),
        QStringLiteral("aircraft"), QStringLiteral("livestock"), QStringLiteral("youth"), QStringLiteral("crew"),
    };
    return words.contains(word);
}

bool looksPlural(const QString &word)
{
    if (isIrregularPlural(word))
        return true;
    return word.size() > 2 && word.endsWith(u's') && !word.endsWith(QStringLiteral("ss"))
           && !word.endsWith(QStringLiteral("us")) && !word.endsWith(QStringLiteral("is"));
}

// Verbs that often follow a count: "one convoy left", "two soldiers died".
bool isCommonVerb(const QString &word)
{
    static const QSet<QString> verbs = {
        QStringLiteral("left"), QStringLiteral("went"), QStringLiteral("came"), QStringLiteral("took"),
        QStringLiteral("made"), QStringLiteral("got"),  QStringLiteral("fled"), QStringLiteral("died"),
        QStringLiteral("remain"), QStringLiteral("remains"), QStringLiteral("leave"), QStringLiteral("leaves"),
        QStringLiteral("arrive"), QStringLiteral("arrives"), QStringLiteral("say"), QStringLiteral("saw"),
        QStringLiteral("gave"), QStringLiteral("won"), QStringLiteral("lost"), QStringLiteral("ran"),
        QStringLiteral("became"), QStringLiteral("began"), QStringLiteral("found"), QStringLiteral("told"),
        QStringLiteral("wrote"), QStringLiteral("met"), QStringLiteral("knew"), QStringLiteral("thought"),
        QStringLiteral("brought"), QStringLiteral("heard"), QStringLiteral("fell"), QStringLiteral("grew"),
        QStringLiteral("led"), QStringLiteral("held"), QStringLiteral("kept"), QStringLiteral("spoke"),
    };
    return verbs.contains(word) || (word.size() > 4 && word.endsWith(QStringLiteral("ed")) && word != u"armed");
}

// Verbs after a counted noun, "one-fifth of the budget goes to defence"; right after the number
// they are nouns or adjectives ("12 lives", "two live grenades", "two think tanks").
bool isVerbAfterNoun(const QString &word)
{
    static const QSet<QString> verbs = {
        QStringLiteral("goes"), QStringLiteral("comes"), QStringLiteral("gets"), QStringLiteral("live"),
        QStringLiteral("lives"), QStringLiteral("seems"), QStringLiteral("appears"), QStringLiteral("wants"),
        QStringLiteral("believe"), QStringLiteral("believes"), QStringLiteral("think"), QStringLiteral("thinks"),
        QStringLiteral("feel"), QStringLiteral("feels"),
    };
    return verbs.contains(word);
}

// "-ing" words that are things counted, not what the noun does.
bool isIngNoun(const QString &word)
{
    static const QSet<QString> nouns = {
        QStringLiteral("building"), QStringLiteral("bombing"),  QStringLiteral("meeting"),  QStringLiteral("funding"),
        QStringLiteral("housing"),  QStringLiteral("training"), QStringLiteral("shooting"), QStringLiteral("spending"),
        QStringLiteral("hearing"),  QStringLiteral("ruling"),   QStringLiteral("warning"),  QStringLiteral("offering"),
        QStringLiteral("opening"),  QStringLiteral("landing"),  QStringLiteral("crossing"), QStringLiteral("filing"),
        QStringLiteral("setting"),  QStringLiteral("ceiling"),  QStringLiteral("painting"), QStringLiteral("recording"),
        QStringLiteral("morning"),  QStringLiteral("evening"),  QStringLiteral("wedding"),  QStringLiteral("killing"),
        QStringLiteral("uprising"), QStringLiteral("gathering"), QStringLiteral("feeling"), QStringLiteral("ring"),
        QStringLiteral("string"),   QStringLiteral("thing"),    QStringLiteral("king"),     QStringLiteral("spring"),
        QStringLiteral("wing"),     QStringLiteral("dwelling"), QStringLiteral("listing"),  QStringLiteral("sitting"),
    };
    return nouns.contains(word);
}

bool takesObject(const QString &next)
{
    static const QSet<QString> words = {
        QStringLiteral("his"), QStringLiteral("her"), QStringLiteral("their"), QStringLiteral("its"),
        QStringLiteral("him"), QStringLiteral("them"), QStringLiteral("the"), QStringLiteral("out"),
        QStringLiteral("me"), QStringLiteral("us"), QStringLiteral("a"), QStringLiteral("an"),
    };
    return words.contains(next);
}

bool looksAdjective(const QString &word)
{
    static const QSet<QString> common = {
        QStringLiteral("new"),   QStringLiteral("old"),    QStringLiteral("big"),    QStringLiteral("small"),
        QStringLiteral("large"), QStringLiteral("major"),  QStringLiteral("heavy"),  QStringLiteral("single"),
        QStringLiteral("main"),  QStringLiteral("key"),    QStringLiteral("top"),    QStringLiteral("senior"),
        QStringLiteral("young"), QStringLiteral("former"), QStringLiteral("further"), QStringLiteral("extra"),
        QStringLiteral("many"),  QStringLiteral("few"),    QStringLiteral("several"), QStringLiteral("full"),
        QStringLiteral("last"),  QStringLiteral("first"),  QStringLiteral("next"),   QStringLiteral("long"),
        QStringLiteral("short"), QStringLiteral("high"),   QStringLiteral("low"),    QStringLiteral("armed"),
        QStringLiteral("more"),  QStringLiteral("fewer"),  QStringLiteral("less"),   QStringLiteral("additional"),
    };
    if (common.contains(word))
        return true;
    for (QStringView ending : {u"al", u"ic", u"ive", u"ous", u"ful", u"less", u"able", u"ible", u"ish", u"ern", u"ary", u"ly"}) {
        if (word.size() > ending.size() + 2 && word.endsWith(ending))
            return true;
    }
    return false;
}

} // namespace

QString countedNoun(const SentenceTokens &tokens, qsizetype i, bool plural)
{
    if (tokens.is(i, u"of")) {
        ++i;
        if (tokens.is(i, u"the"))
            ++i;
    }
    const bool titled = tokens.casing() != SentenceCasing::Normal;
    // A copy of its own: lower-case words of SentenceTokens share the text's buffer.
    const auto written = [&](qsizetype j) {
        return titled ? QString(tokens.lower(j).constData(), tokens.lower(j).size()) : tokens.text(j).toString();
    };
    qsizetype singularHead = -1;
    for (qsizetype j = i; j < i + 4 && tokens.isKind(j, TokenKind::Word); ++j) {
        const QString &word = tokens.lower(j);
        // "the first confirmed death": a participle before the noun describes it
        const bool participleBeforeNoun = j == i && word.endsWith(QStringLiteral("ed")) && tokens.isKind(j + 1, TokenKind::Word)
                                          && !isFunctionWord(tokens.lower(j + 1));
        if (participleBeforeNoun)
            continue;
        if (isFunctionWord(word) || word.endsWith(u'.') || isCommonVerb(word) || (singularHead >= 0 && isVerbAfterNoun(word)))
            break;
        // "the second bullet struck his leg", "the first shots rang out": a word after the noun
        // with an object after it is what the noun did
        if (singularHead >= 0 && takesObject(tokens.lower(j + 1)) && !readRatePeriod(tokens, j + 1))
            break;   // not the rate of "one press conference a week"
        const bool name = !titled && tokens.isCapitalised(j);   // "two Syrian convoys", "two F-16 jets"
        if (plural) {
            if (looksPlural(word) && !word.endsWith(QStringLiteral("ly")))
                return written(j);
            continue;
        }
        if (name)
            continue;
        // After the noun, an "-ing" word other than a noun, or an "-s" word with more words after
        // it, is what the noun does: "the third year running", "a third of the town feels
        // unheard"; not "the office building", "the apartment blocks".
        if (singularHead >= 0
            && ((word.endsWith(QStringLiteral("ing")) && !isIngNoun(word))
                || (looksPlural(word) && tokens.isKind(j + 1, TokenKind::Word) && !isFunctionWord(tokens.lower(j + 1)))))
            break;
        if (!looksAdjective(word))
            singularHead = j;   // the last noun of "deputy chief"
        else if (singularHead >= 0)
            break;
        // a plural ends its compound: "apartment blocks"; what follows "a third of children" is
        // what they do
        if (singularHead == j && looksPlural(word))
            break;
    }
    return singularHead >= 0 ? written(singularHead) : QString();
}

} // namespace galley
