#include "span_labels.h"

#include "annotation/label_schema.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace galley {

namespace {

// The display names of resources/schema/default-schema.json, for translation.
[[maybe_unused]] const char *const kSchemaDisplayNames[] = {
    QT_TRANSLATE_NOOP("SpanLabels", "Person"),        QT_TRANSLATE_NOOP("SpanLabels", "Organisation"),
    QT_TRANSLATE_NOOP("SpanLabels", "Location"),      QT_TRANSLATE_NOOP("SpanLabels", "Miscellaneous"),
    QT_TRANSLATE_NOOP("SpanLabels", "Quote"),         QT_TRANSLATE_NOOP("SpanLabels", "Reporting cue"),
    QT_TRANSLATE_NOOP("SpanLabels", "Speaker"),       QT_TRANSLATE_NOOP("SpanLabels", "Count"),
    QT_TRANSLATE_NOOP("SpanLabels", "Ordinal"),       QT_TRANSLATE_NOOP("SpanLabels", "Percentage"),
    QT_TRANSLATE_NOOP("SpanLabels", "Money"),         QT_TRANSLATE_NOOP("SpanLabels", "Quantity"),
    QT_TRANSLATE_NOOP("SpanLabels", "Date"),          QT_TRANSLATE_NOOP("SpanLabels", "Time"),
    QT_TRANSLATE_NOOP("SpanLabels", "Duration"),
};

Q_LOGGING_CATEGORY(labelLog, "galley.labels")

// The shipped label schema, read once.
const LabelSchema &schema()
{
    static const LabelSchema loaded = [] {
        const auto schema = loadLabelSchema(defaultLabelSchemaPath());
        if (!schema) {
            qCWarning(labelLog, "%s", qUtf8Printable(schema.error().toString()));
            return LabelSchema{};
        }
        return *schema;
    }();
    return loaded;
}

QHash<QString, QColor> &overrides()
{
    static QHash<QString, QColor> colors;
    return colors;
}

bool isRelationTarget(const QString &relationType, const QString &label)
{
    const RelationDefinition *relation = schema().relation(relationType);
    return relation && relation->to.contains(label);
}

} // namespace

LabelFamily labelFamily(const QString &label)
{
    const LabelDefinition *definition = schema().label(label);
    if (!definition)
        return LabelFamily::Other;
    switch (definition->group) {
    case LabelGroup::Entity: return LabelFamily::Entity;
    case LabelGroup::Number: return LabelFamily::Number;
    case LabelGroup::Quote:
        if (isRelationTarget(QStringLiteral("cue"), label))
            return LabelFamily::Cue;
        if (isRelationTarget(QStringLiteral("speaker"), label))
            return LabelFamily::Speaker;
        return LabelFamily::Quote;
    }
    return LabelFamily::Other;
}

QColor defaultLabelColor(const QString &label)
{
    if (const LabelDefinition *definition = schema().label(label); definition && QColor::isValidColorName(definition->colour))
        return QColor::fromString(definition->colour);
    // A hue from the name, mid saturation and value so it reads on white like the schema's.
    return QColor::fromHsv(int(qHash(label) % 360), 150, 170);
}

QColor labelColor(const QString &label)
{
    const QColor chosen = overrides().value(label);
    return chosen.isValid() ? chosen : defaultLabelColor(label);
}

void setLabelColorOverrides(const QHash<QString, QColor> &colors)
{
    overrides() = colors;
}

QString labelDisplayName(const QString &label)
{
    if (const LabelDefinition *definition = schema().label(label))
        return QCoreApplication::translate("SpanLabels", definition->displayName.toUtf8().constData());
    return label;
}

QStringList knownLabels()
{
    QStringList labels;
    for (const LabelDefinition &definition : schema().labels)
        labels.append(definition.name);
    return labels;
}

} // namespace galley
