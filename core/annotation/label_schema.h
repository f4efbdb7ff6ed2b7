#pragma once

#include "util/expected.h"

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace galley {

// The label schema: which labels a reviewer can give a span, which attributes each label
// carries, and which relations may link which labels. Galley ships one
// (resources/schema/default-schema.json); a corpus may name its own file instead.
//
// A quote's speaker is a SPEAKER span (the mention as the text writes it: a name, "he", "the
// ministry") linked from the QUOTE by a "speaker" relation and to its entity cluster by a
// "cluster" relation.

enum class LabelGroup { Entity, Quote, Number };

struct LabelDefinition
{
    QString name;          // "PER": what annotation files store
    QString displayName;   // "Person": what the window shows
    QString colour;        // "#rrggbb"
    QChar shortcut;        // '1'–'9' or 'a'–'z' (lower case); null when none
    LabelGroup group = LabelGroup::Entity;
    friend bool operator==(const LabelDefinition &, const LabelDefinition &) = default;
};

enum class AttributeType { Number, String, Enum, Date, Bool };

// An attribute of the spans of some labels. One name may be defined twice for disjoint label
// sets: "value" is a number for MONEY but an ISO 8601 date for DATE.
struct AttributeDefinition
{
    QString name;
    AttributeType type = AttributeType::String;
    QStringList values;    // Enum: the allowed values
    QStringList labels;    // the labels whose spans may carry it
    friend bool operator==(const AttributeDefinition &, const AttributeDefinition &) = default;
};

// "span": to another span; "cluster": to an entity cluster id.
enum class RelationTarget { Span, Cluster };

struct RelationDefinition
{
    QString type;          // "speaker", "cue", "cluster"
    QStringList from;      // labels of the source span
    QStringList to;        // labels of the target span; empty for a cluster target
    RelationTarget target = RelationTarget::Span;
    friend bool operator==(const RelationDefinition &, const RelationDefinition &) = default;
};

struct LabelSchema
{
    QList<LabelDefinition> labels;
    QList<AttributeDefinition> attributes;
    QList<RelationDefinition> relations;

    const LabelDefinition *label(QStringView name) const;
    const AttributeDefinition *attribute(QStringView name, QStringView label) const;
    const RelationDefinition *relation(QStringView type) const;
    friend bool operator==(const LabelSchema &, const LabelSchema &) = default;
};

// Why a schema file was refused: the file, where (1-based line, column in code points; 0 when
// the file could not be read) and the reason.
struct SchemaError
{
    QString file;
    int line = 0;
    int column = 0;
    QString reason;
    QString toString() const;   // "file:line:column: reason"
};

QString labelGroupName(LabelGroup group);            // "entity", "quote", "number"
QString attributeTypeName(AttributeType type);       // "number", "string", "enum", "date", "bool"

// Parses a schema (UTF-8 JSON); fileName only labels errors.
Expected<LabelSchema, SchemaError> parseLabelSchema(const QByteArray &json, const QString &fileName);
Expected<LabelSchema, SchemaError> loadLabelSchema(const QString &path);

// The schema shipped with Galley.
QString defaultLabelSchemaPath();
// A corpus's own schema when it names one (corpusSchemaPath not empty), else the default.
Expected<LabelSchema, SchemaError> loadLabelSchemaFor(const QString &corpusSchemaPath);

} // namespace galley
