#include "corpus_table_view.h"

#include <QKeyEvent>

namespace galley {

bool CorpusTableView::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            event->accept();
            return true;
        }
    }
    return QTableView::event(event);
}

} // namespace galley
