#pragma once

#include "extract/article.h"

#include <QAbstractListModel>

namespace galley {

// Every block of an extracted article, in page order, boilerplate included.
// The window owns it and replaces the article; views only read.
class ArticleBlockModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleBlockModel)

public:
    explicit ArticleBlockModel(QObject *parent = nullptr);

    void setArticle(const Article &article);
    void clear();
    const Block *block(int row) const;   // null when out of range

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "navigation" and "Boilerplate: navigation" in the user's language.
    static QString boilerplateLabel(const QString &reason);
    static QString boilerplateDescription(const QString &reason);

private:
    QList<Block> m_blocks;
};

} // namespace galley
