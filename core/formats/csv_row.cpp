#include "formats/csv_row.h"

namespace galley {

QString csvRow(const QStringList &fields)
{
    QString row;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            row += u',';
        const QString &field = fields[i];
        const bool quoted = field.contains(u',') || field.contains(u'"') || field.contains(u'\r') || field.contains(u'\n');
        if (quoted)
            row += u'"' + QString(field).replace(u'"', QStringLiteral("\"\"")) + u'"';
        else
            row += field;
    }
    return row + QStringLiteral("\r\n");
}

} // namespace galley
