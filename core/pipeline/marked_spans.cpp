#include "pipeline/marked_spans.h"

#include "detect/numbers/marked_number.h"

namespace galley {

std::function<QVariantMap(const QString &label, int start, int end)> markedNumberReader(const AnnotationSet &set)
{
    const QDate published = QDate::fromString(set.document.published.left(10), Qt::ISODate);
    return [text = set.text, published](const QString &label, int start, int end) {
        return readMarkedNumber(text, start, end, label, published);
    };
}

} // namespace galley
