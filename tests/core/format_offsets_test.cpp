// Every format exports offsets in code points: with an emoji (one code point, two UTF-16 units)
// before the span, the exported numbers are pinned here, so a unit mistake shared by export and
// import (which a round trip cannot see) still fails.
#include "annotation_fixture.h"

#include "formats/annotation_format.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace galley;

class FormatOffsetsTest : public QObject
{
    Q_OBJECT

private slots:
    void jsonFormats_countCodePoints_data();
    void jsonFormats_countCodePoints();
    void brat_countsCodePoints();
};

namespace {

// "🎉 Ann met Bob.": Bob is code points 10-13, UTF-16 units 11-14.
AnnotationSet emojiBeforeSpan()
{
    AnnotationSet set;
    set.text = QString::fromUtf8("\xF0\x9F\x8E\x89 Ann met Bob.");
    set.sourcePath = QStringLiteral("/pages/party.html");
    set.spans.append(fixture::span(QStringLiteral("s1"), QStringLiteral("PER"), set.text, QStringLiteral("Bob")));
    return set;
}

QByteArray exported(const QString &formatName, const QString &fileSuffix)
{
    const ExportResult result = findAnnotationFormat(formatName)->write({emojiBeforeSpan()}, QStringLiteral("party"));
    for (const FormatFile &file : result.files) {
        if (file.name.endsWith(fileSuffix))
            return file.content;
    }
    qFatal("%s wrote no *%s", qPrintable(formatName), qPrintable(fileSuffix));
    return {};
}

// Every {"start": N, "end": M} pair anywhere in the document.
void collectRanges(const QJsonValue &value, QList<QPair<int, int>> &ranges)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectRanges(item, ranges);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.value(u"start").isDouble() && object.value(u"end").isDouble())
            ranges.append({object.value(u"start").toInt(), object.value(u"end").toInt()});
        for (const QJsonValue &member : object)
            collectRanges(member, ranges);
    }
}

} // namespace

void FormatOffsetsTest::jsonFormats_countCodePoints_data()
{
    QTest::addColumn<QString>("formatName");
    QTest::addColumn<QString>("fileSuffix");
    QTest::newRow("jsonl") << QStringLiteral("jsonl") << QStringLiteral(".jsonl");
    QTest::newRow("label-studio") << QStringLiteral("label-studio") << QStringLiteral(".json");
    QTest::newRow("w3c") << QStringLiteral("w3c") << QStringLiteral(".jsonld");
    QTest::newRow("spacy") << QStringLiteral("spacy") << QStringLiteral(".json");
    QTest::newRow("galley") << QStringLiteral("galley") << QStringLiteral(".galley.json");
}

void FormatOffsetsTest::jsonFormats_countCodePoints()
{
    QFETCH(QString, formatName);
    QFETCH(QString, fileSuffix);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(exported(formatName, fileSuffix), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QList<QPair<int, int>> ranges;
    collectRanges(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), ranges);
    QVERIFY2(ranges.contains(QPair<int, int>(10, 13)), qPrintable(QString::number(ranges.size()) + " ranges"));
    QVERIFY(!ranges.contains(QPair<int, int>(11, 14)));   // UTF-16 units
}

void FormatOffsetsTest::brat_countsCodePoints()
{
    const QString ann = QString::fromUtf8(exported(QStringLiteral("brat"), QStringLiteral(".ann")));
    QVERIFY2(ann.contains(QStringLiteral("\tPER 10 13\tBob\n")), qPrintable(ann));
}

QTEST_GUILESS_MAIN(FormatOffsetsTest)
#include "format_offsets_test.moc"
