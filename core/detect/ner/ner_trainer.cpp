#include "ner_trainer.h"

#include "detect/ner/ner_decoder.h"
#include "detect/ner/ner_evaluation.h"

#include <random>

namespace galley {

namespace {

// Averaged perceptron with the usual lazy averaging: totals collect step * change, and the
// average is weights - totals / steps.
class AveragedPerceptron
{
public:
    void score(const std::vector<FeatureKey> &features, float *scores) const
    {
        std::fill(scores, scores + kTagCount, 0.0f);
        for (FeatureKey key : features) {
            const std::int32_t row = m_index.find(key);
            if (row == FeatureRowIndex::kAbsent)
                continue;
            const float *weights = m_weights.data() + std::size_t(row) * kTagCount;
            for (int tag = 0; tag < kTagCount; ++tag)
                scores[tag] += weights[tag];
        }
    }

    void update(const std::vector<FeatureKey> &features, TagId gold, TagId predicted)
    {
        for (FeatureKey key : features) {
            const std::size_t row = std::size_t(m_index.findOrAdd(key));
            if (row * kTagCount >= m_weights.size()) {
                m_weights.resize((row + 1) * kTagCount, 0.0f);
                m_totals.resize((row + 1) * kTagCount, 0.0);
            }
            m_weights[row * kTagCount + gold] += 1.0f;
            m_totals[row * kTagCount + gold] += double(m_step);
            m_weights[row * kTagCount + predicted] -= 1.0f;
            m_totals[row * kTagCount + predicted] -= double(m_step);
        }
    }

    void tick() { ++m_step; }

    std::vector<float> averagedRows() const
    {
        std::vector<float> rows(m_weights.size());
        for (std::size_t i = 0; i < rows.size(); ++i)
            rows[i] = float(double(m_weights[i]) - m_totals[i] / double(m_step));
        return rows;
    }

    std::vector<FeatureKey> keysByRow() const
    {
        std::vector<FeatureKey> keys(m_index.size());
        m_index.forEach([&keys](FeatureKey key, std::int32_t row) { keys[std::size_t(row)] = key; });
        return keys;
    }

private:
    FeatureRowIndex m_index;
    std::vector<float> m_weights;
    std::vector<double> m_totals;
    qint64 m_step = 1;
};

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

NerModel trainNerModel(const ConllCorpus &train, const NerTrainingOptions &options)
{
    Gazetteer external;
    external.addListText(options.externalGazetteer);

    const int folds = std::max(1, options.gazetteerFolds);
    std::vector<Gazetteer> foldGazetteers(std::size_t(folds), external);
    Gazetteer full = external;
    for (qsizetype d = 0; d < train.documents.size(); ++d) {
        addTrainingNames(full, train.documents[d]);
        for (int fold = 0; fold < folds; ++fold) {
            if (folds == 1 || d % folds != fold)
                addTrainingNames(foldGazetteers[std::size_t(fold)], train.documents[d]);
        }
    }

    std::vector<QList<QStringList>> words;
    for (const ConllDocument &document : train.documents)
        words.push_back(sentenceWords(document));

    AveragedPerceptron perceptron;
    std::mt19937 random(options.seed);
    std::vector<int> order(std::size_t(train.documents.size()));
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::vector<FeatureKey> features;
    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
        shuffle(order, random);
        qint64 mistakes = 0;
        for (int d : order) {
            const ConllDocument &document = train.documents[d];
            NerFeatureExtractor extractor(foldGazetteers[std::size_t(d % folds)]);
            extractor.beginDocument(words[std::size_t(d)]);
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
        if (options.afterEpoch)
            options.afterEpoch(epoch, mistakes, NerModel(full, perceptron.keysByRow(), perceptron.averagedRows()));
    }
    return NerModel(std::move(full), perceptron.keysByRow(), perceptron.averagedRows());
}

QList<QList<QList<TagId>>> tagCorpus(const NerModel &model, const ConllCorpus &corpus)
{
    QList<QList<QList<TagId>>> tags;
    tags.reserve(corpus.documents.size());
    for (const ConllDocument &document : corpus.documents)
        tags.append(model.tagDocument(sentenceWords(document)));
    return tags;
}

} // namespace galley
