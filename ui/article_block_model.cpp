#include "article_block_model.h"

#include "article_block_roles.h"

namespace galley {

ArticleBlockModel::ArticleBlockModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ArticleBlockModel::setArticle(const Article &article)
{
    beginResetModel();
    m_blocks = article.blocks;
    endResetModel();
}

void ArticleBlockModel::clear()
{
    beginResetModel();
    m_blocks.clear();
    endResetModel();
}

const Block *ArticleBlockModel::block(int row) const
{
    return row >= 0 && row < m_blocks.size() ? &m_blocks.at(row) : nullptr;
}

int ArticleBlockModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_blocks.size());
}

QVariant ArticleBlockModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Block &block = m_blocks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return block.text;
    case Qt::ToolTipRole:
        return block.isBoilerplate() ? boilerplateDescription(block.boilerplateReason) : QVariant();
    case BlockKindRole:
        return int(block.kind);
    case ContentKindRole:
        return int(block.contentKind);
    case IsBoilerplateRole:
        return block.isBoilerplate();
    case BoilerplateReasonRole:
        return block.boilerplateReason;
    case HeadingLevelRole:
        return block.headingLevel;
    case BoilerplateLabelRole:
        return block.isBoilerplate() ? boilerplateLabel(block.boilerplateReason) : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> ArticleBlockModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(BlockKindRole, "kind");
    names.insert(ContentKindRole, "contentKind");
    names.insert(IsBoilerplateRole, "boilerplate");
    names.insert(BoilerplateReasonRole, "boilerplateReason");
    names.insert(HeadingLevelRole, "headingLevel");
    names.insert(BoilerplateLabelRole, "boilerplateLabel");
    return names;
}

QString ArticleBlockModel::boilerplateLabel(const QString &reason)
{
    static const QHash<QString, const char *> reasons = {
        {QStringLiteral("navigation"), QT_TR_NOOP("navigation")},
        {QStringLiteral("share"), QT_TR_NOOP("share buttons")},
        {QStringLiteral("related"), QT_TR_NOOP("related articles")},
        {QStringLiteral("comments"), QT_TR_NOOP("comments")},
        {QStringLiteral("cookie-banner"), QT_TR_NOOP("cookie banner")},
        {QStringLiteral("advertisement"), QT_TR_NOOP("advertisement")},
        {QStringLiteral("newsletter"), QT_TR_NOOP("newsletter sign-up")},
        {QStringLiteral("footer"), QT_TR_NOOP("footer")},
        {QStringLiteral("caption-credit"), QT_TR_NOOP("photo credit")},
        {QStringLiteral("metadata"), QT_TR_NOOP("metadata")},
        {QStringLiteral("clock"), QT_TR_NOOP("clock")},
        {QStringLiteral("tags"), QT_TR_NOOP("tags")},
        {QStringLiteral("low-text"), QT_TR_NOOP("too little text")},
        {QStringLiteral("title"), QT_TR_NOOP("title")},
        {QStringLiteral("sidebar"), QT_TR_NOOP("sidebar")},
        {QStringLiteral("outside-article"), QT_TR_NOOP("outside the article")},
        {QStringLiteral("links"), QT_TR_NOOP("link list")},
        {QStringLiteral("popup"), QT_TR_NOOP("pop-up")},
        {QStringLiteral("form"), QT_TR_NOOP("form")},
        {QStringLiteral("page-header"), QT_TR_NOOP("page header")},
        {QStringLiteral("page-footer"), QT_TR_NOOP("page footer")},
        {QStringLiteral("header"), QT_TR_NOOP("site header")},
        {QStringLiteral("hidden"), QT_TR_NOOP("hidden")},
        {QStringLiteral("caption"), QT_TR_NOOP("caption")},
        {QStringLiteral("complementary"), QT_TR_NOOP("complementary")},
        {QStringLiteral("disclaimer"), QT_TR_NOOP("disclaimer")},
        {QStringLiteral("disclosure"), QT_TR_NOOP("disclosure")},
        {QStringLiteral("repeated"), QT_TR_NOOP("repeated")},
        {QStringLiteral("article-end"), QT_TR_NOOP("after the article")},
        {QStringLiteral("author-bio"), QT_TR_NOOP("about the author")},
    };
    const auto known = reasons.constFind(reason);
    if (known != reasons.constEnd())
        return tr(known.value());
    return reason.isEmpty() ? tr("unspecified") : reason;
}

QString ArticleBlockModel::boilerplateDescription(const QString &reason)
{
    return tr("Boilerplate: %1").arg(boilerplateLabel(reason));
}

} // namespace galley
