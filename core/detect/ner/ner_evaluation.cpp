#include "ner_evaluation.h"

#include "detect/ner/entity_confidence.h"

#include <algorithm>

namespace galley {

QList<EntitySpan> entitySpans(const QList<TagId> &tags)
{
    QList<EntitySpan> spans;
    const int count = int(tags.size());
    for (int i = 0; i < count;) {
        if (isOutside(tags[i])) {
            ++i;
            continue;
        }
        const EntityType type = tagType(tags[i]);
        int end = i + 1;
        while (end < count && !isOutside(tags[end]) && !isBegin(tags[end]) && tagType(tags[end]) == type)
            ++end;
        spans.append({i, end, type});
        i = end;
    }
    return spans;
}

double PrecisionRecall::precision() const
{
    const qint64 predicted = truePositives + falsePositives;
    return predicted == 0 ? 0.0 : 100.0 * double(truePositives) / double(predicted);
}

double PrecisionRecall::recall() const
{
    const qint64 gold = truePositives + falseNegatives;
    return gold == 0 ? 0.0 : 100.0 * double(truePositives) / double(gold);
}

double PrecisionRecall::f1() const
{
    const double p = precision();
    const double r = recall();
    return p + r == 0.0 ? 0.0 : 2.0 * p * r / (p + r);
}

void NerScores::addSentence(const QList<TagId> &gold, const QList<TagId> &predicted)
{
    const QList<EntitySpan> goldSpans = entitySpans(gold);
    const QList<EntitySpan> predictedSpans = entitySpans(predicted);
    for (const EntitySpan &span : predictedSpans) {
        PrecisionRecall &counts = m_perType[std::size_t(span.type)];
        if (goldSpans.contains(span))
            ++counts.truePositives;
        else
            ++counts.falsePositives;
    }
    for (const EntitySpan &span : goldSpans) {
        if (!predictedSpans.contains(span))
            ++m_perType[std::size_t(span.type)].falseNegatives;
    }
    const qsizetype count = std::min(gold.size(), predicted.size());
    m_tokens += count;
    for (qsizetype i = 0; i < count; ++i)
        m_correctTokens += gold[i] == predicted[i] ? 1 : 0;
}

void NerScores::addSentence(const QList<TagId> &gold, const QList<TagId> &predicted,
                            const std::vector<float> &tagConfidence)
{
    addSentence(gold, predicted);
    const QList<EntitySpan> goldSpans = entitySpans(gold);
    for (const EntitySpan &span : entitySpans(predicted)) {
        const float confidence = entityConfidence(tagConfidence, span);
        const bool right = goldSpans.contains(span);
        if (confidence < 0.0f) {
            ++m_foundByRules;
            m_rightByRules += right;
        } else {
            m_confidence.add(confidence, right);
        }
    }
}

PrecisionRecall NerScores::micro() const
{
    PrecisionRecall sum;
    for (const PrecisionRecall &counts : m_perType) {
        sum.truePositives += counts.truePositives;
        sum.falsePositives += counts.falsePositives;
        sum.falseNegatives += counts.falseNegatives;
    }
    return sum;
}

namespace {
QString formatLine(const QString &label, const PrecisionRecall &counts)
{
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
        .arg(label, -8)
        .arg(counts.precision(), 9, 'f', 2)
        .arg(counts.recall(), 9, 'f', 2)
        .arg(counts.f1(), 9, 'f', 2)
        .arg(counts.truePositives, 7)
        .arg(counts.falsePositives, 7)
        .arg(counts.falseNegatives, 7);
}
} // namespace

QString NerScores::toText() const
{
    QString text = QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                       .arg(QStringLiteral("label"), -8)
                       .arg(QStringLiteral("precision"), 9)
                       .arg(QStringLiteral("recall"), 9)
                       .arg(QStringLiteral("F1"), 9)
                       .arg(QStringLiteral("tp"), 7)
                       .arg(QStringLiteral("fp"), 7)
                       .arg(QStringLiteral("fn"), 7);
    for (int type = 0; type < kEntityTypeCount; ++type)
        text += formatLine(QString(entityTypeName(EntityType(type))), m_perType[std::size_t(type)]);
    text += formatLine(QStringLiteral("micro"), micro());
    const double accuracy = m_tokens == 0 ? 0.0 : 100.0 * double(m_correctTokens) / double(m_tokens);
    text += QStringLiteral("token accuracy %1% over %2 tokens\n").arg(accuracy, 0, 'f', 2).arg(m_tokens);
    if (m_confidence.isEmpty())
        return text;
    text += m_confidence.toText(QStringLiteral("found"), QStringLiteral("span and type"));
    if (m_foundByRules > 0)
        text += QStringLiteral("  by a rule    %1 %2\n").arg(m_foundByRules, 7)
                    .arg(100.0 * double(m_rightByRules) / double(m_foundByRules), 6, 'f', 1);
    return text;
}

} // namespace galley
