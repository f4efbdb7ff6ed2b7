#include "article_block_delegate.h"

#include "article_block_roles.h"
#include "extract/article.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>

namespace galley {

namespace {
constexpr int horizontalMargin = 8;
constexpr int verticalMargin = 6;
constexpr int gutterWidth = 30;
constexpr int quoteIndent = 14;
constexpr int listIndent = 14;
constexpr int badgePadding = 5;

QString kindTag(BlockKind kind, int headingLevel)
{
    switch (kind) {
    case BlockKind::Heading: return QStringLiteral("H%1").arg(qBound(1, headingLevel, 6));
    case BlockKind::Paragraph: return QStringLiteral("P");
    case BlockKind::ListItem: return QStringLiteral("LI");
    case BlockKind::Blockquote: return QStringLiteral("Q");
    case BlockKind::Caption: return QStringLiteral("CAP");
    case BlockKind::Preformatted: return QStringLiteral("PRE");
    case BlockKind::Boilerplate: return QStringLiteral("BP");
    }
    return {};
}
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
        layout.indent = listIndent;
        layout.bullet = true;
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
    layout.tag = kindTag(kind, index.data(HeadingLevelRole).toInt());
    if (layout.dimmed) {
        layout.font.setItalic(true);
        layout.badge = index.data(BoilerplateLabelRole).toString();
    }
    return layout;
}

QFont ArticleBlockDelegate::smallFont(const QFont &base)
{
    QFont font = base;
    font.setBold(false);
    font.setItalic(false);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * 0.78);
    return font;
}

QRect ArticleBlockDelegate::textRect(const QRect &itemRect, const Layout &layout,
                                     const QFontMetrics &badgeMetrics) const
{
    QRect rect = itemRect.adjusted(horizontalMargin + gutterWidth + layout.indent, verticalMargin,
                                   -horizontalMargin, -verticalMargin);
    if (!layout.badge.isEmpty())
        rect.setRight(rect.right() - badgeMetrics.horizontalAdvance(layout.badge) - 2 * badgePadding - 8);
    return rect;
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
    const QRect text = textRect(QRect(0, 0, width, 100000), layout, QFontMetrics(smallFont(opt.font)));
    const QFontMetrics metrics(layout.font);
    const QRect bounds = metrics.boundingRect(QRect(0, 0, qMax(40, text.width()), 100000),
                                              Qt::TextWordWrap | Qt::AlignLeft, layout.text);
    return {width, qMax(bounds.height(), metrics.height()) + 2 * verticalMargin};
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
    const QColor base = opt.palette.color(group, QPalette::Base);
    const auto blend = [&](qreal textShare) {
        return QColor::fromRgbF(textColor.redF() * textShare + base.redF() * (1 - textShare),
                                textColor.greenF() * textShare + base.greenF() * (1 - textShare),
                                textColor.blueF() * textShare + base.blueF() * (1 - textShare));
    };
    const QColor quietColor = selected ? textColor : blend(0.45);
    if (layout.dimmed && !selected)
        textColor = blend(0.55);

    const QFont small = smallFont(opt.font);
    const QFontMetrics smallMetrics(small);
    const QRect content = textRect(opt.rect, layout, smallMetrics);

    // The kind, in a gutter on the left.
    painter->setFont(small);
    painter->setPen(quietColor);
    const QRect gutter(opt.rect.left() + horizontalMargin, content.top(), gutterWidth - 4,
                       QFontMetrics(layout.font).height());
    painter->drawText(gutter, Qt::AlignLeft | Qt::AlignVCenter, layout.tag);

    if (layout.rule) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? textColor : opt.palette.color(group, QPalette::Mid));
        painter->drawRect(QRect(content.left() - quoteIndent, content.top(), 3, content.height()));
    }

    // Why a block is boilerplate, as a pill at the top right.
    if (!layout.badge.isEmpty()) {
        const int badgeWidth = smallMetrics.horizontalAdvance(layout.badge) + 2 * badgePadding;
        const QRect badge(opt.rect.right() - horizontalMargin - badgeWidth, content.top() + 1, badgeWidth,
                          smallMetrics.height() + 2);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(quietColor);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter->drawText(badge, Qt::AlignCenter, layout.badge);
    }

    painter->setFont(layout.font);
    painter->setPen(textColor);
    if (layout.bullet)
        painter->drawText(QRect(content.left() - listIndent, content.top(), listIndent, content.height()),
                          Qt::AlignLeft | Qt::AlignTop, QStringLiteral("\u2022"));
    painter->drawText(content, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, layout.text);
    painter->restore();
}

} // namespace galley
