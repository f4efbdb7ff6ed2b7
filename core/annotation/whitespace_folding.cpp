#include "annotation/whitespace_folding.h"

namespace galley {

FoldedText foldWhitespace(QStringView text)
{
    const int length = int(text.size());
    FoldedText folded;
    folded.text.reserve(length);
    folded.originalStart.reserve(length);
    folded.originalEnd.reserve(length);
    folded.foldedIndex.resize(length + 1);
    int position = 0;
    while (position < length) {
        const int runStart = position;
        if (text[position].isSpace()) {
            while (position < length && text[position].isSpace())
                ++position;
            folded.text.append(u' ');
        } else {
            folded.text.append(text[position]);
            ++position;
        }
        const int index = int(folded.originalStart.size());
        folded.originalStart.append(runStart);
        folded.originalEnd.append(position);
        for (int i = runStart; i < position; ++i)
            folded.foldedIndex[i] = index;
    }
    folded.foldedIndex[length] = int(folded.text.size());
    return folded;
}

QString foldedWhitespace(QStringView text)
{
    QString folded;
    folded.reserve(text.size());
    bool inSpace = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            if (!inSpace)
                folded.append(u' ');
            inSpace = true;
        } else {
            folded.append(c);
            inSpace = false;
        }
    }
    return folded;
}

} // namespace galley
