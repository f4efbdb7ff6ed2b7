#pragma once

#include <QStringList>

namespace galley {

// " — a layer cannot be read: MESSAGE (and 2 more: see the tooltip)" for the documents a corpus
// view left out (CorpusAgreement::leftOut, AdjudicationQueue::leftOut); empty when none was.
QString leftOutDocumentsNote(const QStringList &leftOut);

} // namespace galley
