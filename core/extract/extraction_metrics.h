#pragma once

#include <QString>
#include <QStringList>

namespace galley {

// Scores of one extraction against gold, as the WCXB benchmark defines them.
struct BagOfWordsScore
{
    double precision = 0;
    double recall = 0;
    double f1 = 0;
};

// Lower-cased `\w+` tokens (letters, digits and underscore runs), in text order.
QStringList wordTokens(const QString &text);

// Bag-of-words overlap of predicted and gold tokens. An empty prediction scores 0; an empty
// gold scores 1 only when the prediction is empty too.
BagOfWordsScore bagOfWordsScore(const QString &predicted, const QString &gold);

// Case-insensitive substring test, whitespace runs collapsed on both sides.
bool containsSnippet(const QString &text, const QString &snippet);

// The same with typographic quotes and apostrophes (‘ ’ “ ” ″) folded to ASCII: the WCXB
// gold snippets were written with ASCII quotes while pages use typographic ones.
bool containsSnippetFoldingQuotes(const QString &text, const QString &snippet);

// Case- and whitespace-insensitive equality after trimming.
bool titlesMatch(const QString &extracted, const QString &gold);
// The same with typographic quotes folded to ASCII (the gold titles use ASCII quotes).
bool titlesMatchFoldingQuotes(const QString &extracted, const QString &gold);

// Same calendar day: the first 10 characters (YYYY-MM-DD) agree.
bool datesMatch(const QString &extracted, const QString &gold);

// Gold author equals, contains or is contained in one of the extracted names (ignoring
// case and whitespace); names shorter than 3 characters never match by containment.
bool authorMatches(const QStringList &byline, const QString &gold);

} // namespace galley
