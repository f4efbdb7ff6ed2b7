#include "first_pass_context.h"

#include "detect/ner/feature_hash.h"

#include <algorithm>

namespace galley {

namespace {

std::uint8_t distanceBucket(qsizetype distance)
{
    if (distance <= 2)
        return std::uint8_t(distance);
    if (distance <= 5)
        return 3;
    if (distance <= 12)
        return 4;
    return 5;
}

std::uint8_t roleBit(QuoteTag tag) { return tag == kQuoteOutside ? 0 : std::uint8_t(1u << int(quoteRole(tag))); }

} // namespace

FirstPassContext::FirstPassContext(const AnalysedText &text, const std::vector<QuoteTag> &tags)
    : m_text(text), m_tags(tags)
{
    const qsizetype count = text.tokens.size();
    m_sentenceRoles.assign(std::size_t(text.sentences.size()), 0);
    for (qsizetype t = 0; t < count; ++t)
        m_sentenceRoles[std::size_t(text.sentenceOfToken[t])] |= roleBit(tags[std::size_t(t)]);

    m_paragraphRoles.assign(std::size_t(count), 0);
    std::uint8_t before = 0;
    for (qsizetype begin = 0; begin < count;) {
        qsizetype end = begin + 1;
        while (end < count && text.paragraphOfToken[end] == text.paragraphOfToken[begin])
            ++end;
        std::uint8_t roles = 0;
        for (qsizetype t = begin; t < end; ++t)
            roles |= roleBit(tags[std::size_t(t)]);
        for (qsizetype t = begin; t < end; ++t)
            m_paragraphRoles[std::size_t(t)] = std::uint8_t(roles | before << 3);
        before = roles;
        begin = end;
    }

    // One pass each way per sentence, as the cue neighbours in QuoteFeatures.
    m_left.assign(std::size_t(count) * kRoles, 0);
    m_right.assign(std::size_t(count) * kRoles, 0);
    for (const Sentence &sentence : text.sentences) {
        qsizetype last[kRoles] = {-1, -1, -1};
        for (qsizetype t = sentence.tokenBegin; t < sentence.tokenEnd; ++t) {
            for (int role = 0; role < kRoles; ++role)
                m_left[std::size_t(t) * kRoles + role] = last[role] < 0 ? 0 : std::uint8_t(1 + distanceBucket(t - last[role]));
            if (tags[std::size_t(t)] != kQuoteOutside)
                last[int(quoteRole(tags[std::size_t(t)]))] = t;
        }
        qsizetype next[kRoles] = {-1, -1, -1};
        for (qsizetype t = sentence.tokenEnd - 1; t >= sentence.tokenBegin; --t) {
            for (int role = 0; role < kRoles; ++role)
                m_right[std::size_t(t) * kRoles + role] = next[role] < 0 ? 0 : std::uint8_t(1 + distanceBucket(next[role] - t));
            if (tags[std::size_t(t)] != kQuoteOutside)
                next[int(quoteRole(tags[std::size_t(t)]))] = t;
        }
    }
}

FirstPassContext::Values FirstPassContext::valuesAt(qsizetype t) const
{
    const qsizetype count = qsizetype(m_tags.size());
    const auto tagAt = [&](qsizetype i) -> std::uint64_t {
        if (i < 0 || i >= count || m_text.paragraphOfToken[i] != m_text.paragraphOfToken[t])
            return 99;
        return m_tags[std::size_t(i)];
    };
    Values values;
    const std::uint64_t self = tagAt(t);
    values.window = combineHashes(combineHashes(tagAt(t - 1), self), tagAt(t + 1));
    values.wideWindow = combineHashes(combineHashes(tagAt(t - 2), self), tagAt(t + 2));
    std::uint64_t near = m_sentenceRoles[std::size_t(m_text.sentenceOfToken[t])];
    for (int role = 0; role < kRoles; ++role) {
        near = near * 8 + m_left[std::size_t(t) * kRoles + role];
        near = near * 8 + m_right[std::size_t(t) * kRoles + role];
    }
    values.sentence = combineHashes(near, self);
    values.paragraph = combineHashes(m_paragraphRoles[std::size_t(t)], self);
    return values;
}

} // namespace galley
