#include "annotation/label_schema.h"

#include "util/checked_json.h"
#include "util/json_positions.h"
#include "util/resource_path.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace galley {

using namespace Qt::StringLiterals;

namespace {

struct NamedGroup
{
    LabelGroup group;
    QLatin1StringView name;
};
constexpr NamedGroup kGroups[] = {{LabelGroup::Entity, "entity"_L1}, {LabelGroup::Quote, "quote"_L1}, {LabelGroup::Number, "number"_L1}};

struct NamedType
{
    AttributeType type;
    QLatin1StringView name;
};
constexpr NamedType kTypes[] = {{AttributeType::Number, "number"_L1}, {AttributeType::String, "string"_L1},
                                {AttributeType::Enum, "enum"_L1}, {AttributeType::Date, "date"_L1},
                                {AttributeType::Bool, "bool"_L1}};

// Reads one schema document, stopping at the first problem, which it places by JSON pointer.
class SchemaReader
{
public:
    explicit SchemaReader(const QByteArray &json)
        : m_json(json)
    {
    }

    std::optional<LabelSchema> read(const QJsonDocument &document)
    {
        if (!document.isObject()) {
            fail(QString(), u"the schema must be a JSON object"_s);
            return std::nullopt;
        }
        const QJsonObject root = document.object();
        if (!m_json.onlyKeys(root, QString(), {u"version"_s, u"description"_s, u"labels"_s, u"attributes"_s, u"relations"_s}))
            return std::nullopt;
        if (root.contains(u"version"_s) && root.value(u"version"_s).toInt(-1) != 1) {
            fail(u"/version"_s, u"unsupported version: this Galley reads version 1"_s);
            return std::nullopt;
        }
        LabelSchema schema;
        if (!readLabels(root, schema) || !readAttributes(root, schema) || !readRelations(root, schema))
            return std::nullopt;
        return schema;
    }

    const CheckedJson::Problem &problem() const { return m_json.problem(); }

private:
    bool readLabels(const QJsonObject &root, LabelSchema &schema)
    {
        const QString pointer = u"/labels"_s;
        const auto items = m_json.array(root, QString(), u"labels"_s, true);
        if (!items)
            return false;
        if (items->isEmpty())
            return fail(pointer, u"the schema defines no labels"_s);
        QHash<QString, QString> labelPointers;      // name → where it was defined
        QHash<QChar, QString> shortcutOwners;       // shortcut → label
        static const QRegularExpression colourPattern(u"^#[0-9A-Fa-f]{6}$"_s);
        for (int i = 0; i < items->size(); ++i) {
            const QString at = jsonPointer(pointer, i);
            const auto object = m_json.objectAt(*items, pointer, i, {u"name"_s, u"display"_s, u"colour"_s, u"shortcut"_s, u"group"_s, u"description"_s});
            if (!object)
                return false;
            LabelDefinition label;
            const auto name = m_json.string(*object, at, u"name"_s, true);
            const auto display = m_json.string(*object, at, u"display"_s, false);
            const auto colour = m_json.string(*object, at, u"colour"_s, true);
            const auto shortcut = m_json.string(*object, at, u"shortcut"_s, false);
            const auto group = m_json.string(*object, at, u"group"_s, true);
            if (!name || !display || !colour || !shortcut || !group)
                return false;
            label.name = *name;
            if (label.name.isEmpty())
                return fail(at + u"/name", u"a label needs a name"_s);
            if (labelPointers.contains(label.name))
                return fail(at + u"/name", u"duplicate label \"%1\" (first defined on line %2)"_s.arg(label.name)
                                               .arg(lineOf(labelPointers.value(label.name))));
            labelPointers.insert(label.name, at);
            label.displayName = display->isEmpty() ? label.name : *display;
            if (!colourPattern.match(*colour).hasMatch())
                return fail(at + u"/colour", u"bad colour \"%1\" for label %2: expected #rrggbb"_s.arg(*colour, label.name));
            label.colour = colour->toLower();
            if (!shortcut->isEmpty()) {
                const QChar key = shortcut->front().toLower();
                const bool valid = shortcut->size() == 1 && ((key >= u'1' && key <= u'9') || (key >= u'a' && key <= u'z'));
                if (!valid)
                    return fail(at + u"/shortcut", u"bad shortcut \"%1\" for label %2: expected one of 1–9 or a letter"_s
                                                       .arg(*shortcut, label.name));
                if (shortcutOwners.contains(key))
                    return fail(at + u"/shortcut", u"duplicate shortcut \"%1\": label %2 already uses it"_s
                                                       .arg(*shortcut, shortcutOwners.value(key)));
                shortcutOwners.insert(key, label.name);
                label.shortcut = key;
            }
            const auto groupFound = std::find_if(std::begin(kGroups), std::end(kGroups),
                                                 [&group](const NamedGroup &g) { return g.name == *group; });
            if (groupFound == std::end(kGroups))
                return fail(at + u"/group", u"unknown group \"%1\" for label %2: expected entity, quote or number"_s
                                                .arg(*group, label.name));
            label.group = groupFound->group;
            schema.labels.append(label);
        }
        return true;
    }

