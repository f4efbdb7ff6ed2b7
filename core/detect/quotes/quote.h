#pragma once

#include <QStringView>
#include <QtGlobal>

namespace galley {

enum class QuoteKind { Direct, Partial, Indirect };

// A stretch [start, end) of the analysed text in UTF-16 code units; empty (start == end == -1)
// when absent.
struct TextRange
{
    qsizetype start = -1;
    qsizetype end = -1;

    bool isEmpty() const { return start < 0 || end <= start; }
    bool intersects(TextRange other) const { return !isEmpty() && !other.isEmpty() && start < other.end && other.start < end; }
    friend bool operator==(const TextRange &, const TextRange &) = default;
};

// The words of `range` in `text`.
inline QStringView textOf(QStringView text, TextRange range) { return text.mid(range.start, range.end - range.start); }

// One attribution: what was said (content), the reporting words (cue) and who said it
// (speaker mention as written: a name, a pronoun, a description). Offsets are UTF-16 code
// units into the analysed text.
struct Quote
{
    TextRange content;   // direct and partial quotes: the quoted words, marks excluded
    QuoteKind kind = QuoteKind::Direct;
    TextRange cue;       // "said", "told Sputnik", "according to"; may be empty
    TextRange speaker;   // the speaker mention; empty when the text names none
    // 0 … 1: how likely what was said and who said it are both right (calibrated on PolNeAR dev,
    // see QuoteConfidenceCalibration); -1 when the quote model has no calibration.
    float confidence = -1.0f;
};

} // namespace galley
