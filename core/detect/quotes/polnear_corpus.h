#pragma once

#include "detect/quotes/quote.h"
#include "detect/quotes/quote_tags.h"
#include "load/load_error.h"
#include "util/expected.h"

#include <QList>
#include <QString>

#include <array>

namespace galley {

// One annotated attribution of PolNeAR: its Source, Cue and Content, each possibly
// discontinuous (several fragments). Offsets are UTF-16 into the document text (the files count
// code points; the reader converts).
struct PolnearAttribution
{
    QList<TextRange> source;
    QList<TextRange> cue;
    QList<TextRange> content;
};

struct PolnearDocument
{
    QString name;        // the article's file name without .txt
    QString text;
    // Every Source, Cue and Content fragment of the file, by role (also those no relation uses).
    std::array<QList<TextRange>, kQuoteRoleCount> spans;
    QList<PolnearAttribution> attributions;
};

struct PolnearCorpus
{
    QList<PolnearDocument> documents;
};

// Reads one article: text/<name>.txt and a brat standoff file (T lines with "start end;start end"
// fragments in code points, span text that may run over several lines, E relation lines).
Expected<PolnearDocument, LoadError> readPolnearDocument(const QString &textPath, const QString &annotationPath);

// Which annotation files of an article are read (a few articles have one per annotator).
enum class PolnearAnnotators {
    First,   // the first in name order: every article once, as the scorer wants it
    Every,   // one document per annotation file: more training data
};

// A split folder (train/ or dev/ with text/ and attributions/).
Expected<PolnearCorpus, LoadError> readPolnearSplit(const QString &splitFolder,
                                                    PolnearAnnotators annotators = PolnearAnnotators::First);

} // namespace galley
