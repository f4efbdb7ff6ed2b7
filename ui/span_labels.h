#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

namespace galley {

// What a label is about, which decides the panel tab its spans are listed in.
enum class LabelFamily { Entity, Quote, Cue, Speaker, Number, Other };

LabelFamily labelFamily(const QString &label);

// The colour a label is drawn in, on the page, in the panel and in the article text. A fixed
// table for the labels the detectors write; other labels get a stable colour of their own.
QColor labelColor(const QString &label);

// "Person", "Organisation", "Money", … in the user's language; the label itself when unknown.
QString labelDisplayName(const QString &label);

// The labels of the table, in legend order.
QStringList knownLabels();

} // namespace galley
