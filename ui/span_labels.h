#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

namespace galley {

// What a label is about, which decides the panel tab its spans are listed in.
enum class LabelFamily { Entity, Quote, Cue, Speaker, Number, Other };

LabelFamily labelFamily(const QString &label);

// The colour a label is drawn in, on the page, in the panel and in the article text: the label
// schema's (resources/schema/default-schema.json), else a small table of Galley's own (SPEAKER),
// else a stable colour made from the name.
QColor labelColor(const QString &label);

// "Person", "Organisation", "Money", … (the schema's names) in the user's language; the label
// itself when unknown.
QString labelDisplayName(const QString &label);

// The labels of the table, in legend order.
QStringList knownLabels();

} // namespace galley
