// The export-only formats: W3C Web Annotation, spaCy and CSV tables say what a reader of each
// expects, offsets in code points.
#include "annotation_fixture.h"

#include "formats/annotation_format.h"
#include "formats/csv_row.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUrl>

using namespace galley;

class FormatExportTest : public QObject
{
    Q_OBJECT

private slots:
    void w3c_oneAnnotationPerSpanWithQuoteAndPositionSelectors();
    void labelStudio_scoresTheQuotesConfidence();
    void labelStudio_reviewedIsTheAnnotation_uncheckedThePrediction();
    void conllAndSpacy_cutTokensWhereAnEntityEnds();
    void spacy_entsDoNotOverlapAndSpansAreGrouped();
    void csvRow_quotesAsRfc4180Says();
    void csvRow_defusesFormulas();
    void csvTables_quotesNumbersEntities();
    void csvTables_entityMentionsAreItsNames();
    void csvTables_valuesWithoutExponents();
    void comments_travelOrAreReportedLeftOut();

private:
    const AnnotationSet m_set = fixture::richAnnotationSet();
};

namespace {

ExportResult exportAs(const QString &formatName, const AnnotationSet &set)
{
    return findAnnotationFormat(formatName)->write({set}, QStringLiteral("article"));
}

// [start, end) in code points of text, as Python slices it.
QString codePointSlice(const QString &text, int start, int end)
{
    const QList<uint> codePoints = text.toUcs4();
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()) + start, end - start);
}

