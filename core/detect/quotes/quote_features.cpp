#include "quote_features.h"

#include "detect/quotes/first_pass_context.h"
#include "detect/quotes/paragraph_context.h"
#include "detect/quotes/quote_marks.h"
#include "detect/quotes/reporting_cues.h"
#include "detect/quotes/speaker_mention.h"

#include <QHash>

#include <algorithm>

namespace galley {

namespace {

// Feature templates. Values are stable: they are part of the saved model's feature keys.
enum Template : std::uint32_t {
    Bias = 1, Word, WordLeft, WordRight, WordLeft2, WordRight2, BigramLeft, BigramRight, Shape, ShapeLeft,
    ShapeRight, CueShare, CueShareLeft, CueShareRight, Reporting, QuoteState, QuoteSpanShape, QuoteWord,
    Position, RightCue, LeftCue, RightCueWord, LeftCueWord, Entity, EntityLeft, EntityRight, Pronoun,
    SentenceShape, ParagraphStart, Suffix, Cluster, ClusterCoarse, ClusterLeft,
    ClusterRight, MarkDistance, WordLeft3, WordRight3, SentenceFirst, PhraseBeforeCue, PhraseAfterCue,
    ParagraphPlace, ParagraphLayout, BigramLeft2, BigramRight2, FirstPassWindow, FirstPassWideWindow,
    FirstPassSentence, FirstPassParagraph, FirstPassWord, FirstPassCue, FirstPassSourceElsewhere,
    PreviousTag = 100, PreviousTagWord, PreviousTagQuote, PreviousTagCue, PreviousTagShape,
    PreviousTagPosition, PreviousTagEntity, PreviousTagFirstPass,
};

std::uint64_t shapeOf(QStringView word)
{
    QString shape;
    for (QChar c : word) {
        const QChar s = c.isUpper() ? u'X' : c.isLower() ? u'x' : c.isDigit() ? u'd' : c;
        if (shape.size() < 2 || shape.back() != s || shape[shape.size() - 2] != s)
            shape.append(s);
        if (shape.size() >= 6)
            break;
    }
    return hashText(shape);
}

std::uint64_t bucket(qsizetype distance)
{
    if (distance <= 3)
        return std::uint64_t(distance);
    if (distance <= 6)
        return 4;
    if (distance <= 10)
        return 5;
    if (distance <= 20)
        return 6;
    return 7;
}

std::uint64_t values(std::uint64_t a, std::uint64_t b) { return combineHashes(a, b); }
std::uint64_t values(std::uint64_t a, std::uint64_t b, std::uint64_t c) { return combineHashes(combineHashes(a, b), c); }

} // namespace

QuoteFeatures::QuoteFeatures(const AnalysedText &text, const CueLexicon &lexicon, const WordClusters &clusters)
    : m_text(text)
{
    const QList<QuotedSpan> spans = findQuotedSpans(text.text, text.tokens);
    computeInfo(lexicon, clusters, spans);
    const qsizetype count = text.tokens.size();
    // Per token, what its quote says: where the token stands in it and how the quote sits in
    // its sentence (opens a clause, followed by a cue, how long).
    std::vector<std::uint64_t> quoteFeature(std::size_t(count), 0);
    for (const QuotedSpan &span : spans) {
        if (span.depth > 0)
            continue;
        qsizetype close = span.closeToken;
        if (close < 0) {
            close = span.openToken;
            while (close + 1 < count && text.tokens[close + 1].end <= span.content.end)
                ++close;
        }
        qsizetype words = 0;
        for (qsizetype t = span.openToken; t <= close; ++t)
            words += text.tokens[t].kind == TokenKind::Word ? 1 : 0;
        const qsizetype before = span.openToken - 1;
        const bool opensClause = before < 0 || m_info[std::size_t(span.openToken)].firstInSentence
            || text.paragraphOfToken[before] != text.paragraphOfToken[span.openToken]
            || QStringView(u":,\u2014").contains(text.tokenText(before).front()) || m_info[std::size_t(before)].cueLike;
        bool cueAfter = false;
        for (qsizetype t = close + 1; t < std::min(count, close + 5); ++t) {
            if (text.tokens[t].kind == TokenKind::Quote || text.paragraphOfToken[t] != text.paragraphOfToken[close])
                break;
            cueAfter = cueAfter || m_info[std::size_t(t)].cueLike;
        }
        const QStringView inner = text.text.mid(span.content.start, span.content.end - span.content.start);
        const bool endsWithPunctuation = !inner.isEmpty() && QStringView(u".,!?…").contains(inner.back());
        const std::uint64_t shape = values(bucket(words), opensClause * 2 + cueAfter, endsWithPunctuation * 2 + (span.closeToken < 0));
        for (qsizetype t = span.openToken; t <= close && t < count; ++t) {
            const std::uint64_t place = t == span.openToken ? 1 : t == close ? 2 : t == span.openToken + 1 ? 3 : t + 1 == close ? 4 : 5;
            quoteFeature[std::size_t(t)] = values(shape, place);
        }
    }
    std::vector<bool> cueOutsideMarks(static_cast<std::size_t>(count), false);
    for (qsizetype t = 0; t < count; ++t)
        cueOutsideMarks[std::size_t(t)] = m_info[std::size_t(t)].cueLike && m_info[std::size_t(t)].quoteDepth == 0;
    m_paragraphs = paragraphContexts(text, cueOutsideMarks);
    m_staticStarts.reserve(std::size_t(count) + 1);
    m_static.reserve(std::size_t(count) * 40);
    for (qsizetype t = 0; t < count; ++t) {
        m_staticStarts.push_back(std::uint32_t(m_static.size()));
        computeStatic(t, quoteFeature);
    }
    m_staticStarts.push_back(std::uint32_t(m_static.size()));

    for (qsizetype t = 0; t < count;) {
        qsizetype end = t + 1;
        while (end < count && text.paragraphOfToken[end] == text.paragraphOfToken[t])
            ++end;
        m_sequences.append({t, end});
        t = end;
    }
}

void QuoteFeatures::computeInfo(const CueLexicon &lexicon, const WordClusters &clusters, const QList<QuotedSpan> &spans)
{
    const AnalysedText &text = m_text;
    m_info.resize(std::size_t(text.tokens.size()));
    for (qsizetype t = 0; t < text.tokens.size(); ++t) {
        TokenInfo &info = m_info[std::size_t(t)];
        const QString lower = text.lower(t);
        info.lower = hashText(lower);
        info.shape = shapeOf(text.tokenText(t));
        info.suffix = hashText(QStringView(lower).right(3));
        if (const WordClusters::Classes *classes = clusters.find(hashText(WordClusters::normalisedWord(lower)))) {
            info.coarse = std::uint16_t(classes->coarse + 1);
            info.fine = std::uint16_t(classes->fine + 1);
        }
        info.cueTenths = std::uint8_t(lexicon.tenths(lower));
        info.reporting = text.tokens[t].kind == TokenKind::Word && isReportingWord(lower);
        info.cueLike = info.cueTenths >= 2 || info.reporting;
        info.pronoun = isPersonalPronoun(lower);
        info.comma = lower == u",";
        const Sentence &sentence = text.sentences[text.sentenceOfToken[t]];
        info.firstInSentence = t == sentence.tokenBegin;
        info.lastInSentence = t + 1 == sentence.tokenEnd;
        const TokenSpan entity = text.entityOfToken[t];
        if (!entity.isEmpty())
            info.entity = std::uint8_t((entity.begin == t ? 1 : 5) + int(text.entityTypeOfToken[t]));
    }
    m_previousMark.assign(std::size_t(text.tokens.size()), -1);
    m_nextMark.assign(std::size_t(text.tokens.size()), -1);
    for (qsizetype t = 1; t < text.tokens.size(); ++t) {
        if (text.paragraphOfToken[t - 1] == text.paragraphOfToken[t])
            m_previousMark[std::size_t(t)] = text.tokens[t - 1].kind == TokenKind::Quote ? t - 1 : m_previousMark[std::size_t(t - 1)];
    }
    for (qsizetype t = text.tokens.size() - 2; t >= 0; --t) {
        if (text.paragraphOfToken[t + 1] == text.paragraphOfToken[t])
            m_nextMark[std::size_t(t)] = text.tokens[t + 1].kind == TokenKind::Quote ? t + 1 : m_nextMark[std::size_t(t + 1)];
    }
    // Depth by a running sum over where quotes open and end: unclosed quotes reach far, and
    // thousands of them must not cost thousands of passes.
    std::vector<int> depthChange(std::size_t(text.tokens.size()) + 1, 0);
    for (const QuotedSpan &span : spans) {
        m_info[std::size_t(span.openToken)].openMark = true;
        if (span.closeToken >= 0)
            m_info[std::size_t(span.closeToken)].closeMark = true;
        const auto end = std::lower_bound(text.tokens.cbegin() + span.openToken + 1, text.tokens.cend(), span.content.end,
                                          [](const Token &token, qsizetype offset) { return token.start < offset; });
        if (end - text.tokens.cbegin() > span.openToken + 1) {
            ++depthChange[std::size_t(span.openToken + 1)];
            --depthChange[std::size_t(end - text.tokens.cbegin())];
        }
    }
    for (qsizetype t = 0, depth = 0; t < text.tokens.size(); ++t) {
        depth += depthChange[std::size_t(t)];
        m_info[std::size_t(t)].quoteDepth = std::uint8_t(std::min<qsizetype>(3, depth));
    }
    computeCueNeighbours();
}

// One pass each way per sentence, so that long sentences cost linear time.
void QuoteFeatures::computeCueNeighbours()
{
    m_cues.assign(m_info.size(), {});
    const auto isCue = [this](qsizetype i) { return m_info[std::size_t(i)].cueLike && m_info[std::size_t(i)].quoteDepth == 0; };
    for (const Sentence &sentence : m_text.sentences) {
        qsizetype cue = -1;
        bool comma = false;
        for (qsizetype t = sentence.tokenBegin; t < sentence.tokenEnd; ++t) {
            m_cues[std::size_t(t)].left = cue;
            m_cues[std::size_t(t)].commaLeft = comma;
            const TokenInfo &info = m_info[std::size_t(t)];
            if (isCue(t)) {
                cue = t;
                comma = false;
            } else {
                comma = comma || info.comma || info.openMark;
            }
        }
        cue = -1;
        comma = false;
        for (qsizetype t = sentence.tokenEnd - 1; t >= sentence.tokenBegin; --t) {
            m_cues[std::size_t(t)].right = cue;
            m_cues[std::size_t(t)].commaRight = comma;
            const TokenInfo &info = m_info[std::size_t(t)];
            if (isCue(t)) {
                cue = t;
                comma = false;
            } else {
                comma = comma || info.comma || info.closeMark;
            }
        }
    }
}

void QuoteFeatures::computeStatic(qsizetype t, const std::vector<std::uint64_t> &quoteFeature)
{
    const AnalysedText &text = m_text;
    const qsizetype count = text.tokens.size();
    static const TokenInfo edge = [] {
        TokenInfo info;
        info.lower = hashText(u"<edge>");
        info.shape = 1;
        return info;
    }();
    const auto info = [&](qsizetype i) -> const TokenInfo & {
        if (i < 0 || i >= count || text.paragraphOfToken[i] != text.paragraphOfToken[t])
            return edge;
        return m_info[std::size_t(i)];
    };
    const TokenInfo &self = info(t);
    const TokenInfo &left = info(t - 1);
    const TokenInfo &right = info(t + 1);
    const auto add = [this](Template id, std::uint64_t value) { m_static.push_back(featureKey(id, value)); };
    add(Bias, 0);
    add(Word, self.lower);
    add(WordLeft, left.lower);
    add(WordRight, right.lower);
    add(WordLeft2, info(t - 2).lower);
    add(WordRight2, info(t + 2).lower);
    add(WordLeft3, info(t - 3).lower);
    add(WordRight3, info(t + 3).lower);
    add(BigramLeft, values(left.lower, self.lower));
    add(BigramRight, values(self.lower, right.lower));
    add(BigramLeft2, values(info(t - 2).lower, left.lower));
    add(BigramRight2, values(right.lower, info(t + 2).lower));
    add(Shape, self.shape);
    add(Suffix, self.suffix);
    add(Cluster, self.fine);
    add(ClusterCoarse, values(self.coarse, self.cueTenths > 0));
    add(ClusterLeft, values(left.coarse, self.coarse));
    add(ClusterRight, values(self.coarse, right.coarse));
    const qsizetype previousMark = m_previousMark[std::size_t(t)];
    const qsizetype nextMark = m_nextMark[std::size_t(t)];
    add(MarkDistance, values(previousMark < 0 ? 9 : bucket(t - previousMark), nextMark < 0 ? 9 : bucket(nextMark - t),
                             self.quoteDepth > 0));
    add(ShapeLeft, values(left.shape, self.shape));
    add(ShapeRight, values(self.shape, right.shape));
    add(CueShare, self.cueTenths);
    add(CueShareLeft, left.cueTenths);
    add(CueShareRight, right.cueTenths);
    add(Reporting, self.reporting * 4 + left.reporting * 2 + right.reporting);
    add(QuoteState, values(self.quoteDepth, self.openMark * 2 + self.closeMark, left.closeMark * 2 + right.openMark));
    if (quoteFeature[std::size_t(t)] != 0)
        add(QuoteSpanShape, quoteFeature[std::size_t(t)]);
    add(QuoteWord, values(self.lower, self.quoteDepth > 0));
    add(Entity, self.entity);
    add(EntityLeft, values(left.entity, self.entity));
    add(EntityRight, values(self.entity, right.entity));
    add(Pronoun, values(self.pronoun, right.cueLike));

    const Sentence &sentence = text.sentences[text.sentenceOfToken[t]];
    const qsizetype length = std::max<qsizetype>(1, sentence.tokenCount());
    const qsizetype position = t - sentence.tokenBegin;
    add(Position, values(std::min<qsizetype>(position, 3), std::min<qsizetype>(sentence.tokenEnd - 1 - t, 3),
                         position * 4 / length));
    add(ParagraphStart, values(&left == &edge, self.quoteDepth > 0));
    const ParagraphContext &paragraph = m_paragraphs[std::size_t(t)];
    add(ParagraphPlace, values(paragraph.sentenceIndex, paragraph.sentencesLeft, self.quoteDepth > 0));
    add(ParagraphLayout, values(paragraph.opensWithQuoteMark * 2 + paragraph.hasCueOutsideMarks, self.quoteDepth > 0,
                                self.cueLike));

    const CueNeighbours &cues = m_cues[std::size_t(t)];
    const qsizetype rightCue = cues.right;
    const bool commaRight = cues.commaRight;
    const qsizetype leftCue = cues.left;
    const bool commaLeft = cues.commaLeft;
    const std::uint64_t inQuote = self.quoteDepth > 0;
    add(SentenceFirst, values(m_info[std::size_t(sentence.tokenBegin)].lower, inQuote));
    // Only words between the token and a cue within five tokens: the token is likely in the
    // speaker's phrase ("a campaign spokesman said", "said the former mayor").
    const auto onlyWordsBetween = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i) {
            if (text.tokens[i].kind != TokenKind::Word)
                return false;
        }
        return true;
    };
    if (rightCue >= 0 && rightCue - t <= 5 && onlyWordsBetween(t + 1, rightCue))
        add(PhraseBeforeCue, values(rightCue - t, self.entity, values(self.pronoun, self.shape)));
    if (leftCue >= 0 && t - leftCue <= 5 && onlyWordsBetween(leftCue + 1, t))
        add(PhraseAfterCue, values(t - leftCue, self.entity, values(self.pronoun, self.shape)));
    add(RightCue, values(rightCue < 0 ? 9 : bucket(rightCue - t), commaRight, inQuote));
    add(LeftCue, values(leftCue < 0 ? 9 : bucket(t - leftCue), commaLeft, inQuote));
    if (rightCue >= 0)
        add(RightCueWord, values(m_info[std::size_t(rightCue)].lower, rightCue - t <= 3 ? rightCue - t : 4));
    if (leftCue >= 0)
        add(LeftCueWord, values(m_info[std::size_t(leftCue)].lower, t - leftCue <= 3 ? t - leftCue : 4));
    add(SentenceShape, values(rightCue >= 0, leftCue >= 0, inQuote * 2 + self.firstInSentence));
}

