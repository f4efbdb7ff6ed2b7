#pragma once

#include "detect/ner/ner_tags.h"
#include "load/load_error.h"
#include "util/expected.h"

#include <QList>
#include <QStringList>

namespace galley {

// CoNLL-2003 column files: one token per line ("word POS chunk NER", token first, gold tag last),
// a blank line between sentences, "-DOCSTART-" lines between documents.
struct ConllSentence
{
    QStringList lines;     // the input lines as read, for writing them back with a tag appended
    QStringList words;     // first column
    QList<TagId> gold;     // last column as IOB2; empty when the file carries no tags
};

struct ConllDocument
{
    QList<ConllSentence> sentences;
    QString docStartLine;   // the -DOCSTART- line that opened the document, or empty
};

struct ConllCorpus
{
    QList<ConllDocument> documents;

    qsizetype sentenceCount() const;
    qsizetype tokenCount() const;
    bool hasGold() const;   // every token has a gold tag
};

// Reads gold tags when the last of at least two columns is a tag; IOB1 starts become B-.
// Lines whose last column is no tag leave the sentence without gold.
ConllCorpus parseConll(const QString &text);
Expected<ConllCorpus, LoadError> readConllFile(const QString &path);

// Writes the corpus back, every token line with the predicted tag appended as a last column.
// predicted[d][s][t] parallels documents/sentences/words.
QString formatTaggedConll(const ConllCorpus &corpus, const QList<QList<QList<TagId>>> &predicted);

} // namespace galley
