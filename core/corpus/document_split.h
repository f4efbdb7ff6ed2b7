#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace galley {

// One document as the splitter sees it.
struct SplitCandidate
{
    QString id;            // stable: the content hash
    QString site;          // empty: the document is a group of its own
    QMap<QString, int> labelCounts;
};

struct SplitRatios
{
    double train = 0.8;
    double dev = 0.1;
    double test = 0.1;
};

inline const QStringList kSplitNames{QStringLiteral("train"), QStringLiteral("dev"), QStringLiteral("test")};

// Assigns every document to "train", "dev" or "test". Deterministic: the same candidates (in any
// order), ratios and seed give the same answer. With `groupBySite` all documents of a site land
// in one split. Groups are shuffled by the seed, then placed largest first into the split that
// most lacks documents and the group's labels relative to its ratio (label counts stay balanced).
QMap<QString, QString> splitDocuments(QList<SplitCandidate> candidates, const SplitRatios &ratios, quint64 seed,
                                      bool groupBySite);

} // namespace galley
