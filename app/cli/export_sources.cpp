#include "export_sources.h"

#include "annotation/annotation_document.h"
#include "extract/article_extractor.h"
#include "load/page_loader.h"
#include "pipeline/annotator.h"

#include <QFileInfo>

#include <optional>

using namespace galley;

namespace {

// The saved annotations with their journal replayed: unsaved edits are the reviewer's work too.
Expected<AnnotationSet, QString> openSaved(const QString &path, int record, QTextStream &err)
{
    AnnotationDocument document;
    const auto opened = document.open(path, record);
    if (!opened)
        return opened.error().message;
    for (const QString &diagnostic : opened->diagnostics)
        err << "galley-cli export: warning: " << diagnostic << '\n';
    return document.set();
}

} // namespace

Expected<QList<AnnotationSet>, QString> exportedAnnotations(const QString &source, int record, QTextStream &err)
{
    if (isAnnotationFilePath(source)) {
        auto set = openSaved(source, -1, err);
        if (!set)
            return set.error();
        return QList<AnnotationSet>{std::move(*set)};
    }
    LoadOptions options;
    options.warcRecord = record;
    const auto pages = loadPages(source, options);
    if (!pages)
        return pages.error().toString();
    if (record >= 0 && !pages->isEmpty() && pages->constFirst().format != PageFormat::Warc)
        err << "galley-cli export: warning: --record applies to WARC files only; ignored for " << source << '\n';
    std::optional<Annotator> annotator;
    QList<AnnotationSet> sets;
    for (const Page &page : *pages) {
        const QString saved = annotationFilePath(source, page.record);
        if (QFileInfo::exists(saved)) {
            auto set = openSaved(source, page.record, err);
            if (!set)
                return set.error();
            sets.append(std::move(*set));
            continue;
        }
        err << "galley-cli export: " << saved << " does not exist: exporting what the detectors find\n";
        if (!annotator) {
            auto loaded = Annotator::load();
            if (!loaded)
                return loaded.error().toString();
            annotator.emplace(std::move(*loaded));
        }
        sets.append(annotator->annotate(extractArticle(page), page));
    }
    return sets;
}
