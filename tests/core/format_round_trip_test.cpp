// Export then import must give back the same annotation set, for everything each two-way
// format carries, on text with emoji, combining marks, CRLF, tabs and right-to-left script.
#include "annotation_fixture.h"
#include "annotation_set_difference.h"

#include "formats/annotation_format.h"
#include "formats/format_io.h"
#include "text/code_point_index.h"

#include <QRegularExpression>
#include <QTest>

using namespace galley;

Q_DECLARE_METATYPE(galley::AnnotationSet)

class FormatRoundTripTest : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_givesTheSameSet_data();
    void roundTrip_givesTheSameSet();
    void roundTrip_keepsSeveralDocuments_data();
    void roundTrip_keepsSeveralDocuments();
    void brat_textMatchesTheTxtSliceAndSplitsAtLineBreaks();
    void brat_warnsAboutWhatItCannotCarry();
    void conll_keepsEntitySpansOfNormalisedText();
    void conll_leavesOutOverlappingEntitiesWithAWarning();
};

namespace {

const AnnotationFormat &format(const QString &name)
{
    const AnnotationFormat *found = findAnnotationFormat(name);
    if (!found)
        qFatal("no format %s", qPrintable(name));
    return *found;
}

QList<AnnotationSet> roundTrip(const QString &formatName, const QList<AnnotationSet> &sets)
{
    const ExportResult exported = format(formatName).write(sets, QStringLiteral("article"));
    auto imported = importFormatFiles(format(formatName), exported.files);
    if (!imported)
        qFatal("%s", qPrintable(imported.error().toString()));
    return *imported;
}

QString withoutWhitespace(QString text)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    return text.remove(whitespace);
}

// What brat has no place for: document fields, source, hash and reviewer.
AnnotationSet withoutDocumentLevel(AnnotationSet set)
{
    set.sourcePath.clear();
    set.record = -1;
    set.contentHash.clear();
    set.reviewer.clear();
    set.document = {};
    return set;
}

// Already in CoNLL's shape: single spaces between tokens.
AnnotationSet twoEntities(const QString &place)
{
    AnnotationSet set;
    set.text = QStringLiteral("Putin met Erdo\u011Fan in ") + place + QStringLiteral(" .");
    set.spans = {fixture::span(QStringLiteral("a"), QStringLiteral("PER"), set.text, QStringLiteral("Putin")),
                 fixture::span(QStringLiteral("b"), QStringLiteral("LOC"), set.text, place)};
    for (Span &span : set.spans)
        span.status = ReviewStatus::Added;
    return set;
}

} // namespace

void FormatRoundTripTest::roundTrip_givesTheSameSet_data()
{
    QTest::addColumn<QString>("formatName");
    QTest::addColumn<AnnotationSet>("expected");
    const AnnotationSet rich = fixture::richAnnotationSet();
    QTest::newRow("galley") << QStringLiteral("galley") << rich;
    QTest::newRow("jsonl") << QStringLiteral("jsonl") << rich;
    QTest::newRow("label-studio") << QStringLiteral("label-studio") << rich;
    QTest::newRow("brat") << QStringLiteral("brat") << withoutDocumentLevel(rich);
}

void FormatRoundTripTest::roundTrip_givesTheSameSet()
{
    QFETCH(QString, formatName);
    QFETCH(AnnotationSet, expected);
    const QList<AnnotationSet> imported = roundTrip(formatName, {fixture::richAnnotationSet()});
    QCOMPARE(imported.size(), 1);
    if (imported.first() != expected)
        qWarning() << firstDifference(imported.first(), expected);
    QCOMPARE(imported.first(), expected);
}

void FormatRoundTripTest::roundTrip_keepsSeveralDocuments_data()
{
    QTest::addColumn<QString>("formatName");
    QTest::newRow("jsonl") << QStringLiteral("jsonl");
    QTest::newRow("label-studio") << QStringLiteral("label-studio");
    QTest::newRow("conll") << QStringLiteral("conll");
}

void FormatRoundTripTest::roundTrip_keepsSeveralDocuments()
{
    QFETCH(QString, formatName);
    const QList<AnnotationSet> sets{twoEntities(QStringLiteral("Kazan")), twoEntities(QStringLiteral("Sochi"))};
    QList<AnnotationSet> imported = roundTrip(formatName, sets);
    QCOMPARE(imported.size(), 2);
    if (formatName == QLatin1String("conll")) {
        // CoNLL numbers its spans itself.
        for (AnnotationSet &set : imported) {
            QCOMPARE(set.spans.size(), 2);
            set.spans[0].id = QStringLiteral("a");
            set.spans[1].id = QStringLiteral("b");
        }
    }
    for (int i = 0; i < 2; ++i) {
        if (imported[i] != sets[i])
            qWarning() << firstDifference(imported[i], sets[i]);
    }
    QCOMPARE(imported, sets);
}

