#include "corpus/split_manifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace galley {

QByteArray splitManifestJson(const SplitManifest &manifest)
{
    QJsonArray documents;
    for (const SplitManifest::Entry &entry : manifest.documents) {
        documents.append(QJsonObject{{QStringLiteral("id"), entry.id},
                                     {QStringLiteral("content_hash"), entry.contentHash},
                                     {QStringLiteral("site"), entry.site},
                                     {QStringLiteral("split"), entry.split}});
    }
    const QJsonObject root{
        {QStringLiteral("seed"), QString::number(manifest.seed)},   // a string: JSON numbers lose 64-bit seeds
        {QStringLiteral("ratios"), QJsonObject{{QStringLiteral("train"), manifest.ratios.train},
                                               {QStringLiteral("dev"), manifest.ratios.dev},
                                               {QStringLiteral("test"), manifest.ratios.test}}},
        {QStringLiteral("group_by_site"), manifest.groupBySite},
        {QStringLiteral("layer"), manifest.layer},
        {QStringLiteral("hash"), QStringLiteral("SHA-256 of the saved page's bytes")},
        {QStringLiteral("documents"), documents}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Expected<SplitManifest, QString> parseSplitManifest(const QByteArray &json, const QString &fileName)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        return QString(fileName + QStringLiteral(": not a split manifest: ") + error.errorString());
    const QJsonObject root = document.object();
    SplitManifest manifest;
    bool seedOk = false;
    manifest.seed = root.value(QStringLiteral("seed")).toString().toULongLong(&seedOk);
    if (!seedOk || !root.value(QStringLiteral("documents")).isArray())
        return QString(fileName + QStringLiteral(": not a split manifest (no seed or documents)"));
    const QJsonObject ratios = root.value(QStringLiteral("ratios")).toObject();
    manifest.ratios = {ratios.value(QStringLiteral("train")).toDouble(), ratios.value(QStringLiteral("dev")).toDouble(),
                       ratios.value(QStringLiteral("test")).toDouble()};
    manifest.groupBySite = root.value(QStringLiteral("group_by_site")).toBool();
    manifest.layer = root.value(QStringLiteral("layer")).toString();
    for (const QJsonValue &value : root.value(QStringLiteral("documents")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString split = entry.value(QStringLiteral("split")).toString();
        if (!kSplitNames.contains(split))
            return QString(fileName + QStringLiteral(": a document has no split (train, dev or test)"));
        manifest.documents.append({entry.value(QStringLiteral("id")).toInteger(),
                                   entry.value(QStringLiteral("content_hash")).toString(),
                                   entry.value(QStringLiteral("site")).toString(), split});
    }
    return manifest;
}

} // namespace galley
