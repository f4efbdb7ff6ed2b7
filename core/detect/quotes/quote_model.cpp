#include "quote_model.h"

#include "detect/quotes/quote_features.h"
#include "util/little_endian.h"
#include "util/resource_path.h"

#include <QFile>
#include <QSaveFile>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <bit>

namespace galley {

namespace {

// Version 1 holds one pass; version 2 a pass count and the passes; version 3 a BiLSTM.
constexpr char kMagic[] = "GALLEY-QUOTES 1\n";
constexpr char kMagicPasses[] = "GALLEY-QUOTES 2\n";
constexpr char kMagicLstm[] = "GALLEY-QUOTES 3\n";
constexpr qsizetype kMagicSize = sizeof(kMagic) - 1;
static_assert(sizeof(kMagic) == sizeof(kMagicPasses) && sizeof(kMagic) == sizeof(kMagicLstm));

// After the passes, optionally: this tag, the temperature and the calibration's weights.
constexpr quint32 kCalibrationTag = 0x464e4f43;   // "CONF"

LoadError modelError(const QString &name, const QString &code, const QString &message)
{
    return LoadError{name, code, message, -1, {}};
}

} // namespace

QuoteModel::QuoteModel(CueLexicon lexicon, WordClusters clusters, const QuoteWeights &weights, float pruneBelow)
    : m_lexicon(std::move(lexicon)), m_clusters(std::move(clusters))
{
    m_passes.emplace_back(weights, pruneBelow);
}

QuoteModel::QuoteModel(CueLexicon lexicon, WordClusters clusters, const std::vector<const QuoteWeights *> &passes,
                       float pruneBelow)
    : m_lexicon(std::move(lexicon)), m_clusters(std::move(clusters))
{
    for (const QuoteWeights *weights : passes)
        m_passes.emplace_back(*weights, pruneBelow);
}

QuoteModel::QuoteModel(CueLexicon lexicon, WordClusters clusters, QuoteLstm lstm)
    : m_lexicon(std::move(lexicon)), m_clusters(std::move(clusters)), m_lstm(std::move(lstm))
{
}

qsizetype QuoteModel::featureCount() const
{
    qsizetype count = m_lstm.featureCount();
    for (const QuotePassWeights &pass : m_passes)
        count += pass.featureCount();
    return count;
}

std::vector<QuoteTag> QuoteModel::tagPass(const QuoteFeatures &features, const QuotePassWeights &weights) const
{
    std::vector<QuoteTag> tags;
    for (const TokenSpan &sequence : features.sequences()) {
        const std::vector<QuoteTag> paragraph = decodeQuoteTags(
            features, sequence, [&weights](const std::vector<FeatureKey> &keys, float *scores) { weights.score(keys, scores); });
        tags.insert(tags.end(), paragraph.begin(), paragraph.end());
    }
    return tags;
}

std::vector<QuoteTag> QuoteModel::tagFirstPasses(const AnalysedText &text, qsizetype passes) const
{
    passes = std::min(passes, passCount());
    if (passes < 1)
        return std::vector<QuoteTag>(std::size_t(text.tokens.size()), kQuoteOutside);
    QuoteFeatures features(text, m_lexicon, m_clusters);
    std::vector<QuoteTag> tags = tagPass(features, m_passes.front());
    for (qsizetype pass = 1; pass < passes; ++pass) {
        features.stackOn(tags);
        std::vector<QuoteTag> next = tagPass(features, m_passes[std::size_t(pass)]);
        tags = std::move(next);
    }
    return tags;
}

std::vector<QuoteTag> QuoteModel::tag(const AnalysedText &text) const
{
    return tagWithProbabilities(text, 0.0f).tags;
}

QuoteModel::Tagging QuoteModel::tagWithProbabilities(const AnalysedText &text, float temperature) const
{
    if (usesLstm())
        return tagWithLstm(text, temperature);
    Tagging tagging;
    const bool withProbabilities = temperature > 0.0f;
    if (m_passes.empty()) {
        tagging.tags.assign(std::size_t(text.tokens.size()), kQuoteOutside);
        if (withProbabilities) {
            QuoteTagProbabilities outside{};
            outside[kQuoteOutside] = 1.0f;
            tagging.probabilities.assign(std::size_t(text.tokens.size()), outside);
        }
        return tagging;
    }
    QuoteFeatures features(text, m_lexicon, m_clusters);
    std::vector<QuoteTag> before;   // stackOn keeps a reference
    for (std::size_t pass = 0; pass + 1 < m_passes.size(); ++pass) {
        std::vector<QuoteTag> next = tagPass(features, m_passes[pass]);
        before.swap(next);
        features.stackOn(before);
    }
    const QuotePassWeights &last = m_passes.back();
    tagging.tags.reserve(std::size_t(text.tokens.size()));
    if (withProbabilities)
        tagging.probabilities.reserve(std::size_t(text.tokens.size()));
    for (const TokenSpan &sequence : features.sequences()) {
        const QuoteStepScores scores = scoreQuoteSteps(
            features, sequence, [&last](const std::vector<FeatureKey> &keys, float *out) { last.score(keys, out); });
        const std::vector<QuoteTag> tags = bestQuoteTags(scores);
        tagging.tags.insert(tagging.tags.end(), tags.begin(), tags.end());
        if (withProbabilities) {
            const std::vector<QuoteTagProbabilities> paragraph = quoteTagProbabilities(scores, temperature);
            tagging.probabilities.insert(tagging.probabilities.end(), paragraph.begin(), paragraph.end());
        }
    }
    return tagging;
}

QuoteModel::Tagging QuoteModel::tagWithLstm(const AnalysedText &text, float temperature) const
{
    Tagging tagging;
    const QuoteFeatures features(text, m_lexicon, m_clusters);
    tagging.tags.reserve(std::size_t(text.tokens.size()));
    for (const TokenSpan &sequence : features.sequences()) {
        const QuoteStepScores scores = m_lstm.stepScores(text, features, sequence);
        const std::vector<QuoteTag> tags = bestQuoteTags(scores);
        tagging.tags.insert(tagging.tags.end(), tags.begin(), tags.end());
        if (temperature > 0.0f) {
            const std::vector<QuoteTagProbabilities> paragraph = quoteTagProbabilities(scores, temperature);
            tagging.probabilities.insert(tagging.probabilities.end(), paragraph.begin(), paragraph.end());
        }
    }
    return tagging;
}

qsizetype QuoteModel::memoryBytes() const
{
    qsizetype bytes = (m_lexicon.size() + m_clusters.size()) * 24 + m_lstm.memoryBytes();
    for (const QuotePassWeights &pass : m_passes)
        bytes += pass.memoryBytes();
    return bytes;
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
    const bool stacked = m_passes.size() > 1;
    if (usesLstm()) {
        m_lstm.appendTo(payload);
    } else {
        if (stacked)
            appendLittleEndian<quint32>(payload, quint32(m_passes.size()));
        for (const QuotePassWeights &pass : m_passes)
            pass.appendTo(payload);
        if (m_passes.empty())
            QuotePassWeights().appendTo(payload);
    }
    if (!m_calibration.isEmpty()) {
        appendLittleEndian<quint32>(payload, kCalibrationTag);
        appendFloat(payload, m_calibration.temperature);
        for (float weight : m_calibration.weights)
            appendFloat(payload, weight);
    }
    QByteArray bytes(usesLstm() ? kMagicLstm : stacked ? kMagicPasses : kMagic, kMagicSize);
    bytes.append(qCompress(payload, 9));
    return bytes;
}

Expected<QuoteModel, LoadError> QuoteModel::fromBytes(const QByteArray &bytes, const QString &name)
{
    const bool stacked = bytes.startsWith(QByteArrayView(kMagicPasses, kMagicSize));
    const bool lstm = bytes.startsWith(QByteArrayView(kMagicLstm, kMagicSize));
    if (!stacked && !lstm && !bytes.startsWith(QByteArrayView(kMagic, kMagicSize)))
        return modelError(name, QStringLiteral("not-a-model"), QStringLiteral("not a Galley quote model"));
    // qUncompress allocates what the data's first four bytes claim: a small damaged file must
    // not ask for gigabytes (the shipped model is under 10 MB unpacked).
    constexpr quint32 kMaxPayload = 512u << 20;
    if (bytes.size() >= kMagicSize + 4 && qFromBigEndian<quint32>(bytes.constData() + kMagicSize) > kMaxPayload)
        return modelError(name, QStringLiteral("too-large"), QStringLiteral("the model data claims more than 512 MB"));
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
    if (lstm) {
        std::optional<QuoteLstm> network = QuoteLstm::read(reader);
        if (!network)
            return modelError(name, QStringLiteral("bad-network"), QStringLiteral("the tagger's network is damaged or cut short"));
        model.m_lstm = std::move(*network);
    }
    const quint32 passes = lstm ? 0 : stacked ? reader.read<quint32>() : 1;
    if (!lstm && (passes < 1 || passes > quint32(kMaxPasses)))
        return modelError(name, QStringLiteral("bad-passes"),
                          QStringLiteral("%1 tagging passes (1 to %2 expected)").arg(passes).arg(kMaxPasses));
    for (quint32 p = 0; p < passes; ++p) {
        auto pass = QuotePassWeights::read(reader);
        if (!pass)
            return modelError(name, QStringLiteral("truncated"), QStringLiteral("the weights are cut short"));
        model.m_passes.push_back(std::move(*pass));
    }
    if (reader.has(sizeof(quint32))) {
        if (reader.read<quint32>() != kCalibrationTag)
            return modelError(name, QStringLiteral("trailing-data"), QStringLiteral("unknown data after the weights"));
        QuoteConfidenceCalibration calibration;
        calibration.temperature = readFloat(reader);
        for (float &weight : calibration.weights)
            weight = readFloat(reader);
        const bool finite = std::all_of(calibration.weights.begin(), calibration.weights.end(),
                                        [](float weight) { return std::isfinite(weight); });
        // The perceptron's scores run to tens of thousands: a temperature under 1 only comes from
        // damage. The BiLSTM-CRF's are its log-potentials.
        const float lowest = lstm ? 0.05f : 1.0f;
        if (!reader.truncated() && !(calibration.temperature >= lowest && std::isfinite(calibration.temperature) && finite))
            return modelError(name, QStringLiteral("bad-calibration"), QStringLiteral("the confidence calibration is damaged"));
        model.m_calibration = calibration;
    }
    if (!reader.truncated() && reader.has(1))
        return modelError(name, QStringLiteral("trailing-data"), QStringLiteral("unknown data after the model"));
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
