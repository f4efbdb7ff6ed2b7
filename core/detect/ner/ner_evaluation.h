#pragma once

#include "detect/ner/ner_tags.h"
#include "evaluation/confidence_bins.h"

#include <QList>
#include <QString>

#include <array>
#include <vector>

namespace galley {

// An entity as a run of tokens: [tokenBegin, tokenEnd) token indices within one sentence.
struct EntitySpan
{
    int tokenBegin = 0;
    int tokenEnd = 0;
    EntityType type = EntityType::Person;

    friend bool operator==(const EntitySpan &, const EntitySpan &) = default;
};

// Chunks as conlleval reads them: a chunk starts at B-X, or at I-X after O or another type
// (so IOB1 and broken IOB2 sequences score the same way conlleval scores them).
QList<EntitySpan> entitySpans(const QList<TagId> &tags);

struct PrecisionRecall
{
    qint64 truePositives = 0;
    qint64 falsePositives = 0;
    qint64 falseNegatives = 0;

    double precision() const;   // 0..100; 0 when nothing was predicted
    double recall() const;      // 0..100; 0 when there was nothing to find
    double f1() const;          // 0..100
};

// Entity-level scores, exact span and type, as conlleval computes them.
class NerScores
{
public:
    void addSentence(const QList<TagId> &gold, const QList<TagId> &predicted);
    // The same with the tagger's confidence of each predicted tag (NerModel::tagDocument): found
    // entities are also counted by their confidence (entity_confidence.h).
    void addSentence(const QList<TagId> &gold, const QList<TagId> &predicted, const std::vector<float> &tagConfidence);

    // Found entities by confidence: how many, how many exactly right.
    const ConfidenceBins &confidenceBins() const { return m_confidence; }
    // Found entities a span repair rule made or changed: they have no confidence.
    qint64 foundByRules() const { return m_foundByRules; }
    qint64 rightByRules() const { return m_rightByRules; }

    const PrecisionRecall &forType(EntityType type) const { return m_perType[std::size_t(type)]; }
    PrecisionRecall micro() const;
    qint64 tokens() const { return m_tokens; }
    qint64 correctTokens() const { return m_correctTokens; }

    // A table: one line per type and "overall", with P, R, F1 and counts; then the confidence
    // bins, when confidences were given.
    QString toText() const;

private:
    std::array<PrecisionRecall, kEntityTypeCount> m_perType;
    qint64 m_tokens = 0;
    qint64 m_correctTokens = 0;
    ConfidenceBins m_confidence{0.5f, 0.7f, 0.85f, 0.95f, 1.01f};
    qint64 m_foundByRules = 0;
    qint64 m_rightByRules = 0;
};

} // namespace galley