void QuoteFeatures::stackOn(const std::vector<QuoteTag> &previousPass)
{
    if (!m_firstPass) {
        m_unstacked = std::move(m_static);
        m_unstackedStarts = std::move(m_staticStarts);
    }
    m_firstPass = &previousPass;
    const FirstPassContext context(m_text, previousPass);
    const std::vector<std::uint8_t> elsewhere = sourceElsewhere(previousPass);
    m_static.clear();
    m_staticStarts.clear();
    m_static.reserve(m_unstacked.size() + m_info.size() * 7);
    m_staticStarts.reserve(m_unstackedStarts.size());
    for (std::size_t t = 0; t < m_info.size(); ++t) {
        m_staticStarts.push_back(std::uint32_t(m_static.size()));
        m_static.insert(m_static.end(), m_unstacked.begin() + m_unstackedStarts[t], m_unstacked.begin() + m_unstackedStarts[t + 1]);
        addFirstPassFeatures(qsizetype(t), context, elsewhere[t], m_static);
    }
    m_staticStarts.push_back(std::uint32_t(m_static.size()));
}

// Per token of a name: how often the same word is a source elsewhere in the text, as the pass
// before tagged it (0 to 3); a speaker quoted once is often quoted again.
std::vector<std::uint8_t> QuoteFeatures::sourceElsewhere(const std::vector<QuoteTag> &previousPass) const
{
    const auto isSource = [&](std::size_t t) {
        return previousPass[t] != kQuoteOutside && quoteRole(previousPass[t]) == QuoteRole::Source;
    };
    QHash<std::uint64_t, int> sources;
    for (std::size_t t = 0; t < m_info.size(); ++t) {
        if (m_info[t].entity != 0 && isSource(t))
            ++sources[m_info[t].lower];
    }
    std::vector<std::uint8_t> elsewhere(m_info.size(), 0);
    for (std::size_t t = 0; t < m_info.size(); ++t) {
        if (m_info[t].entity != 0)
            elsewhere[t] = std::uint8_t(std::min(3, sources.value(m_info[t].lower) - int(isSource(t))));
    }
    return elsewhere;
}

