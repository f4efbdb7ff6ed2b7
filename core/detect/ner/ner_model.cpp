#include "ner_model.h"

#include "detect/ner/entity_span_repairs.h"
#include "detect/ner/ner_decoder.h"
#include "detect/ner/person_name_repairs.h"
#include "detect/ner/speaker_names.h"
#include "detect/ner/title_case_lines.h"
#include "util/little_endian.h"
#include "util/resource_path.h"

#include <QFile>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace galley {

namespace {

// Version 2 stores each phrase's lists in 32 bits (version 1: 16, too few for today's lists).
constexpr char kMagic[] = "GALLEY-NER 2\n";
constexpr char kMagicVersion1[] = "GALLEY-NER 1\n";
constexpr qsizetype kMagicSize = sizeof(kMagic) - 1;
static_assert(sizeof(kMagicVersion1) == sizeof(kMagic));

LoadError modelError(const QString &name, const QString &code, const QString &message)
{
    return LoadError{name, code, message, -1, {}};
}

} // namespace

void NerWeights::score(const std::vector<FeatureKey> &features, float *scores) const
{
    std::fill(scores, scores + kTagCount, 0.0f);
    for (FeatureKey key : features) {
        const std::int32_t row = index.find(key);
        if (row == FeatureRowIndex::kAbsent)
            continue;
        const float *weights = rows.data() + std::size_t(row) * kTagCount;
        for (int tag = 0; tag < kTagCount; ++tag)
            scores[tag] += weights[tag];
    }
}

NerWeights NerWeights::quantised(const std::vector<FeatureKey> &keys, const std::vector<float> &rows)
{
    NerWeights weights;
    float largest = 0.0f;
    for (float weight : rows)
        largest = std::max(largest, std::fabs(weight));
    weights.scale = largest > 0.0f ? largest / 32767.0f : 1.0f;

    std::vector<std::size_t> order(keys.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&keys](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });

    weights.index.reserve(keys.size());
    for (std::size_t source : order) {
        float levels[kTagCount];
        bool nonZero = false;
        for (int tag = 0; tag < kTagCount; ++tag) {
            levels[tag] = std::round(rows[source * kTagCount + std::size_t(tag)] / weights.scale);
            nonZero = nonZero || levels[tag] != 0.0f;
        }
        if (!nonZero)
            continue;
        weights.index.findOrAdd(keys[source]);
        weights.keys.push_back(keys[source]);
        for (float level : levels)
            weights.rows.push_back(level * weights.scale);
    }
    return weights;
}

NerModel::NerModel(Gazetteer gazetteer, WordClusters clusters, const std::vector<TrainedWeights> &passes)
    : m_gazetteer(std::move(gazetteer)), m_clusters(std::move(clusters))
{
    for (const TrainedWeights &pass : passes)
        m_passes.push_back(NerWeights::quantised(pass.keys, pass.rows));
}

NerModel NerModel::pruned(float below) const
{
    NerModel model;
    model.m_gazetteer = m_gazetteer;
    model.m_clusters = m_clusters;
    for (const NerWeights &pass : m_passes) {
        TrainedWeights kept;
        kept.keys = pass.keys;
        kept.rows = pass.rows;
        for (float &weight : kept.rows) {
            if (std::fabs(weight) < below)
                weight = 0.0f;
        }
        model.m_passes.push_back(NerWeights::quantised(kept.keys, kept.rows));
    }
    return model;
}

qsizetype NerModel::featureCount() const
{
    qsizetype count = 0;
    for (const NerWeights &pass : m_passes)
        count += qsizetype(pass.keys.size());
    return count;
}

