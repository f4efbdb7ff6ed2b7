#include "agreement/chance_corrected_agreement.h"

#include <QHash>
#include <QMap>

#include <cmath>

namespace galley {

namespace {

std::optional<double> chanceCorrected(double observed, double expected)
{
    if (std::abs(1.0 - expected) < 1e-12)
        return std::nullopt;
    return (observed - expected) / (1.0 - expected);
}

} // namespace

std::optional<double> cohensKappa(const QList<QString> &first, const QList<QString> &second)
{
    if (first.size() != second.size() || first.isEmpty())
        return std::nullopt;
    QHash<QString, int> firstCounts;
    QHash<QString, int> secondCounts;
    int agreements = 0;
    for (qsizetype i = 0; i < first.size(); ++i) {
        ++firstCounts[first[i]];
        ++secondCounts[second[i]];
        if (first[i] == second[i])
            ++agreements;
    }
    const double items = double(first.size());
    double expected = 0;
    for (auto it = firstCounts.cbegin(); it != firstCounts.cend(); ++it)
        expected += (it.value() / items) * (secondCounts.value(it.key()) / items);
    return chanceCorrected(agreements / items, expected);
}

std::optional<double> fleissKappa(const QList<QList<int>> &counts)
{
    if (counts.isEmpty())
        return std::nullopt;
    const qsizetype categories = counts.first().size();
    QList<double> categoryTotals(categories, 0.0);
    double ratings = 0;
    double observedSum = 0;
    int items = 0;
    for (const QList<int> &row : counts) {
        if (row.size() != categories)
            return std::nullopt;
        int raters = 0;
        double agreeingPairs = 0;
        for (int n : row) {
            raters += n;
            agreeingPairs += double(n) * (n - 1);
        }
        if (raters < 2)
            continue;
        for (qsizetype j = 0; j < categories; ++j)
            categoryTotals[j] += row[j];
        ratings += raters;
        observedSum += agreeingPairs / (double(raters) * (raters - 1));
        ++items;
    }
    if (items == 0)
        return std::nullopt;
    double expected = 0;
    for (double total : std::as_const(categoryTotals))
        expected += (total / ratings) * (total / ratings);
    return chanceCorrected(observedSum / items, expected);
}

std::optional<double> krippendorffAlphaNominal(const QList<QList<std::optional<QString>>> &ratings)
{
    if (ratings.isEmpty())
        return std::nullopt;
    const qsizetype units = ratings.first().size();
    // Coincidence matrix o[k][k'] (Krippendorff 2011, section B): each ordered pair of values
    // from different coders in a unit with m values adds 1 / (m − 1).
    QMap<QString, QMap<QString, double>> coincidences;
    for (qsizetype u = 0; u < units; ++u) {
        QList<QString> values;
        for (const auto &coder : ratings) {
            if (coder.size() != units)
                return std::nullopt;
            if (coder[u])
                values.append(*coder[u]);
        }
        const qsizetype m = values.size();
        if (m < 2)
            continue;
        for (qsizetype a = 0; a < m; ++a) {
            for (qsizetype b = 0; b < m; ++b) {
                if (a != b)
                    coincidences[values[a]][values[b]] += 1.0 / double(m - 1);
            }
        }
    }
    QMap<QString, double> marginals;
    double total = 0;
    double disagreement = 0;
    for (auto row = coincidences.cbegin(); row != coincidences.cend(); ++row) {
        for (auto cell = row->cbegin(); cell != row->cend(); ++cell) {
            marginals[row.key()] += cell.value();
            total += cell.value();
            if (cell.key() != row.key())
                disagreement += cell.value();
        }
    }
    double expectedDisagreement = 0;
    for (auto a = marginals.cbegin(); a != marginals.cend(); ++a) {
        for (auto b = marginals.cbegin(); b != marginals.cend(); ++b) {
            if (a.key() != b.key())
                expectedDisagreement += a.value() * b.value();
        }
    }
    if (total <= 1 || expectedDisagreement == 0)
        return std::nullopt;
    return 1.0 - (total - 1.0) * disagreement / expectedDisagreement;
}

} // namespace galley
