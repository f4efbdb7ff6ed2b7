#include "warc_record_dialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace galley {

WarcRecordDialog::WarcRecordDialog(const QString &path, const QList<WarcRecordInfo> &records, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Choose a Page from the Archive"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("%1 holds %n page(s). Choose the one to open.", nullptr, int(records.size()))
                                 .arg(QFileInfo(path).fileName()), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_records = new QTreeWidget(this);
    m_records->setAccessibleName(tr("Pages in the archive"));
    m_records->setRootIsDecorated(false);
    m_records->setUniformRowHeights(true);
    m_records->setAlternatingRowColors(true);
    m_records->setHeaderLabels({tr("No."), tr("Title"), tr("Address"), tr("Date"), tr("Size")});
    m_records->headerItem()->setToolTip(0, tr("Pages are numbered from 1, as in the status bar; "
                                              "galley-cli --record counts from 0."));
    const QLocale locale;
    for (const WarcRecordInfo &record : records) {
        auto *item = new QTreeWidgetItem(m_records);
        item->setText(0, QString::number(record.index + 1));
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(1, record.title.isEmpty() ? tr("(untitled)") : record.title);
        item->setToolTip(1, record.title);
        item->setText(2, record.targetUri);
        item->setToolTip(2, record.targetUri);
        const QDateTime date = QDateTime::fromString(record.date, Qt::ISODate);
        item->setText(3, date.isValid() ? locale.toString(date.toLocalTime(), QLocale::ShortFormat) : record.date);
        item->setToolTip(3, record.date);
        item->setText(4, locale.formattedDataSize(record.payloadBytes));
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, Qt::UserRole, record.index);
    }
    m_records->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_records->header()->setStretchLastSection(false);
    m_records->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_records->resizeColumnToContents(0);
    m_records->setColumnWidth(1, 260);
    m_records->resizeColumnToContents(3);
    m_records->resizeColumnToContents(4);
    if (m_records->topLevelItemCount() > 0)
        m_records->setCurrentItem(m_records->topLevelItem(0));
    layout->addWidget(m_records);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Open)->setEnabled(m_records->topLevelItemCount() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_records, &QTreeWidget::itemActivated, this, [this] { accept(); });
    layout->addWidget(buttons);
    resize(820, 420);
}

int WarcRecordDialog::selectedRecord() const
{
    const QTreeWidgetItem *item = m_records->currentItem();
    return item ? item->data(0, Qt::UserRole).toInt() : -1;
}

QString WarcRecordDialog::recordNumberText(int index, int count)
{
    if (index < 0)
        return {};
    return count > index ? tr("record %1 of %2").arg(index + 1).arg(count) : tr("record %1").arg(index + 1);
}

} // namespace galley
