#include "span_labels.h"

#include "annotation/label_schema.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>

#include <array>

namespace galley {

namespace {

struct LabelInfo
{
    const char *label;
    LabelFamily family;
    const char *color;
    const char *displayName;
};

const std::array<LabelInfo, 15> kLabels{{
    {"PER", LabelFamily::Entity, "#d6336c", QT_TRANSLATE_NOOP("SpanLabels", "Person")},
    {"ORG", LabelFamily::Entity, "#1c7ed6", QT_TRANSLATE_NOOP("SpanLabels", "Organisation")},
    {"LOC", LabelFamily::Entity, "#2b8a3e", QT_TRANSLATE_NOOP("SpanLabels", "Location")},
    {"MISC", LabelFamily::Entity, "#7048e8", QT_TRANSLATE_NOOP("SpanLabels", "Other name")},
    {"QUOTE", LabelFamily::Quote, "#e8590c", QT_TRANSLATE_NOOP("SpanLabels", "Quote")},
    {"CUE", LabelFamily::Cue, "#a61e4d", QT_TRANSLATE_NOOP("SpanLabels", "Cue")},
    {"SPEAKER", LabelFamily::Speaker, "#c92a2a", QT_TRANSLATE_NOOP("SpanLabels", "Speaker")},
    {"CARDINAL", LabelFamily::Number, "#0b7285", QT_TRANSLATE_NOOP("SpanLabels", "Number")},
    {"ORDINAL", LabelFamily::Number, "#1098ad", QT_TRANSLATE_NOOP("SpanLabels", "Ordinal")},
    {"PERCENT", LabelFamily::Number, "#0c8599", QT_TRANSLATE_NOOP("SpanLabels", "Percent")},
    {"MONEY", LabelFamily::Number, "#5c940d", QT_TRANSLATE_NOOP("SpanLabels", "Money")},
    {"QUANTITY", LabelFamily::Number, "#5f3dc4", QT_TRANSLATE_NOOP("SpanLabels", "Quantity")},
    {"DATE", LabelFamily::Number, "#9c6644", QT_TRANSLATE_NOOP("SpanLabels", "Date")},
    {"TIME", LabelFamily::Number, "#862e9c", QT_TRANSLATE_NOOP("SpanLabels", "Time")},
    {"DURATION", LabelFamily::Number, "#495057", QT_TRANSLATE_NOOP("SpanLabels", "Duration")},
}};

// The display names of resources/schema/default-schema.json, for translation.
[[maybe_unused]] const char *const kSchemaDisplayNames[] = {
    QT_TRANSLATE_NOOP("SpanLabels", "Miscellaneous"), QT_TRANSLATE_NOOP("SpanLabels", "Pronoun or description"),
    QT_TRANSLATE_NOOP("SpanLabels", "Reporting cue"), QT_TRANSLATE_NOOP("SpanLabels", "Count"),
    QT_TRANSLATE_NOOP("SpanLabels", "Percentage"),
};

Q_LOGGING_CATEGORY(labelLog, "galley.labels")

// The shipped label schema, read once; its colours and names win over the table above.
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

const LabelInfo *find(const QString &label)
{
    for (const LabelInfo &info : kLabels) {
        if (label == QLatin1String(info.label))
            return &info;
    }
    return nullptr;
}

} // namespace

LabelFamily labelFamily(const QString &label)
{
    if (const LabelInfo *info = find(label))
        return info->family;
    if (const LabelDefinition *definition = schema().label(label)) {
        switch (definition->group) {
        case LabelGroup::Entity: return LabelFamily::Entity;
        case LabelGroup::Quote: return LabelFamily::Quote;
        case LabelGroup::Number: return LabelFamily::Number;
        }
    }
    return LabelFamily::Other;
}

QColor labelColor(const QString &label)
{
    if (const LabelDefinition *definition = schema().label(label); definition && QColor::isValidColorName(definition->colour))
        return QColor::fromString(definition->colour);
    if (const LabelInfo *info = find(label))
        return QColor(QLatin1String(info->color));
    // A hue from the name, mid saturation and value so it reads on white like the table's.
    return QColor::fromHsv(int(qHash(label) % 360), 150, 170);
}

QString labelDisplayName(const QString &label)
{
    if (const LabelDefinition *definition = schema().label(label))
        return QCoreApplication::translate("SpanLabels", definition->displayName.toUtf8().constData());
    const LabelInfo *info = find(label);
    return info ? QCoreApplication::translate("SpanLabels", info->displayName) : label;
}

QStringList knownLabels()
{
    QStringList labels;
    for (const LabelDefinition &definition : schema().labels)
        labels.append(definition.name);
    for (const LabelInfo &info : kLabels) {
        if (!labels.contains(QLatin1String(info.label)))
            labels.append(QLatin1String(info.label));
    }
    return labels;
}

} // namespace galley
