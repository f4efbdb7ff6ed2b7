#pragma once

#include "pipeline/annotation_builder.h"
#include "pipeline/text_analysis.h"
#include "annotation/annotation_set.h"
#include "detect/entities/name_lexicon.h"
#include "detect/ner/ner_model.h"
#include "detect/quotes/quote_model.h"
#include "extract/article.h"
#include "load/load_error.h"
#include "load/page.h"
#include "util/expected.h"

#include <QDate>
#include <QString>
#include <QStringView>

namespace galley {

// The detection pipeline: tokens and sentences, entities (the entity model), entity clusters,
// quotes with resolved speakers, numbers. Loads its models once; annotating is const and may
// run on several threads at once.
class Annotator
{
public:
    Annotator(NerModel model, NameLexicon lexicon, QuoteModel quoteModel, DetectorVersions versions);

    // The shipped models: resources/models/ner-conll.model, resources/ner/gazetteer-debian.txt.gz
    // and resources/models/quotes-polnear.model; without that last file quotes are found by
    // the quote detector's rules alone.
    static Expected<Annotator, LoadError> load(const QString &modelPath = NerModel::defaultPath(),
                                               const QString &lexiconPath = NameLexicon::defaultPath(),
                                               const QString &quoteModelPath = QuoteModel::defaultPath());

    // Every detector over a text. `published` anchors relative dates ("on Thursday"); may be null.
    TextAnalysis analyse(QStringView text, QDate published = {}, StageTimes *times = nullptr) const;

    // An article's annotations: spans over Article::text with their DOM ranges (HTML-based
    // pages), the page's path, record and content hash.
    AnnotationSet annotate(const Article &article, const Page &page) const;
    // Raw text, no page: spans without DOM ranges.
    AnnotationSet annotateText(const QString &text, QDate published = {}) const;

    const DetectorVersions &versions() const { return m_versions; }
    const NerModel &entityModel() const { return m_model; }

private:
    NerModel m_model;
    NameLexicon m_lexicon;
    QuoteModel m_quoteModel;
    DetectorVersions m_versions;
};

} // namespace galley
