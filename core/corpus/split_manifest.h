#pragma once

#include "corpus/document_split.h"
#include "util/expected.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace galley {

// What a split was made from and how: enough to check it and to make it again.
struct SplitManifest
{
    struct Entry
    {
        qint64 id = 0;
        QString contentHash;   // SHA-256 of the saved page's bytes, hex
        QString site;
        QString split;         // "train", "dev", "test"
    };
    quint64 seed = 0;
    SplitRatios ratios;
    bool groupBySite = false;
    QString layer;             // which layer the split (and its export) uses
    QList<Entry> documents;    // by id
};

QByteArray splitManifestJson(const SplitManifest &manifest);
Expected<SplitManifest, QString> parseSplitManifest(const QByteArray &json, const QString &fileName);

} // namespace galley
