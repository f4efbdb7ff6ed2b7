#include "extract/text_segments.h"

namespace galley {

namespace {

struct Line
{
    qsizetype lineStart = 0;   // UTF-16 offset into the content where the line begins
    qsizetype start = 0;       // UTF-16 offsets into the content, trimmed of layout spaces
    qsizetype end = 0;
    bool blank() const { return start == end; }
};

bool isLineBreak(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QChar(0x2028) || c == QChar(0x2029);
}

QList<Line> splitLines(const QString &content)
{
    QList<Line> lines;
    qsizetype lineStart = 0;
    const auto addLine = [&](qsizetype lineEnd) {
        Line line{lineStart, lineStart, lineEnd};
        while (line.start < line.end && isLayoutSpace(content.at(line.start)))
            ++line.start;
        while (line.end > line.start && isLayoutSpace(content.at(line.end - 1)))
            --line.end;
        if (line.blank())
            line.start = line.end = lineStart;
        lines.append(line);
    };
    for (qsizetype i = 0; i < content.size(); ++i) {
        const QChar c = content.at(i);
        if (!isLineBreak(c))
            continue;
        addLine(i);
        if (c == QLatin1Char('\r') && i + 1 < content.size() && content.at(i + 1) == QLatin1Char('\n'))
            ++i;
        lineStart = i + 1;
    }
    if (lineStart < content.size())
        addLine(content.size());
    return lines;
}

bool startsListItem(QStringView line)
{
    if (line.size() >= 2 && QStringView(u"-•*·–").contains(line.at(0)) && isLayoutSpace(line.at(1)))
        return true;
    qsizetype digits = 0;
    while (digits < line.size() && line.at(digits).isDigit())
        ++digits;
    return digits > 0 && digits <= 2 && digits + 1 < line.size()
        && (line.at(digits) == QLatin1Char('.') || line.at(digits) == QLatin1Char(')'))
        && isLayoutSpace(line.at(digits + 1));
}

qsizetype firstWordLength(QStringView line)
{
    qsizetype length = 0;
    while (length < line.size() && !isLayoutSpace(line.at(length)))
        ++length;
    return length;
}

// Width in columns (UTF-16 units) of a hard-wrapped copy (a plain-text save or an e-mail), or 0
// when the copy keeps each paragraph on one line as browsers do. A wrapped copy has a short
// longest line, and many lines end near it.
qsizetype wrapWidth(const QList<Line> &lines)
{
    qsizetype widest = 0;
    for (const Line &line : lines)
        widest = std::max(widest, line.end - line.lineStart);
    if (widest < 40 || widest > 100)   // narrower or wider than any editor wraps
        return 0;
    int longLines = 0;
    int nearlyFull = 0;
    for (const Line &line : lines) {
        const qsizetype width = line.end - line.lineStart;
        longLines += width >= 40;
        nearlyFull += width >= widest - 12;
    }
    return nearlyFull >= 3 && nearlyFull * 10 >= longLines * 3 ? widest : 0;
}

// The writer's editor broke the line because the next word did not fit: the line goes on.
bool continuesOnNextLine(const Line &line, const QString &content, const Line &next, qsizetype width)
{
    const QStringView nextText = QStringView(content).mid(next.start, next.end - next.start);
    if (width == 0 || startsListItem(nextText))
        return false;
    constexpr qsizetype kSlack = 2;   // editors wrap a column or two early
    return line.end - line.lineStart + 1 + firstWordLength(nextText) > width - kSlack;
}

} // namespace

bool isLayoutSpace(QChar c)
{
    return c.isSpace() || c == QChar(0xFEFF) || c == QChar(0x200B);
}

QList<TextSegment> splitTextSegments(const QString &content)
{
    const QList<Line> lines = splitLines(content);
    const qsizetype width = wrapWidth(lines);
    QList<TextSegment> segments;
    int blanks = 0;
    const Line *previous = nullptr;   // the last line of the segment being built, if it may go on
    for (const Line &line : lines) {
        if (line.blank()) {
            ++blanks;
            previous = nullptr;
            continue;
        }
        if (previous && continuesOnNextLine(*previous, content, line, width))
            segments.last().sourceEnd = line.end;
        else
            segments.append({line.start, line.end, blanks});
        blanks = 0;
        previous = &line;
    }
    return segments;
}

AlignedText AlignedText::mid(qsizetype textStart, qsizetype textEnd) const
{
    AlignedText slice;
    slice.text = text.mid(textStart, textEnd - textStart);
    for (const AlignmentRun &run : runs) {
        const qsizetype from = std::max<qsizetype>(run.textStart, textStart);
        const qsizetype to = std::min<qsizetype>(run.textStart + run.length, textEnd);
        if (from >= to)
            continue;
        AlignmentRun piece = run;
        piece.textStart = int(from - textStart);
        piece.length = int(to - from);
        piece.sourceStart = int(run.sourceStart + (from - run.textStart));
        slice.runs.append(piece);
    }
    return slice;
}

AlignedText alignSource(const QString &content, qsizetype sourceStart, qsizetype sourceEnd)
{
    AlignedText aligned;
    bool lastWasVerbatim = false;
    const auto append = [&](qsizetype sourceOffset, QChar c, bool verbatim) {
        const int textOffset = int(aligned.text.size());
        aligned.text += c;
        const bool extendsRun = verbatim && lastWasVerbatim;
        lastWasVerbatim = verbatim;
        if (extendsRun) {
            AlignmentRun &last = aligned.runs.last();
            if (last.textStart + last.length == textOffset && last.sourceStart + last.length == sourceOffset) {
                ++last.length;
                return;
            }
        }
        aligned.runs.append({textOffset, 1, -1, int(sourceOffset)});
    };
    qsizetype i = sourceStart;
    while (i < sourceEnd) {
        const QChar c = content.at(i);
        if (!isLayoutSpace(c)) {
            append(i, c, true);
            ++i;
            continue;
        }
        qsizetype runEnd = i;
        while (runEnd < sourceEnd && isLayoutSpace(content.at(runEnd)))
            ++runEnd;
        const bool singleSpace = runEnd - i == 1 && c.isSpace() && !isLineBreak(c) && c != QLatin1Char('\t');
        // A collapsed run stays a run of its own, so every run is a verbatim copy or one space.
        append(i, singleSpace ? c : QLatin1Char(' '), singleSpace);
        i = runEnd;
    }
    return aligned;
}

} // namespace galley
