#include "annotation_panel.h"

#include "review_annotations.h"
#include "accessible_names.h"
#include "annotation_roles.h"
#include "article_panel.h"
#include "entity_tree_model.h"
#include "number_table_model.h"
#include "readable_column.h"
#include "quote_table_model.h"
#include "span_filter_bar.h"
#include "span_filter_proxy.h"
#include "span_list_model.h"

#include <QHeaderView>
#include <QScopedValueRollback>
#include <QLabel>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace galley {

namespace {

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->setShowGrid(false);
    view->setFrameShape(QFrame::NoFrame);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

// A header click sorts the tab by the column's SortKeyRole, text whatever its case ("he" among
// "Harris" and "Hayes"); a third click goes back to the article's order.
template <typename View>
void sortByHeader(QSortFilterProxyModel *proxy, View *view, QHeaderView *header)
{
    proxy->setSortRole(SortKeyRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    view->setSortingEnabled(true);
}

const QString entitySortKey = QStringLiteral("annotationPanel/entitySort");
const QString quoteSortKey = QStringLiteral("annotationPanel/quoteSort");
const QString numberSortKey = QStringLiteral("annotationPanel/numberSort");

// "column,order" (Qt::SortOrder), "-1,0" for the article's order.
QString sortOrderOf(const QHeaderView *header)
{
    return QStringLiteral("%1,%2").arg(header->sortIndicatorSection()).arg(int(header->sortIndicatorOrder()));
}

void restoreSortOrder(QHeaderView *header, const QString &saved)
{
    const QStringList parts = saved.split(QLatin1Char(','));
    if (parts.size() != 2)
        return;
    bool columnOk = false;
    bool orderOk = false;
    const int column = parts[0].toInt(&columnOk);
    const int order = parts[1].toInt(&orderOk);
    // Settings written by another version may name a column this one lacks.
    if (!columnOk || !orderOk || column < -1 || column >= header->count()
        || (order != Qt::AscendingOrder && order != Qt::DescendingOrder))
        return;
    header->setSortIndicator(column, Qt::SortOrder(order));
}

} // namespace

AnnotationPanel::AnnotationPanel(ReviewAnnotations *document, ArticlePanel *articlePanel, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    m_entities = new EntityTreeModel(document, this);
    m_quotes = new QuoteTableModel(document, this);
    m_numbers = new NumberTableModel(document, this);
    m_allSpans = new SpanListModel(document, this);
    m_unplaced = new UnplacedSpanFilter(this);
    m_unplaced->setSourceModel(m_allSpans);
    m_entityFilter = new SpanFilterProxy(document, this);
    m_entityFilter->setSourceModel(m_entities);
    m_quoteFilter = new SpanFilterProxy(document, this);
    m_quoteFilter->setSourceModel(m_quotes);
    m_numberFilter = new SpanFilterProxy(document, this);
    m_numberFilter->setSourceModel(m_numbers);
    m_unplacedFilter = new SpanFilterProxy(document, this);
    m_unplacedFilter->setSourceModel(m_unplaced);
    m_filterBar = new SpanFilterBar(this);
    connect(m_filterBar, &SpanFilterBar::filterChanged, this, &AnnotationPanel::applyFilter);

    m_entityView = new QTreeView(this);
    m_entityView->setModel(m_entityFilter);
    m_entityView->setAccessibleName(tr("Entities"));
    m_entityView->setUniformRowHeights(true);
    m_entityView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_entityView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_entityView->setFrameShape(QFrame::NoFrame);
    m_entityView->header()->setSectionResizeMode(EntityTreeModel::LabelColumn, QHeaderView::ResizeToContents);
    m_entityView->header()->setSectionResizeMode(EntityTreeModel::CountColumn, QHeaderView::ResizeToContents);
    m_entityView->header()->setSectionResizeMode(EntityTreeModel::ConfidenceColumn, QHeaderView::ResizeToContents);
    m_entityView->header()->setSectionResizeMode(EntityTreeModel::CommentColumn, QHeaderView::ResizeToContents);
    // Names stay readable in a narrow panel (the corpus dock open beside it): the other columns scroll.
    new ReadableColumn(m_entityView, EntityTreeModel::NameColumn, 16);
    // Least sure entities first by Confidence; under any column mentions keep their place in the text.
    sortByHeader(m_entityFilter, m_entityView, m_entityView->header());
    // F2 renames the entity from any of its row's cells, not only from its name.
    auto *rename = new QShortcut(QKeySequence(Qt::Key_F2), m_entityView, nullptr, nullptr, Qt::WidgetShortcut);
    connect(rename, &QShortcut::activated, this, [this] {
        const QModelIndex current = m_entityView->currentIndex();
        if (current.isValid())
            m_entityView->edit(current.siblingAtColumn(EntityTreeModel::NameColumn));
    });
    m_quoteView = makeTable(m_quoteFilter, tr("Quotes"), this);
    QHeaderView *quoteHeader = m_quoteView->horizontalHeader();
    quoteHeader->setStretchLastSection(false);
    for (int column : {int(QuoteTableModel::KindColumn), int(QuoteTableModel::ConfidenceColumn),
                       int(QuoteTableModel::StatusColumn)})
        quoteHeader->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // Least sure quotes first by Confidence, to check them first.
    sortByHeader(m_quoteFilter, m_quoteView, quoteHeader);
    m_quoteView->setColumnWidth(QuoteTableModel::TextColumn, 180);
    m_quoteView->setColumnWidth(QuoteTableModel::SpeakerColumn, 120);
    m_quoteView->setColumnWidth(QuoteTableModel::CueColumn, 90);
    m_quoteView->setColumnWidth(QuoteTableModel::CommentColumn, 160);
    m_numberView = makeTable(m_numberFilter, tr("Numbers"), this);
    QHeaderView *numberHeader = m_numberView->horizontalHeader();
    // The text keeps a readable width in a narrow panel; the table scrolls sideways instead.
    for (int column : {int(NumberTableModel::LabelColumn), int(NumberTableModel::ValueColumn),
                       int(NumberTableModel::UnitColumn), int(NumberTableModel::ModifierColumn)})
        numberHeader->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_numberView->setColumnWidth(NumberTableModel::TextColumn, 150);
    // By Value: amounts from the smallest, then dates in time order.
    sortByHeader(m_numberFilter, m_numberView, numberHeader);

    // The Comment columns appear once a span has a comment: a narrow panel keeps its width for
    // names and quotes until then. An edit only shows them (a bulk edit scans no set); a new set
    // decides again.
    const auto hasComment = [](const Span &span) { return !span.attributes.value(QStringLiteral("note")).toString().isEmpty(); };
    const auto showCommentColumns = [this](bool shown) {
        m_entityView->setColumnHidden(EntityTreeModel::CommentColumn, !shown);
        m_quoteView->setColumnHidden(QuoteTableModel::CommentColumn, !shown);
        m_numberView->setColumnHidden(NumberTableModel::CommentColumn, !shown);
    };
    connect(m_document, &ReviewAnnotations::reset, this, [this, hasComment, showCommentColumns] {
        const QList<Span> &spans = m_document->annotationSet().spans;
        showCommentColumns(std::any_of(spans.begin(), spans.end(), hasComment));
    });
    connect(m_document, &ReviewAnnotations::spanChanged, this, [this, hasComment, showCommentColumns](const QString &spanId) {
        if (const Span *span = m_document->span(spanId); span && hasComment(*span))
            showCommentColumns(true);
    });
    showCommentColumns(false);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);   // the panel may be narrower than its four tabs
    m_tabs->setAccessibleName(tr("Annotation panel"));
    m_tabs->tabBar()->setAccessibleName(tr("Annotation tabs"));
    m_tabs->insertTab(EntitiesTab, m_entityView, QString());
    m_tabs->insertTab(QuotesTab, m_quoteView, QString());
    m_tabs->insertTab(NumbersTab, m_numberView, QString());
    m_tabs->insertTab(ArticleTab, articlePanel, tr("Article"));

