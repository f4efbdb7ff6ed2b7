#pragma once

#include "annotation/label_schema.h"
#include "annotation/span_filter.h"

#include <QWidget>

class QLineEdit;
class QMenu;
class QToolButton;

namespace galley {

// Above the annotation panel's tabs: which labels and review statuses to list (menus of check
// boxes) and text the listed spans must contain. Every change emits the whole filter.
class SpanFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpanFilterBar)

public:
    explicit SpanFilterBar(QWidget *parent = nullptr);

    // The labels offered, from the schema.
    void setLabels(const QList<LabelDefinition> &labels);
    void setFilter(const SpanFilter &filter);
    const SpanFilter &filter() const { return m_filter; }

    QToolButton *labelButton() const { return m_labelButton; }
    QToolButton *statusButton() const { return m_statusButton; }
    QLineEdit *textEdit() const { return m_text; }
    QToolButton *clearButton() const { return m_clear; }

signals:
    void filterChanged(const SpanFilter &filter);

private:
    void readControls();
    void showFilter();

    SpanFilter m_filter;
    QMenu *m_labelMenu = nullptr;
    QMenu *m_statusMenu = nullptr;
    QToolButton *m_labelButton = nullptr;
    QToolButton *m_statusButton = nullptr;
    QLineEdit *m_text = nullptr;
    QToolButton *m_clear = nullptr;
    bool m_showing = false;   // controls set from m_filter, not by the reviewer
};

} // namespace galley
