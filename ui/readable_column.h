#pragma once

#include <QObject>

class QTreeView;

namespace galley {

// Gives one column of a tree view the width its other columns leave, but never less than
// minimumCharacters average characters: in a narrow panel the view scrolls sideways instead of
// cutting the column to nothing, as a stretched column would be. The other columns keep their
// own resize modes.
class ReadableColumn final : public QObject
{
public:
    explicit ReadableColumn(QTreeView *view, int column, int minimumCharacters);
    Q_DISABLE_COPY_MOVE(ReadableColumn)

    int minimumWidth() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fit();

    QTreeView *m_view;
    int m_column;
    int m_minimumCharacters;
};

} // namespace galley
