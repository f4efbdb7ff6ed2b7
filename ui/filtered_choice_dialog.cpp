#include "filtered_choice_dialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStringListModel>
#include <QVBoxLayout>

#include <algorithm>

namespace galley {

FilteredChoiceDialog::FilteredChoiceDialog(const QString &title, const QString &prompt, const QStringList &items,
                                           QWidget *parent, int preselected)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setWindowTitle(title);
    auto *source = new QStringListModel(items, this);
    m_proxy->setSourceModel(source);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_proxy);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_filter->setPlaceholderText(tr("Type to filter"));
    m_filter->setClearButtonEnabled(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListView::activated, this, &QDialog::accept);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (m_proxy->rowCount() > 0)
            m_list->setCurrentIndex(m_proxy->index(0, 0));
    });
    if (m_proxy->rowCount() > 0)
        m_list->setCurrentIndex(m_proxy->index(std::clamp(preselected, 0, m_proxy->rowCount() - 1), 0));
    m_list->scrollTo(m_list->currentIndex());
    m_filter->installEventFilter(this);
    m_filter->setFocus();
    // Room for a mention with the words around it ("Brandt — …said [Brandt] on Monday…").
    resize(std::max(sizeHint().width(), 560), std::max(sizeHint().height(), 400));
}

bool FilteredChoiceDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Up, Down, Page Up and Page Down move through the list while typing goes on in the filter.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

std::optional<int> FilteredChoiceDialog::chosenIndex() const
{
    QModelIndex current = m_list->currentIndex();
    if (!current.isValid() && m_proxy->rowCount() > 0)
        current = m_proxy->index(0, 0);
    if (!current.isValid())
        return std::nullopt;
    return m_proxy->mapToSource(current).row();
}

QStringList FilteredChoiceDialog::shownItems() const
{
    QStringList shown;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown.append(m_proxy->index(row, 0).data().toString());
    return shown;
}

std::optional<int> FilteredChoiceDialog::choose(QWidget *parent, const QString &title, const QString &prompt,
                                                const QStringList &items, int preselected)
{
    FilteredChoiceDialog dialog(title, prompt, items, parent, preselected);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.chosenIndex();
}

} // namespace galley
