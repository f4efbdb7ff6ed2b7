#include "quote_trainer.h"

#include "detect/ner/entity_finder.h"
#include "detect/quotes/quote_features.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

#include <memory>
#include <random>

namespace galley {

namespace {

// Structured averaged perceptron (Collins 2002) with lazy averaging: totals collect step * change, and the average is
// weights - totals / steps.
class QuotePerceptron
{
public:
    void score(const std::vector<FeatureKey> &features, float *scores) const
    {
        std::fill(scores, scores + kQuoteTagCount, 0.0f);
        for (FeatureKey key : features) {
            const std::int32_t row = m_index.find(key);
            if (row == FeatureRowIndex::kAbsent)
                continue;
            const float *weights = m_weights.data() + std::size_t(row) * kQuoteTagCount;
            for (int tag = 0; tag < kQuoteTagCount; ++tag)
                scores[tag] += weights[tag];
        }
    }

    // Adds `amount` to the weight of `tag` for every feature.
    void add(const std::vector<FeatureKey> &features, QuoteTag tag, float amount)
    {
        for (FeatureKey key : features) {
            const std::size_t row = std::size_t(m_index.findOrAdd(key));
            if (row * kQuoteTagCount >= m_weights.size()) {
                m_weights.resize((row + 1) * kQuoteTagCount, 0.0f);
                m_totals.resize((row + 1) * kQuoteTagCount, 0.0);
            }
            m_weights[row * kQuoteTagCount + tag] += amount;
            m_totals[row * kQuoteTagCount + tag] += double(m_step) * amount;
        }
    }

    void tick() { ++m_step; }

    QuoteWeights averaged() const
    {
        QuoteWeights weights;
        weights.keys.resize(m_index.size());
        m_index.forEach([&weights](FeatureKey key, std::int32_t row) { weights.keys[std::size_t(row)] = key; });
        weights.rows.resize(m_weights.size());
        for (std::size_t i = 0; i < m_weights.size(); ++i)
            weights.rows[i] = float(double(m_weights[i]) - m_totals[i] / double(m_step));
        return weights;
    }

private:
    FeatureRowIndex m_index;
    std::vector<float> m_weights;
    std::vector<double> m_totals;
    qint64 m_step = 1;
};

// std::shuffle's algorithm is unspecified; this one is fixed.
void shuffle(std::vector<int> &order, std::mt19937 &random)
{
    for (std::size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[random() % i]);
}

// One article made ready for training: its analysis, gold tags and (once the lexicon is known)
// its features.
struct PreparedDocument
{
    QList<Token> tokens;
    QList<Sentence> sentences;
    QList<EntityMention> entities;
    std::vector<QuoteTag> gold;
    std::unique_ptr<AnalysedText> analysed;
    std::unique_ptr<QuoteFeatures> features;
};

} // namespace

std::vector<QuoteTag> goldQuoteTags(const PolnearDocument &document, const QList<Token> &tokens)
{
    std::vector<QuoteTag> tags(std::size_t(tokens.size()), kQuoteOutside);
    for (int role = 0; role < kQuoteRoleCount; ++role) {
        for (TextRange fragment : document.spans[std::size_t(role)]) {
            const auto first = std::lower_bound(tokens.begin(), tokens.end(), fragment.start,
                                                [](const Token &token, qsizetype start) { return token.end <= start; });
            bool begun = false;
            for (auto token = first; token != tokens.end() && token->start < fragment.end; ++token) {
                tags[std::size_t(token - tokens.begin())] = begun ? quoteInside(QuoteRole(role)) : quoteBegin(QuoteRole(role));
                begun = true;
            }
        }
    }
    return tags;
}

QuoteModel trainQuoteModel(const PolnearCorpus &train, const NerModel &ner, const QuoteTrainingOptions &options)
{
    std::vector<PreparedDocument> documents(std::size_t(train.documents.size()));
    CueLexicon lexicon;
    for (qsizetype d = 0; d < train.documents.size(); ++d) {
        const PolnearDocument &source = train.documents[d];
        PreparedDocument &document = documents[std::size_t(d)];
        document.tokens = tokenize(source.text);
        document.sentences = splitSentences(source.text, document.tokens);
        document.entities = findEntities(ner, source.text, document.tokens, document.sentences);
        document.gold = goldQuoteTags(source, document.tokens);
        for (qsizetype t = 0; t < document.tokens.size(); ++t) {
            const QuoteTag tag = document.gold[std::size_t(t)];
            const Token &token = document.tokens[t];
            if (token.kind == TokenKind::Word)
                lexicon.countOccurrence(QStringView(source.text).mid(token.start, token.length()).toString().toLower(),
                                        tag != kQuoteOutside && quoteRole(tag) == QuoteRole::Cue);
        }
    }
    lexicon.finish(options.lexiconMinCount);
    const WordClusters clusters = WordClusters::fromText(options.wordClusters);
    for (qsizetype d = 0; d < train.documents.size(); ++d) {
        PreparedDocument &document = documents[std::size_t(d)];
        document.analysed = std::make_unique<AnalysedText>(train.documents[d].text, document.tokens, document.sentences,
                                                           document.entities);
        document.features = std::make_unique<QuoteFeatures>(*document.analysed, lexicon, clusters);
    }

    QuotePerceptron perceptron;
    std::vector<int> order(documents.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::mt19937 random(options.seed);
    std::vector<FeatureKey> keys;
    const auto score = [&perceptron](const std::vector<FeatureKey> &f, float *scores) { perceptron.score(f, scores); };
    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
        shuffle(order, random);
        qint64 mistakes = 0;
        for (int d : order) {
            const PreparedDocument &document = documents[std::size_t(d)];
            for (const TokenSpan &sequence : document.features->sequences()) {
                const std::vector<QuoteTag> predicted = decodeQuoteTags(*document.features, sequence, score);
                // Where the paths differ, the gold path's features gain and the predicted path's lose.
                for (qsizetype i = 0; i < qsizetype(predicted.size()); ++i) {
                    const qsizetype t = sequence.begin + i;
                    const QuoteTag gold = document.gold[std::size_t(t)];
                    const QuoteTag goldBefore = i == 0 ? kQuoteOutside : document.gold[std::size_t(t - 1)];
                    const QuoteTag chosen = predicted[std::size_t(i)];
                    const QuoteTag chosenBefore = i == 0 ? kQuoteOutside : predicted[std::size_t(i - 1)];
                    if (chosen != gold) {
                        ++mistakes;
                        keys.clear();
                        document.features->addTokenFeatures(t, keys);
                        perceptron.add(keys, gold, 1.0f);
                        perceptron.add(keys, chosen, -1.0f);
                    }
                    if (chosen != gold || chosenBefore != goldBefore) {
                        keys.clear();
                        document.features->addTagFeatures(t, goldBefore, keys);
                        perceptron.add(keys, gold, 1.0f);
                        keys.clear();
                        document.features->addTagFeatures(t, chosenBefore, keys);
                        perceptron.add(keys, chosen, -1.0f);
                    }
                }
                perceptron.tick();
            }
        }
        if (options.afterEpoch)
            options.afterEpoch(epoch, mistakes, QuoteModel(lexicon, clusters, perceptron.averaged(), options.pruneBelow));
    }
    return QuoteModel(lexicon, clusters, perceptron.averaged(), options.pruneBelow);
}

} // namespace galley
