#include "quote_evaluation.h"

#include "text/tokenizer.h"

#include <QSet>

#include <algorithm>

namespace galley {

namespace {

bool isEdgeCharacter(QChar c)
{
    return c.isSpace() || c.isPunct() || c.category() == QChar::Punctuation_InitialQuote
        || c.category() == QChar::Punctuation_FinalQuote || c == u'`';
}

bool overlaps(TextRange a, TextRange b) { return a.start < b.end && b.start < a.end; }

bool overlapsAny(TextRange range, const QList<TextRange> &ranges)
{
    return std::any_of(ranges.begin(), ranges.end(), [&](TextRange other) { return range.intersects(other); });
}

bool inQuoteMarks(QStringView text, TextRange range)
{
    const TextRange inner = trimmedSpan(text, range);
    if (inner.isEmpty())
        return false;
    const auto isMark = [](QChar c) {
        return c == u'"' || c == u'\'' || c.category() == QChar::Punctuation_InitialQuote
            || c.category() == QChar::Punctuation_FinalQuote || QStringView(u"«»„‹›‚").contains(c);
    };
    qsizetype start = range.start;
    while (start < inner.start && !isMark(text[start]))
        ++start;
    qsizetype end = range.end;
    while (end > inner.end && !isMark(text[end - 1]))
        --end;
    return start < inner.start && end > inner.end;
}

// A content found, with the marks and punctuation beside it on its line: “We will appeal,” for
// the content "We will appeal", so it is in marks as a gold content is.
TextRange withEdges(QStringView text, TextRange range)
{
    const auto isLineEdge = [text](qsizetype i) { return isEdgeCharacter(text[i]) && text[i] != u'\n'; };
    qsizetype start = range.start;
    while (start > 0 && isLineEdge(start - 1))
        --start;
    qsizetype end = range.end;
    while (end < text.size() && isLineEdge(end))
        ++end;
    return {start, end};
}

void score(QStringView text, const QList<TextRange> &gold, const QList<TextRange> &found, SpanScore &overlapScore,
           SpanScore &exactScore)
{
    QList<TextRange> goldTrimmed;
    for (TextRange range : gold)
        goldTrimmed.append(trimmedSpan(text, range));
    QList<TextRange> foundTrimmed;
    for (TextRange range : found)
        foundTrimmed.append(trimmedSpan(text, range));
    overlapScore.gold += gold.size();
    overlapScore.predicted += found.size();
    exactScore.gold += gold.size();
    exactScore.predicted += found.size();
    for (qsizetype g = 0; g < gold.size(); ++g) {
        bool overlapped = false;
        bool exact = false;
        for (qsizetype f = 0; f < found.size(); ++f) {
            overlapped = overlapped || overlaps(gold[g], found[f]);
            exact = exact || goldTrimmed[g] == foundTrimmed[f];
        }
        overlapScore.goldMatched += overlapped;
        exactScore.goldMatched += exact;
    }
    for (qsizetype f = 0; f < found.size(); ++f) {
        bool overlapped = false;
        bool exact = false;
        for (qsizetype g = 0; g < gold.size(); ++g) {
            overlapped = overlapped || overlaps(gold[g], found[f]);
            exact = exact || goldTrimmed[g] == foundTrimmed[f];
        }
        overlapScore.predictedMatched += overlapped;
        exactScore.predictedMatched += exact;
    }
}

bool isWordToken(const Token &token)
{
    return token.kind != TokenKind::Punctuation && token.kind != TokenKind::Quote && token.kind != TokenKind::Dash;
}

// Marks the word tokens that share a character with any of the ranges.
std::vector<bool> coveredWords(const QList<Token> &tokens, const QList<TextRange> &ranges)
{
    std::vector<bool> covered(std::size_t(tokens.size()), false);
    for (TextRange range : ranges) {
        auto token = std::lower_bound(tokens.begin(), tokens.end(), range.start,
                                      [](const Token &t, qsizetype start) { return t.end <= start; });
        for (; token != tokens.end() && token->start < range.end; ++token)
            covered[std::size_t(token - tokens.begin())] = isWordToken(*token);
    }
    return covered;
}

void scoreTokens(const QList<Token> &tokens, const QList<TextRange> &gold, const QList<TextRange> &found, SpanScore &score)
{
    const std::vector<bool> inGold = coveredWords(tokens, gold);
    const std::vector<bool> inFound = coveredWords(tokens, found);
    for (std::size_t i = 0; i < inGold.size(); ++i) {
        score.gold += inGold[i];
        score.predicted += inFound[i];
        score.goldMatched += inGold[i] && inFound[i];
        score.predictedMatched += inGold[i] && inFound[i];
    }
}

QList<TextRange> distinct(QList<TextRange> ranges)
{
    std::sort(ranges.begin(), ranges.end(), [](TextRange a, TextRange b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    ranges.erase(std::unique(ranges.begin(), ranges.end()), ranges.end());
    ranges.removeIf([](TextRange range) { return range.isEmpty(); });
    return ranges;
}

QString percent(double value) { return QString::number(100.0 * value, 'f', 1).rightJustified(6); }

QString line(const QString &label, const SpanScore &score)
{
    return label.leftJustified(26) + percent(score.precision()) + percent(score.recall()) + percent(score.f1())
        + QStringLiteral("   (%1 found, %2 gold)\n").arg(score.predicted).arg(score.gold);
}

} // namespace

TextRange trimmedSpan(QStringView text, TextRange range)
{
    qsizetype start = std::max<qsizetype>(0, range.start);
    qsizetype end = std::min(text.size(), range.end);
    while (start < end && isEdgeCharacter(text[start]))
        ++start;
    while (end > start && isEdgeCharacter(text[end - 1]))
        --end;
    return {start, end};
}

bool isAttributionRight(const PolnearDocument &document, const Quote &quote)
{
    for (const PolnearAttribution &attribution : document.attributions) {
        if (!overlapsAny(quote.content, attribution.content))
            continue;
        if (quote.speaker.isEmpty() ? attribution.source.isEmpty() : overlapsAny(quote.speaker, attribution.source))
            return true;
    }
    return false;
}

void QuoteScores::addDocument(const PolnearDocument &gold, const QList<Quote> &found)
{
    for (const Quote &quote : found) {
        if (!(quote.confidence >= 0.0f))   // none (-1), or not a number
            continue;
        m_confidence.add(quote.confidence, isAttributionRight(gold, quote));
    }
    const QStringView text = gold.text;
    // Partial quotes inside a content found are part of it, as PolNeAR marks each token once.
    QList<TextRange> contents;
    QList<TextRange> direct;
    QList<TextRange> cues;
    QList<TextRange> speakers;
    for (const Quote &quote : found) {
        bool inside = false;
        for (const Quote &other : found) {
            inside = inside || (&other != &quote && other.content.start <= quote.content.start && other.content.end >= quote.content.end
                                && other.content != quote.content);
        }
        if (!inside)
            contents.append(quote.content);
        if (!inside && quote.kind == QuoteKind::Direct && inQuoteMarks(text, withEdges(text, quote.content)))
            direct.append(quote.content);
        cues.append(quote.cue);
        speakers.append(quote.speaker);
    }
    contents = distinct(contents);
    score(text, gold.spans[std::size_t(QuoteRole::Content)], contents, m_overlap[std::size_t(QuoteRole::Content)],
          m_exact[std::size_t(QuoteRole::Content)]);
    score(text, gold.spans[std::size_t(QuoteRole::Cue)], distinct(cues), m_overlap[std::size_t(QuoteRole::Cue)],
          m_exact[std::size_t(QuoteRole::Cue)]);
    score(text, gold.spans[std::size_t(QuoteRole::Source)], distinct(speakers), m_overlap[std::size_t(QuoteRole::Source)],
          m_exact[std::size_t(QuoteRole::Source)]);

    const QList<Token> tokens = tokenize(text);
    scoreTokens(tokens, gold.spans[std::size_t(QuoteRole::Content)], contents, m_tokens[std::size_t(QuoteRole::Content)]);
    scoreTokens(tokens, gold.spans[std::size_t(QuoteRole::Cue)], cues, m_tokens[std::size_t(QuoteRole::Cue)]);
    scoreTokens(tokens, gold.spans[std::size_t(QuoteRole::Source)], speakers, m_tokens[std::size_t(QuoteRole::Source)]);

    QList<TextRange> quotedGold;
    for (TextRange range : gold.spans[std::size_t(QuoteRole::Content)]) {
        if (inQuoteMarks(text, range))
            quotedGold.append(range);
    }
    SpanScore ignored;
    score(text, quotedGold, distinct(direct), ignored, m_quoted);

    for (const PolnearAttribution &attribution : gold.attributions) {
        if (attribution.source.isEmpty())
            continue;
        const Quote *best = nullptr;
        qsizetype bestShared = 0;
        for (const Quote &quote : found) {
            for (TextRange content : attribution.content) {
                const qsizetype shared = std::min(content.end, quote.content.end) - std::max(content.start, quote.content.start);
                if (shared > bestShared) {
                    best = &quote;
                    bestShared = shared;
                }
            }
        }
        if (!best)
            continue;
        ++m_speakerFound;
        bool correct = false;
        for (TextRange source : attribution.source)
            correct = correct || (!best->speaker.isEmpty() && overlaps(source, best->speaker));
        m_speakerCorrect += correct;
    }
}

QString QuoteScores::toText() const
{
    QString text = QStringLiteral("label                          P      R     F1\n");
    for (QuoteRole role : {QuoteRole::Content, QuoteRole::Source, QuoteRole::Cue}) {
        text += line(quoteRoleName(role) + QStringLiteral(" (overlap)"), overlap(role));
        text += line(quoteRoleName(role) + QStringLiteral(" (exact)"), exact(role));
    }
    text += line(QStringLiteral("Content in marks (exact)"), m_quoted);
    text += QStringLiteral("Word overlap (Citron-like)                        (counts are words)\n");
    for (QuoteRole role : {QuoteRole::Content, QuoteRole::Source, QuoteRole::Cue})
        text += line(QStringLiteral("  ") + quoteRoleName(role), tokenOverlap(role));
    text += QStringLiteral("Speaker accuracy          %1   (%2 of %3 found contents with a gold source)\n")
                .arg(percent(speakerAccuracy()))
                .arg(m_speakerCorrect)
                .arg(m_speakerFound);
    if (!m_confidence.isEmpty())
        text += m_confidence.toText(QStringLiteral("quotes"), QStringLiteral("content and speaker"));
    return text;
}

} // namespace galley
