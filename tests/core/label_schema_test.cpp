#include "annotation/label_schema.h"
#include "annotation/span_attribute_validation.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace galley;

class LabelSchemaTest : public QObject
{
    Q_OBJECT

private slots:
    void defaultSchema_hasTheDocumentedLabelsAndRelations();
    void corpusSchema_replacesTheDefault();
    void missingFile_namesTheFile();
    void invalidSchema_reportsFileLineAndReason_data();
    void invalidSchema_reportsFileLineAndReason();
    void mutatedSchema_isRejectedWithAPlaceInTheFileOrAccepted();
    void validateSpanAttributes_data();
    void validateSpanAttributes();
};

namespace {

QString u8(const char *utf8) { return QString::fromUtf8(utf8); }

// One schema line per list entry, so each row shows the line its error must name.
QByteArray lines(const QStringList &text) { return text.join(u'\n').toUtf8(); }

const char *const kLabelPer = R"(    { "name": "PER", "colour": "#e15759", "shortcut": "1", "group": "entity" },)";
const char *const kLabelQuote = R"(    { "name": "QUOTE", "colour": "#f28e2b", "shortcut": "q", "group": "quote" })";

} // namespace

void LabelSchemaTest::defaultSchema_hasTheDocumentedLabelsAndRelations()
{
    const auto schema = loadLabelSchemaFor(QString());
    QVERIFY2(schema.ok(), schema.ok() ? "" : qPrintable(schema.error().toString()));

    QStringList names;
    for (const LabelDefinition &label : schema->labels)
        names.append(label.name);
    QCOMPARE(names, (QStringList{u8("PER"), u8("ORG"), u8("LOC"), u8("MISC"), u8("QUOTE"), u8("CUE"), u8("SPEAKER"),
                                 u8("CARDINAL"), u8("ORDINAL"), u8("PERCENT"), u8("MONEY"), u8("QUANTITY"), u8("DATE"),
                                 u8("TIME"), u8("DURATION")}));
    QCOMPARE(schema->label(u"PER")->shortcut, QChar(u'1'));
    QCOMPARE(schema->label(u"QUOTE")->group, LabelGroup::Quote);
    QCOMPARE(schema->label(u"DATE")->group, LabelGroup::Number);

    const AttributeDefinition *kind = schema->attribute(u"kind", u"QUOTE");
    QVERIFY(kind);
    QCOMPARE(kind->type, AttributeType::Enum);
    QCOMPARE(kind->values, (QStringList{u8("direct"), u8("partial"), u8("indirect")}));
    QCOMPARE(schema->attribute(u"value", u"MONEY")->type, AttributeType::Number);
    QCOMPARE(schema->attribute(u"value", u"DATE")->type, AttributeType::Date);
    for (const char *name : {"value", "unit", "modifier", "from", "to", "approximate"})
        QVERIFY2(schema->attribute(QString::fromLatin1(name), u"QUANTITY"), name);

    const RelationDefinition *speaker = schema->relation(u"speaker");
    QVERIFY(speaker);
    QCOMPARE(speaker->from, QStringList{u8("QUOTE")});
    QCOMPARE(speaker->to, (QStringList{u8("SPEAKER"), u8("PER"), u8("ORG")}));
    QCOMPARE(schema->relation(u"cue")->to, QStringList{u8("CUE")});
    QCOMPARE(schema->relation(u"cluster")->target, RelationTarget::Cluster);
    QVERIFY(!schema->relation(u"cluster")->from.contains(u8("QUOTE")));
}

void LabelSchemaTest::corpusSchema_replacesTheDefault()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(u8("schema.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(lines({u8("{ \"labels\": ["),
                      u8(R"(    { "name": "DRUG", "display": "Medicine", "colour": "#112233", "shortcut": "X", "group": "entity" })"),
                      u8("] }")}));
    file.close();

    const auto schema = loadLabelSchemaFor(path);
    QVERIFY2(schema.ok(), schema.ok() ? "" : qPrintable(schema.error().toString()));
    QCOMPARE(schema->labels.size(), 1);
    const LabelDefinition expected{u8("DRUG"), u8("Medicine"), u8("#112233"), QChar(u'x'), LabelGroup::Entity};
    QCOMPARE(schema->labels.first(), expected);
    QVERIFY(schema->relations.isEmpty());
}

