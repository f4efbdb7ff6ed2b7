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

private:
    QTreeWidget *m_records = nullptr;
};

} // namespace galley
