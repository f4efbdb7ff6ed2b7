#include "corpus_layer_file.h"

#include "corpus/corpus.h"
#include "corpus/corpus_documents.h"

#include <QDir>
#include <QFileInfo>

namespace galley {

std::optional<CorpusLayerFile> findCorpusLayerFile(const QString &layerFile)
{
    const auto parts = Corpus::layerFileParts(layerFile);
    if (!parts || !QFileInfo::exists(QDir(parts->folder).filePath(Corpus::databaseFileName())))
        return std::nullopt;
    auto corpus = Corpus::open(parts->folder);
    if (!corpus)
        return std::nullopt;
    const auto document = findDocument(**corpus, parts->contentHash);
    if (!document || document->storedPage.isEmpty() || document->row.contentHash != parts->contentHash)
        return std::nullopt;
    return CorpusLayerFile{parts->folder, document->row.id, parts->contentHash, parts->layer,
                           (*corpus)->absolutePath(document->storedPage), document->row.record};
}

} // namespace galley
