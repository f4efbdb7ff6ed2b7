#pragma once

#include "span_rows_model.h"

#include <functional>

namespace galley {

// The Numbers tab: one row per number, amount, date or time with its normalised value and unit.
class NumberTableModel final : public SpanRowsModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberTableModel)

public:
    enum Column { TextColumn, LabelColumn, ValueColumn, UnitColumn, ModifierColumn, StatusColumn, CommentColumn, ColumnCount };
    // Changes one attribute of a span from the text typed in; returns why it was refused, or empty.
    using AttributeEditor = std::function<QString(const QString &spanId, const QString &name, const QString &text)>;

    explicit NumberTableModel(ReviewAnnotations *document, QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Value, unit, modifier and comment become editable in place once an editor is set.
    void setAttributeEditor(AttributeEditor editor) { m_editor = std::move(editor); }
    // Whether editing is possible now (the page is open for editing, not kept read-only);
    // without it, whenever an editor is set.
    void setEditingAvailable(std::function<bool()> available) { m_editingAvailable = std::move(available); }
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void editRefused(const QString &reason);

protected:
    bool accepts(const Span &span) const override;
    QVariant cell(const Span &span, int column) const override;
    QVariant sortKey(const Span &span, int column) const override;
    QString columnTitle(int column) const override;

private:
    bool canEdit() const { return m_editor && (!m_editingAvailable || m_editingAvailable()); }

    AttributeEditor m_editor;
    std::function<bool()> m_editingAvailable;
};

} // namespace galley
