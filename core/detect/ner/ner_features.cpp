#include "ner_features.h"

#include <algorithm>

namespace galley {

namespace {

// Template ids are part of the model format: change one and old models mean something else.
enum Template : std::uint32_t {
    Bias = 1, Normalised, Exact, PreviousNormalised, NextNormalised, BeforePreviousNormalised,
    AfterNextNormalised, PreviousExact, NextExact, PreviousBigram, NextBigram,
    Prefix1, Prefix2, Prefix3, Prefix4, Prefix5, Suffix1, Suffix2, Suffix3, Suffix4, Suffix5,
    Shape, ShortShape, PreviousShortShape, NextShortShape, ShapeTrigram, PreviousShapeBigram,
    NextShapeBigram, SentenceStartCasing, CapsSentenceNormalised, CapsSentenceShape,
    GazetteerMatch, DocumentCase, DocumentLabel, PreviousWordShape, ShapeNextWord,
    PreviousTag = 50, TwoPreviousTags, PreviousTagWord, PreviousTagShape, PreviousTagNextWord,
    PreviousTagPreviousWord,
    FirstPassTag = 70, FirstPassTagWindow, FirstPassTagShape, FirstPassDocumentLabel, FirstPassLongEntity,
    FirstPassTagWord,
    CoarseClass = 90, FineClass, PreviousCoarseClass, NextCoarseClass, PreviousFineClass, NextFineClass,
    CoarseClassBigram, CoarseClassShape,
    ElsewherePreviousWord = 110, ElsewhereNextWord, ElsewhereNextShape,
    FirstPassPhraseMatch = 120,
    NameRunPosition = 130, NameRunLastWord, NameRunFirstWord, NameRunLastClass, NameRunLastLists,
    NameRunFirstLists,
};

enum CaseClass : std::uint8_t {
    NoLetters, Lower, CapitalisedFirst, Capitalised, AllCapsInCapsLine, AllCaps, MixedCase,
};

QString shapeOf(QStringView word, bool collapseRuns)
{
    QString shape;
    shape.reserve(word.size());
    QChar last;
    int run = 0;
    for (QChar c : word) {
        QChar mapped = c;
        if (c.isUpper())
            mapped = u'X';
        else if (c.isLower())
            mapped = u'x';
        else if (c.isDigit())
            mapped = u'd';
        else if (c.isLetter())
            mapped = u'a';
        run = mapped == last ? run + 1 : 1;
        last = mapped;
        if ((collapseRuns && run > 1) || run > 4)
            continue;
        shape.append(mapped);
    }
    return shape;
}

// Lower-case words that may join the capitalised words of one name ("Bank of England").
bool isNameConnector(std::uint64_t lower)
{
    static const std::uint64_t kConnectors[] = {
        hashText(u"of"), hashText(u"&"), hashText(u"de"), hashText(u"for"), hashText(u"del"), hashText(u"der"),
        hashText(u"van"), hashText(u"von"), hashText(u"da"), hashText(u"di"), hashText(u"du"),
    };
    return std::find(std::begin(kConnectors), std::end(kConnectors), lower) != std::end(kConnectors);
}

} // namespace

NerFeatureExtractor::TokenInfo NerFeatureExtractor::makeTokenInfo(QStringView word) const
{
    TokenInfo info;
    const QString lower = word.toString().toLower();
    QString normalised = lower;
    int upper = 0;
    int lowerCount = 0;
    for (QChar &c : normalised) {
        if (c.isDigit())
            c = u'0';
    }
    for (QChar c : word) {
        upper += c.isUpper() ? 1 : 0;
        lowerCount += c.isLower() ? 1 : 0;
    }
    info.hasLetter = upper + lowerCount > 0;
    info.exact = hashText(word);
    info.lower = hashText(lower);
    info.normalised = hashText(normalised);
    info.shape = hashText(shapeOf(word, false));
    info.shortShape = hashText(shapeOf(word, true));
    if (const WordClusters::Classes *classes = m_clusters->find(info.normalised)) {
        info.coarseClass = classes->coarse + 1u;
        info.fineClass = classes->fine + 1u;
    }
    for (int k = 1; k <= 5 && k <= lower.size(); ++k) {
        info.prefixes[k - 1] = hashText(QStringView(lower).left(k));
        info.suffixes[k - 1] = hashText(QStringView(lower).right(k));
    }
    if (!info.hasLetter)
        info.casing = NoLetters;
    else if (upper == 0)
        info.casing = Lower;
    else if (lowerCount == 0 && upper > 1)
        info.casing = AllCaps;
    else if (word.front().isUpper() || !word.front().isLetter())
        info.casing = Capitalised;
    else
        info.casing = MixedCase;
    return info;
}

void NerFeatureExtractor::beginDocument(const QList<QStringList> &sentences)
{
    m_tokens.clear();
    m_sentenceStarts.clear();
    m_sentenceAllCaps.clear();
    m_caseCounts.clear();
    m_labelHistory.clear();
    m_stacked = false;
    m_firstPassTags.clear();
    m_firstPassLabels.clear();
    m_firstPassInLongEntity.clear();
    m_staticFeatures.clear();
    m_staticStarts.assign(1, 0);
    m_occurrences.clear();
    m_sentenceOfToken.clear();
    m_sentencesCached = 0;
    for (const QStringList &words : sentences) {
        m_sentenceStarts.push_back(int(m_tokens.size()));
        int letterTokens = 0;
        int capsTokens = 0;
        for (qsizetype i = 0; i < words.size(); ++i) {
            TokenInfo info = makeTokenInfo(words[i]);
            if (info.hasLetter) {
                ++letterTokens;
                capsTokens += info.casing == AllCaps || (info.casing == Capitalised && words[i].size() == 1) ? 1 : 0;
            }
            if (i == 0 && info.casing == Capitalised)
                info.casing = CapitalisedFirst;
            m_tokens.push_back(info);
            m_sentenceOfToken.push_back(int(m_sentenceStarts.size()) - 1);
        }
        const bool allCaps = letterTokens > 0 && capsTokens == letterTokens;
        m_sentenceAllCaps.push_back(allCaps);
        for (qsizetype i = m_sentenceStarts.back(); i < qsizetype(m_tokens.size()); ++i) {
            TokenInfo &info = m_tokens[std::size_t(i)];
            if (allCaps && info.casing == AllCaps)
                info.casing = AllCapsInCapsLine;
            // A sentence's first word is capitalised whatever it is: "However, ..." five times
            // over must not read as a name mentioned five times.
            const bool forcedCapital = i == m_sentenceStarts.back()
                                       && Gazetteer::isEverydayWord(m_gazetteer->lookup(Gazetteer::phraseHash(&info.lower, 1)));
            if ((info.casing == Capitalised || info.casing == CapitalisedFirst || info.casing == AllCaps) && !forcedCapital)
                m_occurrences[info.lower].push_back(int(i));
            CaseCounts &counts = m_caseCounts[info.lower];
            counts.lower += info.casing == Lower ? 1 : 0;
            counts.capitalisedInside += info.casing == Capitalised ? 1 : 0;
            counts.allCaps += info.casing == AllCaps ? 1 : 0;
        }
    }
    m_sentenceStarts.push_back(int(m_tokens.size()));
    m_padding[0] = makeTokenInfo(u"<s>");
    m_padding[1] = makeTokenInfo(u"</s>");
}

void NerFeatureExtractor::beginSecondPass(const QList<QList<TagId>> &firstPassTags)
{
    m_labelHistory.clear();
    m_stacked = true;
    m_firstPassTags.clear();
    m_firstPassLabels.clear();
    m_firstPassInLongEntity.clear();
    m_firstPassPhrases.clear();
    for (const QList<TagId> &tags : firstPassTags)
        m_firstPassTags.insert(m_firstPassTags.end(), tags.begin(), tags.end());
    m_firstPassTags.resize(m_tokens.size(), kOutsideTag);
    for (std::size_t i = 0; i < m_tokens.size(); ++i) {
        const TokenInfo &info = m_tokens[i];
        if (!info.hasLetter || info.casing == Lower)
            continue;
        const TagId tag = m_firstPassTags[i];
        auto &counts = m_firstPassLabels[info.lower];
        ++counts[isOutside(tag) ? 0 : std::size_t(1 + int(tagType(tag)))];
    }
    // Words inside first-pass entities of two or more tokens ("Bill Clinton" -> "clinton").
    for (std::size_t s = 0; s + 1 < m_sentenceStarts.size(); ++s) {
        const std::size_t end = std::size_t(m_sentenceStarts[s + 1]);
        for (std::size_t i = std::size_t(m_sentenceStarts[s]); i < end;) {
            if (isOutside(m_firstPassTags[i])) {
                ++i;
                continue;
            }
            std::size_t last = i + 1;
            while (last < end && !isOutside(m_firstPassTags[last]) && !isBegin(m_firstPassTags[last]))
                ++last;
            if (last - i > 1) {
                for (std::size_t j = i; j < last; ++j)
                    m_firstPassInLongEntity[m_tokens[j].lower] = std::uint8_t(1 + int(tagType(m_firstPassTags[i])));
            }
            if (last - i <= std::size_t(Gazetteer::kMaxPhraseTokens)) {
                std::uint64_t phrase = Gazetteer::phraseHash(nullptr, 0);
                for (std::size_t j = i; j < last; ++j)
                    phrase = combineHashes(phrase, m_tokens[j].lower);
                m_firstPassPhrases[phrase] |= std::uint8_t(1u << int(tagType(m_firstPassTags[i])));
            }
            i = last;
        }
    }
}

void NerFeatureExtractor::addStackedFeatures(int token, std::vector<FeatureKey> &features) const
{
    const auto add = [&features](Template id, std::uint64_t value) { features.push_back(featureKey(id, value)); };
    const auto firstPassTag = [this](int t) -> std::uint64_t {
        if (t < 0)
            return 30;
        if (t >= m_sentenceLength)
            return 31;
        return m_firstPassTags[std::size_t(m_sentenceStart + t)];
    };
    const TokenInfo &current = infoAt(token);
    const std::uint64_t tag = firstPassTag(token);
    const auto &phrases = m_phraseFeatures[std::size_t(token)];
    features.insert(features.end(), phrases.begin(), phrases.end());
    add(FirstPassTag, tag);
    add(FirstPassTagWindow, (firstPassTag(token - 1) * 32 + tag) * 32 + firstPassTag(token + 1));
    add(FirstPassTagShape, combineHashes(tag, current.shortShape));
    add(FirstPassTagWord, combineHashes(tag, current.normalised));
    if (!current.hasLetter || current.casing == Lower)
        return;
    const auto counts = m_firstPassLabels.constFind(current.lower);
    if (counts != m_firstPassLabels.cend()) {
        std::size_t best = 0;
        int total = 0;
        for (std::size_t label = 0; label < counts->size(); ++label) {
            total += (*counts)[label];
            if ((*counts)[label] > (*counts)[best] || (best == 0 && label > 0 && (*counts)[label] > 0))
                best = label;
        }
        const bool unanimous = (*counts)[best] == total;
        add(FirstPassDocumentLabel, (best * 2 + (unanimous ? 1 : 0)) * 16 + current.casing);
    }
    const auto inLong = m_firstPassInLongEntity.constFind(current.lower);
    if (inLong != m_firstPassInLongEntity.cend())
        add(FirstPassLongEntity, std::uint64_t(*inLong) * 32 + tag);
}

void NerFeatureExtractor::beginSentence(int sentenceIndex)
{
    while (m_sentencesCached <= sentenceIndex)
        cacheSentence(m_sentencesCached++);
    m_sentence = sentenceIndex;
    m_sentenceStart = m_sentenceStarts[std::size_t(sentenceIndex)];
    m_sentenceLength = m_sentenceStarts[std::size_t(sentenceIndex) + 1] - m_sentenceStart;
    if (!m_stacked)
        return;
    // Phrases the first pass called an entity somewhere in the document, wherever they recur.
    if (m_phraseFeatures.size() < std::size_t(m_sentenceLength))
        m_phraseFeatures.resize(std::size_t(m_sentenceLength));
    for (int i = 0; i < m_sentenceLength; ++i)
        m_phraseFeatures[std::size_t(i)].clear();
    for (int start = 0; start < m_sentenceLength; ++start) {
        std::uint64_t phrase = Gazetteer::phraseHash(nullptr, 0);
        for (int length = 1; length <= Gazetteer::kMaxPhraseTokens && start + length <= m_sentenceLength; ++length) {
            phrase = combineHashes(phrase, m_tokens[std::size_t(m_sentenceStart + start + length - 1)].lower);
            const std::uint8_t types = m_firstPassPhrases.value(phrase, 0);
            for (int type = 0; type < kEntityTypeCount; ++type) {
                if (!(types & (1u << type)))
                    continue;
                for (int j = start; j < start + length; ++j) {
                    const int position = length == 1 ? 0 : j == start ? 1 : j == start + length - 1 ? 3 : 2;
                    m_phraseFeatures[std::size_t(j)].push_back(
                        featureKey(FirstPassPhraseMatch, std::uint64_t(type * 8 + position)));
                }
            }
        }
    }
}

void NerFeatureExtractor::cacheSentence(int sentenceIndex)
{
    m_sentence = sentenceIndex;
    m_sentenceStart = m_sentenceStarts[std::size_t(sentenceIndex)];
    m_sentenceLength = m_sentenceStarts[std::size_t(sentenceIndex) + 1] - m_sentenceStart;
    if (m_gazetteerFeatures.size() < std::size_t(m_sentenceLength))
        m_gazetteerFeatures.resize(std::size_t(m_sentenceLength));
    for (int i = 0; i < m_sentenceLength; ++i)
        m_gazetteerFeatures[std::size_t(i)].clear();
    for (int start = 0; start < m_sentenceLength; ++start) {
        std::uint64_t phrase = Gazetteer::phraseHash(nullptr, 0);
        for (int length = 1; length <= Gazetteer::kMaxPhraseTokens && start + length <= m_sentenceLength; ++length) {
            phrase = combineHashes(phrase, m_tokens[std::size_t(m_sentenceStart + start + length - 1)].lower);
            const GazetteerLists lists = m_gazetteer->lookup(phrase) & Gazetteer::kTaggerLists;
            if (lists == 0)
                continue;
            for (int list = 0; list < Gazetteer::kListCount; ++list) {
                if (!(lists & (1u << list)))
                    continue;
                for (int j = start; j < start + length; ++j) {
                    const int position = length == 1 ? 0 : j == start ? 1 : j == start + length - 1 ? 3 : 2;
                    m_gazetteerFeatures[std::size_t(j)].push_back(
                        featureKey(GazetteerMatch, std::uint64_t(list * 8 + position)));
                }
            }
        }
    }
    // Runs of capitalised words (with connectors inside) outside all-caps lines: the words
    // that end and start a run say what the whole name is ("Bank of England", "Interior Ministry").
    m_runs.assign(std::size_t(m_sentenceLength), {-1, -1});
    if (!m_sentenceAllCaps[std::size_t(sentenceIndex)]) {
        const auto nameLike = [this](int token) {
            const std::uint8_t casing = m_tokens[std::size_t(m_sentenceStart + token)].casing;
            return casing == Capitalised || casing == CapitalisedFirst || casing == AllCaps || casing == MixedCase;
        };
        for (int start = 0; start < m_sentenceLength;) {
            if (!nameLike(start)) {
                ++start;
                continue;
            }
            int end = start + 1;
            while (end < m_sentenceLength) {
                if (nameLike(end))
                    ++end;
                else if (end + 1 < m_sentenceLength && nameLike(end + 1)
                         && isNameConnector(m_tokens[std::size_t(m_sentenceStart + end)].lower))
                    end += 2;
                else
                    break;
            }
            for (int j = start; j < end; ++j)
                m_runs[std::size_t(j)] = {start, end};
            start = end;
        }
    }
    for (int token = 0; token < m_sentenceLength; ++token) {
        addStaticFeatures(token, m_staticFeatures);
        m_staticStarts.push_back(std::uint32_t(m_staticFeatures.size()));
    }
}

const NerFeatureExtractor::TokenInfo &NerFeatureExtractor::infoAt(int token) const
{
    if (token < 0)
        return m_padding[0];
    if (token >= m_sentenceLength)
        return m_padding[1];
    return m_tokens[std::size_t(m_sentenceStart + token)];
}

// How the same word is written elsewhere in the document (this mention taken out), with how it is
// written here.
std::uint64_t NerFeatureExtractor::documentCaseValue(const TokenInfo &info) const
{
    CaseCounts counts = m_caseCounts.value(info.lower);
    counts.lower -= info.casing == Lower ? 1 : 0;
    counts.capitalisedInside -= info.casing == Capitalised ? 1 : 0;
    counts.allCaps -= info.casing == AllCaps ? 1 : 0;
    const std::uint64_t seen = (counts.lower > 0 ? 1 : 0) | (counts.capitalisedInside > 0 ? 2 : 0)
                               | (counts.allCaps > 0 ? 4 : 0);
    return seen * 8 + info.casing;
}

void NerFeatureExtractor::addTokenFeatures(int token, std::vector<FeatureKey> &features) const
{
    const std::size_t documentToken = std::size_t(m_sentenceStart + token);
    features.insert(features.end(), m_staticFeatures.begin() + m_staticStarts[documentToken],
                    m_staticFeatures.begin() + m_staticStarts[documentToken + 1]);
    const TokenInfo &current = infoAt(token);
    if (current.hasLetter) {
        const auto label = m_labelHistory.constFind(current.lower);
        if (label != m_labelHistory.cend())
            features.push_back(featureKey(DocumentLabel, std::uint64_t(*label) * 16 + current.casing));
    }
    if (m_stacked)
        addStackedFeatures(token, features);
}

void NerFeatureExtractor::addStaticFeatures(int token, std::vector<FeatureKey> &features) const
{
    const TokenInfo &current = infoAt(token);
    const TokenInfo &previous = infoAt(token - 1);
    const TokenInfo &beforePrevious = infoAt(token - 2);
    const TokenInfo &next = infoAt(token + 1);
    const TokenInfo &afterNext = infoAt(token + 2);
    const auto add = [&features](Template id, std::uint64_t value) { features.push_back(featureKey(id, value)); };

    add(Bias, 0);
    add(Normalised, current.normalised);
    add(Exact, current.exact);
    add(PreviousNormalised, previous.normalised);
    add(NextNormalised, next.normalised);
    add(BeforePreviousNormalised, beforePrevious.normalised);
    add(AfterNextNormalised, afterNext.normalised);
    add(PreviousExact, previous.exact);
    add(NextExact, next.exact);
    add(PreviousBigram, combineHashes(previous.normalised, current.normalised));
    add(NextBigram, combineHashes(current.normalised, next.normalised));
    for (int k = 0; k < 5; ++k) {
        if (current.prefixes[k] == 0)
            break;
        add(Template(Prefix1 + k), current.prefixes[k]);
        add(Template(Suffix1 + k), current.suffixes[k]);
    }
    add(Shape, current.shape);
    add(ShortShape, current.shortShape);
    add(PreviousShortShape, previous.shortShape);
    add(NextShortShape, next.shortShape);
    add(ShapeTrigram, combineHashes(combineHashes(previous.shortShape, current.shortShape), next.shortShape));
    add(PreviousShapeBigram, combineHashes(previous.shortShape, current.shortShape));
    add(NextShapeBigram, combineHashes(current.shortShape, next.shortShape));
    add(SentenceStartCasing, std::uint64_t(token == 0) * 16 + current.casing);
    add(PreviousWordShape, combineHashes(previous.normalised, current.shortShape));
    add(ShapeNextWord, combineHashes(current.shortShape, next.normalised));
    if (m_sentenceAllCaps[std::size_t(m_sentence)]) {
        add(CapsSentenceNormalised, current.normalised);
        add(CapsSentenceShape, current.shortShape);
    }
    if (!m_clusters->isEmpty()) {
        add(CoarseClass, current.coarseClass);
        add(FineClass, current.fineClass);
        add(PreviousCoarseClass, previous.coarseClass);
        add(NextCoarseClass, next.coarseClass);
        add(PreviousFineClass, previous.fineClass);
        add(NextFineClass, next.fineClass);
        add(CoarseClassBigram, std::uint64_t(previous.coarseClass) * 4096 + current.coarseClass);
        add(CoarseClassShape, combineHashes(current.coarseClass, current.shortShape));
    }
    const auto &gazetteer = m_gazetteerFeatures[std::size_t(token)];
    features.insert(features.end(), gazetteer.begin(), gazetteer.end());
    addNameRunFeatures(token, features);
    if (current.hasLetter) {
        add(DocumentCase, documentCaseValue(current));
        if (current.casing != Lower)
            addElsewhereFeatures(m_sentenceStart + token, features);
    }
}

void NerFeatureExtractor::addNameRunFeatures(int token, std::vector<FeatureKey> &features) const
{
    const auto [start, end] = m_runs[std::size_t(token)];
    if (start < 0)
        return;
    const int length = end - start;
    const std::uint64_t position = length == 1 ? 0 : token == start ? 1 : token + 1 == end ? 3 : 2;
    const auto add = [&features](Template id, std::uint64_t value) { features.push_back(featureKey(id, value)); };
    add(NameRunPosition, position * 8 + std::uint64_t(std::min(length, 6)));
    if (length == 1)
        return;
    const TokenInfo &first = m_tokens[std::size_t(m_sentenceStart + start)];
    const TokenInfo &last = m_tokens[std::size_t(m_sentenceStart + end - 1)];
    if (token + 1 != end) {
        add(NameRunLastWord, combineHashes(last.lower, position));
        add(NameRunLastClass, std::uint64_t(last.fineClass) * 8 + position);
    }
    if (token != start)
        add(NameRunFirstWord, combineHashes(first.lower, position));
    // The lists the last and the first word are on, the token's own included: "Staff" ending a
    // run of capitalised words is a body, "staff" in running text is not.
    const auto addLists = [&](Template id, const TokenInfo &word) {
        const GazetteerLists lists = m_gazetteer->lookup(Gazetteer::phraseHash(&word.lower, 1)) & Gazetteer::kTaggerLists;
        for (int list = 0; list < Gazetteer::kListCount; ++list) {
            if (lists & (1u << list))
                add(id, std::uint64_t(list) * 8 + position);
        }
    };
    addLists(NameRunLastLists, last);
    addLists(NameRunFirstLists, first);
}

// The words around other mentions of the same capitalised word in the document ("Mr Assad",
// "Assad said"), so a mention in a headline or a list learns from the mentions in running text.
void NerFeatureExtractor::addElsewhereFeatures(int documentToken, std::vector<FeatureKey> &features) const
{
    const auto occurrences = m_occurrences.constFind(m_tokens[std::size_t(documentToken)].lower);
    if (occurrences == m_occurrences.cend())
        return;
    int used = 0;
    for (int other : *occurrences) {
        if (other == documentToken)
            continue;
        if (++used > 4)
            break;
        const int sentence = m_sentenceOfToken[std::size_t(other)];
        const int start = m_sentenceStarts[std::size_t(sentence)];
        const int end = m_sentenceStarts[std::size_t(sentence) + 1];
        const std::uint64_t previous = other > start ? m_tokens[std::size_t(other - 1)].normalised : 1;
        const std::uint64_t next = other + 1 < end ? m_tokens[std::size_t(other + 1)].normalised : 2;
        const std::uint64_t nextShape = other + 1 < end ? m_tokens[std::size_t(other + 1)].shortShape : 2;
        features.push_back(featureKey(ElsewherePreviousWord, previous));
        features.push_back(featureKey(ElsewhereNextWord, next));
        features.push_back(featureKey(ElsewhereNextShape, nextShape));
    }
}

void NerFeatureExtractor::addTagFeatures(int token, TagId previous, TagId beforePrevious,
                                         std::vector<FeatureKey> &features) const
{
    const TokenInfo &current = infoAt(token);
    const auto add = [&features](Template id, std::uint64_t value) { features.push_back(featureKey(id, value)); };
    add(PreviousTag, previous);
    features.push_back(twoPreviousTagsFeature(previous, beforePrevious));
    add(PreviousTagWord, combineHashes(previous, current.normalised));
    add(PreviousTagShape, combineHashes(previous, current.shortShape));
    add(PreviousTagNextWord, combineHashes(previous, infoAt(token + 1).normalised));
    add(PreviousTagPreviousWord, combineHashes(previous, infoAt(token - 1).normalised));
}

void NerFeatureExtractor::addPreviousTagFeatures(int token, TagId previous, std::vector<FeatureKey> &features) const
{
    const TokenInfo &current = infoAt(token);
    const auto add = [&features](Template id, std::uint64_t value) { features.push_back(featureKey(id, value)); };
    add(PreviousTag, previous);
    add(PreviousTagWord, combineHashes(previous, current.normalised));
    add(PreviousTagShape, combineHashes(previous, current.shortShape));
    add(PreviousTagNextWord, combineHashes(previous, infoAt(token + 1).normalised));
    add(PreviousTagPreviousWord, combineHashes(previous, infoAt(token - 1).normalised));
}

FeatureKey NerFeatureExtractor::twoPreviousTagsFeature(TagId previous, TagId beforePrevious)
{
    return featureKey(TwoPreviousTags, std::uint64_t(previous) * 16 + beforePrevious);
}

void NerFeatureExtractor::recordSentenceTags(const QList<TagId> &tags)
{
    for (int i = 0; i < m_sentenceLength && i < tags.size(); ++i) {
        const TokenInfo &info = infoAt(i);
        if (!info.hasLetter || info.casing == Lower)
            continue;
        m_labelHistory[info.lower] = isOutside(tags[i]) ? 0 : std::uint8_t(1 + int(tagType(tags[i])));
    }
}

} // namespace galley
