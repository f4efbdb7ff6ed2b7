#include "util/json_byte_order_marks.h"

namespace galley {

QByteArray jsonKeepingByteOrderMarks(QByteArrayView json)
{
    static constexpr QByteArrayView mark("\xEF\xBB\xBF");
    if (json.startsWith(mark))
        json = json.sliced(mark.size());
    QByteArray escaped = json.toByteArray();
    if (escaped.contains(mark))
        escaped.replace(mark, QByteArrayView("\\ufeff"));
    return escaped;
}

} // namespace galley
