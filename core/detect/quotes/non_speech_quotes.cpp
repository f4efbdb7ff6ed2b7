#include "detect/quotes/non_speech_quotes.h"

#include "text/tokenizer.h"

#include <QRegularExpression>

#include <algorithm>

namespace galley {

namespace {

bool isMarkOrSpace(QChar c)
{
    return c.isSpace() || isQuoteMark(c.unicode());
}

// `name="value"`: an equals sign right before the opening mark.
bool isAttributeValue(QStringView text, const Quote &quote)
{
    qsizetype before = quote.content.start - 1;
    while (before >= 0 && isQuoteMark(text[before].unicode()))
        --before;
    return before >= 0 && before < quote.content.start - 1 && text[before] == u'=';
}

bool isMinorWord(QStringView word)
{
    static const QStringList minor{QStringLiteral("a"),   QStringLiteral("an"),  QStringLiteral("the"), QStringLiteral("of"),
                                   QStringLiteral("in"),  QStringLiteral("on"),  QStringLiteral("at"),  QStringLiteral("to"),
                                   QStringLiteral("for"), QStringLiteral("and"), QStringLiteral("or"),  QStringLiteral("but"),
                                   QStringLiteral("by"),  QStringLiteral("with"), QStringLiteral("from"), QStringLiteral("as")};
    return minor.contains(word.toString());
}

// The line holds only the quoted words, between marks, in Title Case: 'Legend in the Coal
// Fields.', three to eight words, not exclaimed or asked ("“We won.”", "“Thank You.”", "“NO
// WAY!”" alone on their lines are speech).
bool isQuotedSubheading(QStringView text, const Quote &quote)
{
    if (!quote.cue.isEmpty() || !quote.speaker.isEmpty() || quote.kind != QuoteKind::Direct)
        return false;
    const QStringView said = textOf(text, quote.content).trimmed();
    if (said.endsWith(u'!') || said.endsWith(u'?'))
        return false;
    const qsizetype lineStart = text.lastIndexOf(u'\n', std::max<qsizetype>(0, quote.content.start - 1)) + 1;
    qsizetype lineEnd = text.indexOf(u'\n', quote.content.end);
    if (lineEnd < 0)
        lineEnd = text.size();
    const auto onlyMarks = [](QStringView part) {
        for (QChar c : part) {
            if (!isMarkOrSpace(c) && c != u'.' && c != u'!' && c != u'?')
                return false;
        }
        return true;
    };
    if (lineStart > quote.content.start || !onlyMarks(text.mid(lineStart, quote.content.start - lineStart))
        || !onlyMarks(text.mid(quote.content.end, lineEnd - quote.content.end)))
        return false;
    int capitalised = 0;
    int words = 0;
    const QStringView content = textOf(text, quote.content);
    for (qsizetype i = 0; i < content.size();) {
        while (i < content.size() && !content[i].isLetterOrNumber())
            ++i;
        const qsizetype start = i;
        while (i < content.size() && !content[i].isSpace())
            ++i;
        if (i == start)
            break;
        ++words;
        QStringView word = content.mid(start, i - start);
        while (!word.isEmpty() && !word.back().isLetterOrNumber())
            word.chop(1);
        if (word.front().isUpper())
            ++capitalised;
        else if (word.front().isLetter() && !isMinorWord(word))
            return false;
    }
    return words >= 3 && words <= 8 && capitalised >= 2;
}

// Whether `position` opens a sentence: nothing but space, quote marks or brackets between it and
// the end of the sentence before (or the text's start).
bool opensSentence(QStringView text, qsizetype position)
{
    qsizetype i = position - 1;
    while (i >= 0 && text[i].isSpace() && text[i] != u'\n')
        --i;
    while (i >= 0 && (isQuoteMark(text[i].unicode()) || text[i] == u')' || text[i] == u'(' || text[i].isSpace()) && text[i] != u'\n')
        --i;
    return i < 0 || text[i] == u'\n' || text[i] == u'.' || text[i] == u'!' || text[i] == u'?';
}

// "That said, the plan stands.": the cue opens its sentence as a turn of phrase, before a comma.
bool isOpeningTurnOfPhrase(QStringView text, const Quote &quote)
{
    if (quote.cue.isEmpty())
        return false;
    static const QRegularExpression phrase(
        QStringLiteral("\\b((?:That|That being|Having) said(?: that)?|(?:Needless|Suffice it) to say)\\s*,"));
    const qsizetype from = std::max<qsizetype>(0, quote.cue.start - 24);
    const QString window = text.mid(from, quote.cue.end + 12 - from).toString();
    for (auto match = phrase.globalMatch(window); match.hasNext();) {
        const QRegularExpressionMatch found = match.next();
        const qsizetype start = from + found.capturedStart(1);
        const qsizetype end = from + found.capturedEnd(1);
        if (start < quote.cue.end && quote.cue.start < end && opensSentence(text, start))
            return true;
    }
    return false;
}

} // namespace

void dropNonSpeechQuotes(QStringView text, QList<Quote> &quotes)
{
    quotes.removeIf([text](const Quote &quote) {
        return isAttributeValue(text, quote) || isQuotedSubheading(text, quote) || isOpeningTurnOfPhrase(text, quote);
    });
}

} // namespace galley
