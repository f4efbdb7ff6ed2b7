#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace galley {

// A text with every run of whitespace (spaces, tabs, CR, LF, no-break spaces…) folded to one
// space, and the way back: CRLF vs LF and re-wrapped or collapsed whitespace compare equal.
// All offsets are UTF-16 code units.
struct FoldedText
{
    QString text;
    QList<int> originalStart;   // per folded unit: where its original run starts
    QList<int> originalEnd;     // per folded unit: where its original run ends
    QList<int> foldedIndex;     // per original unit, plus one for the end: the folded unit holding it

    int toFolded(int originalOffset) const { return foldedIndex[originalOffset]; }
    // The folded range covering the original [start, end); an empty range stays empty.
    int toFoldedEnd(int originalStart, int originalEnd) const
    {
        return originalEnd > originalStart ? foldedIndex[originalEnd - 1] + 1 : foldedIndex[originalStart];
    }
};

FoldedText foldWhitespace(QStringView text);

// Just the folded string, for comparing short texts.
QString foldedWhitespace(QStringView text);

} // namespace galley