    m_unplacedBox = new QWidget(this);
    auto *unplacedLayout = new QVBoxLayout(m_unplacedBox);
    unplacedLayout->setContentsMargins(8, 6, 0, 0);
    unplacedLayout->setSpacing(4);
    m_unplacedTitle = new QLabel(m_unplacedBox);
    m_unplacedTitle->setWordWrap(true);
    unplacedLayout->addWidget(m_unplacedTitle);
    m_unplacedView = makeTable(m_unplacedFilter, tr("Spans not found in the page"), m_unplacedBox);
    unplacedLayout->addWidget(m_unplacedView, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("annotationSplitter"));
    auto *tabsBox = new QWidget(this);
    auto *tabsLayout = new QVBoxLayout(tabsBox);
    tabsLayout->setContentsMargins(0, 0, 0, 0);
    tabsLayout->setSpacing(0);
    tabsLayout->addWidget(m_filterBar);
    tabsLayout->addWidget(m_tabs, 1);
    split->addWidget(tabsBox);
    split->addWidget(m_unplacedBox);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    nameSplitterHandles(split, {tr("Resize the tabs and the spans not found in the page")});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    for (QAbstractItemView *view : {static_cast<QAbstractItemView *>(m_entityView),
                                    static_cast<QAbstractItemView *>(m_quoteView),
                                    static_cast<QAbstractItemView *>(m_numberView),
                                    static_cast<QAbstractItemView *>(m_unplacedView)})
        watch(view);
    connect(document, &ReviewAnnotations::reset, this, &AnnotationPanel::updateCounts);
    connect(document, &ReviewAnnotations::spanChanged, this, &AnnotationPanel::updateCounts);
    connect(document, &ReviewAnnotations::placementChanged, this, &AnnotationPanel::updateCounts);
    updateCounts();
}

