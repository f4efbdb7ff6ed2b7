#include "extract/extraction_metrics.h"

#include <QHash>

namespace galley {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

QString collapsed(const QString &text)
{
    return text.simplified().toLower();
}

} // namespace

QStringList wordTokens(const QString &text)
{
    QStringList tokens;
    const QString lower = text.toLower();
    qsizetype start = -1;
    for (qsizetype i = 0; i <= lower.size(); ++i) {
        const bool word = i < lower.size() && isWordChar(lower.at(i));
        if (word && start < 0)
            start = i;
        else if (!word && start >= 0) {
            tokens.append(lower.mid(start, i - start));
            start = -1;
        }
    }
    return tokens;
}

BagOfWordsScore bagOfWordsScore(const QString &predicted, const QString &gold)
{
    const QStringList predictedTokens = wordTokens(predicted);
    const QStringList goldTokens = wordTokens(gold);
    BagOfWordsScore score;
    if (goldTokens.isEmpty()) {
        if (predictedTokens.isEmpty())
            score.precision = score.recall = score.f1 = 1;
        return score;
    }
    if (predictedTokens.isEmpty())
        return score;
    QHash<QString, int> goldCounts;
    for (const QString &token : goldTokens)
        ++goldCounts[token];
    qsizetype shared = 0;
    for (const QString &token : predictedTokens) {
        auto it = goldCounts.find(token);
        if (it != goldCounts.end() && *it > 0) {
            --*it;
            ++shared;
        }
    }
    score.precision = double(shared) / double(predictedTokens.size());
    score.recall = double(shared) / double(goldTokens.size());
    if (score.precision + score.recall > 0)
        score.f1 = 2 * score.precision * score.recall / (score.precision + score.recall);
    return score;
}

bool containsSnippet(const QString &text, const QString &snippet)
{
    return collapsed(text).contains(collapsed(snippet));
}

namespace {

QString foldQuotes(QString value)
{
    for (QChar &c : value) {
        if (c == QChar(0x2018) || c == QChar(0x2019) || c == QChar(0x2032))
            c = u'\'';
        else if (c == QChar(0x201C) || c == QChar(0x201D) || c == QChar(0x2033))
            c = u'"';
    }
    return value;
}

} // namespace

bool containsSnippetFoldingQuotes(const QString &text, const QString &snippet)
{
    return containsSnippet(foldQuotes(text), foldQuotes(snippet));
}

bool titlesMatch(const QString &extracted, const QString &gold)
{
    return collapsed(extracted) == collapsed(gold);
}

bool titlesMatchFoldingQuotes(const QString &extracted, const QString &gold)
{
    return titlesMatch(foldQuotes(extracted), foldQuotes(gold));
}

bool datesMatch(const QString &extracted, const QString &gold)
{
    return extracted.size() >= 10 && gold.size() >= 10 && extracted.left(10) == gold.left(10);
}

bool authorMatches(const QStringList &byline, const QString &gold)
{
    const QString wanted = collapsed(gold);
    if (wanted.isEmpty())
        return false;
    for (const QString &name : byline) {
        const QString got = collapsed(name);
        if (got == wanted)
            return true;
        if (got.size() >= 3 && wanted.size() >= 3 && (wanted.contains(got) || got.contains(wanted)))
            return true;
    }
    return false;
}

} // namespace galley
