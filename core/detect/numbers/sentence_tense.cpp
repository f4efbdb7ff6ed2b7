#include "sentence_tense.h"

#include "detect/numbers/calendar_words.h"
#include "detect/numbers/time_reader.h"

#include <QSet>

namespace galley {

namespace {

bool isFutureWord(const QString &word)
{
    static const QSet<QString> words = {
        QStringLiteral("will"),      QStringLiteral("'ll"),    QStringLiteral("’ll"),   QStringLiteral("shall"),
        QStringLiteral("wo"),        QStringLiteral("could"),  QStringLiteral("may"),   QStringLiteral("might"),
        QStringLiteral("would"),     QStringLiteral("should"), QStringLiteral("upcoming"), QStringLiteral("scheduled"),
        QStringLiteral("due"),       QStringLiteral("plans"),  QStringLiteral("planned"), QStringLiteral("expected"),
        QStringLiteral("must"),      QStringLiteral("expect"), QStringLiteral("expects"), QStringLiteral("deadline"),
    };
    return words.contains(word);
}

// Present tense of scheduled events ("ministers meet on Monday") speaks of the future in running
// text; in headlines the present tells what happened.
bool isScheduledWord(const QString &word)
{
    static const QSet<QString> words = {
        QStringLiteral("meet"),   QStringLiteral("meets"),  QStringLiteral("begin"),  QStringLiteral("begins"),
        QStringLiteral("start"),  QStringLiteral("starts"), QStringLiteral("open"),   QStringLiteral("opens"),
        QStringLiteral("resume"), QStringLiteral("resumes"), QStringLiteral("face"),  QStringLiteral("faces"),
        QStringLiteral("visit"),  QStringLiteral("visits"), QStringLiteral("tomorrow"), QStringLiteral("next"),
        QStringLiteral("end"),    QStringLiteral("ends"),   QStringLiteral("close"),  QStringLiteral("closes"),
        QStringLiteral("airs"),   QStringLiteral("premieres"), QStringLiteral("arrive"), QStringLiteral("arrives"),
        QStringLiteral("return"), QStringLiteral("returns"), QStringLiteral("launch"), QStringLiteral("launches"),
        QStringLiteral("takes"),  QStringLiteral("kicks"),  QStringLiteral("likely"), QStringLiteral("forecast"),
        QStringLiteral("runs"),   QStringLiteral("lasts"),  QStringLiteral("votes"),  QStringLiteral("travels"),
        QStringLiteral("plays"),  QStringLiteral("reconvenes"), QStringLiteral("hosts"), QStringLiteral("heads"),
        QStringLiteral("flies"),  QStringLiteral("testifies"), QStringLiteral("hears"), QStringLiteral("debates"),
        QStringLiteral("slated"), QStringLiteral("poised"), QStringLiteral("go"),     QStringLiteral("goes"),
    };
    return words.contains(word);
}

// Verbs that set a date for what is to come: "called a snap election for July 23", "set
// sentencing for Sept. 18", "postponed the vote for a week".
bool isSchedulingWord(const QString &word)
{
    static const QSet<QString> words = {
        QStringLiteral("set"),       QStringLiteral("called"),  QStringLiteral("scheduled"), QStringLiteral("slated"),
        QStringLiteral("planned"),   QStringLiteral("postponed"), QStringLiteral("delayed"), QStringLiteral("rescheduled"),
        QStringLiteral("adjourned"), QStringLiteral("moved"),   QStringLiteral("pushed"),    QStringLiteral("booked"),
        QStringLiteral("fixed"),
    };
    return words.contains(word);
}

// Past forms that are no present form too ("cut", "put", "hit", "read" are left out).
bool isPastWord(const QString &word)
{
    static const QSet<QString> words = {
        QStringLiteral("said"),    QStringLiteral("was"),    QStringLiteral("were"),   QStringLiteral("had"),
        QStringLiteral("did"),     QStringLiteral("told"),   QStringLiteral("met"),    QStringLiteral("took"),
        QStringLiteral("left"),    QStringLiteral("came"),   QStringLiteral("went"),   QStringLiteral("began"),
        QStringLiteral("rose"),    QStringLiteral("fell"),   QStringLiteral("won"),    QStringLiteral("lost"),
        QStringLiteral("held"),    QStringLiteral("made"),   QStringLiteral("gave"),   QStringLiteral("got"),
        QStringLiteral("saw"),     QStringLiteral("ran"),    QStringLiteral("struck"), QStringLiteral("shot"),
        QStringLiteral("stood"),   QStringLiteral("led"),    QStringLiteral("found"),  QStringLiteral("brought"),
        QStringLiteral("sent"),    QStringLiteral("spent"),  QStringLiteral("built"),  QStringLiteral("paid"),
        QStringLiteral("sold"),    QStringLiteral("bought"), QStringLiteral("thought"), QStringLiteral("fought"),
        QStringLiteral("caught"),  QStringLiteral("kept"),   QStringLiteral("felt"),   QStringLiteral("broke"),
        QStringLiteral("spoke"),   QStringLiteral("wrote"),  QStringLiteral("drove"),  QStringLiteral("flew"),
        QStringLiteral("grew"),    QStringLiteral("knew"),   QStringLiteral("threw"),  QStringLiteral("became"),
        QStringLiteral("chose"),   QStringLiteral("fled"),   QStringLiteral("sought"), QStringLiteral("withdrew"),
        QStringLiteral("stole"),   QStringLiteral("sank"),   QStringLiteral("froze"),  QStringLiteral("meant"),
        QStringLiteral("woke"),    QStringLiteral("ago"),    QStringLiteral("yesterday"), QStringLiteral("earlier"),
        QStringLiteral("taught"),  QStringLiteral("wore"),   QStringLiteral("hung"),   QStringLiteral("swore"),
    };
    return words.contains(word);
}

// "is closed", "stay closed", "be held": a participle read as a state or a passive, not a past.
bool isAfterBe(const SentenceTokens &tokens, qsizetype j)
{
    static const QSet<QString> words = {
        QStringLiteral("be"),     QStringLiteral("is"),     QStringLiteral("are"),    QStringLiteral("am"),
        QStringLiteral("'s"),     QStringLiteral("’s"),     QStringLiteral("'re"),    QStringLiteral("’re"),
        QStringLiteral("stay"),   QStringLiteral("stays"),  QStringLiteral("remain"), QStringLiteral("remains"),
        QStringLiteral("being"),
    };
    return words.contains(tokens.lower(j - 1));
}

// "at the end of June": a scheduled word after an article is a noun.
bool isNounAt(const SentenceTokens &tokens, qsizetype j)
{
    return tokens.is(j - 1, u"the") || tokens.is(j - 1, u"a") || tokens.is(j - 1, u"an");
}

// What the present says when nothing else does: "the deadline is Friday", "schools are closed
// until Friday", "the vote is on November 3".
bool isPresentWord(const QString &word)
{
    return word == u"is" || word == u"are" || word == u"until" || word == u"till" || word == u"before";
}

// Token t is part of a time of day: "3pm", "10:00", "3" before "p.m.", "p.m.", "AEST".
bool isPartOfTimeOfDay(const SentenceTokens &tokens, qsizetype t)
{
    const QString &word = tokens.lower(t);
    if (tokens.isKind(t, TokenKind::Number))
        return word.contains(u':') || word.endsWith(QLatin1StringView("am")) || word.endsWith(QLatin1StringView("pm"))
               || isMeridiemWord(tokens.lower(t + 1)) || !zoneOffset(tokens.text(t + 1)).isEmpty();
    return isMeridiemWord(word) || !zoneOffset(tokens.text(t)).isEmpty();
}

// The words from j to i that tell something: a time of day between them does not ("the kick-off
// is at 3pm on Saturday": "is" stands as close to the day as in "is on Saturday"); an amount does
// ("stocks are 1% lower Tuesday").
qsizetype wordsBetween(const SentenceTokens &tokens, qsizetype j, qsizetype i)
{
    qsizetype words = 0;
    for (qsizetype t = j + 1; t <= i; ++t)
        words += isPartOfTimeOfDay(tokens, t) ? 0 : 1;
    return words;
}

} // namespace

bool isFutureTenseAround(const SentenceTokens &tokens, qsizetype i)
{
    // "since Monday", "down 3% from January" are behind; "after Friday's selloff", "than on Monday"
    // tell of what happened
    const QString &before = tokens.lower(i - 1);
    const QString &beforeOn = tokens.is(i - 1, u"on") ? tokens.lower(i - 2) : before;
    if (before == u"since")
        return false;

    const bool possessive = tokens.is(i + 1, u"'s") || tokens.is(i + 1, u"’s");
    // "down 3% from January" compares; "available from Friday" starts
    const bool comparedFrom = before == u"from"
                              && (tokens.isKind(i - 2, TokenKind::Number) || tokens.is(i - 2, u"%") || tokens.is(i - 2, u"percent")
                                  || tokens.is(i - 2, u"down") || tokens.is(i - 2, u"up"));
    const bool presentMayTell = !possessive && beforeOn != u"after" && beforeOn != u"than" && !comparedFrom;
    // "the tax rises from April 6", "available from Friday": what starts on a day, when no past
    // form says it started; not "figures from March", "footage from Saturday"
    static const QSet<QString> startingWords = {
        QStringLiteral("rises"), QStringLiteral("rise"), QStringLiteral("falls"), QStringLiteral("fall"),
        QStringLiteral("starts"), QStringLiteral("start"), QStringLiteral("begins"), QStringLiteral("begin"),
        QStringLiteral("applies"), QStringLiteral("apply"), QStringLiteral("effect"), QStringLiteral("effective"),
        QStringLiteral("available"), QStringLiteral("valid"), QStringLiteral("opens"), QStringLiteral("open"),
        QStringLiteral("runs"), QStringLiteral("run"), QStringLiteral("increases"), QStringLiteral("increase"),
        QStringLiteral("changes"), QStringLiteral("change"),
    };
    bool present = before == u"from" && !comparedFrom && !possessive && startingWords.contains(tokens.lower(i - 2));
    bool infinitiveAhead = false;
    // "until the end of June": the reach counts from the part of the month
    const bool partOf = tokens.is(i - 1, u"of") && tokens.is(i - 3, u"the")
                        && (tokens.is(i - 2, u"end") || tokens.is(i - 2, u"start") || tokens.is(i - 2, u"beginning")
                            || tokens.is(i - 2, u"middle"));
    const qsizetype anchor = partOf ? i - 3 : i;
    // "… will appear in court on Monday, police said.": the attribution after a comma tells when
    // it was said, not when it happens
    qsizetype attribution = -1;
    for (qsizetype j = i + 1; tokens.contains(j); ++j) {
        if (tokens.is(j, u",")) {
            attribution = j;
            break;
        }
    }
    const auto inAttribution = [&](qsizetype j, const QString &word) {
        return attribution > 0 && j > attribution && (word == u"said" || word == u"says" || word == u"told" || word == u"added");
    };
    for (qsizetype distance = 1; distance < tokens.end() - tokens.begin(); ++distance) {
        for (const qsizetype j : {i - distance, i + distance}) {
            if (!tokens.contains(j))
                continue;
            const QString &word = tokens.lower(j);
            if (inAttribution(j, word))
                continue;
            const bool pastForm = isPastWord(word)
                                  || (word.size() > 4 && word.endsWith(QStringLiteral("ed")) && !tokens.isCapitalised(j)
                                      && word != u"expected" && word != u"scheduled" && word != u"planned"
                                      && word != u"slated" && word != u"poised");
            if (pastForm && !isAfterBe(tokens, j))
                return false;
            // An infinitive before the date is ahead at once ("voted to close the library in March");
            // one after it gives way to the tense of its clause ("won 3-1 on Saturday to go five
            // points clear") and alone is ahead ("The Living Room to close in November").
            const bool scheduled = tokens.casing() == SentenceCasing::Normal && isScheduledWord(word) && !isNounAt(tokens, j);
            if (scheduled && tokens.is(j - 1, u"to") && j > i) {
                infinitiveAhead = true;
                continue;
            }
            // "from March through May": the month, not the verb
            const bool month = word == u"may" && tokens.isCapitalised(j) && j > tokens.begin()
                               && tokens.casing() == SentenceCasing::Normal;
            if ((isFutureWord(word) && !month) || scheduled)
                return true;
            // "are to meet", "is set to", "are due"; "talks set for Thursday"
            if (((word == u"is" || word == u"are") && (tokens.is(j + 1, u"to") || tokens.is(j + 1, u"set")))
                || (word == u"set" && (tokens.is(j + 1, u"for") || tokens.is(j + 1, u"to"))))
                return true;
            // the date in what the present says, close after it, not its subject: "the attack on
            // Friday is the deadliest", "police are investigating a shooting on Sunday"
            constexpr qsizetype kPresentReach = 3;
            present = present
                      || (presentMayTell && j < anchor && isPresentWord(word) && wordsBetween(tokens, j, anchor) <= kPresentReach);
            // "the changes take effect from April 1"
            if (word == u"take" && tokens.is(j + 1, u"effect"))
                return true;
        }
    }
    return infinitiveAhead || (present && tokens.casing() == SentenceCasing::Normal);
}

bool saysWill(const SentenceTokens &tokens)
{
    for (qsizetype t = tokens.begin(); t < tokens.end(); ++t) {
        const QString &word = tokens.lower(t);
        // not the noun: "against the will of fans"
        const bool noun = word == u"will" && (tokens.is(t - 1, u"the") || tokens.is(t + 1, u"of"));
        if ((word == u"will" && !noun) || word == u"'ll" || word == u"’ll" || word == u"shall" || word == u"wo")
            return true;
    }
    return false;
}

bool isDaySetFor(const SentenceTokens &tokens, qsizetype i)
{
    constexpr qsizetype kMostWordsToVerb = 4;   // "called a snap election for", "set sentencing for"
    if (!tokens.is(i - 1, u"for"))
        return false;
    for (qsizetype j = i - 2; tokens.contains(j) && j >= i - 1 - kMostWordsToVerb; --j) {
        if (tokens.is(j, u"record"))   // "set a record for November 5"
            return false;
        if (isSchedulingWord(tokens.lower(j)))
            return true;
    }
    return false;
}

namespace {

bool isPlainPastForm(const SentenceTokens &tokens, qsizetype t)
{
    static const QSet<QString> pastForms = {
        QStringLiteral("was"), QStringLiteral("were"), QStringLiteral("had"), QStringLiteral("did"),
        QStringLiteral("met"), QStringLiteral("went"), QStringLiteral("came"), QStringLiteral("saw"),
        QStringLiteral("took"), QStringLiteral("made"), QStringLiteral("got"), QStringLiteral("said"),
        QStringLiteral("told"), QStringLiteral("gave"), QStringLiteral("found"), QStringLiteral("held"),
        QStringLiteral("left"), QStringLiteral("ran"), QStringLiteral("began"), QStringLiteral("fell"),
        QStringLiteral("rose"), QStringLiteral("won"), QStringLiteral("lost"), QStringLiteral("spent"),
        QStringLiteral("sold"), QStringLiteral("bought"), QStringLiteral("paid"), QStringLiteral("led"),
        QStringLiteral("struck"), QStringLiteral("kept"), QStringLiteral("brought"), QStringLiteral("thought"),
        QStringLiteral("felt"), QStringLiteral("grew"), QStringLiteral("drew"), QStringLiteral("flew"),
        QStringLiteral("wrote"), QStringLiteral("spoke"), QStringLiteral("became"), QStringLiteral("stood"),
        QStringLiteral("sent"), QStringLiteral("built"), QStringLiteral("fought"), QStringLiteral("broke"),
    };
    if (!tokens.isKind(t, TokenKind::Word))
        return false;
    const QString &word = tokens.lower(t);
    return pastForms.contains(word) || (word.size() > 4 && word.endsWith(QStringLiteral("ed")) && !tokens.isCapitalised(t));
}

} // namespace

bool isPastTenseAround(const SentenceTokens &tokens, qsizetype i)
{
    Q_UNUSED(i);   // the whole sentence decides, as for isFutureTenseAround's fallback
    for (qsizetype t = tokens.begin(); t < tokens.end(); ++t) {
        if (isPlainPastForm(tokens, t))
            return true;
    }
    return false;
}

bool isPastVerbClose(const SentenceTokens &tokens, qsizetype begin, qsizetype end)
{
    // a past form, not a present perfect's participle ("has increased ahead of Election Day")
    const auto past = [&tokens](qsizetype t) {
        static const QSet<QString> perfect = {QStringLiteral("has"), QStringLiteral("have"), QStringLiteral("'ve"),
                                              QStringLiteral("\u2019ve")};
        return isPlainPastForm(tokens, t) && !perfect.contains(tokens.lower(t - 1));
    };
    if (tokens.contains(end) && past(end))   // "Easter was early"
        return true;
    constexpr int kWordsBefore = 5;   // "we met at Christmas", "went to the polls on Election Day"
    int words = 0;
    for (qsizetype t = begin - 1; tokens.contains(t) && words < kWordsBefore; --t) {
        if (!tokens.isKind(t, TokenKind::Word))
            continue;
        ++words;
        if (past(t))
            return true;
    }
    return false;
}

} // namespace galley
