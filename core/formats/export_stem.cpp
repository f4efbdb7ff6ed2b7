#include "formats/export_stem.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace galley {

QString exportStem(const QString &path)
{
    static const QRegularExpression annotationSuffix(QStringLiteral("(\\.record-[0-9]+)?\\.galley\\.json$"));
    static const QRegularExpression pageSuffix(
        QStringLiteral("\\.(html?|xhtml|mhtml?|mht|warc|warc\\.gz|txt|text)$"), QRegularExpression::CaseInsensitiveOption);
    QString name = QFileInfo(path).fileName();
    name.remove(annotationSuffix);
    const QString stem = QString(name).remove(pageSuffix);
    return stem.isEmpty() ? name : stem;
}

} // namespace galley