void QuoteFeatures::addFirstPassFeatures(qsizetype t, const FirstPassContext &context, std::uint8_t sourceElsewhere,
                                         std::vector<FeatureKey> &features) const
{
    const TokenInfo &self = m_info[std::size_t(t)];
    const FirstPassContext::Values first = context.valuesAt(t);
    const auto add = [&features](Template id, std::uint64_t value) { features.push_back(featureKey(id, value)); };
    add(FirstPassWindow, first.window);
    add(FirstPassWideWindow, first.wideWindow);
    add(FirstPassSentence, first.sentence);
    add(FirstPassParagraph, first.paragraph);
    add(FirstPassWord, values(first.window, self.lower));
    add(FirstPassCue, values(first.sentence, self.cueLike * 2 + (self.quoteDepth > 0), self.entity != 0 || self.pronoun));
    if (self.entity != 0)
        add(FirstPassSourceElsewhere, values(sourceElsewhere, first.window));
}

void QuoteFeatures::addTokenFeatures(qsizetype t, std::vector<FeatureKey> &features) const
{
    features.insert(features.end(), m_static.begin() + m_staticStarts[std::size_t(t)],
                    m_static.begin() + m_staticStarts[std::size_t(t) + 1]);
}

void QuoteFeatures::addTagFeatures(qsizetype t, QuoteTag previous, std::vector<FeatureKey> &features) const
{
    const TokenInfo &self = m_info[std::size_t(t)];
    const auto add = [&features](Template id, std::uint64_t value) { features.push_back(featureKey(id, value)); };
    add(PreviousTag, previous);
    add(PreviousTagWord, values(previous, self.lower));
    add(PreviousTagQuote, values(previous, self.quoteDepth, self.openMark * 2 + self.closeMark));
    add(PreviousTagCue, values(previous, self.cueLike, self.pronoun));
    add(PreviousTagShape, values(previous, self.shape));
    add(PreviousTagPosition, values(previous, self.firstInSentence, self.lastInSentence));
    add(PreviousTagEntity, values(previous, self.entity));
    if (m_firstPass)
        add(PreviousTagFirstPass, values(previous, (*m_firstPass)[std::size_t(t)]));
}

} // namespace galley
