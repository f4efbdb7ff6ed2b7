#pragma once

#include <QColor>
#include <QHash>
#include <QString>
#include <QStringList>

namespace galley {

// What a label is about, which decides the panel tab its spans are listed in.
enum class LabelFamily { Entity, Quote, Cue, Speaker, Number, Other };

// From the label schema (resources/schema/default-schema.json): its group, and for quote labels
// the relation that points at them (a "cue" target is a Cue, a "speaker" target a Speaker).
LabelFamily labelFamily(const QString &label);

// The colour a label is drawn in, on the page, in the panel and in the article text: the
// reviewer's choice (setLabelColorOverrides), else the schema's, else a stable colour made from
// the name.
QColor labelColor(const QString &label);
// The same without the reviewer's choice: what Preferences resets to.
QColor defaultLabelColor(const QString &label);
// The reviewer's colours by label name; replaces the previous ones.
void setLabelColorOverrides(const QHash<QString, QColor> &colors);

// "Person", "Organisation", "Money", … (the schema's names) in the user's language; the label
// itself when unknown.
QString labelDisplayName(const QString &label);

// The schema's labels, in legend order.
QStringList knownLabels();

} // namespace galley
