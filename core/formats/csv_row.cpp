#include "formats/csv_row.h"

#include <QRegularExpression>

namespace galley {

namespace {

// OWASP CSV injection: a spreadsheet runs a cell starting with = + - @ (or tab, CR) as a formula.
// A plain number ("-3", "+2.5") is no formula and stays a number.
bool mayRunAsFormula(const QString &field)
{
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+(\\.[0-9]+)?$"));
    if (field.isEmpty())
        return false;
    const QChar first = field.front();
    const bool trigger = first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
                         || first == u'\r';
    return trigger && !number.match(field).hasMatch();
}

} // namespace

QString csvRow(const QStringList &fields)
{
    QString row;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            row += u',';
        const QString field = mayRunAsFormula(fields[i]) ? u'\'' + fields[i] : fields[i];
        const bool quoted = field.contains(u',') || field.contains(u'"') || field.contains(u'\r') || field.contains(u'\n');
        if (quoted)
            row += u'"' + QString(field).replace(u'"', QStringLiteral("\"\"")) + u'"';
        else
            row += field;
    }
    return row + QStringLiteral("\r\n");
}

} // namespace galley
