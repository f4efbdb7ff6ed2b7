#include "readable_column.h"

#include <QEvent>
#include <QHeaderView>
#include <QTreeView>

#include <algorithm>

namespace galley {

ReadableColumn::ReadableColumn(QTreeView *view, int column, int minimumCharacters)
    : QObject(view)
    , m_view(view)
    , m_column(column)
    , m_minimumCharacters(minimumCharacters)
{
    QHeaderView *header = view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(column, QHeaderView::Interactive);
    view->viewport()->installEventFilter(this);
    // The other columns grow to their contents when rows arrive or change.
    connect(header, &QHeaderView::sectionResized, this, [this](int logical) {
        if (logical != m_column)
            fit();
    });
    connect(header, &QHeaderView::sectionCountChanged, this, &ReadableColumn::fit);   // a model reset
    fit();
}

int ReadableColumn::minimumWidth() const
{
    return m_view->fontMetrics().averageCharWidth() * m_minimumCharacters + 2 * m_view->indentation();
}

bool ReadableColumn::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

void ReadableColumn::fit()
{
    const QHeaderView *header = m_view->header();
    int others = 0;
    for (int section = 0; section < header->count(); ++section) {
        if (section != m_column && !header->isSectionHidden(section))
            others += header->sectionSize(section);
    }
    m_view->header()->resizeSection(m_column, std::max(minimumWidth(), m_view->viewport()->width() - others));
}

} // namespace galley
