#pragma once

#include "extract/article.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace galley {

// A stretch of a text copy that may become one block: one line, or the hard-wrapped lines of
// one paragraph joined together. Blank lines always separate segments.
struct TextSegment
{
    qsizetype sourceStart = 0;   // UTF-16 offset into Page::content of the first non-blank character
    qsizetype sourceEnd = 0;     // UTF-16 offset into Page::content, exclusive, after the last one
    int blankLinesBefore = 0;    // empty lines between this segment and the previous one
};

QList<TextSegment> splitTextSegments(const QString &content);

// Whitespace-normalised text of a stretch of the source with its alignment back to it. A single
// space or no-break space between words stays verbatim; longer runs and line breaks become one
// space aligned to the first whitespace character of the run.
struct AlignedText
{
    QString text;
    QList<AlignmentRun> runs;   // node = -1, sourceStart into Page::content

    AlignedText mid(qsizetype textStart, qsizetype textEnd) const;   // UTF-16 offsets into text
};

AlignedText alignSource(const QString &content, qsizetype sourceStart, qsizetype sourceEnd);

// True for characters that only lay the text out: spaces of every kind (U+00A0 included),
// line breaks, byte-order marks and zero-width spaces.
bool isLayoutSpace(QChar c);

} // namespace galley
