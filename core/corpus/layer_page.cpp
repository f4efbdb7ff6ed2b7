#include "layer_page.h"

#include "corpus/corpus.h"
#include "corpus/corpus_documents.h"

#include <QDir>
#include <QFileInfo>

namespace galley {

std::optional<CorpusLayerFile> findCorpusLayerFile(const QString &layerFile)
{
    const QFileInfo file(layerFile);
    const QString suffix = QStringLiteral(".galley.json");
    if (!file.fileName().endsWith(suffix))
        return std::nullopt;
    QDir folder = file.absoluteDir();   // annotations/HASH
    const QString hash = folder.dirName();
    if (!folder.cdUp() || folder.dirName() != u"annotations" || !folder.cdUp()
        || !QFileInfo::exists(folder.filePath(Corpus::databaseFileName())))
        return std::nullopt;
    auto corpus = Corpus::open(folder.path());
    if (!corpus)
        return std::nullopt;
    const auto document = findDocument(**corpus, hash);
    if (!document || document->storedPage.isEmpty() || document->row.contentHash != hash)
        return std::nullopt;
    return CorpusLayerFile{folder.path(), document->row.id, hash, file.fileName().chopped(suffix.size()),
                           (*corpus)->absolutePath(document->storedPage), document->row.record};
}

} // namespace galley
