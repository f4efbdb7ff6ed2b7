#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One annotation file an import writes.
struct ImportTarget
{
    QString path;
    QByteArray content;
};

// Writes every target all or nothing. First checks them all: a folder in the way is an error, and
// an existing file or a leftover journal (PATH.journal, which the next open would replay over the
// import) is refused unless `force`. Then writes each to a temporary file beside it and only when
// all are written renames them into place; under `force` the old file and journal are first copied
// to PATH.before-import-… backups (listed in `backups`) and the journal is removed after the renames.
// On any failure nothing is left changed; returns the problem ("PATH: what is wrong").
std::optional<QString> writeImportTargets(const QList<ImportTarget> &targets, bool force, QStringList &backups);
