#pragma once

#include "corpus/corpus.h"
#include "util/expected.h"

#include <QList>
#include <QStringList>

namespace galley {

struct ReviewerProgress
{
    QString reviewer;
    int done = 0;    // layers done or adjudicated
    int total = 0;   // layers assigned
};

// The reviewers who have layers in the corpus (neither the detectors nor gold), by name.
Expected<QStringList, QString> corpusReviewers(Corpus &corpus);

// Done against assigned layers for each reviewer, by name.
Expected<QList<ReviewerProgress>, QString> reviewerProgress(Corpus &corpus);

} // namespace galley
