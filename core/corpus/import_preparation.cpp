#include "corpus/import_preparation.h"

#include "annotation/annotation_file.h"
#include "corpus/layer_labels.h"
#include "extract/article_extractor.h"
#include "load/page_loader.h"
#include "pipeline/annotator.h"
#include "util/gzip.h"
#include "util/thread_cpu_time.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace galley {

namespace {

// Adds the processor time since the last lap to a stage's slot.
class StageClock
{
public:
    void lap(qint64 &slot)
    {
        const qint64 now = threadCpuNanoseconds();
        slot += now - m_last;
        m_last = now;
    }

private:
    qint64 m_last = threadCpuNanoseconds();
};

QString siteOf(const Article &article, const Page &page)
{
    if (!article.site.isEmpty())
        return article.site;
    const QString host = QUrl(page.url).host();
    return host.startsWith(QLatin1String("www.")) ? host.mid(4) : host;
}

bool isDamage(const Diagnostic &diagnostic)
{
    return diagnostic.severity != Diagnostic::Severity::Info && diagnostic.code.startsWith(QLatin1String("truncated"));
}

} // namespace

QString storedPageName(const PreparedFile &file)
{
    const QString suffix = QFileInfo(file.path).completeSuffix().toLower();
    return QStringLiteral("pages/") + file.fileHash + (suffix.isEmpty() ? QString() : u'.' + suffix);
}

PreparedFile prepareImportFile(const QString &path, const QSet<QString> &knownHashes, const Annotator *annotator)
{
    PreparedFile prepared;
    prepared.path = path;
    StageClock clock;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        prepared.problem = path + QStringLiteral(": cannot read the file: ") + file.errorString();
        return prepared;
    }
    prepared.bytes = file.readAll();
    const auto pages = loadPages(path);
    if (!pages) {
        prepared.problem = pages.error().toString();
        return prepared;
    }
    // An HTML or text file's one document is hashed over the file's own bytes (uncompressed):
    // its content hash names the stored page too, saving a second SHA-256 of the file.
    const bool wholeFile = pages->size() == 1 && (pages->constFirst().format == PageFormat::Html || pages->constFirst().format == PageFormat::Text)
                        && !looksGzipped(prepared.bytes);
    prepared.fileHash = QString::fromLatin1(
        (wholeFile ? pages->constFirst().contentHash : QCryptographicHash::hash(prepared.bytes, QCryptographicHash::Sha256)).toHex());
    clock.lap(prepared.times.load);
    for (const Page &page : *pages) {
        for (const Diagnostic &diagnostic : page.diagnostics) {
            const QString warning = path + QStringLiteral(": ") + diagnostic.message;
            if (isDamage(diagnostic) && !prepared.warnings.contains(warning))
                prepared.warnings.append(warning);
        }
        const QString contentHash = QString::fromLatin1(page.contentHash.toHex());
        if (knownHashes.contains(contentHash)) {
            ++prepared.duplicates;
            continue;
        }
        const Article article = extractArticle(page);
        clock.lap(prepared.times.extract);
        AnnotationSet set;
        if (annotator) {
            set = annotator->annotate(article, page);
        } else {
            set.sourcePath = page.sourcePath;
            set.record = page.record;
            set.contentHash = contentHash;
            set.text = article.text;
        }
        set.reviewer = Corpus::detectorLayer();
        clock.lap(prepared.times.annotate);
        prepared.documents.append({contentHash, page.record, siteOf(article, page), article.title, article.text,
                                   annotationFileJson(set), labelCounts(set)});
        clock.lap(prepared.times.serialize);
    }
    return prepared;
}

} // namespace galley
