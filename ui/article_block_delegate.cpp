#include "article_block_delegate.h"

#include "article_block_roles.h"
#include "extract/article.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>

namespace galley {

namespace {
constexpr int horizontalMargin = 10;
constexpr int verticalMargin = 6;
constexpr int quoteIndent = 14;
constexpr int bulletIndent = 14;
} // namespace

ArticleBlockDelegate::ArticleBlockDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

ArticleBlockDelegate::Layout ArticleBlockDelegate::layoutFor(const QStyleOptionViewItem &option,
                                                             const QModelIndex &index) const
{
    Layout layout;
    layout.font = option.font;
    layout.text = index.data(Qt::DisplayRole).toString();
    layout.dimmed = index.data(IsBoilerplateRole).toBool();
    const auto kind = BlockKind(index.data(layout.dimmed ? ContentKindRole : BlockKindRole).toInt());
    switch (kind) {
    case BlockKind::Heading: {
        layout.font.setBold(true);
        const int level = index.data(HeadingLevelRole).toInt();
        const qreal scale = level <= 1 ? 1.3 : level == 2 ? 1.18 : 1.08;
        if (layout.font.pointSizeF() > 0)
            layout.font.setPointSizeF(layout.font.pointSizeF() * scale);
        break;
    }
    case BlockKind::ListItem:
        layout.indent = bulletIndent;
        break;
    case BlockKind::Blockquote:
        layout.indent = quoteIndent;
        layout.rule = true;
        break;
    case BlockKind::Caption:
        if (layout.font.pointSizeF() > 0)
            layout.font.setPointSizeF(layout.font.pointSizeF() * 0.9);
        break;
    case BlockKind::Preformatted:
        layout.font.setFamily(QStringLiteral("monospace"));
        layout.font.setStyleHint(QFont::Monospace);
        break;
    case BlockKind::Paragraph:
    case BlockKind::Boilerplate:
        break;
    }
    if (layout.dimmed)
        layout.font.setItalic(true);
    return layout;
}

int ArticleBlockDelegate::availableWidth(const QStyleOptionViewItem &option)
{
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return view->viewport()->width();
    return option.rect.width() > 0 ? option.rect.width() : 400;
}

QSize ArticleBlockDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Layout layout = layoutFor(opt, index);
    const int width = availableWidth(opt);
    const int textWidth = qMax(40, width - 2 * horizontalMargin - layout.indent);
    const QFontMetrics metrics(layout.font);
    const QRect bounds = metrics.boundingRect(QRect(0, 0, textWidth, 100000),
                                              Qt::TextWordWrap | Qt::AlignLeft, layout.text);
    return {width, bounds.height() + 2 * verticalMargin};
}

void ArticleBlockDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Layout layout = layoutFor(opt, index);
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();

    opt.text.clear();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);

    painter->save();
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = opt.state.testFlag(QStyle::State_Active) ? QPalette::Active
                                                                                 : QPalette::Inactive;
    QColor textColor = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    if (layout.dimmed && !selected)
        textColor = opt.palette.color(QPalette::Disabled, QPalette::Text);

    const QRect content = opt.rect.adjusted(horizontalMargin, verticalMargin,
                                            -horizontalMargin, -verticalMargin);
    if (layout.rule) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(opt.palette.color(group, QPalette::Mid));
        painter->drawRect(QRect(content.left(), content.top(), 3, content.height()));
    }
    painter->setFont(layout.font);
    painter->setPen(textColor);
    const auto kind = BlockKind(index.data(layout.dimmed ? ContentKindRole : BlockKindRole).toInt());
    if (kind == BlockKind::ListItem)
        painter->drawText(QRect(content.left(), content.top(), bulletIndent, content.height()),
                          Qt::AlignLeft | Qt::AlignTop, QStringLiteral("\u2022"));
    painter->drawText(content.adjusted(layout.indent, 0, 0, 0),
                      Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, layout.text);
    painter->restore();
}

} // namespace galley