namespace {

// The span a row stands for; an entity group stands for its first mention.
QString spanIdOf(const QModelIndex &index)
{
    const QModelIndex row = index.siblingAtColumn(0);
    const QString id = row.data(SpanIdRole).toString();
    if (!id.isEmpty() || !row.model() || row.model()->rowCount(row) == 0)
        return id;
    return row.model()->index(0, 0, row).data(SpanIdRole).toString();
}

// Every span a list shows under `parent`, top to bottom; an entity's mentions after it.
void appendListedSpans(const QAbstractItemModel &model, const QModelIndex &parent, QStringList &ids)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        const QString id = index.data(SpanIdRole).toString();
        if (!id.isEmpty())
            ids.append(id);
        appendListedSpans(model, index, ids);
    }
}

} // namespace

void AnnotationPanel::watch(QAbstractItemView *view)
{
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QString id = spanIdOf(current);
                if (!m_showing && !id.isEmpty())
                    emit spanActivated(id);
            });
    // A click on the row already current in its tab (while the page or another tab picked
    // something else) changes no current row, yet the reviewer means that span.
    for (auto signal : {&QAbstractItemView::activated, &QAbstractItemView::clicked}) {
        connect(view, signal, this, [this](const QModelIndex &index) {
            const QString id = spanIdOf(index);
            if (!id.isEmpty())
                emit spanActivated(id);
        });
    }
}

void AnnotationPanel::applyFilter()
{
    const SpanFilter &filter = m_filterBar->filter();
    const QString kept = currentSpanId();
    for (SpanFilterProxy *proxy : {m_entityFilter, m_quoteFilter, m_numberFilter, m_unplacedFilter})
        proxy->setFilter(filter);
    if (!filter.isEmpty())
        m_entityView->expandAll();   // the matching mentions are what the reviewer came for
    if (!kept.isEmpty())
        showSpan(kept);
    updateCounts();
}

void AnnotationPanel::updateCounts()
{
    // "Entities (3 of 12)" while a filter hides some.
    const auto count = [](const SpanFilterProxy *proxy, const QAbstractItemModel *source) {
        const int all = source->rowCount();
        const int shown = proxy->rowCount();
        return shown == all ? QString::number(all) : tr("%1 of %2").arg(shown).arg(all);
    };
    m_tabs->setTabText(EntitiesTab, tr("Entities (%1)").arg(count(m_entityFilter, m_entities)));
    m_tabs->setTabText(QuotesTab, tr("Quotes (%1)").arg(count(m_quoteFilter, m_quotes)));
    m_tabs->setTabText(NumbersTab, tr("Numbers (%1)").arg(count(m_numberFilter, m_numbers)));
    const int unplaced = m_unplaced->rowCount();
    m_unplacedTitle->setText(tr("%n span(s) could not be found in the page:", nullptr, unplaced));
    m_unplacedBox->setVisible(unplaced > 0);
}

void AnnotationPanel::select(QAbstractItemView *view, const QModelIndex &index)
{
    const QScopedValueRollback showing(m_showing, true);
    // The row already current keeps its cell: after an edit in place, F2 edits that cell again.
    const QModelIndex current = view->currentIndex();
    const bool sameRow = current.isValid() && current.row() == index.row() && current.parent() == index.parent();
    const QModelIndex target = sameRow ? index.siblingAtColumn(current.column()) : index;
    view->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(target);
}

void AnnotationPanel::showSpan(const QString &spanId)
{
    // Showing a tab whose list has the keyboard for the first time makes its first row current:
    // that is not the reviewer picking it.
    const QScopedValueRollback showing(m_showing, true);
    // A cue or a speaker is listed with its quote.
    for (const QString &type : {QStringLiteral("cue"), QStringLiteral("speaker")}) {
        if (const Span *quote = m_document->relatingSpan(spanId, type); quote && !m_entities->indexOfSpan(spanId).isValid()) {
            showSpan(quote->id);
            return;
        }
    }
    // A span the filter hides is not shown; the tab it would be in is left as it is.
    if (const QModelIndex index = m_entities->indexOfSpan(spanId); index.isValid()) {
        if (const QModelIndex shown = m_entityFilter->viewIndex(index); shown.isValid()) {
            m_tabs->setCurrentIndex(EntitiesTab);
            m_entityView->expand(shown.parent());
            select(m_entityView, shown);
        }
    } else if (const QModelIndex index = m_quotes->indexOfSpan(spanId); index.isValid()) {
        if (const QModelIndex shown = m_quoteFilter->viewIndex(index); shown.isValid()) {
            m_tabs->setCurrentIndex(QuotesTab);
            select(m_quoteView, shown);
        }
    } else if (const QModelIndex index = m_numbers->indexOfSpan(spanId); index.isValid()) {
        if (const QModelIndex shown = m_numberFilter->viewIndex(index); shown.isValid()) {
            m_tabs->setCurrentIndex(NumbersTab);
            select(m_numberView, shown);
        }
    }
}

