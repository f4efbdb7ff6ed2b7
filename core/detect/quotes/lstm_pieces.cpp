#include "lstm_pieces.h"

#include <algorithm>

namespace galley {

QList<TokenSpan> lstmPieces(const AnalysedText &text, TokenSpan paragraph)
{
    QList<TokenSpan> pieces;
    qsizetype begin = std::max<qsizetype>(0, paragraph.begin);
    while (begin < paragraph.end) {
        qsizetype end = std::min(paragraph.end, begin + kMaxLstmPiece);
        if (end < paragraph.end && end < text.sentenceOfToken.size()) {
            const qsizetype sentence = text.sentenceOfToken[end];
            const bool known = sentence >= 0 && sentence < text.sentences.size();
            const qsizetype sentenceStart = known ? text.sentences[sentence].tokenBegin : -1;
            if (sentenceStart > begin)
                end = sentenceStart;   // back to the last sentence start in the piece
        }
        pieces.append({begin, end});
        begin = end;
    }
    return pieces;
}

} // namespace galley
