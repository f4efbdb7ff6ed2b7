#include "extract/text_segments.h"

namespace galley {

namespace {

struct Line
{
    qsizetype start = 0;   // UTF-16 offsets into the content, trimmed of layout spaces
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
        Line line{lineStart, lineEnd};
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

bool endsSentence(QStringView text)
{
    qsizetype end = text.size();
    while (end > 0 && QStringView(u"\"'”’»)]").contains(text.at(end - 1)))
        --end;
    return end > 0 && QStringView(u".!?…:;").contains(text.at(end - 1));
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

QStringView lastWord(QStringView line)
{
    qsizetype start = line.size();
    while (start > 0 && !isLayoutSpace(line.at(start - 1)))
        --start;
    return line.mid(start);
}

// Headlines capitalise most longer words; prose does not.
bool isTitleCase(QStringView line)
{
    int longWords = 0;
    int capitalised = 0;
    for (const QStringView word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.size() < 4 || !word.at(0).isLetter())
            continue;
        ++longWords;
        capitalised += word.at(0).isUpper();
    }
    return longWords > 0 && capitalised * 5 >= longWords * 3;
}

// Hard-wrapped prose: the line breaks mid-sentence and the next line carries on. A line that
// ends on a capitalised word ("… Syria") followed by a capitalised line is taken as two items
// (headline lists, tag lines), which is what a browser copy of separate elements looks like.
bool continuesOnNextLine(QStringView line, QStringView next)
{
    if (endsSentence(line) || startsListItem(next) || isTitleCase(line) || line.size() < 30)
        return false;
    if (next.at(0).isLower())
        return true;
    const QStringView word = lastWord(line);
    const bool endsMidPhrase = line.endsWith(QLatin1Char(',')) || line.endsWith(QLatin1Char('-'))
        || (!word.isEmpty() && word.at(0).isLower());
    return line.size() >= 50 && endsMidPhrase;
}

} // namespace

bool isLayoutSpace(QChar c)
{
    return c.isSpace() || c == QChar(0xFEFF) || c == QChar(0x200B);
}

QList<TextSegment> splitTextSegments(const QString &content)
{
    const QList<Line> lines = splitLines(content);
    QList<TextSegment> segments;
    int blanks = 0;
    bool joinable = false;   // the previous line belongs to the segment being built
    for (const Line &line : lines) {
        if (line.blank()) {
            ++blanks;
            joinable = false;
            continue;
        }
        const QStringView text = QStringView(content).mid(line.start, line.end - line.start);
        if (joinable) {
            TextSegment &current = segments.last();
            const QStringView previousLine = QStringView(content).mid(current.sourceStart, current.sourceEnd - current.sourceStart);
            const qsizetype lastLineStart = previousLine.lastIndexOf(QLatin1Char('\n')) + 1;
            if (continuesOnNextLine(previousLine.mid(lastLineStart), text)) {
                current.sourceEnd = line.end;
                continue;
            }
        }
        segments.append({line.start, line.end, blanks});
        blanks = 0;
        joinable = true;
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
