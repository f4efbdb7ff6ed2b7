#include "misread_quotes.h"

#include "detect/quotes/clause_ends.h"
#include "detect/quotes/cue_subjects.h"
#include "detect/quotes/fronted_contents.h"
#include "detect/quotes/interrupted_contents.h"
#include "detect/quotes/phrase_shapes.h"
#include "detect/quotes/relative_clause_speakers.h"
#include "detect/quotes/reporting_cues.h"
#include "detect/quotes/sentence_ends.h"
#include "text/tokenizer.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace galley {

namespace {

// "The first confirmed outage came at 7:30": a participle between an ordinal and its noun
// describes the noun; nobody confirms anything.
bool isParticipleAfterOrdinal(QStringView text, const Quote &quote)
{
    if (quote.cue.isEmpty() || quote.content.start < quote.cue.end)
        return false;
    const QStringView cue = textOf(text, quote.cue);
    if (cue.contains(u' ') || !cue.endsWith(u"ed") || !text.mid(quote.cue.end, quote.content.start - quote.cue.end).trimmed().isEmpty())
        return false;
    // "the first", "its only": the ordinal of a noun, not the adverb of "Reuters first reported"
    constexpr qsizetype kReach = 60;   // two words back, not the whole text before
    const qsizetype from = std::max<qsizetype>(0, quote.cue.start - kReach);
    const QStringList before = text.mid(from, quote.cue.start - from).trimmed().toString().toLower().split(u' ');
    if (before.size() < 2)
        return false;
    static const QSet<QString> ordinals = {
        QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third"), QStringLiteral("last"),
        QStringLiteral("only"), QStringLiteral("latest"), QStringLiteral("earliest"),
    };
    static const QSet<QString> determiners = {
        QStringLiteral("the"), QStringLiteral("a"), QStringLiteral("its"), QStringLiteral("their"),
        QStringLiteral("his"), QStringLiteral("her"), QStringLiteral("our"),
    };
    return ordinals.contains(before.last()) && determiners.contains(before[before.size() - 2]);
}

bool hasReportingWord(QStringView text, const Quote &quote)
{
    return cueReportsSpeech(text, quote.cue.start, quote.cue.end);
}

// "While some people enjoy mocktails, they're not for everyone": one word with a cue that says
// nothing ("enjoy", "'re not for") is no attribution a reviewer checks ("which", "it", "Clinton").
bool isOneWordWithoutSpeech(QStringView text, const Quote &quote)
{
    if (quote.kind != QuoteKind::Indirect || quote.cue.isEmpty())
        return false;
    if (textOf(text, quote.content).trimmed().contains(u' '))
        return false;
    return !hasReportingWord(text, quote);
}

// "“…,” Sheinbaum said at her morning press conference in Mexico City.": the place or occasion
// after "said at" is not what was said, when another quote has that cue.
bool isOccasionAsContent(QStringView text, const Quote &quote)
{
    if (quote.kind != QuoteKind::Indirect || quote.cue.isEmpty() || quote.content.start < quote.cue.end)
        return false;
    static const QSet<QString> prepositions = {
        QStringLiteral("at"), QStringLiteral("in"), QStringLiteral("on"), QStringLiteral("during"), QStringLiteral("after"),
    };
    const QStringList gap = textOf(text, {quote.cue.end, quote.content.start}).toString().toLower().split(u' ', Qt::SkipEmptyParts);
    const QString cueLast = textOf(text, quote.cue).toString().toLower().section(u' ', -1);
    const bool afterPreposition = (!gap.isEmpty() && prepositions.contains(gap.first())) || (gap.isEmpty() && prepositions.contains(cueLast));
    constexpr qsizetype kMostOccasionWords = 8;
    return afterPreposition && isNounPhrase(textOf(text, quote.content), kMostOccasionWords);
}

// Only spaces, and a sentence's end or a line break, come before `at`.
bool opensSentence(QStringView text, qsizetype at)
{
    qsizetype k = at - 1;
    for (; k >= 0 && text[k].isSpace(); --k) {
        if (text[k] == u'\n')
            return true;
    }
    return k < 0 || text[k] == u'.' || text[k] == u'!' || text[k] == u'?' || isQuoteMark(text[k].unicode());
}

// "In a statement, Apple said it was reviewing the matter.", "Speaking to reporters, Smith
// said …": the occasion opening the sentence, before a comma and the speaker, is not what was
// said, when another quote has that cue. It names a way of speaking ("In a tweet on Monday") or
// is a participle of speaking with no verb after it. With a comma after the cue it is said: "In
// London, he said, the plan was dead" (MisreadQuotesTest::cueInsideASentence_afterWhere).
bool isFrontedOccasion(QStringView text, const Quote &quote)
{
    if (quote.kind != QuoteKind::Indirect || quote.speaker.isEmpty() || quote.cue.isEmpty()
        || quote.content.end > quote.speaker.start || textOf(text, {quote.content.end, quote.speaker.start}).trimmed() != u","
        || text.mid(quote.cue.end).trimmed().startsWith(u','))
        return false;
    if (!opensSentence(text, quote.content.start))
        return false;
    static const QSet<QString> participles = {
        QStringLiteral("speaking"), QStringLiteral("writing"), QStringLiteral("talking"), QStringLiteral("responding"),
        QStringLiteral("addressing"), QStringLiteral("testifying"), QStringLiteral("appearing"),
    };
    static const QSet<QString> waysOfSpeaking = {
        QStringLiteral("statement"), QStringLiteral("interview"), QStringLiteral("tweet"),     QStringLiteral("post"),
        QStringLiteral("letter"),    QStringLiteral("email"),     QStringLiteral("e-mail"),    QStringLiteral("speech"),
        QStringLiteral("conference"), QStringLiteral("briefing"), QStringLiteral("call"),      QStringLiteral("video"),
        QStringLiteral("message"),   QStringLiteral("op-ed"),     QStringLiteral("column"),    QStringLiteral("appearance"),
        QStringLiteral("hearing"),   QStringLiteral("testimony"), QStringLiteral("remarks"),   QStringLiteral("memo"),
        QStringLiteral("release"),   QStringLiteral("podcast"),   QStringLiteral("broadcast"), QStringLiteral("address"),
        QStringLiteral("filing"),    QStringLiteral("blog"),      QStringLiteral("rally"),     QStringLiteral("debate"),
    };
    const QStringView content = textOf(text, quote.content).trimmed();
    const QString lower = content.toString().toLower();
    const QString first = lower.section(u' ', 0, 0);
    constexpr qsizetype kMostOccasionWords = 10;
    const QString rest = lower.mid(first.size()).trimmed();
    if (!isNounPhrase(rest, kMostOccasionWords))
        return false;   // "At least 12 people were hurt", "Talking to the Taliban was a mistake"
    if (participles.contains(first))
        return true;
    static const QSet<QString> prepositions = {QStringLiteral("in"), QStringLiteral("on"), QStringLiteral("during")};
    const QStringList words = rest.split(u' ', Qt::SkipEmptyParts);
    return prepositions.contains(first)
           && std::any_of(words.cbegin(), words.cend(), [](const QString &word) { return waysOfSpeaking.contains(word); });
}

// "“…,” Quina Jones said as she and hundreds of others moved through the city.", "Mr. Hedge said
// from his office in Orlando.": a clause of when or where, right after a bare "said", tells the
// circumstance of speaking, not what was said. "said when asked if …" puts a question to the
// speaker, and a clause that runs on into quote marks is followed by what was said: both stay.
bool isCircumstanceAfterSaid(QStringView text, const Quote &quote)
{
    if (quote.kind != QuoteKind::Indirect || quote.cue.isEmpty() || quote.content.start < quote.cue.end
        || !textOf(text, {quote.cue.end, quote.content.start}).trimmed().isEmpty())
        return false;
    static const QSet<QString> bareCues = {
        QStringLiteral("said"), QStringLiteral("says"), QStringLiteral("added"), QStringLiteral("adds"), QStringLiteral("reported"),
    };
    static const QSet<QString> circumstances = {
        QStringLiteral("as"), QStringLiteral("when"), QStringLiteral("while"), QStringLiteral("after"),
        QStringLiteral("before"), QStringLiteral("during"), QStringLiteral("from"),
    };
    if (!bareCues.contains(textOf(text, quote.cue).toString().toLower()))
        return false;
    const QStringView content = textOf(text, quote.content);
    if (std::any_of(content.begin(), content.end(), [](QChar c) { return isQuoteMark(c.unicode()); }))
        return false;
    QStringList words = content.toString().toLower().split(u' ', Qt::SkipEmptyParts);
    if (!words.isEmpty() && words.first().endsWith(u"ly"))   // "said matter-of-factly as …"
        words.removeFirst();
    if (words.size() < 2 || !circumstances.contains(words.first()))
        return false;
    const QString next = words.at(1);
    return !(words.first() == u"as" && (next == u"much" || next == u"many" || next == u"well"))
           && !(words.first() == u"when" && next == u"asked");
}

// "The attempts to evacuate civilians have repeatedly failed due to militants …": failing reports
// nothing; PolNeAR's few "failed" cues all fail to do something ("failed to mention").
bool isFailureWithoutTo(QStringView text, const Quote &quote)
{
    if (quote.cue.isEmpty())
        return false;
    static const QSet<QString> failing = {QStringLiteral("fail"), QStringLiteral("fails"), QStringLiteral("failed"),
                                          QStringLiteral("failing")};
    const QString last = textOf(text, quote.cue).toString().toLower().section(u' ', -1);
    return failing.contains(last) && !text.mid(quote.cue.end).trimmed().startsWith(u"to ");
}

// "Pep Guardiola said …" with the cue "Pep" and the speaker "Guardiola": one capitalised word
// right before the speaker that reports nothing is the speaker's given name, not a cue.
bool isNameAsCue(QStringView text, const Quote &quote)
{
    const QStringView cue = textOf(text, quote.cue);
    // "In a CBS News poll, …" (poll_findings.h): a preposition opening the sentence is no name
    static const QSet<QString> prepositions = {QStringLiteral("in"), QStringLiteral("at"), QStringLiteral("on")};
    return cue.size() > 1 && !cue.contains(u' ') && cue.front().isUpper() && !prepositions.contains(cue.toString().toLower())
           && !quote.speaker.isEmpty()
           && quote.speaker.start >= quote.cue.end && text.mid(quote.cue.end, quote.speaker.start - quote.cue.end).trimmed().isEmpty()
           && !hasReportingWord(text, quote);
}

QString lowerContent(QStringView text, const Quote &quote)
{
    QString content = textOf(text, quote.content).toString().toLower();
    while (!content.isEmpty() && !content.back().isLetter())
        content.chop(1);
    return content;
}

// "“He's the best I've coached,” Pep Guardiola said.": the tagger took the given name for the cue
// and the quote has no other reading. The reporting word after the speaker is its cue, and the
// given name joins the speaker; a quote another reading holds is dropped (isNameAsCue).
void mendNamesAsCues(QStringView text, QList<Quote> &quotes)
{
    for (Quote &quote : quotes) {
        if (!isNameAsCue(text, quote))
            continue;
        const bool otherReading = std::any_of(quotes.cbegin(), quotes.cend(), [&](const Quote &other) {
            return &other != &quote && other.content.intersects(quote.content);
        });
        if (otherReading)
            continue;
        qsizetype start = quote.speaker.end;
        while (start < text.size() && text[start].isSpace())
            ++start;
        qsizetype end = start;
        while (end < text.size() && text[end].isLetter())
            ++end;
        if (end == start || !isReportingWord(text.mid(start, end - start).toString().toLower()))
            continue;
        quote.speaker.start = quote.cue.start;
        quote.cue = {start, end};
    }
}

// "Police said she was released later that day": the tagger stopped at the subject; what was
// said runs on to the sentence's end.
void extendLonePronouns(QStringView text, QList<Quote> &quotes)
{
    static const QSet<QString> pronouns = {
        QStringLiteral("he"), QStringLiteral("she"), QStringLiteral("they"), QStringLiteral("it"),
        QStringLiteral("we"), QStringLiteral("i"),   QStringLiteral("you"),
    };
    QList<TextRange> extended;
    for (Quote &quote : quotes) {
        if (quote.kind != QuoteKind::Indirect || !pronouns.contains(lowerContent(text, quote)) || !hasReportingWord(text, quote))
            continue;
        qsizetype end = quote.content.end;
        while (end < text.size() && text[end] != u'\n' && !endsSentence(text, end))
            ++end;
        while (end > quote.content.end && text[end - 1].isSpace())
            --end;
        // "they had previously said they would …": the pronoun was the cue's subject, not its words
        if (quote.cue.start >= quote.content.end && quote.cue.end < end) {
            quote.content.start = quote.cue.end;
            while (quote.content.start < end && text[quote.content.start].isSpace())
                ++quote.content.start;
        }
        quote.content.end = end;
        extended.append(quote.content);
    }
    // the tagger's pieces of that sentence with a cue of their own that says nothing: "that day",
    // cue "was released later"
    quotes.removeIf([&](const Quote &quote) {
        return quote.kind == QuoteKind::Indirect && !quote.cue.isEmpty() && !hasReportingWord(text, quote)
               && std::any_of(extended.cbegin(), extended.cend(), [&](TextRange range) {
                      return range != quote.content && range.start <= quote.cue.start && quote.content.end <= range.end
                             && range.start <= quote.content.start;
                  });
    });
}

// "While some people enjoy mocktails, they're not for everyone": a cue that says nothing, with
// its words past a comma after it, does not take them. A poll after "In" reports them ("In a
// CBS News poll, she led": poll_findings.h).
bool isPastItsClause(QStringView text, const Quote &quote)
{
    const bool pollBetween = !quote.speaker.isEmpty() && quote.speaker.start >= quote.cue.end
                             && quote.speaker.end <= quote.content.start && textOf(text, quote.cue) == u"In";
    if (quote.kind != QuoteKind::Indirect || quote.cue.isEmpty() || quote.cue.end > quote.content.start || pollBetween
        || hasReportingWord(text, quote))
        return false;
    if (text.mid(quote.cue.end, quote.content.start - quote.cue.end).contains(u','))
        return true;
    // the cue's one-word object and the clause past its comma taken as one content: "mocktails, they're …"
    const QStringView content = textOf(text, quote.content);
    const qsizetype comma = content.indexOf(u',');
    return comma > 0 && !content.left(comma).contains(u' ');
}

// "Higher doses worked better, says Klinger.": the tagger took the speaker after the cue for
// what was said; the words before the comma are.
void swapSpeakerReadAsContent(QStringView text, QList<Quote> &quotes)
{
    for (Quote &quote : quotes) {
        if (quote.kind != QuoteKind::Indirect || !quote.speaker.isEmpty() || quote.cue.isEmpty()
            || quote.cue.end > quote.content.start || !text.mid(quote.cue.end, quote.content.start - quote.cue.end).trimmed().isEmpty())
            continue;
        const QStringView content = textOf(text, quote.content);
        const QStringList words = content.toString().split(u' ', Qt::SkipEmptyParts);
        const bool name = !words.isEmpty() && words.size() <= 3
                          && std::all_of(words.cbegin(), words.cend(), [](const QString &word) { return word.front().isUpper(); });
        qsizetype after = quote.content.end;
        while (after < text.size() && text[after].isSpace() && text[after] != u'\n')
            ++after;
        const bool lastWords = after == text.size() || text[after] == u'.' || text[after] == u'\n';
        qsizetype comma = quote.cue.start;
        while (comma > 0 && text[comma - 1].isSpace())
            --comma;
        if (!name || !lastWords || comma == 0 || text[comma - 1] != u',')
            continue;
        qsizetype start = comma - 1;
        while (start > 0 && text[start - 1] != u'\n' && !endsSentence(text, start - 1))
            --start;
        while (start < comma - 1 && text[start].isSpace())
            ++start;
        if (start >= comma - 1)
            continue;
        quote.speaker = quote.content;
        quote.content = {start, comma - 1};
    }
}

// "A spokeswoman for Nvidia, Julia Chen, said …", "Messi's coach, Javier Mascherano, said …":
// the tagger read the role before the speaker's name as what the speaker said.
bool isRoleBeforeItsName(QStringView text, const Quote &quote)
{
    if (quote.kind != QuoteKind::Indirect || quote.speaker.isEmpty() || quote.cue.isEmpty()
        || quote.speaker.start < quote.content.end || quote.cue.start < quote.speaker.end)
        return false;
    const auto isComma = [text](qsizetype from, qsizetype to) { return text.mid(from, to - from).trimmed() == u","; };
    // a role is short and says nothing: "his top aide, Tad Devine, told" ends a long quote
    constexpr qsizetype kMostRoleWords = 8;
    return isComma(quote.content.end, quote.speaker.start) && isComma(quote.speaker.end, quote.cue.start)
           && isNounPhrase(textOf(text, quote.content), kMostRoleWords);
}

// The characters of the listeners opening what "told" took, with the space after them:
// "reporters ", "the crowd "; 0 when it opens with none ("told her staff" is left as it is).
qsizetype listenerLength(QStringView content)
{
    static const QSet<QString> plurals = {
        QStringLiteral("reporters"),  QStringLiteral("journalists"), QStringLiteral("lawmakers"), QStringLiteral("supporters"),
        QStringLiteral("investors"),  QStringLiteral("analysts"),    QStringLiteral("senators"),  QStringLiteral("voters"),
        QStringLiteral("employees"),  QStringLiteral("staff"),       QStringLiteral("colleagues"), QStringLiteral("parliament"),
        QStringLiteral("congress"),   QStringLiteral("delegates"),   QStringLiteral("students"),  QStringLiteral("parents"),
    };
    // only after "the": "told the crowd", not "told crowd"
    static const QSet<QString> bodies = {
        QStringLiteral("crowd"), QStringLiteral("audience"), QStringLiteral("court"), QStringLiteral("jury"),
        QStringLiteral("committee"), QStringLiteral("press"), QStringLiteral("media"), QStringLiteral("nation"),
    };
    const QStringList words = content.left(40).toString().split(u' ');
    if (words.size() < 3)
        return 0;
    if (plurals.contains(words[0].toLower()))
        return words[0].size() + 1;
    if (words[0].toLower() == u"the" && (bodies.contains(words[1].toLower()) || plurals.contains(words[1].toLower())))
        return words[0].size() + words[1].size() + 2;
    return 0;
}

// Who is warned or told before "that": a pronoun, a name ("the Treasury", "Congress") or people
// told as a body ("reporters", "the court"); not "the economy" of "warned the economy that had
// grown would shrink", where "that" opens a relative clause.
bool isListener(QStringView phrase)
{
    static const QSet<QString> pronouns = {
        QStringLiteral("him"), QStringLiteral("her"), QStringLiteral("them"), QStringLiteral("me"), QStringLiteral("us"),
        QStringLiteral("you"),
    };
    QStringList words = phrase.toString().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return false;
    if (words.size() == 1 && pronouns.contains(words.first().toLower()))
        return true;
    if (listenerLength(QString(phrase.toString() + QStringLiteral(" x x"))) > 0)   // it reads past them
        return true;
    if (words.first().toLower() == u"the" && words.size() > 1)
        words.removeFirst();
    return words.first().front().isUpper();
}

// "that had grown …", "that ministers announced …": a relative clause, not what was said.
bool opensWithAVerb(QStringView clause)
{
    static const QSet<QString> auxiliaries = {
        QStringLiteral("had"), QStringLiteral("has"), QStringLiteral("have"), QStringLiteral("was"),
        QStringLiteral("were"), QStringLiteral("is"), QStringLiteral("are"), QStringLiteral("would"),
        QStringLiteral("will"), QStringLiteral("could"),
    };
    const QString first = clause.toString().section(u' ', 0, 0).toLower();
    return auxiliaries.contains(first) || first.endsWith(u"ed");
}

// "She told him the plan was dead", "said at the briefing that the plan was dead": the one told
// and the occasion are not what was said.
void trimAddresseeAndOccasion(QStringView text, QList<Quote> &quotes)
{
    // not "her": "told her staff the plan was dead"
    static const QSet<QString> objects = {
        QStringLiteral("him"), QStringLiteral("them"), QStringLiteral("me"), QStringLiteral("us"),
    };
    static const QSet<QString> prepositions = {
        QStringLiteral("at"), QStringLiteral("in"), QStringLiteral("on"), QStringLiteral("during"), QStringLiteral("after"),
    };
    constexpr qsizetype kOccasionReach = 60;
    for (Quote &quote : quotes) {
        if (quote.kind != QuoteKind::Indirect || quote.cue.isEmpty() || quote.cue.end > quote.content.start)
            continue;
        const QStringView content = textOf(text, quote.content);
        const qsizetype space = content.indexOf(u' ');
        const QString cueWord = textOf(text, quote.cue).toString().toLower().section(u' ', -1);
        if (cueWord == u"told" && space > 0 && objects.contains(content.left(space).toString().toLower())) {
            quote.content.start += space + 1;
            continue;
        }
        // "told reporters the talks went well", "told the crowd the plan was dead"
        if (cueWord == u"told" || cueWord == u"tells" || cueWord == u"telling") {
            if (const qsizetype listener = listenerLength(content); listener > 0) {
                quote.content.start += listener;
                continue;
            }
        }
        // "warned the Treasury that prices would rise": the one warned joins the cue, as in "told
        // Sputnik that"
        static const QSet<QString> listenerVerbs = {
            QStringLiteral("warned"),   QStringLiteral("warns"),    QStringLiteral("warning"),  QStringLiteral("assured"),
            QStringLiteral("assures"),  QStringLiteral("reminded"), QStringLiteral("reminds"),  QStringLiteral("informed"),
            QStringLiteral("informs"),  QStringLiteral("notified"), QStringLiteral("advised"),  QStringLiteral("told"),
            QStringLiteral("tells"),    QStringLiteral("telling"),  QStringLiteral("convinced"), QStringLiteral("persuaded"),
        };
        constexpr qsizetype kMostListenerWords = 4;
        if (const qsizetype that = content.left(kOccasionReach).indexOf(u" that ");
            listenerVerbs.contains(cueWord) && that > 0 && quote.cue.end <= quote.content.start
            && textOf(text, {quote.cue.end, quote.content.start}).trimmed().isEmpty()
            && isNounPhrase(content.left(that), kMostListenerWords) && isListener(content.left(that))
            && !opensWithAVerb(content.mid(that + 6))) {
            quote.cue.end = quote.content.start + that;
            quote.content.start += that + 1;
            continue;
        }
        // the preposition after the cue ("said at the briefing that"), or the cue's last word
        // ("said at", "the briefing that …")
        const QStringList gap = textOf(text, {quote.cue.end, quote.content.start}).toString().toLower().split(u' ', Qt::SkipEmptyParts);
        const bool afterGap = !gap.isEmpty()
                              && (prepositions.contains(gap.last()) || (gap.size() >= 2 && prepositions.contains(gap[gap.size() - 2])));
        const qsizetype cueSpace = textOf(text, quote.cue).lastIndexOf(u' ');
        const bool inCue = gap.isEmpty() && cueSpace > 0 && prepositions.contains(cueWord);
        const qsizetype that = content.left(kOccasionReach).indexOf(u" that ");
        constexpr qsizetype kMostOccasionWords = 6;
        if (that <= 0 || !(afterGap || inCue) || !isNounPhrase(content.left(that), kMostOccasionWords))
            continue;
        quote.content.start += that + 6;
        if (inCue)
            quote.cue.end = quote.cue.start + cueSpace;
    }
}

// "Mira Murati: Not at all.": names opening lines, each with a colon, take turns in a
// transcript and say their words word for word. One such line alone is a headline that sums up
// ("Sanders: Clinton needs to 'get away'").
void typeTranscriptAnswersDirect(QStringView text, QList<Quote> &quotes)
{
    const auto isTurn = [text](const Quote &quote) {
        if (quote.kind != QuoteKind::Indirect || textOf(text, quote.cue) != u":" || quote.speaker.isEmpty())
            return false;
        const bool lineStart = quote.speaker.start == 0 || text[quote.speaker.start - 1] == u'\n';
        const QStringView content = textOf(text, quote.content).trimmed();
        const bool sentence = !content.isEmpty() && QStringView(u".?!").contains(content.back());
        return lineStart && sentence && quote.cue.start == quote.speaker.end && quote.content.start > quote.cue.end;
    };
    if (std::count_if(quotes.cbegin(), quotes.cend(), isTurn) < 2)
        return;
    for (Quote &quote : quotes) {
        if (isTurn(quote))
            quote.kind = QuoteKind::Direct;
    }
}

// "Shein declined to comment", "officials, who asked not to be identified, …": what a refusal
// or a wish for anonymity takes is no statement.
bool isNothingSaid(QStringView text, const Quote &quote)
{
    if (quote.kind != QuoteKind::Indirect)
        return false;
    const QString content = lowerContent(text, quote);
    const QString cue = textOf(text, quote.cue).toString().toLower();
    // "declined to comment beyond its statement", "declined to comment on the report", "not to be
    // identified because the talks are private", "spoke on condition of anonymity because …"
    const auto opensWith = [&content](QLatin1StringView words) {
        return content == words || content.startsWith(words + u' ');
    };
    return opensWith(QLatin1StringView("comment")) || opensWith(QLatin1StringView("to comment"))
           || opensWith(QLatin1StringView("not to be identified")) || opensWith(QLatin1StringView("not to be named"))
           || opensWith(QLatin1StringView("anonymity")) || content.contains(QLatin1StringView("condition of anonymity"))
           || cue.contains(QLatin1StringView("declined to comment")) || cue.contains(QLatin1StringView("anonymity"));
}

// "“The public want us to get on with the job.”⏎⏎Keir Starmer said it was laughable.": a
// speaker in a later paragraph than a direct quote said something else.
void dropSpeakersBeyondParagraph(QStringView text, QList<Quote> &quotes)
{
    for (Quote &quote : quotes) {
        if (quote.kind == QuoteKind::Indirect || quote.speaker.isEmpty() || quote.speaker.start < quote.content.end
            || !text.mid(quote.content.end, quote.speaker.start - quote.content.end).contains(u'\n'))
            continue;
        quote.speaker = {};
        if (quote.cue.start >= quote.content.end && text.mid(quote.content.end, quote.cue.start - quote.content.end).contains(u'\n'))
            quote.cue = {};
    }
}

// "…, says Keri Gans, author of …", "Serena Williams, 43, said she …": the tagger read the
// speaker of a cue as what was said too, with that cue.
void dropSpeakersReadAsContent(QList<Quote> &quotes)
{
    QList<bool> drop(quotes.size(), false);
    for (qsizetype q = 0; q < quotes.size(); ++q) {
        const Quote &quote = quotes.at(q);
        if (quote.speaker.isEmpty() || quote.cue.isEmpty())
            continue;
        // after the cue, the speaker's opening words; before it ("Serena Williams, 43, said she …"),
        // any words of the speaker
        const bool after = quote.speaker.start >= quote.cue.end;
        for (qsizetype i = 0; i < quotes.size(); ++i) {
            const Quote &other = quotes.at(i);
            const bool inSpeaker = other.content.start >= quote.speaker.start && other.content.end <= quote.speaker.end
                                   && (!after || other.content.start == quote.speaker.start);
            drop[i] = drop[i] || (i != q && inSpeaker && other.kind == QuoteKind::Indirect && other.cue.intersects(quote.cue));
        }
    }
    QList<Quote> kept;
    for (qsizetype i = 0; i < quotes.size(); ++i) {
        if (!drop[i])
            kept.append(quotes[i]);
    }
    quotes = std::move(kept);
}

// "the liberation of Aleppo is expected to be completed soon, Syrian President Bashar Assad said
// …": a passive of thinking or saying with no agent reports what is expected, believed or said
// by no one named (PolNeAR gives 109 of 117 such cues no source; the others "by some"). The
// tagger lent it the speaker of the next clause.
void dropSpeakersOfAgentlessPassives(QStringView text, QList<Quote> &quotes)
{
    static const QRegularExpression passive(QStringLiteral(
        "^(?:is|are|was|were|be|been|being|has been|have been|had been)(?: (?:not|widely|also|still|largely|generally|now))? "
        "(?:expected|believed|thought|considered|seen|understood|known|reported|said|rumou?red|alleged|estimated|projected)(?: to)?$"));
    for (Quote &quote : quotes) {
        if (quote.speaker.isEmpty() || quote.cue.isEmpty())
            continue;
        const QString cue = textOf(text, quote.cue).toString().toLower().simplified();
        const bool agent = quote.speaker.start >= quote.cue.end
                           && text.mid(quote.cue.end, quote.speaker.start - quote.cue.end).trimmed().toString().toLower() == u"by";
        if (!agent && passive.match(cue).hasMatch())
            quote.speaker = {};
    }
}

// "…, Syrian President Bashar Assad said": the tagger ended one content with the title of the
// next quote's speaker ("to be completed in the near future, Syrian President"). The title goes
// back to the speaker it names.
void returnTitlesToSpeakers(QStringView text, QList<Quote> &quotes)
{
    static const QSet<QString> joiners = {QStringLiteral("of"), QStringLiteral("for"), QStringLiteral("the"), QStringLiteral("and")};
    constexpr qsizetype kMostTitleWords = 6;
    for (Quote &quote : quotes) {
        for (Quote &other : quotes) {
            if (&other == &quote || other.speaker.isEmpty() || other.speaker.start < quote.content.end
                || !text.mid(quote.content.end, other.speaker.start - quote.content.end).trimmed().isEmpty())
                continue;
            const QStringView content = textOf(text, quote.content);
            const qsizetype comma = content.lastIndexOf(u',');
            if (comma < 0)
                continue;
            const QStringList words = content.mid(comma + 1).toString().split(u' ', Qt::SkipEmptyParts);
            const bool title = !words.isEmpty() && words.size() <= kMostTitleWords && words.first().front().isUpper()
                               && words.last().front().isUpper()
                               && std::all_of(words.cbegin(), words.cend(), [](const QString &word) {
                                      return word.front().isUpper() || joiners.contains(word);
                                  });
            if (!title)
                continue;
            qsizetype titleStart = quote.content.start + comma + 1;
            while (text[titleStart].isSpace())
                ++titleStart;
            other.speaker.start = titleStart;
            qsizetype end = quote.content.start + comma;
            while (end > quote.content.start && text[end - 1].isSpace())
                --end;
            quote.content.end = end;
        }
    }
}

// The quotes of an occasion read as said (isOccasionAsContent, isFrontedOccasion) whose cue another
// quote has.
void dropOccasionsReadAsSaid(QStringView text, QList<Quote> &quotes)
{
    QList<bool> drop(quotes.size(), false);
    for (qsizetype q = 0; q < quotes.size(); ++q) {
        if (!isOccasionAsContent(text, quotes[q]) && !isFrontedOccasion(text, quotes[q]))
            continue;
        for (qsizetype other = 0; other < quotes.size() && !drop[q]; ++other)
            drop[q] = other != q && !drop[other] && quotes[other].cue == quotes[q].cue;
    }
    for (qsizetype i = quotes.size() - 1; i >= 0; --i) {
        if (drop[i])
            quotes.removeAt(i);
    }
}

} // namespace