void LabelSchemaTest::missingFile_namesTheFile()
{
    const QString path = u8("/nonexistent/galley/schema.json");
    const auto schema = loadLabelSchema(path);
    QVERIFY(!schema.ok());
    QCOMPARE(schema.error().file, path);
    QVERIFY2(schema.error().toString().startsWith(path + u8(": cannot read")), qPrintable(schema.error().toString()));
}

void LabelSchemaTest::invalidSchema_reportsFileLineAndReason_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");   // where the offending value starts; Qt places syntax errors just past the bad character
    QTest::addColumn<QString>("reason");

    const QString per = u8(kLabelPer);
    const QString quote = u8(kLabelQuote);
    QTest::newRow("duplicate label")
        << lines({u8("{ \"labels\": ["), per, u8(R"(    { "name": "ORG", "colour": "#4e79a7", "group": "entity" },)"),
                  u8(R"(    { "name": "PER", "colour": "#000000", "group": "entity" })"), u8("] }")})
        << 4 << 15 << u8("duplicate label \"PER\" (first defined on line 2)");
    QTest::newRow("bad colour")
        << lines({u8("{ \"labels\": ["), u8(R"(    { "name": "PER",)"), u8(R"(      "colour": "#e1575",)"),
                  u8(R"(      "group": "entity" })"), u8("] }")})
        << 3 << 17 << u8("bad colour \"#e1575\" for label PER: expected #rrggbb");
    QTest::newRow("colour name instead of hex")
        << lines({u8("{ \"labels\": ["), u8(R"(    { "name": "PER", "colour": "red", "group": "entity" })"), u8("] }")})
        << 2 << 32 << u8("bad colour \"red\"");
    QTest::newRow("duplicate shortcut")
        << lines({u8("{ \"labels\": ["), per, u8(R"(    { "name": "ORG", "colour": "#4e79a7",)"),
                  u8(R"(      "shortcut": "1", "group": "entity" })"), u8("] }")})
        << 4 << 19 << u8("duplicate shortcut \"1\": label PER already uses it");
    QTest::newRow("duplicate shortcut differing in case")
        << lines({u8("{ \"labels\": ["), u8(R"(    { "name": "QUOTE", "colour": "#f28e2b", "shortcut": "q", "group": "quote" },)"),
                  u8(R"(    { "name": "CUE", "colour": "#edc948", "shortcut": "Q", "group": "quote" })"), u8("] }")})
        << 3 << 55 << u8("duplicate shortcut \"Q\": label QUOTE already uses it");
    QTest::newRow("shortcut 0")
        << lines({u8("{ \"labels\": ["), u8(R"(    { "name": "PER", "colour": "#e15759", "shortcut": "0", "group": "entity" })"), u8("] }")})
        << 2 << 55 << u8("bad shortcut \"0\" for label PER: expected one of 1–9 or a letter");
    QTest::newRow("unknown group")
        << lines({u8("{ \"labels\": ["), u8(R"(    { "name": "PER", "colour": "#e15759", "group": "person" })"), u8("] }")})
        << 2 << 52 << u8("unknown group \"person\"");
    QTest::newRow("misspelt key")
        << lines({u8("{ \"labels\": ["), u8(R"(    { "name": "PER", "color": "#e15759", "group": "entity" })"), u8("] }")})
        << 2 << 31 << u8("unknown key \"color\"");
    QTest::newRow("label without a colour")
        << lines({u8("{ \"labels\": ["), u8(R"(    { "name": "PER", "group": "entity" })"), u8("] }")})
        << 2 << 5 << u8("missing \"colour\"");
    QTest::newRow("no labels") << lines({u8("{"), u8("  \"labels\": []"), u8("}")}) << 2 << 13
                               << u8("the schema defines no labels");
    QTest::newRow("unknown attribute type")
        << lines({u8("{ \"labels\": ["), per, quote, u8("  ],"), u8("  \"attributes\": ["),
                  u8(R"(    { "name": "kind", "type": "choice", "labels": ["QUOTE"] })"), u8("] }")})
        << 6 << 31 << u8("unknown type \"choice\" for attribute kind: expected number, string, enum, date or bool");
    QTest::newRow("enum without values")
        << lines({u8("{ \"labels\": ["), per, quote, u8("  ],"), u8("  \"attributes\": ["),
                  u8(R"(    { "name": "kind", "type": "enum", "values": [], "labels": ["QUOTE"] })"), u8("] }")})
        << 6 << 49 << u8("enum attribute kind lists no values");
    QTest::newRow("attribute naming an unknown label")
        << lines({u8("{ \"labels\": ["), per, quote, u8("  ],"), u8("  \"attributes\": ["),
                  u8(R"(    { "name": "kind", "type": "enum", "values": ["direct"],)"), u8(R"(      "labels": ["QUOTE", "QUOTES"] })"),
                  u8("] }")})
        << 7 << 27 << u8("attribute \"kind\" names unknown label \"QUOTES\"");
    QTest::newRow("attribute defined twice for one label")
        << lines({u8("{ \"labels\": ["), per, quote, u8("  ],"), u8("  \"attributes\": ["),
                  u8(R"(    { "name": "note", "type": "string", "labels": ["PER"] },)"),
                  u8(R"(    { "name": "note", "type": "bool", "labels": ["QUOTE", "PER"] })"), u8("] }")})
        << 7 << 59 << u8("attribute note is defined twice for label PER (first on line 6)");
    QTest::newRow("relation naming an unknown target label")
        << lines({u8("{ \"labels\": ["), per, quote, u8("  ],"), u8("  \"relations\": ["),
                  u8(R"(    { "type": "speaker", "from": ["QUOTE"], "to": ["PER", "PRON"] })"), u8("] }")})
        << 6 << 59 << u8("relation \"speaker\" names unknown label \"PRON\"");
    QTest::newRow("relation naming an unknown source label")
        << lines({u8("{ \"labels\": ["), per, quote, u8("  ],"), u8("  \"relations\": ["),
                  u8(R"(    { "type": "cue",)"), u8(R"(      "from": ["QUOTATION"], "to": ["PER"] })"), u8("] }")})
        << 7 << 16 << u8("relation \"cue\" names unknown label \"QUOTATION\"");
    QTest::newRow("duplicate relation")
        << lines({u8("{ \"labels\": ["), per, quote, u8("  ],"), u8("  \"relations\": ["),
                  u8(R"(    { "type": "speaker", "from": ["QUOTE"], "to": ["PER"] },)"),
                  u8(R"(    { "type": "speaker", "from": ["QUOTE"], "to": ["QUOTE"] })"), u8("] }")})
        << 7 << 15 << u8("duplicate relation \"speaker\" (first defined on line 6)");
    QTest::newRow("cluster relation with target labels")
        << lines({u8("{ \"labels\": ["), per, quote, u8("  ],"), u8("  \"relations\": ["),
                  u8(R"(    { "type": "cluster", "from": ["PER"], "target": "cluster", "to": ["PER"] })"), u8("] }")})
        << 6 << 70 << u8("relation cluster leads to a cluster, not to labels");
    QTest::newRow("JSON syntax error: missing comma")
        << lines({u8("{ \"labels\": ["), u8(R"(    { "name": "PER" "colour": "#e15759", "group": "entity" })"), u8("] }")})
        << 2 << 22 << u8("JSON syntax error: unterminated object");
    QTest::newRow("JSON syntax error after non-ASCII text: column in code points")
        << lines({u8("{ \"labels\": ["), u8(R"(    { "name": "PER", "display": "Персона" "colour": "#e15759" })"), u8("] }")})
        << 2 << 44 << u8("JSON syntax error: unterminated object");
    QTest::newRow("JSON syntax error: unterminated document")
        << lines({u8("{ \"labels\": ["), per}) << 2 << 80 << u8("JSON syntax error");
    QTest::newRow("not an object") << lines({u8("["), u8("]")}) << 1 << 1 << u8("the schema must be a JSON object");
}

void LabelSchemaTest::invalidSchema_reportsFileLineAndReason()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, reason);

    const QString fileName = u8("corpus/schema.json");
    const auto schema = parseLabelSchema(json, fileName);
    QVERIFY2(!schema.ok(), "the schema was accepted");
    const SchemaError &error = schema.error();
    QVERIFY2(error.reason.startsWith(reason), qPrintable(error.toString()));
    QCOMPARE(error.file, fileName);
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QVERIFY(error.toString().startsWith(fileName + u':' + QString::number(line) + u':' + QString::number(column) + u8(": ")));
}

// Random damage to the default schema (bytes changed, deleted, duplicated, the file cut short):
// never a crash, and every refusal points at a line and column that exist in the damaged file.
void LabelSchemaTest::mutatedSchema_isRejectedWithAPlaceInTheFileOrAccepted()
{
    QFile file(defaultLabelSchemaPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    QRandomGenerator random(5);
    const QByteArray replacements = "{}[]\",:#0aZ \n\\";
    int rejected = 0;
    for (int round = 0; round < 400; ++round) {
        QByteArray damaged = original;
        for (int edit = random.bounded(1, 4); edit > 0; --edit) {
            const int at = random.bounded(int(damaged.size()));
            switch (random.bounded(4)) {
            case 0: damaged[at] = replacements[random.bounded(int(replacements.size()))]; break;
            case 1: damaged.remove(at, random.bounded(1, 20)); break;
            case 2: damaged.insert(at, damaged.mid(random.bounded(int(damaged.size())), random.bounded(1, 40))); break;
            default: damaged.truncate(at); break;
            }
        }
        const auto schema = parseLabelSchema(damaged, u8("damaged.json"));
        if (schema.ok())
            continue;
        ++rejected;
        const QList<QByteArray> lines = damaged.split('\n');
        const SchemaError &error = schema.error();
        QVERIFY2(error.line >= 1 && error.line <= lines.size(), qPrintable(error.toString()));
        const int columns = int(QString::fromUtf8(lines[error.line - 1]).toUcs4().size());
        QVERIFY2(error.column >= 1 && error.column <= columns + 1, qPrintable(error.toString()));
        QVERIFY(!error.reason.isEmpty());
    }
    QVERIFY(rejected > 300);
}

void LabelSchemaTest::validateSpanAttributes_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QVariantMap>("attributes");
    QTest::addColumn<QString>("problemAttribute");   // empty: valid
    QTest::addColumn<QString>("reason");

    QTest::newRow("direct quote") << u8("QUOTE") << QVariantMap{{u8("kind"), u8("direct")}} << QString() << QString();
    QTest::newRow("quote kind not in the enum") << u8("QUOTE") << QVariantMap{{u8("kind"), u8("sarcastic")}} << u8("kind")
                                                << u8("expected one of direct, partial, indirect, got \"sarcastic\"");
    QTest::newRow("money with value and unit")
        << u8("MONEY") << QVariantMap{{u8("value"), 4.5e9}, {u8("unit"), u8("USD")}, {u8("modifier"), u8(">")}}
        << QString() << QString();
    QTest::newRow("money value as text") << u8("MONEY") << QVariantMap{{u8("value"), u8("4.5bn")}} << u8("value")
                                         << u8("expected a number, got \"4.5bn\"");
    QTest::newRow("count range and vagueness")
        << u8("CARDINAL") << QVariantMap{{u8("from"), 10}, {u8("to"), 20}, {u8("approximate"), true}} << QString() << QString();
    QTest::newRow("approximate as text") << u8("CARDINAL") << QVariantMap{{u8("approximate"), u8("yes")}}
                                         << u8("approximate") << u8("expected true or false, got \"yes\"");
    QTest::newRow("ISO date") << u8("DATE") << QVariantMap{{u8("value"), u8("2016-12-08")}} << QString() << QString();
    QTest::newRow("year-month date range")
        << u8("DATE") << QVariantMap{{u8("from"), u8("2011")}, {u8("to"), u8("2016-12")}} << QString() << QString();
    QTest::newRow("date-time with offset") << u8("TIME") << QVariantMap{{u8("value"), u8("2016-12-08T03:31:00+02:00")}}
                                           << QString() << QString();
    QTest::newRow("clock time in UTC") << u8("TIME") << QVariantMap{{u8("value"), u8("03:31Z")}} << QString() << QString();
    // What the number detector writes besides calendar dates was refused when a reviewer edited it.
    QTest::newRow("ISO week") << u8("DATE") << QVariantMap{{u8("value"), u8("2016-W49")}} << QString() << QString();
    QTest::newRow("a week's weekend") << u8("DATE") << QVariantMap{{u8("value"), u8("2016-W49-WE")}} << QString() << QString();
    QTest::newRow("a season") << u8("DATE") << QVariantMap{{u8("value"), u8("2016-SP")}} << QString() << QString();
    QTest::newRow("decade") << u8("DATE") << QVariantMap{{u8("value"), u8("199")}} << QString() << QString();
    QTest::newRow("day with no year") << u8("DATE") << QVariantMap{{u8("value"), u8("--12-08")}} << QString() << QString();
    QTest::newRow("date interval") << u8("DATE") << QVariantMap{{u8("value"), u8("2016-11-21/2016-12-18")}} << QString()
                                   << QString();
    QTest::newRow("time interval past midnight") << u8("TIME") << QVariantMap{{u8("value"), u8("22:00/05:00")}} << QString()
                                                 << QString();
    QTest::newRow("half an interval") << u8("DATE") << QVariantMap{{u8("value"), u8("2016-12-08/soon")}} << u8("value")
                                      << u8("expected an ISO 8601 date or time");
    QTest::newRow("duration range") << u8("DURATION") << QVariantMap{{u8("from"), u8("P3D")}, {u8("to"), u8("P5D")}}
                                    << QString() << QString();
    QTest::newRow("month 13") << u8("DATE") << QVariantMap{{u8("value"), u8("2016-13-01")}} << u8("value")
                              << u8("expected an ISO 8601 date or time, got \"2016-13-01\"");
    QTest::newRow("day-first date") << u8("DATE") << QVariantMap{{u8("value"), u8("08/12/2016")}} << u8("value")
                                    << u8("expected an ISO 8601 date or time");
    QTest::newRow("date value as a number") << u8("DATE") << QVariantMap{{u8("value"), 2016}} << u8("value")
                                            << u8("expected an ISO 8601 date or time, got 2016");
    QTest::newRow("attribute of another label") << u8("PER") << QVariantMap{{u8("unit"), u8("USD")}} << u8("unit")
                                                << u8("label PER has no attribute \"unit\"");
    QTest::newRow("unknown label") << u8("PERSON") << QVariantMap{} << QString() << u8("unknown label \"PERSON\"");
}

void LabelSchemaTest::validateSpanAttributes()
{
    QFETCH(QString, label);
    QFETCH(QVariantMap, attributes);
    QFETCH(QString, problemAttribute);
    QFETCH(QString, reason);

    const auto schema = loadLabelSchemaFor(QString());
    QVERIFY(schema.ok());
    Span span;
    span.label = label;
    span.attributes = attributes;

    const QList<AttributeProblem> problems = galley::validateSpanAttributes(*schema, span);
    if (reason.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.first().reason));
        return;
    }
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().attribute, problemAttribute);
    QVERIFY2(problems.first().reason.startsWith(reason), qPrintable(problems.first().reason));
}

QTEST_GUILESS_MAIN(LabelSchemaTest)
#include "label_schema_test.moc"
