// Attribute values typed as text (the review panel's cells, `galley-cli edit attr`): read by the
// attribute's type in the schema; numbers as the reviewer writes them in the panel, the same
// everywhere in scripts.
#include "annotation/label_schema.h"
#include "annotation/span_review_edits.h"
#include "annotation_fixture.h"

#include <QTest>

using namespace galley;
using namespace Qt::StringLiterals;

class SpanAttributeTextTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void setText_data();
    void setText();

private:
    LabelSchema m_schema;
};

namespace {

const QString kText = u"Some 1,5 million 🚢 ships came, \"we waited\" she said."_s;

AnnotationSet sampleSet()
{
    AnnotationSet set;
    set.text = kText;
    set.spans = {fixture::span(u"n1"_s, u"CARDINAL"_s, kText, u"1,5 million"_s),
                 fixture::span(u"q1"_s, u"QUOTE"_s, kText, u"we waited"_s)};
    set.spans[0].attributes.insert(u"value"_s, 1500000.0);
    return set;
}

} // namespace

void SpanAttributeTextTest::initTestCase()
{
    auto schema = loadLabelSchema(defaultLabelSchemaPath());
    QVERIFY2(schema.ok(), qPrintable(schema.ok() ? QString() : schema.error().toString()));
    m_schema = std::move(schema).value();
}

void SpanAttributeTextTest::setText_data()
{
    QTest::addColumn<QString>("locale");   // the reviewer's; empty for scripts
    QTest::addColumn<QString>("span");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QVariant>("expected");   // invalid: the edit is refused
    QTest::newRow("number") << "" << "n1" << "value" << "61" << QVariant(61.0);
    QTest::newRow("decimal point") << "" << "n1" << "value" << "1.5" << QVariant(1.5);
    QTest::newRow("scripts read no decimal comma") << "" << "n1" << "value" << "1,5" << QVariant();
    QTest::newRow("reviewer's decimal comma") << "de_DE" << "n1" << "value" << "1,5" << QVariant(1.5);
    QTest::newRow("reviewer's thousands dot") << "de_DE" << "n1" << "value" << "1.500" << QVariant(1500.0);
    QTest::newRow("decimal point where commas are usual") << "de_DE" << "n1" << "value" << "1.5" << QVariant(1.5);
    QTest::newRow("not a number") << "" << "n1" << "value" << "lots" << QVariant();
    QTest::newRow("flag") << "" << "n1" << "approximate" << "true" << QVariant(true);
    QTest::newRow("flag takes true or false") << "" << "n1" << "approximate" << "yes" << QVariant();
    QTest::newRow("enum value") << "" << "q1" << "kind" << "partial" << QVariant(u"partial"_s);
    QTest::newRow("enum refuses others") << "" << "q1" << "kind" << "loud" << QVariant();
    // The modifier's symbols as a keyboard types them.
    QTest::newRow("modifier >=") << "" << "n1" << "modifier" << ">=" << QVariant(u"\u2265"_s);
    QTest::newRow("modifier <=") << "" << "n1" << "modifier" << "<=" << QVariant(u"\u2264"_s);
    QTest::newRow("modifier ~") << "" << "n1" << "modifier" << "~" << QVariant(u"\u2248"_s);
    QTest::newRow("modifier symbol") << "" << "n1" << "modifier" << "\u2248" << QVariant(u"\u2248"_s);
    QTest::newRow("modifier word refused") << "" << "n1" << "modifier" << "about" << QVariant();
    QTest::newRow("attribute of another label") << "" << "q1" << "value" << "3" << QVariant();
}

void SpanAttributeTextTest::setText()
{
    QFETCH(QString, locale);
    QFETCH(QString, span);
    QFETCH(QString, name);
    QFETCH(QString, text);
    QFETCH(QVariant, expected);
    EditContext context;
    if (!locale.isEmpty())
        context.numberLocale = QLocale(locale);
    AnnotationSet set = sampleSet();
    const EditListResult edits = setSpanAttributeText(set, m_schema, span, name, text, context);
    if (!expected.isValid()) {
        QVERIFY(!edits);
        QVERIFY2(!edits.error().message.isEmpty(), "a refused edit says why");
        return;
    }
    QVERIFY2(edits, qPrintable(edits ? QString() : edits.error().message));
    for (const AnnotationEdit &edit : *edits)
        QVERIFY(applyEdit(set, edit));
    const auto changed = std::find_if(set.spans.cbegin(), set.spans.cend(), [&](const Span &s) { return s.id == span; });
    QCOMPARE(changed->attributes.value(name), expected);
}

QTEST_GUILESS_MAIN(SpanAttributeTextTest)
#include "span_attribute_text_test.moc"
