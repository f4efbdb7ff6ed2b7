#include "document_loading.h"

#include "extract/article_extractor.h"
#include "pipeline/annotator.h"

#include <QFile>

namespace galley {

bool isWarcFile(const QString &path)
{
    QFile file(path);
    const QByteArray head = file.open(QIODevice::ReadOnly) ? file.read(4096) : QByteArray();
    return detectPageFormat(path, head) == PageFormat::Warc;
}

WarcListResult listDocumentRecords(const QString &path)
{
    return listWarcRecords(path);
}

DocumentResult loadDocument(const QString &path, int warcRecord)
{
    LoadOptions options;
    options.warcRecord = warcRecord;
    auto page = loadPage(path, options);
    if (!page)
        return page.error();
    LoadedDocument document;
    document.page = std::move(page).value();
    document.article = extractArticle(document.page);
    // The detectors' models load once, on the first document; annotating is thread-safe.
    static const auto annotator = Annotator::load();
    if (annotator) {
        document.annotations = annotator->annotate(document.article, document.page);
    } else {
        document.annotations.sourcePath = document.article.sourcePath;
        document.annotations.text = document.article.text;
    }
    return document;
}

} // namespace galley
