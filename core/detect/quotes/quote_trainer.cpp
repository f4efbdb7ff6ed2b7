#include "quote_trainer.h"

#include "detect/ner/averaged_perceptron.h"
#include "detect/ner/entity_finder.h"
#include "detect/quotes/quote_features.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

#include <algorithm>
#include <functional>
#include <memory>
#include <random>

namespace galley {

namespace {

using QuotePerceptron = AveragedPerceptron<kQuoteTagCount>;

// std::shuffle's algorithm is unspecified; this one is fixed.
void shuffle(std::vector<int> &order, std::mt19937 &random)
{
    for (std::size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[random() % i]);
}

// One article made ready for training: its analysis, gold tags and (once the lexicon is known)
// its features; for a stacked model, also the tags of the passes so far as passes trained without
// the article give them (the features then stack on those for the next pass).
struct PreparedDocument
{
    QList<Token> tokens;
    QList<Sentence> sentences;
    QList<EntityMention> entities;
    std::vector<QuoteTag> gold;
    std::unique_ptr<AnalysedText> analysed;
    std::unique_ptr<QuoteFeatures> features;
    std::vector<QuoteTag> previousPass;
};

// A document as one training run sees it: the features of its pass and its gold tags.
struct TrainingDocument
{
    const QuoteFeatures *features;
    const std::vector<QuoteTag> *gold;
};

using ModelOfWeights = std::function<QuoteModel(const QuoteWeights &)>;

// One structured-perceptron run over the documents, shuffled with `seed` each epoch; with
// `watch`, the model after each epoch goes to options.afterEpoch.
QuoteWeights trainRun(const std::vector<TrainingDocument> &documents, const QuoteTrainingOptions &options, quint32 seed,
                      const ModelOfWeights &watch)
{
    QuotePerceptron perceptron;
    std::vector<int> order(documents.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::mt19937 random(seed);
    std::vector<FeatureKey> keys;
    const auto score = [&perceptron](const std::vector<FeatureKey> &f, float *scores) { perceptron.score(f, scores); };
    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
        shuffle(order, random);
        qint64 mistakes = 0;
        for (int d : order) {
            const QuoteFeatures &features = *documents[std::size_t(d)].features;
            const std::vector<QuoteTag> &goldTags = *documents[std::size_t(d)].gold;
            for (const TokenSpan &sequence : features.sequences()) {
                const std::vector<QuoteTag> predicted = decodeQuoteTags(features, sequence, score);
                // Where the paths differ, the gold path's features gain and the predicted path's lose.
                for (qsizetype i = 0; i < qsizetype(predicted.size()); ++i) {
                    const qsizetype t = sequence.begin + i;
                    const QuoteTag gold = goldTags[std::size_t(t)];
                    const QuoteTag goldBefore = i == 0 ? kQuoteOutside : goldTags[std::size_t(t - 1)];
                    const QuoteTag chosen = predicted[std::size_t(i)];
                    const QuoteTag chosenBefore = i == 0 ? kQuoteOutside : predicted[std::size_t(i - 1)];
                    if (chosen != gold) {
                        ++mistakes;
                        keys.clear();
                        features.addTokenFeatures(t, keys);
                        perceptron.add(keys, gold, 1.0f);
                        perceptron.add(keys, chosen, -1.0f);
                    }
                    if (chosen != gold || chosenBefore != goldBefore) {
                        keys.clear();
                        features.addTagFeatures(t, goldBefore, keys);
                        perceptron.add(keys, gold, 1.0f);
                        keys.clear();
                        features.addTagFeatures(t, chosenBefore, keys);
                        perceptron.add(keys, chosen, -1.0f);
                    }
                }
                perceptron.tick();
            }
        }
        if (watch && options.afterEpoch)
            options.afterEpoch(epoch, mistakes, watch(perceptron.averaged()));
    }
    return perceptron.averaged();
}

// `options.seeds` runs with different shuffles, their weights averaged; only a single run is
// watched.
QuoteWeights trainSeeds(const std::vector<TrainingDocument> &documents, const QuoteTrainingOptions &options,
                        const ModelOfWeights &watch)
{
    std::vector<QuoteWeights> runs;
    const int seeds = std::max(1, options.seeds);
    for (int run = 0; run < seeds; ++run)
        runs.push_back(trainRun(documents, options, options.seed + quint32(run) * 7919, seeds == 1 ? watch : ModelOfWeights()));
    return averagePerceptronWeights<kQuoteTagCount>(runs);
}

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

    if (options.tagger == QuoteTagger::Lstm) {
        std::vector<QuoteLstmExample> examples;
        for (const PreparedDocument &document : documents)
            examples.push_back({document.analysed.get(), document.features.get(), &document.gold});
        QuoteLstmEpochWatch watch;
        if (options.afterEpoch) {
            watch = [&](int epoch, double loss, const QuoteLstm &lstm) {
                options.afterEpoch(epoch, loss, QuoteModel(lexicon, clusters, lstm));
            };
        }
        return QuoteModel(lexicon, clusters, trainQuoteLstm(examples, options.lstm, watch));
    }
    const float prune = options.pruneBelow;
    const auto modelOf = [&](const std::vector<QuoteWeights> &passes) {
        std::vector<const QuoteWeights *> weights;
        for (const QuoteWeights &pass : passes)
            weights.push_back(&pass);
        return QuoteModel(lexicon, clusters, weights, prune);
    };
    std::vector<TrainingDocument> all;
    for (const PreparedDocument &document : documents)
        all.push_back({document.features.get(), &document.gold});
    const int passCount = std::clamp(options.passes, 1, QuoteModel::kMaxPasses);
    // Each pass trained on every article; only the last is watched.
    std::vector<QuoteWeights> passes;
    const ModelOfWeights lastPassModel = [&](const QuoteWeights &weights) {
        std::vector<QuoteWeights> withLast = passes;
        withLast.push_back(weights);
        return modelOf(withLast);
    };
    passes.push_back(trainSeeds(all, options, passCount == 1 ? lastPassModel : ModelOfWeights()));

    // Jackknife: each fold's tags of the passes so far come from passes trained on the other
    // folds, so the next pass learns from the errors of the ones before as they happen on unseen text.
    const int folds = std::max(2, options.folds);
    std::vector<std::vector<QuoteWeights>> foldPasses(static_cast<std::size_t>(folds));
    std::vector<std::vector<QuoteTag>> nextTags(documents.size());
    for (int pass = 1; pass < passCount; ++pass) {
        for (int fold = 0; fold < folds; ++fold) {
            std::vector<TrainingDocument> others;
            for (std::size_t d = 0; d < documents.size(); ++d) {
                if (int(d % std::size_t(folds)) != fold)
                    others.push_back(all[d]);
            }
            std::vector<QuoteWeights> &without = foldPasses[std::size_t(fold)];
            without.push_back(trainSeeds(others, options, {}));
            const QuoteModel foldModel = modelOf(without);
            for (std::size_t d = std::size_t(fold); d < documents.size(); d += std::size_t(folds))
                nextTags[d] = foldModel.tagFirstPasses(*documents[d].analysed, pass);
        }
        for (std::size_t d = 0; d < documents.size(); ++d) {
            documents[d].previousPass.swap(nextTags[d]);
            documents[d].features->stackOn(documents[d].previousPass);
        }
        passes.push_back(trainSeeds(all, options, pass + 1 == passCount ? lastPassModel : ModelOfWeights()));
    }
    return modelOf(passes);
}

} // namespace galley