std::optional<AnnotationPanel::EntityGroup> AnnotationPanel::currentEntityGroup() const
{
    if (m_tabs->currentWidget() != m_entityView)
        return std::nullopt;
    const QModelIndex row = m_entityView->currentIndex().siblingAtColumn(0);
    if (!row.isValid() || row.parent().isValid())
        return std::nullopt;
    return EntityGroup{row.data(ClusterIdRole).toString(), row.data(GroupSpanIdsRole).toStringList()};
}

void AnnotationPanel::showEntityOf(const QString &spanId)
{
    const QModelIndex mention = m_entities->indexOfSpan(spanId);
    showEntityRow(mention.isValid() ? mention.parent() : QModelIndex());
}

void AnnotationPanel::showEntity(const QString &clusterId)
{
    showEntityRow(m_entities->indexOfCluster(clusterId));
}

void AnnotationPanel::showEntityRow(const QModelIndex &entity)
{
    const QScopedValueRollback showing(m_showing, true);
    const QModelIndex shown = m_entityFilter->viewIndex(entity);
    if (!shown.isValid())
        return;
    m_tabs->setCurrentIndex(EntitiesTab);
    select(m_entityView, shown);
}

int AnnotationPanel::entityRowOf(const QString &spanId) const
{
    const QModelIndex shown = m_entityFilter->viewIndex(m_entities->indexOfSpan(spanId));
    return shown.isValid() && shown.parent().isValid() ? shown.parent().row() : -1;
}

void AnnotationPanel::saveSortOrders(QSettings &settings) const
{
    settings.setValue(entitySortKey, sortOrderOf(m_entityView->header()));
    settings.setValue(quoteSortKey, sortOrderOf(m_quoteView->horizontalHeader()));
    settings.setValue(numberSortKey, sortOrderOf(m_numberView->horizontalHeader()));
}

void AnnotationPanel::restoreSortOrders(const QSettings &settings)
{
    restoreSortOrder(m_entityView->header(), settings.value(entitySortKey).toString());
    restoreSortOrder(m_quoteView->horizontalHeader(), settings.value(quoteSortKey).toString());
    restoreSortOrder(m_numberView->horizontalHeader(), settings.value(numberSortKey).toString());
}

std::optional<QStringList> AnnotationPanel::walkedListOrder() const
{
    const int tab = m_tabs->currentIndex();
    const SpanFilterProxy *listed = tab == EntitiesTab ? m_entityFilter
                                    : tab == QuotesTab ? m_quoteFilter
                                    : tab == NumbersTab ? m_numberFilter
                                                        : nullptr;
    const QAbstractItemView *view = tab == EntitiesTab ? static_cast<QAbstractItemView *>(m_entityView)
                                    : tab == QuotesTab ? m_quoteView
                                                       : m_numberView;
    if (!listed || (listed->sortColumn() < 0 && !view->hasFocus()))
        return std::nullopt;
    QStringList ids;
    appendListedSpans(*listed, {}, ids);
    return ids;
}

bool AnnotationPanel::entitiesSorted() const
{
    return m_entityFilter->sortColumn() >= 0;
}

void AnnotationPanel::pickEntityAtRow(int row)
{
    const int count = m_entityFilter->rowCount();
    if (count == 0)
        return;
    const QModelIndex entity = m_entityFilter->index(std::clamp(row, 0, count - 1), 0);
    m_tabs->setCurrentIndex(EntitiesTab);
    m_entityView->selectionModel()->setCurrentIndex(entity, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_entityView->scrollTo(entity);
}

QString AnnotationPanel::currentSpanId() const
{
    const QWidget *current = m_tabs->currentWidget();
    for (const QAbstractItemView *view : {static_cast<const QAbstractItemView *>(m_entityView),
                                          static_cast<const QAbstractItemView *>(m_quoteView),
                                          static_cast<const QAbstractItemView *>(m_numberView)}) {
        if (view == current)
            return view->currentIndex().siblingAtColumn(0).data(SpanIdRole).toString();
    }
    return {};
}

} // namespace galley
