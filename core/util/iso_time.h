#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QStringView>

namespace galley {

// "2026-01-31T09:00:00Z", or "…:00.250Z" when there are milliseconds: ISO 8601 in UTC.
QByteArray isoUtcTimestamp(const QDateTime &time);

// An ISO 8601 date and time that names its zone ("Z" or "+01:00"), in UTC; invalid for
// anything else, including a time without a zone.
QDateTime parseIsoTimestamp(QStringView text);

} // namespace galley
