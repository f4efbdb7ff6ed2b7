#pragma once

#include "detect/quotes/analysed_text.h"

#include <QList>

namespace galley {

// The stretches of a paragraph the quote tagger's LSTM reads at once: the whole paragraph, or
// for one over kMaxLstmPiece tokens pieces of whole sentences (a sentence longer than that, or a
// text without sentences, in pieces of kMaxLstmPiece tokens). A text copy with no line break is
// one paragraph, and the LSTM keeps a few kilobytes per token of a piece while training.
constexpr qsizetype kMaxLstmPiece = 1000;
QList<TokenSpan> lstmPieces(const AnalysedText &text, TokenSpan paragraph);

} // namespace galley
