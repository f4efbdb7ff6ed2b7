#pragma once

#include <QStyledItemDelegate>

namespace galley {

// Draws one article block as wrapped text: headings bold and larger, quotes indented with a
// rule, list items with a bullet, captions small, boilerplate greyed and italic. Reads only
// the roles in article_block_roles.h.
class ArticleBlockDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleBlockDelegate)

public:
    explicit ArticleBlockDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Layout
    {
        QFont font;
        QString text;
        int indent = 0;      // pixels before the text
        bool rule = false;   // a vertical rule in the indent (quotes)
        bool dimmed = false; // boilerplate
    };
    Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    static int availableWidth(const QStyleOptionViewItem &option);
};

} // namespace galley
