#pragma once

#include "text/token.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <algorithm>

namespace galley {

// The tokens of one sentence as the number readers see them: text, lower-case text and kind by
// token index (indices of the whole token list); outside the sentence every token reads as empty.
class SentenceTokens
{
public:
    SentenceTokens(QStringView text, const QList<Token> &tokens, const Sentence &sentence)
        : m_text(text), m_tokens(tokens), m_begin(sentence.tokenBegin), m_end(sentence.tokenEnd),
          m_casing(sentence.casing)
    {
        m_lower.reserve(m_end - m_begin);
        for (qsizetype i = m_begin; i < m_end; ++i) {
            const QStringView word = text.mid(tokens[i].start, tokens[i].length());
            const bool lower = std::none_of(word.begin(), word.end(), [](QChar c) { return c.isUpper(); });
            // Most words are lower case already: those share the text's buffer instead of a copy.
            m_lower.append(lower ? QString::fromRawData(word.data(), word.size()) : word.toString().toLower());
        }
    }

    qsizetype begin() const { return m_begin; }
    qsizetype end() const { return m_end; }
    bool contains(qsizetype i) const { return i >= m_begin && i < m_end; }
    SentenceCasing casing() const { return m_casing; }

    const Token &token(qsizetype i) const { return m_tokens[i]; }
    QStringView text(qsizetype i) const
    {
        return contains(i) ? m_text.mid(m_tokens[i].start, m_tokens[i].length()) : QStringView();
    }
    // Token i even across the sentence boundary: "No. 5" may be split after "No.".
    QStringView textAcrossSentences(qsizetype i) const
    {
        return i >= 0 && i < m_tokens.size() ? m_text.mid(m_tokens[i].start, m_tokens[i].length()) : QStringView();
    }
    qsizetype length(qsizetype i) const { return contains(i) ? m_tokens[i].length() : 0; }
    // Shares the text's buffer when the token is lower case already: copy it to keep it.
    const QString &lower(qsizetype i) const { return contains(i) ? m_lower[i - m_begin] : m_empty; }
    bool is(qsizetype i, QStringView lowerWord) const { return contains(i) && lower(i) == lowerWord; }
    bool isKind(qsizetype i, TokenKind kind) const { return contains(i) && m_tokens[i].kind == kind; }
    // Starts with a capital letter (whatever the casing of the sentence).
    bool isCapitalised(qsizetype i) const
    {
        return contains(i) && !text(i).isEmpty() && text(i).front().isUpper();
    }
    // No space between token i and the next one.
    bool touchesNext(qsizetype i) const { return contains(i + 1) && m_tokens[i].end == m_tokens[i + 1].start; }
    // The text between token i and the next one.
    QStringView gapAfter(qsizetype i) const
    {
        return contains(i) && contains(i + 1) ? m_text.mid(m_tokens[i].end, m_tokens[i + 1].start - m_tokens[i].end)
                                              : QStringView();
    }

private:
    QStringView m_text;
    const QList<Token> &m_tokens;
    qsizetype m_begin;
    qsizetype m_end;
    SentenceCasing m_casing;
    QList<QString> m_lower;
    QString m_empty;
};

} // namespace galley
