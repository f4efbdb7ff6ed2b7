#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace galley {

// The corpus database's schema version this build writes (SQLite's PRAGMA user_version).
constexpr int kCorpusSchemaVersion = 2;

// Brings the database up to kCorpusSchemaVersion, one migration per version, each in its own
// transaction with the version bump (a killed migration leaves the previous version whole).
// Returns the problem, or nullopt. A database newer than this build is refused.
// `targetVersion` below kCorpusSchemaVersion stops early (tests build older corpora with it).
std::optional<QString> migrateCorpusSchema(QSqlDatabase &database, int targetVersion = kCorpusSchemaVersion);

} // namespace galley
