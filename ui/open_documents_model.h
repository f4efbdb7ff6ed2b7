#pragma once

#include "corpus_layer_target.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>

#include <optional>

namespace galley {

// The documents opened in this session, in the order they were first opened; the one on
// screen is the current one. A corpus document is listed once per reviewer layer opened.
// The window owns it; the document list only reads it.
class OpenDocumentsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenDocumentsModel)

public:
    enum Role { PathRole = Qt::UserRole + 60, RecordRole, IsCurrentRole };

    explicit OpenDocumentsModel(QObject *parent = nullptr);

    // Adds the document (or updates its title) and makes it the current one.
    void open(const QString &path, int record, const QString &title,
              const std::optional<CorpusLayerTarget> &corpusLayer = std::nullopt);
    // The corpus layer a row was opened in, or null for a page opened as a file.
    const CorpusLayerTarget *corpusLayerAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        QString path;
        int record = -1;
        QString title;
        std::optional<CorpusLayerTarget> corpusLayer;
    };
    QList<Entry> m_entries;
    int m_current = -1;
};

} // namespace galley
