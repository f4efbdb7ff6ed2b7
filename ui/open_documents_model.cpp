#include "open_documents_model.h"

#include <QDir>
#include <QFileInfo>
#include <QFont>

#include <algorithm>

namespace galley {

OpenDocumentsModel::OpenDocumentsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void OpenDocumentsModel::open(const QString &path, int record, const QString &title,
                              const std::optional<CorpusLayerTarget> &corpusLayer)
{
    const QString layerFile = corpusLayer ? corpusLayer->annotationPath : QString();
    int row = -1;
    for (int i = 0; i < m_entries.size() && row < 0; ++i) {
        const Entry &entry = m_entries.at(i);
        if (entry.path == path && entry.record == record
            && (entry.corpusLayer ? entry.corpusLayer->annotationPath : QString()) == layerFile)
            row = i;
    }
    if (row < 0) {
        beginInsertRows({}, int(m_entries.size()), int(m_entries.size()));
        m_entries.append({path, record, title, corpusLayer});
        endInsertRows();
        row = int(m_entries.size()) - 1;
    } else {
        m_entries[row].title = title;
        m_entries[row].corpusLayer = corpusLayer;
    }
    m_current = row;
    // every row: a title now shared changes how the others of that title read
    emit dataChanged(index(0), index(int(m_entries.size()) - 1));
}

const CorpusLayerTarget *OpenDocumentsModel::corpusLayerAt(int row) const
{
    if (row < 0 || row >= m_entries.size() || !m_entries.at(row).corpusLayer)
        return nullptr;
    return &*m_entries.at(row).corpusLayer;
}

int OpenDocumentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant OpenDocumentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString fileName = QFileInfo(entry.path).fileName();
        // Two pages of one title (a page and its cut-short copy, the same story as .html and
        // .warc) are told apart by their files; records and layers of one file by their names.
        const bool titleShared = std::any_of(m_entries.cbegin(), m_entries.cend(), [&entry](const Entry &other) {
            return other.path != entry.path && !entry.title.isEmpty() && other.title == entry.title;
        });
        const QString name = entry.title.isEmpty() ? fileName
                             : titleShared       ? tr("%1 \u2014 %2").arg(fileName, entry.title)
                                                 : entry.title;
        if (entry.corpusLayer)
            return tr("%1 (%2's layer)").arg(name, entry.corpusLayer->reviewer);
        return entry.record >= 0 ? tr("%1 (record %2)").arg(name).arg(entry.record + 1) : name;
    }
    case Qt::ToolTipRole:
        return QDir::toNativeSeparators(entry.corpusLayer ? entry.corpusLayer->annotationPath : entry.path);
    case Qt::FontRole: {
        if (index.row() != m_current)
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    case PathRole:
        return entry.path;
    case RecordRole:
        return entry.record;
    case IsCurrentRole:
        return index.row() == m_current;
    default:
        return {};
    }
}

} // namespace galley
