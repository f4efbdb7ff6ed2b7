#include "formats/comments_left_out.h"

namespace galley {

void warnOfCommentsLeftOut(const QList<AnnotationSet> &sets, const QString &why, QStringList &warnings,
                           const std::function<bool(const Span &)> &leftOut)
{
    QStringList ids;
    for (const AnnotationSet &set : sets) {
        for (const Span &span : set.spans) {
            if (span.status != ReviewStatus::Rejected && !span.attributes.value(QStringLiteral("note")).toString().isEmpty()
                && (!leftOut || leftOut(span)))
                ids.append(span.id);
        }
    }
    if (ids.isEmpty())
        return;
    constexpr qsizetype kIdsNamed = 5;
    const QString named = ids.mid(0, kIdsNamed).join(QStringLiteral(", ")) + (ids.size() > kIdsNamed ? QStringLiteral(", …") : QString());
    const QString count = ids.size() == 1 ? QStringLiteral("1 comment") : QStringLiteral("%1 comments").arg(ids.size());
    warnings.append(QStringLiteral("%1 left out (%2): %3").arg(count, named, why));
}

} // namespace galley
