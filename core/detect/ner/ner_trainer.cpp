#include "ner_trainer.h"

#include "detect/ner/averaged_perceptron.h"
#include "detect/ner/ner_decoder.h"
#include "detect/ner/ner_evaluation.h"

#include <random>

namespace galley {

namespace {

using EntityPerceptron = AveragedPerceptron<kTagCount>;

QList<QStringList> sentenceWords(const ConllDocument &document)
{
    QList<QStringList> words;
    words.reserve(document.sentences.size());
    for (const ConllSentence &sentence : document.sentences)
        words.append(sentence.words);
    return words;
}

void addTrainingNames(Gazetteer &gazetteer, const ConllDocument &document)
{
    for (const ConllSentence &sentence : document.sentences) {
        for (const EntitySpan &span : entitySpans(sentence.gold)) {
            QStringList tokens;
            for (int i = span.tokenBegin; i < span.tokenEnd; ++i)
                tokens.append(sentence.words[i].toLower());
            gazetteer.add(tokens, Gazetteer::trainList(span.type));
        }
    }
}

// std::shuffle's algorithm is unspecified; this one is fixed.
void shuffle(std::vector<int> &order, std::mt19937 &random)
{
    for (std::size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[random() % i]);
}

} // namespace

namespace {

struct TrainingSet
{
    const ConllCorpus &corpus;
    std::vector<QList<QStringList>> words;      // per document
    std::vector<Gazetteer> foldGazetteers;      // gazetteer of each fold: names from the other folds
    WordClusters clusters;
    int folds = 1;
    const Gazetteer &gazetteerOf(int document) const { return foldGazetteers[std::size_t(document % folds)]; }
};

using EpochCallback = std::function<void(int epoch, qint64 mistakes, const EntityPerceptron &)>;

// One pass of training over `documents`; firstPass (when given) holds first-pass tags per
// document for the stacked features.
EntityPerceptron trainPass(const TrainingSet &set, std::vector<int> documents,
                             const std::vector<QList<QList<TagId>>> *firstPass, int epochs, quint32 seed,
                             const EpochCallback &afterEpoch)
{
    EntityPerceptron perceptron;
    std::mt19937 random(seed);
    std::vector<FeatureKey> features;
    features.reserve(160);
    for (int epoch = 1; epoch <= epochs; ++epoch) {
        shuffle(documents, random);
        qint64 mistakes = 0;
        for (int d : documents) {
            const ConllDocument &document = set.corpus.documents[d];
            NerFeatureExtractor extractor(set.gazetteerOf(d), set.clusters);
            extractor.beginDocument(set.words[std::size_t(d)]);
            if (firstPass)
                extractor.beginSecondPass((*firstPass)[std::size_t(d)]);
            for (int s = 0; s < document.sentences.size(); ++s) {
                const QList<TagId> &gold = document.sentences[s].gold;
                extractor.beginSentence(s);
                const QList<TagId> predicted = decodeGreedy(
                    extractor, features,
                    [&perceptron](const std::vector<FeatureKey> &f, float *scores) { perceptron.score(f, scores); },
                    [&](int token, const std::vector<FeatureKey> &f, TagId chosen) {
                        if (chosen != gold[token]) {
                            perceptron.update(f, gold[token], chosen);
                            ++mistakes;
                        }
                        perceptron.tick();
                    });
                extractor.recordSentenceTags(predicted);
            }
        }
        if (afterEpoch)
            afterEpoch(epoch, mistakes, perceptron);
    }
    return perceptron;
}

TrainedWeights averageWeights(const std::vector<TrainedWeights> &models)
{
    return averagePerceptronWeights<kTagCount>(models);
}

} // namespace

NerModel trainNerModel(const ConllCorpus &train, const NerTrainingOptions &options)
{
    Gazetteer external;
    external.addListText(options.externalGazetteer);

    TrainingSet set{train, {}, {}, WordClusters::fromText(options.wordClusters), std::max(1, options.folds)};
    set.foldGazetteers.assign(std::size_t(set.folds), external);
    Gazetteer full = external;
    for (qsizetype d = 0; d < train.documents.size(); ++d) {
        addTrainingNames(full, train.documents[d]);
        for (int fold = 0; fold < set.folds; ++fold) {
            if (set.folds == 1 || d % set.folds != fold)
                addTrainingNames(set.foldGazetteers[std::size_t(fold)], train.documents[d]);
        }
        set.words.push_back(sentenceWords(train.documents[d]));
    }
    std::vector<int> all(std::size_t(train.documents.size()));
    for (std::size_t i = 0; i < all.size(); ++i)
        all[i] = int(i);

    const auto report = [&](int pass, const std::vector<TrainedWeights> &before) -> EpochCallback {
        if (!options.afterEpoch)
            return {};
        return [&, pass, before](int epoch, qint64 mistakes, const EntityPerceptron &perceptron) {
            std::vector<TrainedWeights> passes = before;
            passes.push_back(perceptron.averaged());
            options.afterEpoch(pass, epoch, mistakes, NerModel(full, set.clusters, passes));
        };
    };

    const auto trainMixed = [&](const std::vector<QList<QList<TagId>>> *firstPass, int pass,
                                const std::vector<TrainedWeights> &before) {
        std::vector<TrainedWeights> models;
        for (int k = 0; k < std::max(1, options.seeds); ++k) {
            const bool last = k + 1 == std::max(1, options.seeds);
            models.push_back(trainPass(set, all, firstPass, options.epochs, options.seed + quint32(k) * 7919,
                                       last && options.seeds <= 1 ? report(pass, before) : EpochCallback())
                                 .averaged());
        }
        return averageWeights(models);
    };
    std::vector<TrainedWeights> passes;
    passes.push_back(trainMixed(nullptr, 1, {}));
    if (options.passes < 2 || set.folds < 2)
        return NerModel(std::move(full), set.clusters, passes).pruned(options.pruneBelow);

    // Jackknife the first pass: tags for each fold come from a model trained on the other folds,
    // decoded greedily (the stacked weights were tuned on greedy first-pass tags).
    std::vector<QList<QList<TagId>>> firstPass(all.size());
    std::vector<std::vector<int>> others(std::size_t(set.folds));
    std::vector<TrainedWeights> foldFirstPasses;
    for (int fold = 0; fold < set.folds; ++fold) {
        for (int d : all) {
            if (d % set.folds != fold)
                others[std::size_t(fold)].push_back(d);
        }
        foldFirstPasses.push_back(trainPass(set, others[std::size_t(fold)], nullptr, options.epochs,
                                            options.seed + quint32(fold) + 1, {})
                                      .averaged());
        const NerModel foldModel(set.foldGazetteers[std::size_t(fold)], set.clusters, {foldFirstPasses.back()});
        for (int d : all) {
            if (d % set.folds == fold)
                firstPass[std::size_t(d)] = foldModel.tagDocument(set.words[std::size_t(d)], 1, NerDecoding::Greedy, NerSpanRepairs::Skip);
        }
    }
    passes.push_back(trainMixed(&firstPass, 2, passes));
    if (options.passes < 3)
        return NerModel(std::move(full), set.clusters, passes).pruned(options.pruneBelow);

    // The third pass stacks on second-pass tags, jackknifed the same way: each fold's second pass
    // is trained on the other folds (with their jackknifed first-pass tags) and run on the fold
    // after that fold's first pass.
    std::vector<QList<QList<TagId>>> secondPass(all.size());
    for (int fold = 0; fold < set.folds; ++fold) {
        const TrainedWeights foldSecond = trainPass(set, others[std::size_t(fold)], &firstPass, options.epochs,
                                                    options.seed + quint32(fold) + 101, {})
                                              .averaged();
        const NerModel foldModel(set.foldGazetteers[std::size_t(fold)], set.clusters,
                                 {foldFirstPasses[std::size_t(fold)], foldSecond});
        for (int d : all) {
            if (d % set.folds == fold)
                secondPass[std::size_t(d)] = foldModel.tagDocument(set.words[std::size_t(d)], 2, NerDecoding::Greedy, NerSpanRepairs::Skip);
        }
    }
    passes.push_back(trainMixed(&secondPass, 3, passes));
    return NerModel(std::move(full), set.clusters, passes).pruned(options.pruneBelow);
}

QList<QList<QList<TagId>>> tagCorpus(const NerModel &model, const ConllCorpus &corpus)
{
    QList<QList<QList<TagId>>> tags;
    tags.reserve(corpus.documents.size());
    for (const ConllDocument &document : corpus.documents)
        tags.append(model.tagDocument(sentenceWords(document)));
    return tags;
}

NerScores scoreCorpus(const NerModel &model, const ConllCorpus &corpus, int passes)
{
    NerScores scores;
    for (const ConllDocument &document : corpus.documents) {
        QList<std::vector<float>> confidence;
        const auto predicted = model.tagDocument(sentenceWords(document), passes, NerDecoding::Viterbi,
                                                 NerSpanRepairs::Apply, &confidence);
        for (qsizetype s = 0; s < document.sentences.size(); ++s)
            scores.addSentence(document.sentences[s].gold, predicted[s], confidence[s]);
    }
    return scores;
}

} // namespace galley