QByteArray NerModel::toBytes() const
{
    QByteArray payload;
    const auto gazetteer = m_gazetteer.entries();
    appendLittleEndian<quint32>(payload, quint32(gazetteer.size()));
    for (const auto &[phrase, lists] : gazetteer) {
        appendLittleEndian<quint64>(payload, phrase);
        appendLittleEndian<quint32>(payload, lists);
    }
    const auto clusters = m_clusters.entries();
    appendLittleEndian<quint32>(payload, quint32(clusters.size()));
    for (const auto &[word, classes] : clusters) {
        appendLittleEndian<quint64>(payload, word);
        appendLittleEndian<quint16>(payload, classes.coarse);
        appendLittleEndian<quint16>(payload, classes.fine);
    }
    appendLittleEndian<quint32>(payload, quint32(m_passes.size()));
    for (const NerWeights &pass : m_passes) {
        appendLittleEndian<float>(payload, pass.scale);
        appendLittleEndian<quint32>(payload, quint32(pass.keys.size()));
        // Sorted keys as deltas: their high bytes are mostly zero, which zlib then squeezes.
        FeatureKey previous = 0;
        for (FeatureKey key : pass.keys) {
            appendLittleEndian<quint64>(payload, key - previous);
            previous = key;
        }
        for (float weight : pass.rows)
            appendLittleEndian<qint16>(payload, qint16(std::lround(weight / pass.scale)));
    }
    QByteArray bytes(kMagic, kMagicSize);
    bytes.append(qCompress(payload, 9));
    return bytes;
}

Expected<NerModel, LoadError> NerModel::fromBytes(const QByteArray &bytes, const QString &name)
{
    if (bytes.startsWith(QByteArrayView(kMagicVersion1, kMagicSize)))
        return modelError(name, QStringLiteral("old-version"),
                          QStringLiteral("an entity model of an older Galley; train it again with galley-cli train-ner"));
    if (!bytes.startsWith(QByteArrayView(kMagic, kMagicSize)))
        return modelError(name, QStringLiteral("not-a-model"), QStringLiteral("not a Galley entity model"));
    const QByteArray payload = qUncompress(bytes.mid(kMagicSize));
    if (payload.isEmpty())
        return modelError(name, QStringLiteral("truncated"), QStringLiteral("the model data is damaged"));

    NerModel model;
    LittleEndianReader reader(payload);
    const quint32 phrases = reader.read<quint32>();
    if (!reader.has(qsizetype(phrases) * 12))
        return modelError(name, QStringLiteral("truncated"), QStringLiteral("the gazetteer is cut short"));
    for (quint32 i = 0; i < phrases; ++i) {
        const quint64 phrase = reader.read<quint64>();
        model.m_gazetteer.addHashed(phrase, reader.read<quint32>());
    }
    const quint32 clusterWords = reader.read<quint32>();
    if (!reader.has(qsizetype(clusterWords) * 12))
        return modelError(name, QStringLiteral("truncated"), QStringLiteral("the word clusters are cut short"));
    for (quint32 i = 0; i < clusterWords; ++i) {
        const quint64 word = reader.read<quint64>();
        WordClusters::Classes classes;
        classes.coarse = reader.read<quint16>();
        classes.fine = reader.read<quint16>();
        model.m_clusters.insert(word, classes);
    }
    const quint32 passes = reader.read<quint32>();
    if (passes < 1 || passes > quint32(kMaxPasses))
        return modelError(name, QStringLiteral("bad-model"), QStringLiteral("a model has one to three passes"));
    for (quint32 p = 0; p < passes; ++p) {
        NerWeights weights;
        weights.scale = reader.read<float>();
        const quint32 features = reader.read<quint32>();
        if (!reader.has(qsizetype(features) * (8 + 2 * kTagCount)))
            return modelError(name, QStringLiteral("truncated"), QStringLiteral("the weights are cut short"));
        weights.keys.resize(features);
        weights.index.reserve(features);
        FeatureKey key = 0;
        for (quint32 i = 0; i < features; ++i) {
            key += reader.read<quint64>();
            weights.keys[i] = key;
            weights.index.findOrAdd(key);
        }
        weights.rows.resize(std::size_t(features) * kTagCount);
        for (float &weight : weights.rows)
            weight = float(reader.read<qint16>()) * weights.scale;
        model.m_passes.push_back(std::move(weights));
    }
    if (reader.truncated())
        return modelError(name, QStringLiteral("truncated"), QStringLiteral("the model data is cut short"));
    return model;
}

Expected<NerModel, LoadError> NerModel::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return modelError(path, file.exists() ? QStringLiteral("unreadable") : QStringLiteral("not-found"),
                          file.errorString());
    }
    return fromBytes(file.readAll(), path);
}

std::optional<LoadError> NerModel::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toBytes()) < 0 || !file.commit())
        return modelError(path, QStringLiteral("unwritable"), file.errorString());
    return std::nullopt;
}

