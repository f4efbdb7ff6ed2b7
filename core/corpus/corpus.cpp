#include "corpus/corpus.h"

#include "corpus/corpus_schema.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace galley {

namespace {

QString uniqueConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("galley-corpus-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Corpus::Corpus(QString folder)
    : m_folder(std::move(folder))
    , m_connectionName(uniqueConnectionName())
{
}

Corpus::~Corpus()
{
    m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Corpus::absolutePath(const QString &relative) const
{
    return QDir(m_folder).filePath(relative);
}

namespace {

const QString kAnnotationsFolder = QStringLiteral("annotations");
const QString kLayerSuffix = QStringLiteral(".galley.json");

} // namespace

QString Corpus::layerFile(const QString &contentHash, const QString &layer)
{
    return kAnnotationsFolder + u'/' + contentHash + u'/' + layer + kLayerSuffix;
}

std::optional<Corpus::LayerFileParts> Corpus::layerFileParts(const QString &path)
{
    const QFileInfo file(path);
    if (!file.fileName().endsWith(kLayerSuffix))
        return std::nullopt;
    QDir folder = file.absoluteDir();
    const QString contentHash = folder.dirName();
    if (!folder.cdUp() || folder.dirName() != kAnnotationsFolder || !folder.cdUp())
        return std::nullopt;
    return LayerFileParts{folder.path(), contentHash, file.fileName().chopped(kLayerSuffix.size())};
}

Expected<std::unique_ptr<Corpus>, QString> Corpus::connect(const QString &folder)
{
    std::unique_ptr<Corpus> corpus(new Corpus(QDir(folder).absolutePath()));
    corpus->m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), corpus->m_connectionName);
    corpus->m_database.setDatabaseName(corpus->absolutePath(databaseFileName()));
    if (!corpus->m_database.open())
        return QString(folder + QStringLiteral(": cannot open the corpus database: ") + corpus->m_database.lastError().text());
    QSqlQuery pragma(corpus->m_database);
    // WAL: readers (the GUI, `corpus status`) never block an import; every commit is durable.
    pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (const auto problem = migrateCorpusSchema(corpus->m_database))
        return QString(folder + QStringLiteral(": ") + *problem);
    return corpus;
}

Expected<std::unique_ptr<Corpus>, QString> Corpus::create(const QString &folder)
{
    QDir dir(folder);
    if (!dir.mkpath(QStringLiteral("pages")) || !dir.mkpath(kAnnotationsFolder))
        return QString(folder + QStringLiteral(": cannot create the corpus folders"));
    return connect(folder);
}

Expected<std::unique_ptr<Corpus>, QString> Corpus::open(const QString &folder)
{
    if (!QFileInfo::exists(QDir(folder).filePath(databaseFileName())))
        return QString(folder + QStringLiteral(": not a corpus (no ") + databaseFileName()
                       + QStringLiteral("; create one with `galley-cli corpus init`)"));
    return connect(folder);
}

} // namespace galley
