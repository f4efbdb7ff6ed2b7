#include "decade_reader.h"

#include "detect/numbers/number_words.h"

namespace galley {

namespace {

bool isApostrophe(QStringView text) { return text == u"'" || text == u"\u2019" || text == u"\u2018"; }

// "1990s" → 1990, "90s" → 90 (two digits), "'90s" written in one token → 90.
std::optional<int> decadeDigits(QStringView text, int &digits)
{
    if (!text.isEmpty() && isApostrophe(text.left(1)))
        text = text.mid(1);
    const DigitToken parsed = parseDigitToken(text);
    if (parsed.shape != DigitToken::Shape::Plain || parsed.suffix != u"s" || parsed.grouped || parsed.decimal
        || (parsed.integerDigits != 4 && parsed.integerDigits != 2) || int(parsed.value) % 10 != 0)
        return std::nullopt;
    digits = parsed.integerDigits;
    return int(parsed.value);
}

int centuryOf(int twoDigits, const QDate &published)
{
    if (!published.isValid())
        return twoDigits <= 10 ? 2000 : 1900;
    const int century = published.year() / 100 * 100;
    return century + twoDigits <= published.year() ? century : century - 100;
}

} // namespace

std::optional<DateTimeMatch> readDecade(const SentenceTokens &tokens, qsizetype i, const QDate &published)
{
    // "mid-1990s", "late-'80s" are one token; "the late 1990s" three
    QStringView text = tokens.text(i);
    QString part;
    if (tokens.isKind(i, TokenKind::Word)) {
        const qsizetype dash = text.indexOf(u'-');
        part = tokens.lower(i).left(dash);
        if (dash <= 0 || (part != u"early" && part != u"mid" && part != u"late"))
            return std::nullopt;
        text = text.mid(dash + 1);
    } else if (!tokens.isKind(i, TokenKind::Number)) {
        return std::nullopt;
    }
    int digits = 0;
    const auto written = decadeDigits(text, digits);
    if (!written)
        return std::nullopt;
    qsizetype begin = i;
    const bool apostrophe = isApostrophe(text.left(1)) || (isApostrophe(tokens.text(i - 1)) && tokens.touchesNext(i - 1));
    if (apostrophe && !isApostrophe(text.left(1)))
        begin = i - 1;
    if (part.isEmpty()) {
        // "the late 1990s", "the mid-'80s" (the hyphen a token of its own before an apostrophe)
        const bool hyphen = tokens.is(begin - 1, u"-") && tokens.touchesNext(begin - 2) && tokens.touchesNext(begin - 1);
        const QString &before = tokens.lower(hyphen ? begin - 2 : begin - 1);
        const QString word = before.endsWith(u'-') ? before.chopped(1) : before;
        if (word == u"early" || word == u"mid" || word == u"late") {
            part = word;
            begin -= hyphen ? 2 : 1;
        }
    }
    const bool the = tokens.is(begin - 1, u"the");
    if (the)
        --begin;
    int year = *written;
    if (digits == 2) {
        // "the 1960s and 70s", "the 1980s to the '90s": the century of the decade before
        const qsizetype joined = begin;   // "the" already taken in
        int earlierDigits = 0;
        const auto earlier = decadeDigits(tokens.text(joined - 2), earlierDigits);
        const bool afterDecade = earlier && earlierDigits == 4
                                 && (tokens.is(joined - 1, u"and") || tokens.is(joined - 1, u"or") || tokens.is(joined - 1, u"to")
                                     || tokens.is(joined - 1, u"-") || tokens.is(joined - 1, u"\u2013"));
        if (afterDecade) {
            year += *earlier / 100 * 100;
            if (year <= *earlier)
                year += 100;   // "the 1990s and 00s", "between the 1890s and the '90s"
        } else if (apostrophe) {
            year += centuryOf(year, published);
        } else {
            return std::nullopt;   // "in the 40s for months", "in the mid-70s": ratings and temperatures
        }
    }
    const int from = year + (part == u"mid" ? 4 : part == u"late" ? 7 : 0);
    const int to = year + (part == u"early" ? 3 : part == u"mid" ? 6 : 9);
    DateTimeMatch found = dateTimeMatch(tokens, NumberLabel::Date, begin, i + 1, QString::number(year / 10));
    found.mention.isoFrom = QString::number(from);
    found.mention.isoTo = QString::number(to);
    return found;
}

} // namespace galley
