#include "left_out_documents.h"

#include <QCoreApplication>

namespace galley {

QString leftOutDocumentsNote(const QStringList &leftOut)
{
    if (leftOut.isEmpty())
        return {};
    QString note = QCoreApplication::translate("galley::LeftOutDocuments", " — a layer cannot be read: %1").arg(leftOut.first());
    const int more = int(leftOut.size()) - 1;
    if (more > 0)
        note += QCoreApplication::translate("galley::LeftOutDocuments", " (and %n more: see the tooltip)", nullptr, more);
    return note;
}

} // namespace galley
