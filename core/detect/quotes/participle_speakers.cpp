#include "detect/quotes/participle_speakers.h"

#include <QSet>

#include <algorithm>

namespace galley {

namespace {

bool isClosingQuoteMark(QStringView word)
{
    return word == u"\u201D" || word == u"\"" || word == u"\u2019" || word == u"'" || word == u"''";
}

// The cue's first word ends in "ing" and a comma stands right before it ("a \u201Cstrong
// leader,\u201D comparing him": the comma may be inside the closing quote mark).
bool isParticipleAfterComma(const AnalysedText &text, qsizetype cueToken)
{
    if (cueToken <= 1 || cueToken >= text.tokens.size())
        return false;
    const bool comma = text.tokenText(cueToken - 1) == u","
                       || (isClosingQuoteMark(text.tokenText(cueToken - 1)) && text.tokenText(cueToken - 2) == u",");
    if (!comma)
        return false;
    const QString word = text.lower(cueToken);
    return word.size() > 4 && word.endsWith(QLatin1StringView("ing"));
}

// "Trump tweeted … and encouraged Americans to …", "met with her and came away convinced", "and
// promptly voted against", "and on Monday announced": a cue verb joined to the sentence's first
// verb by "and", "but" or "yet" (an adverb or a short time phrase may stand between).
bool isJoinedVerb(const AnalysedText &text, qsizetype cueToken, qsizetype sentenceBegin)
{
    qsizetype before = cueToken - 1;
    if (before > sentenceBegin && text.lower(before).endsWith(QLatin1StringView("ly")))
        --before;
    // "and on Monday announced", "and last week said"
    static const QSet<QString> timeStarts = {QStringLiteral("on"), QStringLiteral("in"), QStringLiteral("last"),
                                             QStringLiteral("this"), QStringLiteral("then"), QStringLiteral("later"),
                                             QStringLiteral("earlier"), QStringLiteral("also")};
    for (qsizetype t = cueToken - 1; t >= cueToken - 3 && t > sentenceBegin + 1; --t) {
        const QString joiner = text.lower(t - 1);
        if ((joiner == u"and" || joiner == u"but") && timeStarts.contains(text.lower(t))) {
            before = t - 1;
            break;
        }
    }
    if (before <= sentenceBegin)
        return false;
    const QString word = text.lower(before);
    return word == u"and" || word == u"but" || word == u"yet";
}

bool isEndOfNounPhrase(const AnalysedText &text, qsizetype t)
{
    static const QSet<QString> stops = {
        QStringLiteral("has"),   QStringLiteral("have"),  QStringLiteral("had"),   QStringLiteral("is"),
        QStringLiteral("are"),   QStringLiteral("was"),   QStringLiteral("were"),  QStringLiteral("will"),
        QStringLiteral("would"), QStringLiteral("could"), QStringLiteral("can"),   QStringLiteral("may"),
        QStringLiteral("might"), QStringLiteral("did"),   QStringLiteral("does"),  QStringLiteral("that"),
        QStringLiteral("which"), QStringLiteral("who"),   QStringLiteral(","),     QStringLiteral("also"),
        QStringLiteral("should"), QStringLiteral("must"), QStringLiteral("then"),
    };
    const QString word = text.lower(t);
    return stops.contains(word) || (word.size() > 3 && word.endsWith(QLatin1StringView("ed")) && !text.tokenText(t)[0].isUpper());
}

// The first comma in tokens [from, end) within `limit` tokens, or -1.
qsizetype commaWithin(const AnalysedText &text, qsizetype from, qsizetype end, qsizetype limit)
{
    for (qsizetype t = from; t < end && t < from + limit; ++t) {
        if (text.tokenText(t) == u",")
            return t;
    }
    return -1;
}

// Where the main clause starts: after an opening conjunction ("But", "And"), an adverb ("Then he
// cut into Bush, …"), an adverbial that a comma closes ("In 1986, the Supreme Court …", "On
// Thursday, however, Trump …") and a participle clause ("Asked whether he would take a job, Bush
// thought …").
qsizetype clauseStart(const AnalysedText &text, qsizetype begin, qsizetype end)
{
    static const QSet<QString> openers = {QStringLiteral("but"), QStringLiteral("and"), QStringLiteral("yet"),
                                          QStringLiteral("so"),  QStringLiteral("still"), QStringLiteral("even")};
    static const QSet<QString> adverbs = {QStringLiteral("then"),     QStringLiteral("also"),    QStringLiteral("now"),
                                          QStringLiteral("however"),  QStringLiteral("meanwhile"), QStringLiteral("instead"),
                                          QStringLiteral("recently"), QStringLiteral("today"),   QStringLiteral("yesterday")};
    static const QSet<QString> adverbialStarts = {
        QStringLiteral("in"),     QStringLiteral("on"),   QStringLiteral("at"),    QStringLiteral("after"),
        QStringLiteral("during"), QStringLiteral("last"), QStringLiteral("since"), QStringLiteral("earlier"),
        QStringLiteral("later"),  QStringLiteral("before"), QStringLiteral("for"),
    };
    qsizetype at = begin;
    for (int part = 0; part < 3 && at < end; ++part) {
        while (at < end && openers.contains(text.lower(at)))
            ++at;
        const QString first = text.lower(at);
        if (adverbs.contains(first)) {
            at += text.tokenText(at + 1) == u"," ? 2 : 1;
            continue;
        }
        const bool participle = at == begin && text.entityOfToken[at].isEmpty()
                                && (first.endsWith(QLatin1StringView("ed")) || first.endsWith(QLatin1StringView("ing")));
        if (!participle && !adverbialStarts.contains(first))
            break;
        const qsizetype comma = commaWithin(text, at, end, participle ? 20 : 8);
        if (comma < 0)
            break;
        at = comma + 1;
    }
    return at;
}

// The person or body that opens the clause, the subject of what it tells: a named one ("Trump
// attacked Clinton, saying …", "Sen. David Perdue said …, arguing"), a pronoun ("He arrived … and
// promptly voted against"), or a noun phrase up to its verb ("A New York judge has rejected …,
// saying"); not an owner ("Ben & Jerry's co-founder …").
TokenSpan clauseSubject(const AnalysedText &text, qsizetype begin, qsizetype end)
{
    static const QSet<QString> pronouns = {QStringLiteral("he"), QStringLiteral("she"), QStringLiteral("they"),
                                           QStringLiteral("we"), QStringLiteral("i")};
    static const QSet<QString> determiners = {
        QStringLiteral("a"),    QStringLiteral("an"),   QStringLiteral("the"),   QStringLiteral("several"),
        QStringLiteral("some"), QStringLiteral("many"), QStringLiteral("two"),   QStringLiteral("three"),
        QStringLiteral("his"),  QStringLiteral("her"),  QStringLiteral("their"), QStringLiteral("its"),
        QStringLiteral("most"), QStringLiteral("other"), QStringLiteral("few"),
    };
    // titles before a name: "Sen. David Perdue", "Gov. Earl Ray Tomblin"
    qsizetype at = begin;
    while (at < end && at < begin + 3 && text.entityOfToken[at].isEmpty() && text.tokenText(at).endsWith(u'.')
           && text.tokenText(at).size() <= 5 && text.tokenText(at)[0].isUpper())
        ++at;
    const TokenSpan entity = at < end ? text.entityOfToken[at] : TokenSpan();
    if (!entity.isEmpty() && entity.begin == at && entity.end < end) {
        const EntityType type = text.entityTypeOfToken[at];
        const QStringView after = text.tokenText(entity.end);
        if ((type != EntityType::Person && type != EntityType::Organization) || after == u"'s" || after == u"\u2019s")
            return {};
        return entity;
    }
    if (at != begin)
        return {};
    if (pronouns.contains(text.lower(begin)))
        return {begin, begin + 1};
    // a noun phrase after a determiner ("A New York judge"); one without ("Authorities", "European
    // leaders") took more wrong speakers than right on PolNeAR train and dev
    if (!determiners.contains(text.lower(begin)))
        return {};
    for (qsizetype t = begin + 1; t < end && t <= begin + 6; ++t) {
        const QStringView word = text.tokenText(t);
        if (word == u"'s" || word == u"\u2019s")
            return {};
        if (isEndOfNounPhrase(text, t))
            return t > begin + 1 ? TokenSpan{begin, t} : TokenSpan{};
    }
    return {};
}

// "Microsoft was fined by the European Commission, saying …", "The plan, which failed, was
// rejected by the council": in a passive clause the one who says is the agent after "by", not
// the subject.
bool isPassive(const AnalysedText &text, qsizetype subjectEnd, qsizetype cue)
{
    static const QSet<QString> be = {QStringLiteral("is"),   QStringLiteral("are"),  QStringLiteral("was"),
                                     QStringLiteral("were"), QStringLiteral("been"), QStringLiteral("being"),
                                     QStringLiteral("be")};
    if (be.contains(text.lower(cue)))
        return true;
    for (qsizetype t = subjectEnd; t < cue; ++t) {
        if (text.lower(t) == u"by")
            return true;
    }
    return false;
}

} // namespace

void giveParticiplesTheirSubject(const AnalysedText &text, QList<Quote> &quotes)
{
    for (Quote &quote : quotes) {
        if (quote.cue.isEmpty() || !quote.speaker.isEmpty() || quote.content.start < quote.cue.end)
            continue;
        const qsizetype cue = text.tokenAt(quote.cue.start);
        if (cue >= text.tokens.size())
            continue;
        const Sentence &sentence = text.sentences[text.sentenceOfToken[cue]];
        const bool attached = isParticipleAfterComma(text, cue) || isJoinedVerb(text, cue, sentence.tokenBegin);
        // "Trump, who has a commanding lead in delegates, mocked Rubio": a subject and its cue
        // with an apposition or a relative clause between commas
        const bool afterApposition = cue > 0 && text.tokenText(cue - 1) == u",";
        if (!attached && !afterApposition)
            continue;
        const qsizetype start = clauseStart(text, sentence.tokenBegin, cue);
        const TokenSpan subject = clauseSubject(text, start, cue);
        if (subject.isEmpty() || isPassive(text, subject.end, cue))
            continue;
        if (!attached && text.tokenText(subject.end) != u",")
            continue;
        quote.speaker = text.range(subject);
    }
}

} // namespace galley
