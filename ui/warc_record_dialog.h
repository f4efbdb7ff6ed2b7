#pragma once

#include "load/page_loader.h"

#include <QDialog>

class QTreeWidget;

namespace galley {

// Lists the HTML records of a WARC file (title, address, date, size) and lets the reader pick one.
class WarcRecordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WarcRecordDialog)

public:
    explicit WarcRecordDialog(const QString &path, const QList<WarcRecordInfo> &records,
                              QWidget *parent = nullptr);

    int selectedRecord() const;   // WarcRecordInfo::index, -1 when none

    // How the window names a record: counted from 1, as in the picker's "No." column
    // ("record 2 of 3"; "record 2" when the count is unknown). galley-cli and its JSON count from 0.
    static QString recordNumberText(int index, int count);

private:
    QTreeWidget *m_records = nullptr;
};

} // namespace galley
