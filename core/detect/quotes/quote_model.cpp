#include "quote_model.h"

#include "detect/quotes/quote_features.h"
#include "util/little_endian.h"
#include "util/resource_path.h"

#include <QFile>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace galley {

namespace {

constexpr char kMagic[] = "GALLEY-QUOTES 1\n";
constexpr qsizetype kMagicSize = sizeof(kMagic) - 1;

LoadError modelError(const QString &name, const QString &code, const QString &message)
{
    return LoadError{name, code, message, -1, {}};
}

} // namespace

QuoteModel::QuoteModel(CueLexicon lexicon, WordClusters clusters, const QuoteWeights &weights, float pruneBelow)
    : m_lexicon(std::move(lexicon)), m_clusters(std::move(clusters))
{
    float largest = 0.0f;
    for (float weight : weights.rows)
        largest = std::max(largest, std::fabs(weight));
    m_scale = largest > 0.0f ? largest / 32767.0f : 1.0f;
    std::vector<std::size_t> order(weights.keys.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&weights](std::size_t a, std::size_t b) { return weights.keys[a] < weights.keys[b]; });
    m_index.reserve(weights.keys.size());
    for (std::size_t source : order) {
        std::int16_t levels[kQuoteTagCount];
        bool nonZero = false;
        for (int tag = 0; tag < kQuoteTagCount; ++tag) {
            const float weight = weights.rows[source * kQuoteTagCount + std::size_t(tag)];
            levels[tag] = std::fabs(weight) < pruneBelow ? 0 : std::int16_t(std::lround(weight / m_scale));
            nonZero = nonZero || levels[tag] != 0;
        }
        if (!nonZero)
            continue;
        m_index.findOrAdd(weights.keys[source]);
        m_keys.push_back(weights.keys[source]);
        m_rows.insert(m_rows.end(), levels, levels + kQuoteTagCount);
    }
}

void QuoteModel::score(const std::vector<FeatureKey> &features, float *scores) const
{
    std::int32_t sums[kQuoteTagCount] = {};
    for (FeatureKey key : features) {
        const std::int32_t row = m_index.find(key);
        if (row == FeatureRowIndex::kAbsent)
            continue;
        const std::int16_t *levels = m_rows.data() + std::size_t(row) * kQuoteTagCount;
        for (int tag = 0; tag < kQuoteTagCount; ++tag)
            sums[tag] += levels[tag];
    }
    for (int tag = 0; tag < kQuoteTagCount; ++tag)
        scores[tag] = float(sums[tag]);
}

std::vector<QuoteTag> QuoteModel::tag(const AnalysedText &text) const
{
    const QuoteFeatures features(text, m_lexicon, m_clusters);
    std::vector<QuoteTag> tags;
    tags.reserve(std::size_t(text.tokens.size()));
    for (const TokenSpan &sequence : features.sequences()) {
        const std::vector<QuoteTag> paragraph = decodeQuoteTags(
            features, sequence, [this](const std::vector<FeatureKey> &keys, float *scores) { score(keys, scores); });
        tags.insert(tags.end(), paragraph.begin(), paragraph.end());
    }
    return tags;
}

qsizetype QuoteModel::memoryBytes() const
{
    return qsizetype(m_index.memoryBytes() + m_keys.capacity() * sizeof(FeatureKey)
                     + m_rows.capacity() * sizeof(std::int16_t)) + (m_lexicon.size() + m_clusters.size()) * 24;
}

QString QuoteModel::defaultPath()
{
    return resourcePath(QStringLiteral("models/quotes-polnear.model"));
}

QByteArray QuoteModel::toBytes() const
{
    QByteArray payload;
    std::vector<std::pair<std::uint64_t, std::uint8_t>> lexicon;
    for (auto it = m_lexicon.shares().cbegin(); it != m_lexicon.shares().cend(); ++it)
        lexicon.emplace_back(it.key(), it.value());
    std::sort(lexicon.begin(), lexicon.end());
    appendLittleEndian<quint32>(payload, quint32(lexicon.size()));
    for (const auto &[word, tenths] : lexicon) {
        appendLittleEndian<quint64>(payload, word);
        appendLittleEndian<quint8>(payload, tenths);
    }
    const auto clusters = m_clusters.entries();
    appendLittleEndian<quint32>(payload, quint32(clusters.size()));
    for (const auto &[word, classes] : clusters) {
        appendLittleEndian<quint64>(payload, word);
        appendLittleEndian<quint16>(payload, classes.coarse);
        appendLittleEndian<quint16>(payload, classes.fine);
    }
    appendLittleEndian<float>(payload, m_scale);
    appendLittleEndian<quint32>(payload, quint32(m_keys.size()));
    // Sorted keys as deltas: their high bytes are mostly zero, which zlib then squeezes.
    FeatureKey previous = 0;
    for (FeatureKey key : m_keys) {
        appendLittleEndian<quint64>(payload, key - previous);
        previous = key;
    }
    for (std::int16_t level : m_rows)
        appendLittleEndian<qint16>(payload, level);
    QByteArray bytes(kMagic, kMagicSize);
    bytes.append(qCompress(payload, 9));
    return bytes;
}

Expected<QuoteModel, LoadError> QuoteModel::fromBytes(const QByteArray &bytes, const QString &name)
{
    if (!bytes.startsWith(QByteArrayView(kMagic, kMagicSize)))
        return modelError(name, QStringLiteral("not-a-model"), QStringLiteral("not a Galley quote model"));
    const QByteArray payload = qUncompress(bytes.mid(kMagicSize));
    if (payload.isEmpty())
        return modelError(name, QStringLiteral("truncated"), QStringLiteral("the model data is damaged"));
    QuoteModel model;
    LittleEndianReader reader(payload);
    const quint32 words = reader.read<quint32>();
    if (!reader.has(qsizetype(words) * 9))
        return modelError(name, QStringLiteral("truncated"), QStringLiteral("the cue lexicon is cut short"));
    for (quint32 i = 0; i < words; ++i) {
        const quint64 word = reader.read<quint64>();
        model.m_lexicon.insert(word, reader.read<quint8>());
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
    model.m_scale = reader.read<float>();
    const quint32 rows = reader.read<quint32>();
    if (!reader.has(qsizetype(rows) * (8 + 2 * kQuoteTagCount)))
        return modelError(name, QStringLiteral("truncated"), QStringLiteral("the weights are cut short"));
    model.m_index.reserve(rows);
    FeatureKey key = 0;
    for (quint32 r = 0; r < rows; ++r) {
        key += reader.read<quint64>();
        model.m_keys.push_back(key);
        model.m_index.findOrAdd(key);
    }
    model.m_rows.resize(std::size_t(rows) * kQuoteTagCount);
    for (std::int16_t &level : model.m_rows)
        level = reader.read<qint16>();
    if (reader.truncated())
        return modelError(name, QStringLiteral("truncated"), QStringLiteral("the model data is cut short"));
    return model;
}

Expected<QuoteModel, LoadError> QuoteModel::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return modelError(path, file.exists() ? QStringLiteral("unreadable") : QStringLiteral("not-found"),
                          file.errorString());
    }
    return fromBytes(file.readAll(), path);
}

std::optional<LoadError> QuoteModel::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toBytes()) < 0 || !file.commit())
        return modelError(path, QStringLiteral("unwritable"), file.errorString());
    return std::nullopt;
}

} // namespace galley