// "35 percent opposed it and the rest were undecided": after a cue that reports no speech (a
// stance: "opposed", "backed"), a pronoun object is all that was opposed; the clause joined by
// "and" is the writer's.
void trimObjectsJoinedToClauses(QStringView text, QList<Quote> &quotes)
{
    static const QSet<QString> objects = {
        QStringLiteral("it"), QStringLiteral("him"), QStringLiteral("her"), QStringLiteral("them"),
    };
    for (Quote &quote : quotes) {
        if (quote.kind != QuoteKind::Indirect || quote.cue.isEmpty() || quote.content.start < quote.cue.end
            || hasReportingWord(text, quote))
            continue;
        const QStringView content = textOf(text, quote.content);
        const qsizetype space = content.indexOf(u' ');
        if (space < 0 || !objects.contains(content.left(space).toString().toLower())
            || !content.mid(space).startsWith(QStringLiteral(" and ")))
            continue;
        quote.content.end = quote.content.start + space;
    }
}

void dropMisreadQuotes(QStringView text, QList<Quote> &quotes)
{
    trimObjectsJoinedToClauses(text, quotes);
    extendLonePronouns(text, quotes);
    mendRelativeClauseSpeakers(text, quotes);
    extendFrontedContents(text, quotes);
    joinPiecesAroundCues(text, quotes);
    returnSubjectsToContents(text, quotes);
    extendToClauseEnd(text, quotes);
    trimAddresseeAndOccasion(text, quotes);
    typeTranscriptAnswersDirect(text, quotes);
    swapSpeakerReadAsContent(text, quotes);
    dropSpeakersBeyondParagraph(text, quotes);
    dropSpeakersOfAgentlessPassives(text, quotes);
    returnTitlesToSpeakers(text, quotes);
    dropSpeakersReadAsContent(quotes);
    dropOccasionsReadAsSaid(text, quotes);
    mendNamesAsCues(text, quotes);
    quotes.removeIf([text](const Quote &quote) {
        return isParticipleAfterOrdinal(text, quote) || isOneWordWithoutSpeech(text, quote) || isNothingSaid(text, quote)
               || isNameAsCue(text, quote) || isCircumstanceAfterSaid(text, quote)
               || isPastItsClause(text, quote) || isRoleBeforeItsName(text, quote) || isFailureWithoutTo(text, quote);
    });
}

} // namespace galley
