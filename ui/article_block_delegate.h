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
        QString tag;         // kind in the gutter: "H2", "P", "LI", ...
        QString badge;       // boilerplate reason, drawn as a pill at the right
        int indent = 0;      // pixels between gutter and text
        bool rule = false;   // a vertical rule in the indent (quotes)
        bool bullet = false; // a bullet in the indent (list items)
        bool dimmed = false; // boilerplate
    };
    QRect textRect(const QRect &itemRect, const Layout &layout, const QFontMetrics &badgeMetrics) const;
    static QFont smallFont(const QFont &base);
    Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    static int availableWidth(const QStyleOptionViewItem &option);
};

} // namespace galley
