#pragma once

#include <QDate>
#include <QStringView>
#include <QVariantMap>

namespace galley {

// The attributes (see numberAttributes) the number reader gives words a reviewer marks as a number
// of `label` ("over 108,076 civilians" as CARDINAL → value 108076, unit "civilians", modifier ">"),
// read in their paragraph, so tense and publication date resolve dates as the detector does.
// A reading of another kind (a date for a CARDINAL, a count for a DATE) is not taken; empty when
// `label` is no number label or nothing is read. Offsets are UTF-16 units into `text`.
QVariantMap readMarkedNumber(QStringView text, int start, int end, const QString &label, const QDate &published);

} // namespace galley
