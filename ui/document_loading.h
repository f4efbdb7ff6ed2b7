#pragma once

#include "annotation/annotation_set.h"
#include "extract/article.h"
#include "load/load_error.h"
#include "load/page.h"
#include "load/page_loader.h"
#include "util/expected.h"

#include <QList>
#include <QString>

namespace galley {

// A page, the article found in it and the annotations found in that: what the window shows.
struct LoadedDocument
{
    Page page;
    Article article;
    AnnotationSet annotations;
};

using DocumentResult = Expected<LoadedDocument, LoadError>;
using WarcListResult = Expected<QList<WarcRecordInfo>, LoadError>;

// Both block for as long as the file takes; the window runs them on the thread pool.
bool isWarcFile(const QString &path);
WarcListResult listDocumentRecords(const QString &path);
DocumentResult loadDocument(const QString &path, int warcRecord = -1);

} // namespace galley
