#pragma once

// A corpus of three text pages that reviewers "ann" and "bob" both annotated and marked done:
//   document 1: agree on ORG "city council" and LOC "Riverton"; DATE "Monday" (ann) vs "on Monday"
//               (bob) and PER "Elena Varga" (ann) vs "Mayor Elena Varga" (bob) overlap;
//   document 2: agree on LOC "Harbor Bay"; ORG "Officials" only bob, MONEY "40 million dollars" only ann;
//   document 3: agree on everything (LOC "Lakeside").

#include "annotation/annotation_set.h"
#include "corpus/corpus.h"
#include "corpus/corpus_documents.h"
#include "corpus/corpus_import.h"
#include "corpus/corpus_layers.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace galley::test {

struct ReviewerSpan
{
    QString label;
    QString phrase;
};

inline Span spanOf(const QString &text, const ReviewerSpan &wanted, int number)
{
    Span span;
    span.id = QStringLiteral("s%1").arg(number);
    span.label = wanted.label;
    span.start = int(text.indexOf(wanted.phrase));
    span.end = span.start + int(wanted.phrase.size());
    span.text = wanted.phrase;
    span.status = ReviewStatus::Accepted;
    return span;
}

inline AnnotationSet reviewerLayer(const QString &text, const QString &reviewer, const QList<ReviewerSpan> &spans)
{
    AnnotationSet layer;
    layer.text = text;
    layer.reviewer = reviewer;
    layer.document.status = DocumentStatus::Done;
    for (const ReviewerSpan &wanted : spans)
        layer.spans.append(spanOf(text, wanted, int(layer.spans.size()) + 1));
    return layer;
}

struct TwoReviewerCorpus
{
    QTemporaryDir dir;
    std::unique_ptr<Corpus> corpus;
    QList<CorpusDocument> documents;   // in id order
    QList<QString> texts;

    QString folder() const { return dir.filePath(QStringLiteral("corpus")); }

    // Empty when everything was set up, else what went wrong.
    QString build()
    {
        const QStringList pages = {
            QStringLiteral("The city council met on Monday in Riverton. Mayor Elena Varga said the vote would pass.\n"),
            QStringLiteral("Officials in Harbor Bay said the bridge would cost 40 million dollars.\n"),
            QStringLiteral("Residents of Lakeside asked questions for an hour.\n"),
        };
        const QString input = dir.filePath(QStringLiteral("in"));
        QDir().mkpath(input);
        for (int i = 0; i < pages.size(); ++i) {
            QFile file(QDir(input).filePath(QStringLiteral("page%1.txt").arg(i)));
            if (!file.open(QIODevice::WriteOnly))
                return file.errorString();
            file.write(pages[i].toUtf8());
        }
        auto created = Corpus::create(folder());
        if (!created)
            return created.error();
        corpus = std::move(*created);
        importIntoCorpus(*corpus, {input}, nullptr);
        auto found = findDocuments(*corpus, {});
        if (!found || found->size() != 3)
            return QStringLiteral("the import did not give three documents");
        std::sort(found->begin(), found->end(), [](const auto &a, const auto &b) { return a.id < b.id; });
        documents = *found;
        const QList<QList<ReviewerSpan>> ann = {
            {{QStringLiteral("ORG"), QStringLiteral("city council")}, {QStringLiteral("DATE"), QStringLiteral("Monday")},
             {QStringLiteral("LOC"), QStringLiteral("Riverton")}, {QStringLiteral("PER"), QStringLiteral("Elena Varga")}},
            {{QStringLiteral("LOC"), QStringLiteral("Harbor Bay")}, {QStringLiteral("MONEY"), QStringLiteral("40 million dollars")}},
            {{QStringLiteral("LOC"), QStringLiteral("Lakeside")}},
        };
        const QList<QList<ReviewerSpan>> bob = {
            {{QStringLiteral("ORG"), QStringLiteral("city council")}, {QStringLiteral("DATE"), QStringLiteral("on Monday")},
             {QStringLiteral("LOC"), QStringLiteral("Riverton")}, {QStringLiteral("PER"), QStringLiteral("Mayor Elena Varga")}},
            {{QStringLiteral("ORG"), QStringLiteral("Officials")}, {QStringLiteral("LOC"), QStringLiteral("Harbor Bay")}},
            {{QStringLiteral("LOC"), QStringLiteral("Lakeside")}},
        };
        for (int i = 0; i < documents.size(); ++i) {
            const auto stored = findDocument(*corpus, QString::number(documents[i].id));
            if (!stored)
                return stored.error();
            texts.append(stored->text);
            for (const AnnotationSet &layer : {reviewerLayer(stored->text, QStringLiteral("ann"), ann[i]),
                                               reviewerLayer(stored->text, QStringLiteral("bob"), bob[i])}) {
                for (const Span &span : layer.spans) {
                    if (span.start < 0)
                        return QStringLiteral("phrase not in the text: ") + span.text;
                }
                if (const auto problem = saveLayer(*corpus, documents[i].id, documents[i].contentHash, layer))
                    return *problem;
            }
        }
        return {};
    }
};

} // namespace galley::test
