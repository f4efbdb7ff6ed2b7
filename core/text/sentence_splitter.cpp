#include "sentence_splitter.h"

#include "text/abbreviations.h"

namespace galley {

namespace {

bool isClosing(QStringView token)
{
    return token.size() == 1
           && QStringView(u"\"'\u201D\u2019\u00BB\u203A)]}").contains(token.front());
}

bool isOpening(QStringView token)
{
    return token.size() == 1 && QStringView(u"\"'\u201C\u2018\u00AB\u2039\u201E([{").contains(token.front());
}

bool isTerminal(QStringView token)
{
    return token == u"." || token == u"..." || token == u"\u2026" || token.startsWith(u'!')
           || token.startsWith(u'?');
}

bool hasLineBreak(QStringView between)
{
    for (QChar c : between) {
        if (c == u'\n' || c == u'\r' || c == u'\u2028' || c == u'\u2029')
            return true;
    }
    return false;
}

bool opensSentence(QStringView token)
{
    const QChar first = token.front();
    return first.isUpper() || first.isDigit() || isOpening(token) || first.isTitleCase()
           || (first.isLetter() && !first.isLower());   // scripts without case
}

} // namespace

bool isSmallWord(QStringView lower)
{
    static const QStringView small[] = {u"a", u"an", u"the", u"and", u"or", u"but", u"of", u"in", u"on", u"at",
                                        u"to", u"for", u"by", u"with", u"from", u"as", u"vs", u"nor", u"via"};
    for (QStringView word : small) {
        if (lower == word)
            return true;
    }
    return false;
}

SentenceCasing sentenceCasing(QStringView text, const QList<Token> &tokens, qsizetype tokenBegin, qsizetype tokenEnd)
{
    QList<QStringView> words;
    for (qsizetype t = tokenBegin; t < tokenEnd; ++t) {
        if (tokens[t].kind == TokenKind::Word)
            words.append(text.mid(tokens[t].start, tokens[t].length()));
    }
    return sentenceCasingOfWords(words);
}

SentenceCasing sentenceCasingOfWords(const QList<QStringView> &words)
{
    int letters = 0;
    int lowerLetters = 0;
    int contentWords = 0;
    int capitalisedContentWords = 0;
    for (QStringView word : words) {
        if (word.isEmpty())
            continue;
        for (QChar c : word) {
            letters += c.isLetter() ? 1 : 0;
            lowerLetters += c.isLower() ? 1 : 0;
        }
        if (!word.front().isLetter() || isSmallWord(word.toString().toLower()))
            continue;
        ++contentWords;
        capitalisedContentWords += word.front().isUpper() ? 1 : 0;
    }
    if (letters >= 2 && lowerLetters == 0)
        return SentenceCasing::AllCaps;
    if (contentWords >= 2 && capitalisedContentWords == contentWords)
        return SentenceCasing::TitleCase;
    return SentenceCasing::Normal;
}

QList<Sentence> splitSentences(QStringView text, const QList<Token> &tokens)
{
    QList<Sentence> sentences;
    const auto tokenText = [&](qsizetype t) { return text.mid(tokens[t].start, tokens[t].length()); };
    // The period of "No. 5" (a number sign, before a number only): "ranks it as No. 5 on its list".
    const auto isNumberSign = [&](qsizetype t) {
        if (t == 0 || t + 1 >= tokens.size() || tokenText(t) != u"." || tokens[t - 1].end != tokens[t].start
            || tokens[t + 1].kind != TokenKind::Number)
            return false;
        const QStringView before = tokenText(t - 1);
        return before == u"No" || before == u"Nos";
    };
    qsizetype begin = 0;
    const auto close = [&](qsizetype end) {
        if (end <= begin)
            return;
        Sentence sentence;
        sentence.tokenBegin = begin;
        sentence.tokenEnd = end;
        sentence.start = tokens[begin].start;
        sentence.end = tokens[end - 1].end;
        sentence.casing = sentenceCasing(text, tokens, begin, end);
        sentences.append(sentence);
        begin = end;
    };

    const qsizetype count = tokens.size();
    for (qsizetype t = 0; t < count; ++t) {
        if (t > begin && hasLineBreak(text.mid(tokens[t - 1].end, tokens[t].start - tokens[t - 1].end)))
            close(t);
        const QStringView current = tokenText(t);
        bool mayEnd = isTerminal(current) && !isNumberSign(t);
        bool needsStarter = false;
        if (!mayEnd && tokens[t].kind == TokenKind::Word && current.size() > 1 && current.endsWith(u'.')) {
            const QStringView bare = current.chopped(1);
            const AbbreviationKind kind = abbreviationKind(bare);
            const bool initial = bare.size() == 1 && bare.front().isUpper();
            mayEnd = !initial && kind != AbbreviationKind::Title && kind != AbbreviationKind::Month;
            needsStarter = true;
        }
        if (!mayEnd)
            continue;
        // Closing quotes and brackets right after the terminal belong to this sentence.
        qsizetype end = t + 1;
        while (end < count && tokens[end].start == tokens[end - 1].end && isClosing(tokenText(end)))
            ++end;
        if (end < count && hasLineBreak(text.mid(tokens[end - 1].end, tokens[end].start - tokens[end - 1].end))) {
            close(end);
            t = end - 1;
            continue;
        }
        if (end == count) {
            close(end);
            break;
        }
        const QStringView following = tokenText(end);
        const bool opens = needsStarter ? (following.front().isUpper() && isSentenceStarter(following.toString().toLower()))
                                              || isOpening(following)
                                        : opensSentence(following);
        if (opens) {
            close(end);
            t = end - 1;
        }
    }
    close(count);
    return sentences;
}

} // namespace galley
