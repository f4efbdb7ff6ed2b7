#include "extract/text_segments.h"

#include <QTest>

using namespace galley;

class TextSegmentsTest : public QObject
{
    Q_OBJECT

private slots:
    void splitTextSegments_data();
    void splitTextSegments();
    void splitTextSegments_countsBlankLines();
    void alignSource_collapsesRunsAndKeepsSingleSpaces();
    void alignedTextMid_keepsOrigins();
};

namespace {

QStringList segmentTexts(const QString &content)
{
    QStringList texts;
    for (const TextSegment &segment : galley::splitTextSegments(content))
        texts.append(alignSource(content, segment.sourceStart, segment.sourceEnd).text);
    return texts;
}

QString wrappedParagraph()
{
    // A 60-column hard wrap: each line broke because the next word did not fit.
    return QStringLiteral("The council met on Tuesday evening to debate the harbour plan\n"
                          "that has divided the town for three years, and after four\n"
                          "hours of argument the members voted seven to four in favour\n"
                          "of the expansion proposed by the harbour authority last May.\n");
}

} // namespace

void TextSegmentsTest::splitTextSegments_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<QStringList>("segments");
    QTest::newRow("blank lines separate") << QStringLiteral("One.\n\nTwo.\n") << QStringList{QStringLiteral("One."), QStringLiteral("Two.")};
    QTest::newRow("browser copy keeps lines apart")
        << QStringLiteral("Related stories\nOyster survey finds beds off Gull Point in good health\nNorthline Shipping eyes mainland ferry route\n")
        << QStringList{QStringLiteral("Related stories"), QStringLiteral("Oyster survey finds beds off Gull Point in good health"),
                       QStringLiteral("Northline Shipping eyes mainland ferry route")};
    QTest::newRow("hard wrap joins")
        << wrappedParagraph() + u"\n" + wrappedParagraph()
        << QStringList{QString(wrappedParagraph()).replace(u'\n', u' ').trimmed(),
                       QString(wrappedParagraph()).replace(u'\n', u' ').trimmed()};
    QTest::newRow("hard wrap stops at list items")
        << wrappedParagraph() + u"- first item\n- second item\n"
        << QStringList{QString(wrappedParagraph()).replace(u'\n', u' ').trimmed(), QStringLiteral("- first item"),
                       QStringLiteral("- second item")};
    QTest::newRow("indentation and CRLF") << QStringLiteral("    Title\r\n\r\n    Body text.\r\n")
                                         << QStringList{QStringLiteral("Title"), QStringLiteral("Body text.")};
    QTest::newRow("old Mac and Unicode separators") << QStringLiteral("A\rB\u2029C") << QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    QTest::newRow("byte-order mark") << QStringLiteral("\ufeffTitle") << QStringList{QStringLiteral("Title")};
    QTest::newRow("empty") << QString() << QStringList{};
}

void TextSegmentsTest::splitTextSegments()
{
    QFETCH(QString, content);
    QFETCH(QStringList, segments);
    QCOMPARE(segmentTexts(content), segments);
}

void TextSegmentsTest::splitTextSegments_countsBlankLines()
{
    const QList<TextSegment> segments = galley::splitTextSegments(QStringLiteral("A\n\n\nB\nC"));
    QCOMPARE(segments.size(), 3);
    QCOMPARE(segments.at(0).blankLinesBefore, 0);
    QCOMPARE(segments.at(1).blankLinesBefore, 2);
    QCOMPARE(segments.at(2).blankLinesBefore, 0);
}

void TextSegmentsTest::alignSource_collapsesRunsAndKeepsSingleSpaces()
{
    const QString content = QStringLiteral("of\u00a0the  UN\nsaid");
    const AlignedText aligned = alignSource(content, 0, content.size());
    QCOMPARE(aligned.text, QStringLiteral("of\u00a0the UN said"));
    // "of the" verbatim with its no-break space; each collapsed run is one space of its own.
    QCOMPARE(aligned.runs.size(), 5);
    QCOMPARE(aligned.runs.at(0).length, 6);
    QCOMPARE(aligned.runs.at(1).length, 1);
    QCOMPARE(aligned.runs.at(1).sourceStart, 6);   // the first of the two spaces
    QCOMPARE(aligned.runs.at(3).sourceStart, 10);  // the line break
    for (const AlignmentRun &run : aligned.runs)
        QCOMPARE(run.node, -1);
}

void TextSegmentsTest::alignedTextMid_keepsOrigins()
{
    const QString content = QStringLiteral("MOSCOW  (Agency) — \"Quote\"");
    const AlignedText aligned = alignSource(content, 0, content.size());
    const qsizetype quote = aligned.text.indexOf(u'"');
    const AlignedText tail = aligned.mid(quote, aligned.text.size());
    QCOMPARE(tail.text, QStringLiteral("\"Quote\""));
    QCOMPARE(tail.runs.size(), 1);
    QCOMPARE(tail.runs.first().textStart, 0);
    QCOMPARE(content.mid(tail.runs.first().sourceStart, tail.runs.first().length), tail.text);
}

QTEST_GUILESS_MAIN(TextSegmentsTest)
#include "text_segments_test.moc"
