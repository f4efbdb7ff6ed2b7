#pragma once

#include "detect/ner/feature_hash.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <cstdint>

namespace galley {

// Word classes learnt from unlabelled text: each word has a coarse class and a fine class
// within it (64 x 16 by default). Words are keyed by their normalised form (lower case,
// digits as 0), so the model's features and the cluster file agree.
class WordClusters
{
public:
    struct Classes
    {
        std::uint16_t coarse = 0;
        std::uint16_t fine = 0;   // unique over all coarse classes
    };

    static QString normalisedWord(QStringView word);

    void insert(std::uint64_t normalisedHash, Classes classes) { m_classes.insert(normalisedHash, classes); }
    const Classes *find(std::uint64_t normalisedHash) const
    {
        const auto it = m_classes.constFind(normalisedHash);
        return it == m_classes.cend() ? nullptr : &*it;
    }
    qsizetype size() const { return m_classes.size(); }
    bool isEmpty() const { return m_classes.isEmpty(); }
    // Sorted by hash, for saving byte for byte the same.
    QList<std::pair<std::uint64_t, Classes>> entries() const;

    // "word<TAB>coarse<TAB>fine" lines, as deriveWordClusters() writes them.
    static WordClusters fromText(const QString &text);

    // Spherical k-means over left/right neighbour counts, first `coarse` classes, then `fine`
    // classes inside each. Deterministic for a given input. sentences: token lists.
    struct Options
    {
        int coarse = 64;
        int fine = 16;
        int minCount = 5;
        int maxWords = 60000;
        int contextWords = 1000;
        int iterations = 12;
        quint32 seed = 1998;
    };
    static QString derive(const QList<QStringList> &sentences, const Options &options);

private:
    QHash<std::uint64_t, Classes> m_classes;
};

} // namespace galley
