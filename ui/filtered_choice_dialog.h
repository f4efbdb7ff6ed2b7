#pragma once

#include <QDialog>
#include <QStringList>

#include <optional>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace galley {

// Picks one of many items by typing part of it: the list shows the items containing the typed
// text (any case); Enter takes the highlighted one, or the first shown.
class FilteredChoiceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilteredChoiceDialog)

public:
    // `preselected`: the item highlighted at first (the current choice), so Enter keeps it.
    FilteredChoiceDialog(const QString &title, const QString &prompt, const QStringList &items, QWidget *parent = nullptr,
                         int preselected = 0);

    QLineEdit *filterEdit() const { return m_filter; }
    QListView *listView() const { return m_list; }
    // The index in `items` of the chosen item; nullopt when nothing is shown.
    std::optional<int> chosenIndex() const;

    // Runs the dialog; nullopt when cancelled or nothing matched.
    static std::optional<int> choose(QWidget *parent, const QString &title, const QString &prompt,
                                     const QStringList &items, int preselected = 0);
    QStringList shownItems() const;   // in the list's order, after the filter

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_filter;
    QListView *m_list;
    QSortFilterProxyModel *m_proxy;
};

} // namespace galley