QStringList csvLines(const QByteArray &content)
{
    // Only for tables whose fields hold no line break.
    QStringList lines = QString::fromUtf8(content).split(QStringLiteral("\r\n"));
    if (lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

void FormatExportTest::w3c_oneAnnotationPerSpanWithQuoteAndPositionSelectors()
{
    // A page named by a relative path is still an absolute IRI ("file:uni.txt" was none).
    AnnotationSet relative = m_set;
    relative.sourcePath = QStringLiteral("uni.txt");
    relative.record = -1;
    const QJsonObject relativeCollection = QJsonDocument::fromJson(exportAs(QStringLiteral("w3c"), relative).files.first().content).object();
    QCOMPARE(relativeCollection[u"first"][u"items"][0][u"target"][u"source"].toString(),
             QUrl::fromLocalFile(QDir::current().absoluteFilePath(QStringLiteral("uni.txt"))).toString(QUrl::FullyEncoded));

    const ExportResult exported = exportAs(QStringLiteral("w3c"), m_set);
    QCOMPARE(exported.files.size(), 1);
    QCOMPARE(exported.files.first().name, QStringLiteral("article.jsonld"));
    const QJsonObject collection = QJsonDocument::fromJson(exported.files.first().content).object();
    QCOMPARE(collection.value(u"@context").toString(), QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
    QCOMPARE(collection.value(u"type").toString(), QStringLiteral("AnnotationCollection"));
    QCOMPARE(collection.value(u"id").toString(), QStringLiteral("file:///pages/aleppo%20report.html#galley-record-3-annotations"));
    const QJsonArray items = collection.value(u"first").toObject().value(u"items").toArray();
    QCOMPARE(items.size(), m_set.spans.size());
    QCOMPARE(collection.value(u"total").toInt(), m_set.spans.size());

    for (int i = 0; i < items.size(); ++i) {
        const Span &span = m_set.spans[i];
        const QJsonObject annotation = items[i].toObject();
        const QJsonObject target = annotation.value(u"target").toObject();
        QCOMPARE(target.value(u"source").toString(), QStringLiteral("file:///pages/aleppo%20report.html#record=3"));
        const QJsonArray selectors = target.value(u"selector").toArray();
        QCOMPARE(selectors[0].toObject().value(u"type").toString(), QStringLiteral("TextQuoteSelector"));
        QCOMPARE(selectors[0].toObject().value(u"exact").toString(), span.quote.exact);
        QCOMPARE(selectors[0].toObject().value(u"prefix").toString(), span.quote.prefix);
        const QJsonObject position = selectors[1].toObject();
        QCOMPARE(position.value(u"type").toString(), QStringLiteral("TextPositionSelector"));
        if (span.anchor != AnchorState::Orphaned)
            QCOMPARE(codePointSlice(m_set.text, position.value(u"start").toInt(), position.value(u"end").toInt()), span.text);
        const QJsonArray body = annotation.value(u"body").toArray();
        QCOMPARE(body[0].toObject().value(u"purpose").toString(), QStringLiteral("tagging"));
        QCOMPARE(body[0].toObject().value(u"value").toString(), span.label);
        QCOMPARE(body[1].toObject().value(u"value").toString(), reviewStatusName(span.status));
    }
    const QJsonObject assad = items[0].toObject();
    // one fragment naming record and span ("…#record=3#galley-s1" was no IRI)
    QCOMPARE(assad.value(u"id").toString(),
             QStringLiteral("file:///pages/aleppo%20report.html#galley-record-3-") + m_set.spans[0].id);
    QCOMPARE(assad.value(u"creator").toObject().value(u"type").toString(), QStringLiteral("Person"));
    QCOMPARE(assad.value(u"creator").toObject().value(u"nickname").toString(), QStringLiteral("anna"));
    QCOMPARE(assad.value(u"created").toString(), QStringLiteral("2026-11-25T10:00:00.125Z"));
    const QJsonObject president = items[1].toObject();
    QCOMPARE(president.value(u"creator").toObject().value(u"type").toString(), QStringLiteral("Software"));
    QCOMPARE(president.value(u"creator").toObject().value(u"name").toString(), QStringLiteral("Galley ner conll-3"));
}

void FormatExportTest::labelStudio_scoresTheQuotesConfidence()
{
    const ExportResult exported = exportAs(QStringLiteral("label-studio"), m_set);
    const QJsonArray results = QJsonDocument::fromJson(exported.files.first().content)
                                   .array()[0][u"annotations"][0][u"result"].toArray();
    QStringList scored;
    for (const QJsonValue &result : results) {
        if (result[u"score"].isDouble())
            scored.append(result[u"id"].toString() + u'=' + QString::number(result[u"score"].toDouble()));
    }
    QCOMPARE(scored, QStringList{QStringLiteral("s3=0.87")});   // the quote finder's confidence, where there is one
}

// Every span had gone into one annotation: Label Studio took untouched detector output for a
// labelled task, and showed the spans the reviewer rejected as regions like any other.
void FormatExportTest::labelStudio_reviewedIsTheAnnotation_uncheckedThePrediction()
{
    const auto labelsOf = [](const QJsonValue &results) {
        QStringList regions;
        for (const QJsonValue &result : results.toArray()) {
            if (result[u"type"] == QStringLiteral("labels"))
                regions.append(result[u"id"].toString());
        }
        return regions;
    };
    QJsonArray tasks = QJsonDocument::fromJson(exportAs(QStringLiteral("label-studio"), m_set).files.first().content).array();
    const QJsonValue task = tasks[0];
    QStringList reviewed, pending;
    for (const Span &span : m_set.spans) {
        if (span.status == ReviewStatus::Pending)
            pending.append(span.id);
        else if (span.status != ReviewStatus::Rejected)
            reviewed.append(span.id);
    }
    QVERIFY(!pending.isEmpty() && !reviewed.isEmpty());
    QCOMPARE(task[u"annotations"].toArray().size(), 1);
    QCOMPARE(labelsOf(task[u"annotations"][0][u"result"]), reviewed);
    QCOMPARE(task[u"predictions"].toArray().size(), 1);
    QCOMPARE(labelsOf(task[u"predictions"][0][u"result"]), pending);
    QVERIFY(!task[u"predictions"][0][u"model_version"].toString().isEmpty());

    // Nothing reviewed yet: a task to label, pre-annotated, not a labelled one.
    AnnotationSet unchecked = m_set;
    unchecked.document.status = DocumentStatus::NotStarted;
    for (Span &span : unchecked.spans)
        span.status = ReviewStatus::Pending;
    tasks = QJsonDocument::fromJson(exportAs(QStringLiteral("label-studio"), unchecked).files.first().content).array();
    QVERIFY(tasks[0][u"annotations"].toArray().isEmpty());
    QCOMPARE(labelsOf(tasks[0][u"predictions"][0][u"result"]).size(), unchecked.spans.size());
}

// LOC on "Kyiv" of "Kyiv-based": CoNLL tagged the whole token without a word, and spaCy's entity
// ended inside a token, which spaCy refuses.
void FormatExportTest::conllAndSpacy_cutTokensWhereAnEntityEnds()
{
    AnnotationSet set;
    set.text = QStringLiteral("The Kyiv-based firm met Ann Lee.");
    set.spans = {fixture::span(QStringLiteral("s1"), QStringLiteral("LOC"), set.text, QStringLiteral("Kyiv")),
                 fixture::span(QStringLiteral("s2"), QStringLiteral("PER"), set.text, QStringLiteral("Ann Lee")),
                 fixture::span(QStringLiteral("s3"), QStringLiteral("PER"), set.text, QStringLiteral("Lee"))};
    // CoNLL keeps the tokenizer's tokens (the rebuilt text pairs gold with predictions in eval)
    // and says which span it widened; the span left out is named with the one it overlaps
    const ExportResult conll = exportAs(QStringLiteral("conll"), set);
    const QString columns = QString::fromUtf8(conll.files.first().content);
    QVERIFY2(columns.contains(QStringLiteral("\nKyiv-based -X- -X- B-LOC\n")), qPrintable(columns));
    QCOMPARE(conll.warnings.size(), 2);
    QVERIFY2(conll.warnings.join(u'\n').contains(QStringLiteral("1 entity span left out"))
                 && conll.warnings.join(u'\n').contains(QStringLiteral("PER s3 “Lee” (overlaps PER s2 “Ann Lee”)")),
             qPrintable(conll.warnings.join(u'\n')));
    QVERIFY2(conll.warnings.join(u'\n').contains(QStringLiteral("1 entity span tagged on whole tokens, as CoNLL has no part of one: LOC s1 “Kyiv”")),
             qPrintable(conll.warnings.join(u'\n')));

    const QJsonObject doc = QJsonDocument::fromJson(exportAs(QStringLiteral("spacy"), set).files.first().content).object();
    QSet<int> starts, ends;
    for (const QJsonValue &token : doc[u"tokens"].toArray()) {
        starts.insert(token[u"start"].toInt());
        ends.insert(token[u"end"].toInt());
    }
    for (const QJsonValue &ent : doc[u"ents"].toArray())
        QVERIFY(starts.contains(ent[u"start"].toInt()) && ends.contains(ent[u"end"].toInt()));
    QVERIFY(ends.contains(8));
    // the span groups too: a quote ending inside a token
    set.spans.append(fixture::span(QStringLiteral("s4"), QStringLiteral("QUOTE"), set.text, QStringLiteral("Kyiv-bas")));
    const QJsonObject withQuote = QJsonDocument::fromJson(exportAs(QStringLiteral("spacy"), set).files.first().content).object();
    QSet<int> quoteEnds;
    for (const QJsonValue &token : withQuote[u"tokens"].toArray())
        quoteEnds.insert(token[u"end"].toInt());
    QVERIFY(quoteEnds.contains(12));
}

void FormatExportTest::spacy_entsDoNotOverlapAndSpansAreGrouped()
{
    const ExportResult exported = exportAs(QStringLiteral("spacy"), m_set);
    const QJsonObject doc = QJsonDocument::fromJson(exported.files.first().content).object();
    QCOMPARE(doc.value(u"text").toString(), m_set.text);
    QStringList ents;
    int previousEnd = 0;
    for (const QJsonValue &value : doc.value(u"ents").toArray()) {
        const QJsonObject ent = value.toObject();
        QVERIFY(ent.value(u"start").toInt() >= previousEnd);
        previousEnd = ent.value(u"end").toInt();
        ents.append(ent.value(u"label").toString() + u'='
                    + codePointSlice(m_set.text, ent.value(u"start").toInt(), ent.value(u"end").toInt()));
    }
    // The rejected ORG is out; "Bashar al-Assad" lies inside the longer MISC.
    QCOMPARE(ents, (QStringList{QStringLiteral("MISC=Syrian President Bashar al-Assad"),
                                QString::fromUtf8("LOC=Aleppo \xF0\x9F\x87\xB8\xF0\x9F\x87\xBE"),
                                QString::fromUtf8("MISC=\r\n\r\nCafe\xCC\x81"), QString::fromUtf8("PER=\xF0\x9D\x94\x98lf"),
                                QStringLiteral("PER=Assad")}));
    const QJsonObject spans = doc.value(u"spans").toObject();
    QCOMPARE(spans.keys(), (QStringList{QStringLiteral("entities"), QStringLiteral("numbers"), QStringLiteral("quotes")}));
    QCOMPARE(spans.value(u"entities").toArray().size(), 6);   // every entity but the rejected one
    QCOMPARE(spans.value(u"quotes").toArray().size(), 3);
    QCOMPARE(spans.value(u"numbers").toArray().size(), 2);
    const QJsonArray tokens = doc.value(u"tokens").toArray();
    QVERIFY(tokens.size() > 20);
    QCOMPARE(codePointSlice(m_set.text, tokens[0].toObject().value(u"start").toInt(), tokens[0].toObject().value(u"end").toInt()),
             QStringLiteral("Syrian"));
}

void FormatExportTest::csvRow_quotesAsRfc4180Says()
{
    QCOMPARE(csvRow({QStringLiteral("plain"), QStringLiteral("a,b"), QStringLiteral("say \"hi\""),
                     QStringLiteral("two\nlines"), QString()}),
             QStringLiteral("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n"));
}

void FormatExportTest::csvRow_defusesFormulas()
{
    QCOMPARE(csvRow({QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("+1+2"), QStringLiteral("-2+3"),
                     QStringLiteral("@SUM(A1)"), QStringLiteral("\tx"), QStringLiteral("\rx")}),
             QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\",'+1+2,'-2+3,'@SUM(A1),'\tx,\"'\rx\"\r\n"));
    // Numbers stay numbers; a formula character later in the field is harmless.
    QCOMPARE(csvRow({QStringLiteral("-3"), QStringLiteral("+2.5"), QStringLiteral("a=b"), QStringLiteral("-")}),
             QStringLiteral("-3,+2.5,a=b,'-\r\n"));
}

void FormatExportTest::csvTables_quotesNumbersEntities()
{
    const ExportResult exported = exportAs(QStringLiteral("csv"), m_set);
    QCOMPARE(exported.files.size(), 3);
    QCOMPARE(exported.files[0].name, QStringLiteral("article-quotes.csv"));
    const QString document = m_set.sourcePath;

    // The second quote crosses the CRLF: quoted, the line break kept inside the field.
    QCOMPARE(QString::fromUtf8(exported.files[0].content),
             QStringLiteral("document,id,speaker,cue,kind,text,paragraph,start,end,confidence,status,comment\r\n") + document
                 + QStringLiteral(",s3,Bashar al-Assad,said,direct,We will win.,1,42,54,0.87,edited,\r\n") + document
                 + QString::fromUtf8(",s6,\xF0\x9D\x94\x98lf,,partial,\"win.\xE2\x80\x9D\r\nThe UN (\",1,50,65,,added,\r\n"));

    QCOMPARE(exported.files[1].name, QStringLiteral("article-numbers.csv"));
    const QStringList numbers = csvLines(exported.files[1].content);
    QCOMPARE(numbers[0], QStringLiteral("document,id,label,text,value,unit,modifier,sentence,comment"));
    QVERIFY2(numbers[1].startsWith(document + QStringLiteral(",s7,CARDINAL,\"about 3,000 civilians\",3000,civilians,approximately,\"The UN (")),
             qPrintable(numbers[1]));
    QVERIFY(numbers[2].startsWith(document + QString::fromUtf8(",s12,QUANTITY,10 km\xC2\xB2,10,km\xC2\xB2,,Cafe\xCC\x81 owner")));

    const QStringList entities = csvLines(exported.files[2].content);
    QCOMPARE(entities[0], QStringLiteral("document,cluster,label,canonical,mentions"));
    // c1's second mention link is rejected.
    QCOMPARE(entities[1], document + QStringLiteral(",c1,PER,Bashar al-Assad,1"));
    QCOMPARE(entities[2], document + QStringLiteral(",c2,LOC,Aleppo,1"));
    QVERIFY(entities.contains(document + QString::fromUtf8(",,PER,\xF0\x9D\x94\x98lf,1")));
    QVERIFY(!exported.files[2].content.contains(QByteArray("\xD8\xA7\xD9\x84\xD8\xA3")));   // the rejected ORG
}

// The entities table counts what the Entities tab lists: a speaker "he" linked to Assad is no
// name of his, and an entity whose every mention the reviewer rejected is no entity.
void FormatExportTest::csvTables_entityMentionsAreItsNames()
{
    AnnotationSet set = m_set;
    Span he = set.spans.first();
    he.id = QStringLiteral("s20");
    he.label = QStringLiteral("SPEAKER");
    set.spans.append(he);
    set.relations.append(fixture::relation(QStringLiteral("r20"), QStringLiteral("cluster"), QStringLiteral("s20"),
                                           QStringLiteral("c1"), ReviewStatus::Pending));
    for (Span &span : set.spans) {
        if (span.id == u"s8")
            span.status = ReviewStatus::Rejected;
    }
    const QStringList entities = csvLines(exportAs(QStringLiteral("csv"), set).files[2].content);
    QCOMPARE(entities[1], set.sourcePath + QStringLiteral(",c1,PER,Bashar al-Assad,1"));
    QVERIFY(!entities.join(u'\n').contains(QStringLiteral(",c2,")));
}

// "€12 million" is 12000000 in a spreadsheet, not 1.2e+07; a third keeps its digits.
void FormatExportTest::csvTables_valuesWithoutExponents()
{
    AnnotationSet set = m_set;
    for (Span &span : set.spans) {
        if (span.id == u"s7")
            span.attributes.insert(QStringLiteral("value"), 12000000.0);
        if (span.id == u"s12")
            span.attributes.insert(QStringLiteral("value"), 1.0 / 3.0);
    }
    const QStringList numbers = csvLines(exportAs(QStringLiteral("csv"), set).files[1].content);
    QVERIFY2(numbers[1].contains(QStringLiteral(",12000000,civilians,")), qPrintable(numbers[1]));
    QVERIFY2(numbers[2].contains(QStringLiteral(",0.3333333333333333,")), qPrintable(numbers[2]));
}

// A reviewer's comment went into no CSV, W3C or spaCy file, and the export said nothing of it.
void FormatExportTest::comments_travelOrAreReportedLeftOut()
{
    AnnotationSet set = m_set;
    const QString quoteId = QStringLiteral("s3");
    const QString numberId = QStringLiteral("s7");
    for (Span &span : set.spans) {
        if (span.id == quoteId)
            span.attributes.insert(QStringLiteral("note"), QStringLiteral("Check the recording"));
        if (span.id == numberId)
            span.attributes.insert(QStringLiteral("note"), QStringLiteral("UN says 3,500"));
    }

    const ExportResult csv = exportAs(QStringLiteral("csv"), set);
    QVERIFY2(csvLines(csv.files[0].content).value(1).endsWith(QStringLiteral(",Check the recording")),
             csv.files[0].content.constData());
    QVERIFY(csvLines(csv.files[1].content).value(1).endsWith(QStringLiteral(",\"UN says 3,500\"")));
    QVERIFY(csv.warnings.isEmpty());

    const QJsonArray items = QJsonDocument::fromJson(exportAs(QStringLiteral("w3c"), set).files.first().content)
                                 .object().value(u"first").toObject().value(u"items").toArray();
    bool commented = false;
    for (const QJsonValue &item : items) {
        for (const QJsonValue &body : item.toObject().value(u"body").toArray())
            commented |= body.toObject().value(u"purpose").toString() == u"commenting"
                         && body.toObject().value(u"value").toString() == u"Check the recording";
    }
    QVERIFY(commented);

    // Label Studio shows a region's meta text as its note; one written by Label Studio is read back
    const ExportResult studio = exportAs(QStringLiteral("label-studio"), set);
    QVERIFY(studio.files.first().content.contains("\"meta\":{\"text\":[\"Check the recording\"]}"));

    // brat shows a plain note as written; it comes back as the comment, once
    const ExportResult brat = exportAs(QStringLiteral("brat"), set);
    QByteArray ann;
    for (const auto &file : brat.files) {
        if (file.name.endsWith(QStringLiteral(".ann")))
            ann = file.content;
    }
    QVERIFY2(ann.contains("\tCheck the recording\n"), ann.constData());
    const auto readBack = findAnnotationFormat(QStringLiteral("brat"))->read(brat.files);
    QVERIFY2(readBack, readBack ? "" : qPrintable(readBack.error().toString()));
    const auto quote = std::find_if(readBack->first().spans.cbegin(), readBack->first().spans.cend(),
                                    [&](const Span &span) { return span.id == quoteId; });
    QVERIFY(quote != readBack->first().spans.cend());
    QCOMPARE(quote->attributes.value(QStringLiteral("note")).toString(), QStringLiteral("Check the recording"));

    // where a format has no place for them, the export says which comments it left out
    for (const QString &format : {QStringLiteral("spacy"), QStringLiteral("conll")}) {
        const QStringList warnings = exportAs(format, set).warnings;
        QVERIFY2(warnings.join(u'\n').contains(QStringLiteral("2 comments left out (s3, s7)")), qPrintable(format + u": " + warnings.join(u'\n')));
    }
    QVERIFY(exportAs(QStringLiteral("spacy"), m_set).warnings.join(u'\n').indexOf(QStringLiteral("comment")) < 0);
}

QTEST_GUILESS_MAIN(FormatExportTest)
#include "format_export_test.moc"
