#pragma once

#include <QString>

#include <optional>

namespace galley {

// What a corpus layer file belongs to: corpus/annotations/HASH/REVIEWER.galley.json lies in a
// corpus whose pages/ holds a copy of the page, wherever the original has gone since import.
struct CorpusLayerFile
{
    QString corpusFolder;
    qint64 documentId = 0;
    QString contentHash;
    QString reviewer;
    QString pagePath;
    int record = -1;   // the record of a web archive, -1 for other pages
};

// std::nullopt when the file is not in a corpus or the corpus has no such document.
std::optional<CorpusLayerFile> findCorpusLayerFile(const QString &layerFile);

} // namespace galley
