#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace galley {

// An annotation.conf declaring what `existing` declares and what `added` does: a document
// exported into a brat collection must not take away the labels its other documents use.
// The existing file is kept line for line (comments, hierarchy, visual settings of the user);
// an entity label it lacks is appended to [entities]; a relation or attribute both declare
// gets the union of their argument labels and values on the existing line.
QByteArray mergedBratConf(QByteArrayView existing, QByteArrayView added);

} // namespace galley