void FormatRoundTripTest::brat_textMatchesTheTxtSliceAndSplitsAtLineBreaks()
{
    const AnnotationSet set = fixture::richAnnotationSet();
    const ExportResult exported = format(QStringLiteral("brat")).write({set}, QStringLiteral("article"));
    QCOMPARE(exported.files.size(), 3);
    QCOMPARE(exported.files[0].name, QStringLiteral("article.txt"));
    QCOMPARE(exported.files[1].name, QStringLiteral("article.ann"));
    QCOMPARE(exported.files[2].name, QStringLiteral("annotation.conf"));
    const QString txt = QString::fromUtf8(exported.files[0].content);
    QCOMPARE(txt, set.text);

    // brat counts code points: its Python slices the .txt by them.
    QList<uint> codePoints = txt.toUcs4();
    int textBoundLines = 0;
    bool sawFragments = false;
    for (const QString &line : QString::fromUtf8(exported.files[1].content).split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.startsWith(u'T'))
            continue;
        ++textBoundLines;
        const QStringList fields = line.split(u'\t');
        QCOMPARE(fields.size(), 3);
        const QStringList ranges = fields[1].section(u' ', 1).split(u';');
        sawFragments = sawFragments || ranges.size() > 1;
        QStringList slices;
        for (const QString &range : ranges) {
            const int start = range.section(u' ', 0, 0).toInt(), end = range.section(u' ', 1, 1).toInt();
            const QString slice = QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()) + start,
                                                    end - start);
            QVERIFY2(!slice.contains(u'\n') && !slice.contains(u'\r'), qPrintable(line));
            slices.append(slice);
        }
        QCOMPARE(fields[2], slices.join(u' '));
    }
    QCOMPARE(textBoundLines, set.spans.size());
    QVERIFY(sawFragments);

    const QString conf = QString::fromUtf8(exported.files[2].content);
    QVERIFY(conf.contains(QStringLiteral("[entities]\nCARDINAL\nCUE\nLOC\nMISC\nORG\nPER\nQUANTITY\nQUOTE\n")));
    QVERIFY(conf.contains(QStringLiteral("speaker\tArg1:QUOTE, Arg2:PER\n")));
    QVERIFY(conf.contains(QStringLiteral("cue\tArg1:QUOTE, Arg2:CUE\n")));
    QVERIFY(conf.contains(QStringLiteral("Status\tArg:<ENTITY>, Value:pending|accepted|rejected|edited|added\n")));
    QVERIFY(conf.contains(QStringLiteral("kind\tArg:QUOTE, Value:direct|partial\n")));
    QVERIFY(conf.contains(QStringLiteral("<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n")));
}

void FormatRoundTripTest::brat_warnsAboutWhatItCannotCarry()
{
    AnnotationSet set = fixture::richAnnotationSet();
    set.clusters.append({QStringLiteral("c9"), QStringLiteral("ORG"), QStringLiteral("Nobody")});
    const ExportResult exported = format(QStringLiteral("brat")).write({set}, QStringLiteral("article"));
    const QString warnings = exported.warnings.join(u'\n');
    QVERIFY2(warnings.contains(QStringLiteral("cluster c9")), qPrintable(warnings));
    QVERIFY2(warnings.contains(QStringLiteral("document fields")), qPrintable(warnings));
}

void FormatRoundTripTest::conll_keepsEntitySpansOfNormalisedText()
{
    const AnnotationSet rich = fixture::richAnnotationSet();
    const QList<AnnotationSet> once = roundTrip(QStringLiteral("conll"), {rich});
    QCOMPARE(once.size(), 1);
    // Single spaces between tokens, one sentence a line; every other whitespace is gone.
    const AnnotationSet &imported = once.first();
    QVERIFY(!imported.text.contains(u'\t'));
    QVERIFY(!imported.text.contains(u'\r'));
    QVERIFY(!imported.text.contains(QStringLiteral("  ")));
    QCOMPARE(withoutWhitespace(imported.text), withoutWhitespace(rich.text));
    QVERIFY(imported.text.contains(QStringLiteral(" . \u201D\nThe UN (")));
    QStringList labels;
    for (const Span &span : imported.spans)
        labels.append(span.label + u'=' + withoutWhitespace(span.text));
    // Rejected and non-entity spans are not tagged; MISC "Syrian President Bashar al-Assad" holds PER.
    QCOMPARE(labels, (QStringList{QStringLiteral("MISC=SyrianPresidentBasharal-Assad"),
                                  QString::fromUtf8("LOC=Aleppo\xF0\x9F\x87\xB8\xF0\x9F\x87\xBE"),
                                  QString::fromUtf8("MISC=Cafe\xCC\x81"), QString::fromUtf8("PER=\xF0\x9D\x94\x98lf"),
                                  QStringLiteral("PER=Assad")}));
    // Text in CoNLL's own shape comes back exactly.
    QCOMPARE(roundTrip(QStringLiteral("conll"), once), once);
}

void FormatRoundTripTest::conll_leavesOutOverlappingEntitiesWithAWarning()
{
    const ExportResult exported = format(QStringLiteral("conll")).write({fixture::richAnnotationSet()}, QStringLiteral("a"));
    QCOMPARE(exported.files.size(), 1);
    QVERIFY2(exported.warnings.join(u' ').contains(QStringLiteral("1 entity span left out")),
             qPrintable(exported.warnings.join(u' ')));
    const QString conll = QString::fromUtf8(exported.files.first().content);
    QVERIFY(conll.startsWith(QStringLiteral("-DOCSTART- -X- -X- O\n\nSyrian -X- -X- B-MISC\nPresident -X- -X- I-MISC\n")));
}

QTEST_GUILESS_MAIN(FormatRoundTripTest)
#include "format_round_trip_test.moc"
