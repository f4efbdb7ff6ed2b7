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
    return names;
}

QString ArticleBlockModel::boilerplateDescription(const QString &reason)
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
    };
    const auto known = reasons.constFind(reason);
    const QString label = known != reasons.constEnd() ? tr(known.value())
                          : reason.isEmpty()         ? tr("unspecified")
                                                     : reason;
    return tr("Boilerplate: %1").arg(label);
}

} // namespace galley
