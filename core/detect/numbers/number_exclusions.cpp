#include "number_exclusions.h"

#include "detect/numbers/amount_reader.h"
#include "detect/numbers/calendar_words.h"
#include "detect/numbers/measurement_units.h"
#include "text/abbreviations.h"

#include <QSet>

namespace galley {

namespace {

// "10 Downing Street", "1600 Pennsylvania Avenue NW", "24 Hours of Le Mans": a number before
// up to three capitalised words naming a street or a race. "5th Avenue", "6th Fleet", "2nd
// Amendment": an ordinal before a body's or a law's name; a count before one counts its things
// ("300 Army soldiers", "12 Supreme Court cases").
bool numbersAName(const SentenceTokens &tokens, qsizetype numberToken)
{
    static const QSet<QString> places = {
        QStringLiteral("street"),  QStringLiteral("st"),        QStringLiteral("st."),    QStringLiteral("avenue"),
        QStringLiteral("ave"),     QStringLiteral("ave."),      QStringLiteral("road"),   QStringLiteral("rd"),
        QStringLiteral("rd."),     QStringLiteral("boulevard"), QStringLiteral("blvd"),   QStringLiteral("blvd."),
        QStringLiteral("lane"),    QStringLiteral("drive"),     QStringLiteral("place"),  QStringLiteral("square"),
        QStringLiteral("highway"), QStringLiteral("parkway"),   QStringLiteral("terrace"), QStringLiteral("minutes"),
    };
    static const QSet<QString> bodies = {
        QStringLiteral("court"),   QStringLiteral("circuit"),   QStringLiteral("fleet"),  QStringLiteral("precinct"),
        QStringLiteral("amendment"), QStringLiteral("army"),    QStringLiteral("division"), QStringLiteral("brigade"),
        QStringLiteral("battalion"), QStringLiteral("regiment"), QStringLiteral("corps"), QStringLiteral("district"),
    };
    if (tokens.casing() != SentenceCasing::Normal)
        return false;
    const QStringView number = tokens.text(numberToken);
    const bool ordinal = number.endsWith(u"st") || number.endsWith(u"nd") || number.endsWith(u"rd") || number.endsWith(u"th");
    for (qsizetype j = numberToken + 1; j <= numberToken + 3; ++j) {
        if (!tokens.isKind(j, TokenKind::Word) || !tokens.isCapitalised(j))
            return false;
        const QString &word = tokens.lower(j);
        if (places.contains(word) || (word == u"hours" && tokens.is(j + 1, u"of")))
            return true;
        if (bodies.contains(word))
            return ordinal;
    }
    return false;
}

bool isMeasuredAmountAt(const SentenceTokens &tokens, qsizetype numberToken)
{
    qsizetype after = numberToken + 1;
    // "15 to 20 centimetres"
    if ((tokens.is(after, u"to") || tokens.is(after, u"or") || tokens.is(after, u"-")) && tokens.isKind(after + 1, TokenKind::Number))
        after += 2;
    if (tokens.text(after) == u"%" || tokens.is(after, u"percent") || tokens.is(after, u"pct"))
        return true;
    const QString &word = tokens.lower(after);
    return word.size() >= 2 && tokens.isKind(after, TokenKind::Word) && !tokens.isCapitalised(after) && unitOfWord(word).has_value();
}

// "call 101", "she dialled 999", "contact police on 101": a number rung, not counted (not
// "call 20 people", "call 2 or 3 witnesses").
bool isNumberCalled(const SentenceTokens &tokens, qsizetype i)
{
    static const QSet<QString> callWords = {
        QStringLiteral("call"),   QStringLiteral("calling"), QStringLiteral("dial"),   QStringLiteral("dialled"),
        QStringLiteral("dialed"), QStringLiteral("dialling"), QStringLiteral("dialing"), QStringLiteral("ring"),
        QStringLiteral("rang"),   QStringLiteral("phone"),   QStringLiteral("phoned"), QStringLiteral("text"),
        QStringLiteral("texting"), QStringLiteral("contact"),
    };
    static const QSet<QString> afterNumber = {QStringLiteral("quoting"), QStringLiteral("immediately"),
                                              QStringLiteral("if"), QStringLiteral("for"), QStringLiteral("at")};
    // "contact police on 101", "call us on 0800": the number after "on" and what is called
    const bool onNumber = tokens.is(i - 1, u"on") && (callWords.contains(tokens.lower(i - 3)) || tokens.is(i - 2, u"police"));
    if ((!callWords.contains(tokens.lower(i - 1)) && !onNumber) || tokens.text(i).contains(u',') || tokens.text(i).contains(u'.'))
        return false;
    const qsizetype after = i + 1;
    return !tokens.isKind(after, TokenKind::Word) || afterNumber.contains(tokens.lower(after));
}

// "quoting log 1234", "crime reference 1234 of 14 March", "quoting incident 456": the number of a
// record; not "drivers log 11 hours".
bool isReferenceNumber(const SentenceTokens &tokens, qsizetype i)
{
    const QString &before = tokens.lower(i - 1);
    const bool marker = before == u"log" || before == u"reference" || before == u"ref" || before == u"ref."
                        || (before == u"incident" && tokens.is(i - 2, u"quoting"));
    return marker && (!tokens.isKind(i + 1, TokenKind::Word) || tokens.is(i + 1, u"of"));
}

} // namespace

bool isPartOfName(const SentenceTokens &tokens, qsizetype numberToken)
{
    if (numbersAName(tokens, numberToken))
        return true;
    const qsizetype previous = numberToken - 1;
    const auto isIdMarker = [](QStringView word) {
        // and the bills of Congress: "H.R. 1234", "S. 2345", "H.Res. 12"
        return word == u"no" || word == u"nos" || word == u"art" || word == u"vol" || word == u"ch" || word == u"p"
               || word == u"pp" || word == u"s" || word == u"h.r" || word == u"hr" || word == u"h.res"
               || word == u"s.res" || word == u"h.j.res" || word == u"s.j.res";
    };
    // "No. 5", "p. 12" when the tokenizer leaves the period apart (and the splitter ends a
    // sentence there)
    if (tokens.textAcrossSentences(previous) == u"." && previous >= 1
        && tokens.token(previous - 1).end == tokens.token(previous).start
        && isIdMarker(tokens.textAcrossSentences(previous - 1).toString().toLower()))
        return true;
    // "jillbarshay.35", "BA.2.86": the end of a handle or a name (where the splitter may have ended a sentence)
    if (tokens.textAcrossSentences(previous) == u"." && previous >= 1
        && tokens.token(previous).end == tokens.token(numberToken).start
        && tokens.token(previous - 1).end == tokens.token(previous).start
        && tokens.textAcrossSentences(previous - 1).front().isLetter())
        return true;
    if (!tokens.contains(previous))
        return false;
    // "#1", "PERSON #2": an id
    if (tokens.text(previous) == u"#" && tokens.token(previous).end == tokens.token(numberToken).start)
        return true;

    // "type 2 diabetes", "phase 3 trials", "flight 370": a word that numbers items before it
    static const QSet<QString> itemWords = {
        QStringLiteral("type"), QStringLiteral("phase"), QStringLiteral("stage"), QStringLiteral("category"),
        QStringLiteral("level"), QStringLiteral("grade"), QStringLiteral("chapter"), QStringLiteral("section"),
        QStringLiteral("article"), QStringLiteral("clause"), QStringLiteral("route"), QStringLiteral("flight"),
        QStringLiteral("room"), QStringLiteral("gate"), QStringLiteral("exit"), QStringLiteral("version"),
        QStringLiteral("season"), QStringLiteral("episode"), QStringLiteral("page"), QStringLiteral("figure"),
        QStringLiteral("item"), QStringLiteral("platform"), QStringLiteral("terminal"), QStringLiteral("ward"),
    };
    // Not "at this stage 40 people", "last season 14 players", "a level 10 times higher", nor
    // before a percent sign or a scale word: there the word is a noun of its own.
    static const QSet<QString> determiners = {
        QStringLiteral("the"),  QStringLiteral("a"),    QStringLiteral("an"),    QStringLiteral("this"),
        QStringLiteral("that"), QStringLiteral("these"), QStringLiteral("those"), QStringLiteral("last"),
        QStringLiteral("next"), QStringLiteral("first"), QStringLiteral("final"), QStringLiteral("each"),
        QStringLiteral("every"), QStringLiteral("same"), QStringLiteral("early"), QStringLiteral("later"),
    };
    if (tokens.isKind(previous, TokenKind::Word) && itemWords.contains(tokens.lower(previous))
        && !determiners.contains(tokens.lower(previous - 1)) && tokens.text(numberToken + 1) != u"%"
        && !scaleWord(tokens.lower(numberToken + 1)))
        return true;
    if (tokens.casing() != SentenceCasing::Normal || !tokens.isKind(previous, TokenKind::Word))
        return false;
    const QStringView word = tokens.text(previous);
    bool capital = false;
    for (QChar c : word)
        capital = capital || c.isUpper();
    if (!capital)
        return false;
    // "Trump 48%", "Expect 15-20 centimetres": a percent or a unit is measured, not named
    if (isMeasuredAmountAt(tokens, numberToken))
        return false;
    static const QSet<QString> openers = {
        QStringLiteral("only"), QStringLiteral("just"), QStringLiteral("about"), QStringLiteral("over"),
        QStringLiteral("nearly"), QStringLiteral("almost"), QStringLiteral("around"), QStringLiteral("all"),
        QStringLiteral("another"), QStringLiteral("by"), QStringLiteral("from"), QStringLiteral("to"),
        QStringLiteral("of"), QStringLiteral("between"), QStringLiteral("until"), QStringLiteral("before"),
        QStringLiteral("during"), QStringLiteral("both"), QStringLiteral("roughly"), QStringLiteral("approximately"),
    };
    // only opening a sentence: "Within 48 hours, …"; "the England Under 21 squad", "More 4" are names
    static const QSet<QString> sentenceOpeners = {
        QStringLiteral("within"), QStringLiteral("under"), QStringLiteral("more"), QStringLiteral("fewer"),
        QStringLiteral("less"), QStringLiteral("up"),
    };
    const QString &lower = tokens.lower(previous);
    if (monthOfWord(lower) || weekdayOfWord(lower))   // "February 30" is a bad date, not a name
        return false;
    // "U.S. 10-year bonds": an abbreviation modifies the number; "No. 5" and "Art. 5" are ids
    if (lower.endsWith(u'.'))
        return isIdMarker(QStringView(lower).chopped(1));
    if (previous == tokens.begin() || tokens.isKind(previous - 1, TokenKind::Quote)
        || tokens.isKind(previous - 1, TokenKind::Punctuation) || tokens.isKind(previous - 1, TokenKind::Dash))
        return !isSentenceStarter(lower) && !openers.contains(lower) && !sentenceOpeners.contains(lower);
    return !openers.contains(lower) || word.front().isLower();
}

qsizetype phoneNumberEnd(const SentenceTokens &tokens, qsizetype i)
{
    if (spaceGroupedThousandsEnd(tokens, i) > i + 1)
        return i;   // "1 250 000 people"
    int digits = 0;
    int numbers = 0;
    bool plus = false;
    qsizetype j = i;
    qsizetype lastNumberEnd = i;
    while (tokens.contains(j)) {
        const QStringView text = tokens.text(j);
        if (tokens.isKind(j, TokenKind::Number)) {
            if (text.startsWith(u'.'))
                return i;   // "72 53 .576": a standings line, with a fraction no phone number has
            for (QChar c : text) {
                if (c.isDigit())
                    ++digits;
                else if (c != u'-' && c != u'.')
                    return i;   // "108,076", "4.5bn": an amount, not a phone number
            }
            ++numbers;
            lastNumberEnd = j + 1;
        } else if (text == u"+" && j == i) {
            plus = true;
        } else if (text != u"(" && text != u")" && text != u"-") {
            break;
        }
        if (!tokens.contains(j + 1) || tokens.token(j + 1).start - tokens.token(j).end > 1)
            break;
        ++j;
    }
    if (numbers == 1 && !plus && (isNumberCalled(tokens, i) || isReferenceNumber(tokens, i)))
        return lastNumberEnd;
    // "1955 - 2018", "2016 - 2017": two years
    if (numbers == 2 && !plus && isFourDigitYear(tokens.text(i)) && isFourDigitYear(tokens.text(lastNumberEnd - 1)))
        return i;
    const bool phone = digits >= 7 && (numbers >= 2 || plus) && numbers >= 1;
    return phone ? lastNumberEnd : i;
}

bool isListMarker(const SentenceTokens &tokens, qsizetype i)
{
    if (i != tokens.begin() || !tokens.isKind(i, TokenKind::Number) || tokens.length(i) > 2)
        return false;
    const QStringView mark = tokens.text(i + 1);
    if (mark != u"." && mark != u")")
        return false;
    return i + 2 >= tokens.end() || tokens.isCapitalised(i + 2);
}

bool isNumberWordUsedOtherwise(const SentenceTokens &tokens, const Amount &amount)
{
    if (!amount.spelled || amount.end - amount.begin != 1)
        return false;
    const QString &word = tokens.lower(amount.begin);
    const QString &previous = tokens.lower(amount.begin - 1);
    // capitalised inside running text: "the Second Division", "First Lady"
    if (tokens.casing() == SentenceCasing::Normal && tokens.isCapitalised(amount.begin)
        && (tokens.isKind(amount.begin - 1, TokenKind::Word) || tokens.isKind(amount.begin - 1, TokenKind::Number)))
        return true;
    if (word == u"one") {
        static const QSet<QString> before = {
            QStringLiteral("no"), QStringLiteral("any"), QStringLiteral("every"), QStringLiteral("each"),
            QStringLiteral("the"), QStringLiteral("this"), QStringLiteral("that"), QStringLiteral("which"),
            QStringLiteral("someone"), QStringLiteral("little"), QStringLiteral("a"), QStringLiteral("another"),
        };
        static const QSet<QString> after = {
            QStringLiteral("of"), QStringLiteral("another"), QStringLiteral("who"), QStringLiteral("whom"),
            QStringLiteral("whose"), QStringLiteral("which"), QStringLiteral("that"), QStringLiteral("'s"),
            QStringLiteral("’s"), QStringLiteral("else"), QStringLiteral("is"), QStringLiteral("was"),
            QStringLiteral("can"), QStringLiteral("could"), QStringLiteral("must"), QStringLiteral("should"),
            QStringLiteral("would"), QStringLiteral("will"), QStringLiteral("may"), QStringLiteral("might"),
        };
        if (before.contains(previous) || after.contains(tokens.lower(amount.end)))
            return true;
        // Idioms: "at one point", "for one, …", "one size fits all".
        const QString &next = tokens.lower(amount.end);
        // "One day, we may …": some day, not a day long
        if (next == u"day" && amount.begin == tokens.begin() && tokens.text(amount.end + 1) == u",")
            return true;
        return (previous == u"at" && (next == u"point" || next == u"time" || next == u"stage"))
               || (previous == u"for" && amount.begin - 1 == tokens.begin() && (next == u"," || next == u"thing"))
               || (next == u"size" && tokens.lower(amount.end + 1) == u"fits");
    }
    if (word == u"half")   // "the first half", "the second half": a noun
        return previous == u"the" || previous == u"first" || previous == u"second" || previous == u"this"
               || previous == u"last" || previous == u"next" || previous == u"that";
    if (word == u"second")
        return previous == u"per" || previous == u"every" || previous == u"split"
               || (previous == u"a" && !tokens.isKind(amount.end, TokenKind::Word));   // "wait a second"
    return false;
}

qsizetype idiomEnd(const SentenceTokens &tokens, qsizetype i)
{
    // "under one roof": together, not fewer than one
    if (tokens.is(i, u"under") && tokens.is(i + 1, u"one") && tokens.is(i + 2, u"roof"))
        return i + 3;
    // "net zero emissions": none left over, no count of emissions
    if (tokens.is(i, u"zero") && tokens.is(i - 1, u"net"))
        return i + 1;
    // "zero-hours contracts": a kind of contract, no duration
    if (tokens.is(i, u"zero") && tokens.text(i + 1) == u"-" && (tokens.is(i + 2, u"hours") || tokens.is(i + 2, u"hour")))
        return i + 3;
    if (tokens.is(i, u"zero-hours") || tokens.is(i, u"zero-hour"))
        return i + 1;
    return i;
}

} // namespace galley
