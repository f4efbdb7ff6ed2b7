#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace galley {

class ReviewAnnotations;
struct Span;

// A table with one row per span of an ReviewAnnotations that the subclass accepts, in the
// set's order. Follows the document: a new set resets it, an edited span updates its row (or
// resets when the edit moves it in or out of the table), placement changes restyle every row.
class SpanRowsModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpanRowsModel)

public:
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOfSpan(const QString &spanId) const;   // column 0; invalid when not listed
    QString spanIdAt(int row) const;

protected:
    explicit SpanRowsModel(ReviewAnnotations *document, QObject *parent);
    // Subclasses call this at the end of their constructor (accepts() is virtual).
    void rebuild();

    virtual bool accepts(const Span &span) const = 0;
    virtual QVariant cell(const Span &span, int column) const = 0;
    virtual QString columnTitle(int column) const = 0;
    // What SortKeyRole gives: the cell itself unless a column sorts otherwise.
    virtual QVariant sortKey(const Span &span, int column) const { return cell(span, column); }

    const ReviewAnnotations &document() const { return *m_document; }

private:
    void collectRows();
    void onSpanChanged(const QString &spanId);

    ReviewAnnotations *m_document;
    QList<QString> m_rows;   // span ids
};

} // namespace galley
