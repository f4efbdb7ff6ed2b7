#include "word_clusters.h"

#include <QMap>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace galley {

QString WordClusters::normalisedWord(QStringView word)
{
    QString normalised = word.toString().toLower();
    for (QChar &c : normalised) {
        if (c.isDigit())
            c = u'0';
    }
    return normalised;
}

QList<std::pair<std::uint64_t, WordClusters::Classes>> WordClusters::entries() const
{
    QList<std::pair<std::uint64_t, Classes>> list;
    for (auto it = m_classes.cbegin(); it != m_classes.cend(); ++it)
        list.append({it.key(), it.value()});
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return list;
}

WordClusters WordClusters::fromText(const QString &text)
{
    WordClusters clusters;
    for (QStringView line : QStringView(text).split(u'\n')) {
        const auto fields = line.split(u'\t');
        if (fields.size() != 3)
            continue;
        clusters.insert(hashText(fields[0]), {fields[1].toUShort(), fields[2].toUShort()});
    }
    return clusters;
}

namespace {

using SparseVector = std::vector<std::pair<int, float>>;   // (dimension, value), unit length

// Spherical k-means of `members` (indices into vectors) into k classes; returns each member's class.
std::vector<int> kMeans(const std::vector<SparseVector> &vectors, const std::vector<int> &members, int k,
                        int dimensions, int iterations, std::mt19937 &random)
{
    std::vector<int> assignment(members.size(), 0);
    if (int(members.size()) <= k) {
        for (std::size_t i = 0; i < members.size(); ++i)
            assignment[i] = int(i);
        return assignment;
    }
    // Seeds: k distinct members, drawn with a fixed generator (members are in frequency order).
    std::vector<int> pool(members.size());
    for (std::size_t i = 0; i < pool.size(); ++i)
        pool[i] = int(i);
    for (int i = 0; i < k; ++i)
        std::swap(pool[std::size_t(i)], pool[std::size_t(i) + random() % (pool.size() - std::size_t(i))]);
    std::vector<float> centroids(std::size_t(k) * std::size_t(dimensions), 0.0f);
    for (int c = 0; c < k; ++c) {
        for (const auto &[dimension, value] : vectors[std::size_t(members[std::size_t(pool[std::size_t(c)])])])
            centroids[std::size_t(c) * std::size_t(dimensions) + std::size_t(dimension)] = value;
    }
    for (int iteration = 0; iteration < iterations; ++iteration) {
        for (std::size_t i = 0; i < members.size(); ++i) {
            const SparseVector &vector = vectors[std::size_t(members[i])];
            int best = 0;
            float bestScore = -1.0f;
            for (int c = 0; c < k; ++c) {
                const float *centroid = centroids.data() + std::size_t(c) * std::size_t(dimensions);
                float score = 0.0f;
                for (const auto &[dimension, value] : vector)
                    score += centroid[dimension] * value;
                if (score > bestScore) {
                    bestScore = score;
                    best = c;
                }
            }
            assignment[i] = best;
        }
        std::fill(centroids.begin(), centroids.end(), 0.0f);
        for (std::size_t i = 0; i < members.size(); ++i) {
            float *centroid = centroids.data() + std::size_t(assignment[i]) * std::size_t(dimensions);
            for (const auto &[dimension, value] : vectors[std::size_t(members[i])])
                centroid[dimension] += value;
        }
        for (int c = 0; c < k; ++c) {
            float *centroid = centroids.data() + std::size_t(c) * std::size_t(dimensions);
            double norm = 0.0;
            for (int d = 0; d < dimensions; ++d)
                norm += double(centroid[d]) * centroid[d];
            if (norm > 0.0) {
                const float scale = float(1.0 / std::sqrt(norm));
                for (int d = 0; d < dimensions; ++d)
                    centroid[d] *= scale;
            }
        }
    }
    return assignment;
}

} // namespace

QString WordClusters::derive(const QList<QStringList> &sentences, const Options &options)
{
    // Vocabulary by frequency (ties by word, so the order is fixed).
    QHash<QString, int> counts;
    for (const QStringList &sentence : sentences) {
        for (const QString &word : sentence)
            ++counts[normalisedWord(word)];
    }
    std::vector<std::pair<QString, int>> byFrequency;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        byFrequency.push_back({it.key(), it.value()});
    std::sort(byFrequency.begin(), byFrequency.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    QHash<QString, int> wordIndex;
    for (const auto &[word, count] : byFrequency) {
        if (count < options.minCount || wordIndex.size() >= options.maxWords)
            break;
        wordIndex.insert(word, int(wordIndex.size()));
    }
    const int contexts = std::min(options.contextWords, int(wordIndex.size()));
    const int dimensions = 2 * contexts + 2;   // left words, right words, sentence start, sentence end

    std::vector<QMap<int, float>> contextCounts(std::size_t(wordIndex.size()));
    for (const QStringList &sentence : sentences) {
        std::vector<int> ids;
        for (const QString &word : sentence)
            ids.push_back(wordIndex.value(normalisedWord(word), -1));
        for (std::size_t i = 0; i < ids.size(); ++i) {
            if (ids[i] < 0)
                continue;
            auto &vector = contextCounts[std::size_t(ids[i])];
            const int left = i == 0 ? 2 * contexts : ids[i - 1];
            const int right = i + 1 == ids.size() ? 2 * contexts + 1 : ids[i + 1];
            if (left == 2 * contexts || (left >= 0 && left < contexts))
                vector[left] += 1.0f;
            if (right == 2 * contexts + 1 || (right >= 0 && right < contexts))
                vector[right == 2 * contexts + 1 ? right : contexts + right] += 1.0f;
        }
    }
    std::vector<SparseVector> vectors(contextCounts.size());
    for (std::size_t w = 0; w < vectors.size(); ++w) {
        double norm = 0.0;
        for (auto it = contextCounts[w].cbegin(); it != contextCounts[w].cend(); ++it) {
            const float value = std::sqrt(it.value());
            vectors[w].push_back({it.key(), value});
            norm += double(value) * value;
        }
        for (auto &entry : vectors[w])
            entry.second = float(entry.second / std::sqrt(std::max(norm, 1e-12)));
    }

    std::mt19937 random(options.seed);
    std::vector<int> all(vectors.size());
    for (std::size_t i = 0; i < all.size(); ++i)
        all[i] = int(i);
    const std::vector<int> coarse = kMeans(vectors, all, options.coarse, dimensions, options.iterations, random);
    std::vector<int> fine(all.size(), 0);
    for (int c = 0; c < options.coarse; ++c) {
        std::vector<int> members;
        for (std::size_t i = 0; i < all.size(); ++i) {
            if (coarse[i] == c)
                members.push_back(int(i));
        }
        const std::vector<int> inner = kMeans(vectors, members, options.fine, dimensions, options.iterations, random);
        for (std::size_t i = 0; i < members.size(); ++i)
            fine[std::size_t(members[i])] = c * options.fine + inner[i];
    }

    QString text;
    for (const auto &[word, count] : byFrequency) {
        const int id = wordIndex.value(word, -1);
        if (id < 0)
            break;
        text += word + u'\t' + QString::number(coarse[std::size_t(id)]) + u'\t' + QString::number(fine[std::size_t(id)]) + u'\n';
    }
    return text;
}

} // namespace galley