    bool readAttributes(const QJsonObject &root, LabelSchema &schema)
    {
        const QString pointer = u"/attributes"_s;
        const auto items = m_json.array(root, QString(), u"attributes"_s, false);
        if (!items)
            return false;
        QHash<QString, QString> definedFor;   // "name\nlabel" → where
        for (int i = 0; i < items->size(); ++i) {
            const QString at = jsonPointer(pointer, i);
            const auto object = m_json.objectAt(*items, pointer, i, {u"name"_s, u"type"_s, u"values"_s, u"labels"_s, u"description"_s});
            if (!object)
                return false;
            AttributeDefinition attribute;
            const auto name = m_json.string(*object, at, u"name"_s, true);
            const auto type = m_json.string(*object, at, u"type"_s, true);
            if (!name || !type)
                return false;
            if (name->isEmpty())
                return fail(at + u"/name", u"an attribute needs a name"_s);
            attribute.name = *name;
            const auto typeFound = std::find_if(std::begin(kTypes), std::end(kTypes),
                                                [&type](const NamedType &t) { return t.name == *type; });
            if (typeFound == std::end(kTypes))
                return fail(at + u"/type", u"unknown type \"%1\" for attribute %2: expected number, string, enum, date or bool"_s
                                               .arg(*type, attribute.name));
            attribute.type = typeFound->type;
            const auto values = m_json.strings(*object, at, u"values"_s, attribute.type == AttributeType::Enum);
            if (!values)
                return false;
            if (attribute.type == AttributeType::Enum && values->isEmpty())
                return fail(at + u"/values", u"enum attribute %1 lists no values"_s.arg(attribute.name));
            if (attribute.type != AttributeType::Enum && object->contains(u"values"_s))
                return fail(at + u"/values", u"attribute %1 is a %2, only an enum has values"_s
                                                 .arg(attribute.name, attributeTypeName(attribute.type)));
            attribute.values = *values;
            const auto labels = knownLabels(*object, at, u"labels"_s, schema, u"attribute \"%1\""_s.arg(attribute.name));
            if (!labels)
                return false;
            if (labels->isEmpty())
                return fail(at + u"/labels", u"attribute %1 applies to no label"_s.arg(attribute.name));
            attribute.labels = *labels;
            for (int l = 0; l < attribute.labels.size(); ++l) {
                const QString key = attribute.name + u'\n' + attribute.labels[l];
                if (definedFor.contains(key))
                    return fail(jsonPointer(at + u"/labels", l),
                                u"attribute %1 is defined twice for label %2 (first on line %3)"_s
                                    .arg(attribute.name, attribute.labels[l])
                                    .arg(lineOf(definedFor.value(key))));
                definedFor.insert(key, at);
            }
            schema.attributes.append(attribute);
        }
        return true;
    }

