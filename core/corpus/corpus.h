#pragma once

#include "util/expected.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace galley {

// A corpus folder: corpus.sqlite (documents, reviewer layers, decisions), pages/ (the saved
// pages, named by content hash) and annotations/HASH/REVIEWER.galley.json (one file per layer;
// "detectors" is the pre-annotation, "gold" the adjudicated layer). Owns one database connection;
// use it from the thread that opened it.
class Corpus
{
public:
    ~Corpus();
    Corpus(const Corpus &) = delete;              // one owner per connection
    Corpus &operator=(const Corpus &) = delete;

    // Creates the folder layout and the database (an existing corpus is opened and migrated).
    static Expected<std::unique_ptr<Corpus>, QString> create(const QString &folder);
    // Opens an existing corpus and migrates its schema.
    static Expected<std::unique_ptr<Corpus>, QString> open(const QString &folder);

    QString folder() const { return m_folder; }
    QString absolutePath(const QString &relative) const;
    QSqlDatabase &database() { return m_database; }

    static QString databaseFileName() { return QStringLiteral("corpus.sqlite"); }
    static QString layerFile(const QString &contentHash, const QString &layer);   // relative path
    // The corpus folder, content hash and layer of a layer file's path (the reverse of layerFile),
    // or std::nullopt when the path has not that shape.
    struct LayerFileParts
    {
        QString folder;
        QString contentHash;
        QString layer;
    };
    static std::optional<LayerFileParts> layerFileParts(const QString &path);
    static QString detectorLayer() { return QStringLiteral("detectors"); }
    static QString goldLayer() { return QStringLiteral("gold"); }

private:
    explicit Corpus(QString folder);
    static Expected<std::unique_ptr<Corpus>, QString> connect(const QString &folder);

    QString m_folder;
    QString m_connectionName;
    QSqlDatabase m_database;
};

} // namespace galley
