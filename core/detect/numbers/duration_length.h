#pragma once

#include <QStringView>

#include <optional>

namespace galley {

// How long an ISO 8601 duration lasts, in seconds, with a year of 365.2425 days and a month of a
// twelfth of it, so durations compare as a reader compares them: "P18M" is longer than "P1Y", and
// "PT36H" than "P1D". TimeML's open counts take a few of their unit ("PXY", "several years", as
// three years; "PXDE" decades as three decades), so they sort beside the exact ones. Nothing for
// text that is no duration ("P", "PT", "P1H", "5 years").
std::optional<double> durationSeconds(QStringView iso);

} // namespace galley