    bool readRelations(const QJsonObject &root, LabelSchema &schema)
    {
        const QString pointer = u"/relations"_s;
        const auto items = m_json.array(root, QString(), u"relations"_s, false);
        if (!items)
            return false;
        QHash<QString, QString> typePointers;
        for (int i = 0; i < items->size(); ++i) {
            const QString at = jsonPointer(pointer, i);
            const auto object = m_json.objectAt(*items, pointer, i, {u"type"_s, u"from"_s, u"to"_s, u"target"_s, u"description"_s});
            if (!object)
                return false;
            RelationDefinition relation;
            const auto type = m_json.string(*object, at, u"type"_s, true);
            const auto target = m_json.string(*object, at, u"target"_s, false);
            if (!type || !target)
                return false;
            if (type->isEmpty())
                return fail(at + u"/type", u"a relation needs a type"_s);
            relation.type = *type;
            if (typePointers.contains(relation.type))
                return fail(at + u"/type", u"duplicate relation \"%1\" (first defined on line %2)"_s
                                               .arg(relation.type).arg(lineOf(typePointers.value(relation.type))));
            typePointers.insert(relation.type, at);
            if (target->isEmpty() || *target == u"span"_s)
                relation.target = RelationTarget::Span;
            else if (*target == u"cluster"_s)
                relation.target = RelationTarget::Cluster;
            else
                return fail(at + u"/target", u"unknown target \"%1\" for relation %2: expected span or cluster"_s
                                                 .arg(*target, relation.type));
            const QString what = u"relation \"%1\""_s.arg(relation.type);
            const auto from = knownLabels(*object, at, u"from"_s, schema, what);
            if (!from)
                return false;
            if (from->isEmpty())
                return fail(at + u"/from", u"relation %1 starts at no label"_s.arg(relation.type));
            relation.from = *from;
            if (relation.target == RelationTarget::Cluster && object->contains(u"to"_s))
                return fail(at + u"/to", u"relation %1 leads to a cluster, not to labels"_s.arg(relation.type));
            if (relation.target == RelationTarget::Span) {
                const auto to = knownLabels(*object, at, u"to"_s, schema, what);
                if (!to)
                    return false;
                if (to->isEmpty())
                    return fail(at + u"/to", u"relation %1 leads to no label"_s.arg(relation.type));
                relation.to = *to;
            }
            schema.relations.append(relation);
        }
        return true;
    }

    // A list of label names, each defined in the schema; `what` names the owner in errors.
    std::optional<QStringList> knownLabels(const QJsonObject &object, const QString &pointer, const QString &key,
                                           const LabelSchema &schema, const QString &what)
    {
        const auto names = m_json.strings(object, pointer, key, true);
        if (!names)
            return std::nullopt;
        for (int i = 0; i < names->size(); ++i) {
            if (!schema.label(names->at(i))) {
                fail(jsonPointer(jsonPointer(pointer, key), i), u"%1 names unknown label \"%2\""_s.arg(what, names->at(i)));
                return std::nullopt;
            }
        }
        return names;
    }

    bool fail(const QString &pointer, const QString &reason) { return m_json.fail(pointer, reason); }
    int lineOf(const QString &pointer) const { return m_json.positionOf(pointer).line; }

    CheckedJson m_json;
};

} // namespace

const LabelDefinition *LabelSchema::label(QStringView name) const
{
    for (const LabelDefinition &label : labels) {
        if (label.name == name)
            return &label;
    }
    return nullptr;
}

const AttributeDefinition *LabelSchema::attribute(QStringView name, QStringView label) const
{
    for (const AttributeDefinition &attribute : attributes) {
        if (attribute.name == name && attribute.labels.contains(label))
            return &attribute;
    }
    return nullptr;
}

const RelationDefinition *LabelSchema::relation(QStringView type) const
{
    for (const RelationDefinition &relation : relations) {
        if (relation.type == type)
            return &relation;
    }
    return nullptr;
}

QString SchemaError::toString() const
{
    if (line <= 0)
        return file + u": " + reason;
    return file + u':' + QString::number(line) + u':' + QString::number(column) + u": " + reason;
}

QString labelGroupName(LabelGroup group)
{
    for (const NamedGroup &named : kGroups) {
        if (named.group == group)
            return named.name;
    }
    return {};
}

QString attributeTypeName(AttributeType type)
{
    for (const NamedType &named : kTypes) {
        if (named.type == type)
            return named.name;
    }
    return {};
}

Expected<LabelSchema, SchemaError> parseLabelSchema(const QByteArray &json, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const TextPosition position = positionOfByte(json, parseError.offset);
        return SchemaError{fileName, position.line, position.column, u"JSON syntax error: "_s + parseError.errorString()};
    }
    SchemaReader reader(json);
    if (auto schema = reader.read(document))
        return std::move(*schema);
    const CheckedJson::Problem &problem = reader.problem();
    return SchemaError{fileName, problem.position.line, problem.position.column, problem.reason};
}

Expected<LabelSchema, SchemaError> loadLabelSchema(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return SchemaError{path, 0, 0, u"cannot read the schema: "_s + file.errorString()};
    return parseLabelSchema(file.readAll(), path);
}

QString defaultLabelSchemaPath() { return resourcePath(u"schema/default-schema.json"_s); }

Expected<LabelSchema, SchemaError> loadLabelSchemaFor(const QString &corpusSchemaPath)
{
    return loadLabelSchema(corpusSchemaPath.isEmpty() ? defaultLabelSchemaPath() : corpusSchemaPath);
}

} // namespace galley
