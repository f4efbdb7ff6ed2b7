#pragma once

#include <QStringList>
#include <QWidget>

#include <optional>

class QAbstractItemView;
class QLabel;
class QSettings;
class QTabWidget;
class QTableView;
class QTreeView;

namespace galley {

class ReviewAnnotations;
class ArticlePanel;
class EntityTreeModel;
class NumberTableModel;
class QuoteTableModel;
class SpanFilterBar;
class SpanFilterProxy;
class SpanListModel;
class UnplacedSpanFilter;

// The right-hand side of the review window: tabs for entities (grouped by cluster), quotes and
// numbers, the article (metadata and blocks) and, under them, the spans the page view could not
// place. Reports the span a reader picks; shows the span the page reports.
class AnnotationPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationPanel)

public:
    enum Tab { EntitiesTab, QuotesTab, NumbersTab, ArticleTab };

    AnnotationPanel(ReviewAnnotations *document, ArticlePanel *articlePanel, QWidget *parent = nullptr);

    // Selects the span in the tab that lists it, switching tabs, without emitting spanActivated.
    void showSpan(const QString &spanId);
    QString currentSpanId() const;
    // The entity row current in the Entities tab, when that tab shows and a group (not one of its
    // mentions) is current: its cluster (empty for names in no cluster) and its mentions.
    struct EntityGroup
    {
        QString clusterId;
        QStringList spanIds;
    };
    std::optional<EntityGroup> currentEntityGroup() const;
    // Makes the entity the span belongs to current in the Entities tab (its row, not the span's).
    void showEntityOf(const QString &spanId);
    // Makes the entity of the cluster current in the Entities tab.
    void showEntity(const QString &clusterId);
    // The row of the span's entity in the Entities tab as listed (sorted, filtered), or -1.
    int entityRowOf(const QString &spanId) const;
    // The spans the tab showing lists, top to bottom, when its list has the keyboard or is
    // sorted by a column: N and P walk them in that order. None (N walks every span in reading
    // order) when the page, the text or the Article tab has the keyboard and the list is in the
    // article's order.
    std::optional<QStringList> walkedListOrder() const;
    // Whether the Entities tab is sorted by a column rather than in the article's order.
    bool entitiesSorted() const;
    // Picks the entity listed at `row` (the last one if fewer are listed), as a click would.
    void pickEntityAtRow(int row);

    // The column the Entities, Quotes and Numbers tabs are sorted by (or none: the article's order), kept
    // across restarts.
    void saveSortOrders(QSettings &settings) const;
    void restoreSortOrders(const QSettings &settings);

    QTabWidget *tabs() const { return m_tabs; }
    QTreeView *entityView() const { return m_entityView; }
    QTableView *quoteView() const { return m_quoteView; }
    QTableView *numberView() const { return m_numberView; }
    QTableView *unplacedView() const { return m_unplacedView; }
    QLabel *unplacedTitle() const { return m_unplacedTitle; }
    EntityTreeModel *entityModel() const { return m_entities; }
    QuoteTableModel *quoteModel() const { return m_quotes; }
    NumberTableModel *numberModel() const { return m_numbers; }
    UnplacedSpanFilter *unplacedModel() const { return m_unplaced; }
    // The filter over the Entities, Quotes and Numbers tabs; the views show the proxies.
    SpanFilterBar *filterBar() const { return m_filterBar; }
    SpanFilterProxy *entityFilter() const { return m_entityFilter; }
    SpanFilterProxy *quoteFilter() const { return m_quoteFilter; }
    SpanFilterProxy *numberFilter() const { return m_numberFilter; }

signals:
    void spanActivated(const QString &spanId);

private:
    void showEntityRow(const QModelIndex &entity);   // a row of the entity model
    void watch(QAbstractItemView *view);
    void updateCounts();
    void select(QAbstractItemView *view, const QModelIndex &index);
    void applyFilter();

    ReviewAnnotations *m_document;
    EntityTreeModel *m_entities = nullptr;
    QuoteTableModel *m_quotes = nullptr;
    NumberTableModel *m_numbers = nullptr;
    SpanListModel *m_allSpans = nullptr;
    UnplacedSpanFilter *m_unplaced = nullptr;
    SpanFilterBar *m_filterBar = nullptr;
    SpanFilterProxy *m_entityFilter = nullptr;
    SpanFilterProxy *m_quoteFilter = nullptr;
    SpanFilterProxy *m_numberFilter = nullptr;
    SpanFilterProxy *m_unplacedFilter = nullptr;   // filtered like the tabs; its title still counts all
    QTabWidget *m_tabs = nullptr;
    QTreeView *m_entityView = nullptr;
    QTableView *m_quoteView = nullptr;
    QTableView *m_numberView = nullptr;
    QWidget *m_unplacedBox = nullptr;
    QLabel *m_unplacedTitle = nullptr;
    QTableView *m_unplacedView = nullptr;
    bool m_showing = false;   // selection set by showSpan(), not by the reader
};

} // namespace galley
