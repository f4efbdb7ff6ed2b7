// Label names, families and colours come from the label schema, with the reviewer's colours on top.
#include "span_labels.h"

#include "annotation/label_schema.h"

#include <QtTest>

using namespace galley;

class SpanLabelsTest final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { setLabelColorOverrides({}); }

    void knownLabels_areTheSchemasInItsOrder()
    {
        const auto schema = loadLabelSchema(defaultLabelSchemaPath());
        QVERIFY(schema);
        QStringList names;
        for (const LabelDefinition &label : schema->labels)
            names.append(label.name);
        QCOMPARE(knownLabels(), names);
    }

    void families_followSchemaGroupsAndRelations()
    {
        QCOMPARE(labelFamily(QStringLiteral("PER")), LabelFamily::Entity);
        QCOMPARE(labelFamily(QStringLiteral("MISC")), LabelFamily::Entity);
        QCOMPARE(labelFamily(QStringLiteral("QUOTE")), LabelFamily::Quote);
        QCOMPARE(labelFamily(QStringLiteral("CUE")), LabelFamily::Cue);
        QCOMPARE(labelFamily(QStringLiteral("SPEAKER")), LabelFamily::Speaker);
        QCOMPARE(labelFamily(QStringLiteral("MONEY")), LabelFamily::Number);
        QCOMPARE(labelFamily(QStringLiteral("DURATION")), LabelFamily::Number);
        QCOMPARE(labelFamily(QStringLiteral("NOT_A_LABEL")), LabelFamily::Other);
    }

    void namesAndColours_areTheSchemas()
    {
        QCOMPARE(labelDisplayName(QStringLiteral("MISC")), QStringLiteral("Miscellaneous"));
        QCOMPARE(labelDisplayName(QStringLiteral("CUE")), QStringLiteral("Reporting cue"));
        QCOMPARE(labelDisplayName(QStringLiteral("NOT_A_LABEL")), QStringLiteral("NOT_A_LABEL"));
        QCOMPARE(labelColor(QStringLiteral("PER")), QColor(QStringLiteral("#e15759")));
        QCOMPARE(labelColor(QStringLiteral("SPEAKER")), QColor(QStringLiteral("#c92a2a")));
        // Unknown labels get a stable colour of their own.
        QCOMPARE(labelColor(QStringLiteral("NOT_A_LABEL")), labelColor(QStringLiteral("NOT_A_LABEL")));
        QVERIFY(labelColor(QStringLiteral("NOT_A_LABEL")).isValid());
    }

    void reviewersColour_winsUntilCleared()
    {
        setLabelColorOverrides({{QStringLiteral("PER"), QColor(Qt::green)}});
        QCOMPARE(labelColor(QStringLiteral("PER")), QColor(Qt::green));
        QCOMPARE(defaultLabelColor(QStringLiteral("PER")), QColor(QStringLiteral("#e15759")));
        QCOMPARE(labelColor(QStringLiteral("ORG")), QColor(QStringLiteral("#4e79a7")));
        setLabelColorOverrides({});
        QCOMPARE(labelColor(QStringLiteral("PER")), QColor(QStringLiteral("#e15759")));
    }
};

QTEST_GUILESS_MAIN(SpanLabelsTest)
#include "span_labels_test.moc"