QList<QList<TagId>> NerModel::tagDocument(const QList<QStringList> &sentences) const
{
    return tagDocument(sentences, passCount());
}

QList<QList<TagId>> NerModel::tagDocument(const QList<QStringList> &sentences, int passes,
                                          NerDecoding decoding, NerSpanRepairs repairs,
                                          QList<std::vector<float>> *confidence) const
{
    // Softmax temperatures of the Viterbi decoder, as fractions of each pass's largest weight
    // (tuned on CoNLL-2003 dev: the stacked passes want a softer one).
    constexpr float kTemperature[kMaxPasses] = {0.01f, 0.03f, 0.03f};
    // The one that makes the last pass's tag probabilities confidences: calibrated on CoNLL-2003
    // dev, where entities at 0.4, 0.6, 0.8, 0.9 and 0.98 are right 32, 54, 77, 93 and 99 % of the
    // time (galley-cli eval-ner prints the table); 0.025 and 0.035 are worse.
    constexpr float kConfidenceTemperature = 0.03f;
    const int lastPass = std::min(passes, passCount()) - 1;
    if (confidence)
        confidence->clear();
    NerFeatureExtractor extractor(m_gazetteer, m_clusters);
    // What the model reads: Title Case headlines written as the article writes their words.
    QList<QStringList> read = sentences;
    if (repairs == NerSpanRepairs::Apply)
        lowerEverydayWordsOfTitleCaseLines(read, m_gazetteer);
    extractor.beginDocument(read);
    std::vector<FeatureKey> features;
    features.reserve(160);
    QList<QList<TagId>> tags;
    for (int pass = 0; pass < std::min(passes, passCount()); ++pass) {
        if (pass > 0)
            extractor.beginSecondPass(tags);
        const NerWeights &weights = m_passes[std::size_t(pass)];
        const auto score = [&weights](const std::vector<FeatureKey> &f, float *scores) { weights.score(f, scores); };
        const float temperature = kTemperature[pass] * weights.scale * 32767.0f;
        tags.clear();
        tags.reserve(sentences.size());
        for (int s = 0; s < sentences.size(); ++s) {
            extractor.beginSentence(s);
            if (decoding == NerDecoding::Greedy) {
                tags.append(decodeGreedy(extractor, features, score, [](int, const std::vector<FeatureKey> &, TagId) {}));
                if (confidence && pass == lastPass)   // the greedy decoder gives no probabilities
                    confidence->append(std::vector<float>(std::size_t(tags.last().size()), -1.0f));
            }
            else if (confidence && pass == lastPass) {
                confidence->append(std::vector<float>());
                tags.append(decodeViterbi(extractor, features, score, temperature, &confidence->last(),
                                          kConfidenceTemperature * weights.scale * 32767.0f));
            } else
                tags.append(decodeViterbi(extractor, features, score, temperature));
            extractor.recordSentenceTags(tags.last());
        }
    }
    if (repairs == NerSpanRepairs::Apply) {
        const QList<QList<TagId>> decoded = confidence ? tags : QList<QList<TagId>>();
        for (qsizetype s = 0; s < tags.size(); ++s)
            repairEntitySpans(read[s], tags[s], m_gazetteer);
        repairPersonNames(read, tags, m_gazetteer);
        tagNamesBeforeSpeech(read, tags, m_gazetteer);
        repairBrandTypes(read, tags, m_gazetteer);
        // a tag a repair rule set has no probability of the model's
        for (qsizetype s = 0; confidence && s < tags.size(); ++s) {
            for (qsizetype t = 0; t < tags[s].size(); ++t) {
                if (tags[s][t] != decoded[s][t])
                    (*confidence)[s][std::size_t(t)] = -1.0f;
            }
        }
    }
    return tags;
}

qsizetype NerModel::memoryBytes() const
{
    std::size_t bytes = 0;
    for (const NerWeights &pass : m_passes) {
        bytes += pass.index.memoryBytes() + pass.rows.capacity() * sizeof(float)
                 + pass.keys.capacity() * sizeof(FeatureKey);
    }
    return qsizetype(bytes) + (m_gazetteer.size() + m_clusters.size()) * 32;   // QHash nodes and spans, roughly
}

QString NerModel::defaultPath()
{
    return resourcePath(QStringLiteral("models/ner-conll.model"));
}

} // namespace galley
