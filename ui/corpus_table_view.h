#pragma once

#include <QTableView>

namespace galley {

// The corpus table: Enter opens the current document, even though the review window binds
// Enter to accepting a span (the window's shortcut would otherwise take the key first).
class CorpusTableView final : public QTableView
{
    Q_OBJECT

public:
    using QTableView::QTableView;

protected:
    bool event(QEvent *event) override;
};

} // namespace galley
