#include "article_panel.h"

#include "article_block_delegate.h"
#include "article_block_model.h"
#include "extract/article.h"

#include <QDateTime>
#include <QFormLayout>
#include <QKeyEvent>
#include <QFrame>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QVBoxLayout>

#include <functional>

namespace galley {

namespace {

QString displayDate(const QString &iso)
{
    if (iso.isEmpty())
        return {};
    const QLocale locale;
    const QDateTime dateTime = QDateTime::fromString(iso, Qt::ISODate);
    if (dateTime.isValid() && iso.size() > 10)
        return locale.toString(dateTime, QLocale::LongFormat);
    const QDate date = QDate::fromString(iso.left(10), Qt::ISODate);
    return date.isValid() ? locale.toString(date, QLocale::LongFormat) : iso;
}

QString displayLanguage(const QString &tag)
{
    if (tag.isEmpty())
        return {};
    const QLocale locale(tag);
    const QString name = locale.language() == QLocale::C ? QString()
                                                         : QLocale::languageToString(locale.language());
    return name.isEmpty() ? tag : QStringLiteral("%1 (%2)").arg(name, tag);
}

QLabel *makeValueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// A list view that reports a block only when the reader moved to it with the keyboard. Qt also
// makes an item current when the view merely gets focus, and when a mouse press lands on an item;
// those must not count (clicks are reported through clicked(), which fires once per click on an item).
class BlockListView final : public QListView
{
public:
    BlockListView(std::function<void(int)> keyboardMoved, QWidget *parent)
        : QListView(parent)
        , m_keyboardMoved(std::move(keyboardMoved))
    {
    }

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        const QPersistentModelIndex before = currentIndex();
        QListView::keyPressEvent(event);
        const QModelIndex after = currentIndex();
        if (after.isValid() && after != before)
            m_keyboardMoved(after.row());
    }

private:
    std::function<void(int)> m_keyboardMoved;
};

} // namespace

ArticlePanel::ArticlePanel(ArticleBlockModel *model, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *header = new QFrame(this);
    header->setObjectName(QStringLiteral("articleHeader"));
    header->setAutoFillBackground(true);
    header->setBackgroundRole(QPalette::Base);
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(14, 12, 14, 10);

    m_title = makeValueLabel(header);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    if (titleFont.pointSizeF() > 0)
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    m_title->setFont(titleFont);
    headerLayout->addWidget(m_title);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(3);
    m_byline = makeValueLabel(header);
    m_published = makeValueLabel(header);
    m_site = makeValueLabel(header);
    m_language = makeValueLabel(header);
    form->addRow(tr("By:"), m_byline);
    form->addRow(tr("Published:"), m_published);
    form->addRow(tr("Site:"), m_site);
    form->addRow(tr("Language:"), m_language);
    for (int row = 0; row < form->rowCount(); ++row) {
        if (auto *label = qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::LabelRole)->widget()))
            label->setForegroundRole(QPalette::PlaceholderText);
    }
    headerLayout->addLayout(form);

    m_counts = new QLabel(header);
    m_counts->setWordWrap(true);
    m_counts->setForegroundRole(QPalette::PlaceholderText);
    headerLayout->addWidget(m_counts);
    layout->addWidget(header);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);

    m_blocks = new BlockListView([this](int row) { emit blockActivated(row); }, this);
    m_blocks->setModel(model);
    m_blocks->setItemDelegate(new ArticleBlockDelegate(m_blocks));
    m_blocks->setWordWrap(true);
    m_blocks->setResizeMode(QListView::Adjust);
    m_blocks->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_blocks->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_blocks->setSelectionMode(QAbstractItemView::SingleSelection);
    m_blocks->setFrameShape(QFrame::NoFrame);
    m_blocks->setAlternatingRowColors(false);
    m_blocks->setAccessibleName(tr("Article blocks"));
    layout->addWidget(m_blocks, 1);

    connect(m_blocks, &QListView::clicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit blockActivated(index.row());
    });
    clear();
}

void ArticlePanel::showMetadata(const Article &article)
{
    m_title->setText(article.title.isEmpty() ? tr("(untitled)") : article.title);
    const QString unknown = tr("unknown");
    m_byline->setText(article.byline.isEmpty() ? unknown : article.byline.join(QStringLiteral(", ")));
    const QString published = displayDate(article.published);
    m_published->setText(published.isEmpty() ? unknown : published);
    m_site->setText(article.site.isEmpty() ? unknown : article.site);
    const QString language = displayLanguage(article.language);
    m_language->setText(language.isEmpty() ? unknown : language);
    qsizetype boilerplate = 0;
    for (const Block &block : article.blocks)
        boilerplate += block.isBoilerplate() ? 1 : 0;
    m_counts->setText(tr("%n body block(s)", nullptr, int(article.blocks.size() - boilerplate))
                      + QStringLiteral(" \u00b7 ")
                      + tr("%n boilerplate block(s)", nullptr, int(boilerplate)));
}

void ArticlePanel::clear()
{
    m_title->setText(tr("No page open"));
    for (QLabel *label : {m_byline, m_published, m_site, m_language})
        label->clear();
    m_counts->setText(tr("Open a saved page with File \u25b8 Open or drop it on the window."));
}

QString ArticlePanel::titleText() const
{
    return m_title->text();
}

} // namespace galley
