#include "formats/export_stem.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

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

QString documentStem(const QString &stem, const QList<AnnotationSet> &sets, qsizetype i)
{
    if (sets.size() == 1)
        return stem;
    QSet<int> records;
    const QString archive = QFileInfo(sets.first().sourcePath).absoluteFilePath();
    for (const AnnotationSet &set : sets) {
        if (set.record < 0 || QFileInfo(set.sourcePath).absoluteFilePath() != archive)
            return stem + u'-' + QString::number(i + 1);
        records.insert(set.record);
    }
    if (records.size() != sets.size())
        return stem + u'-' + QString::number(i + 1);
    return stem + QStringLiteral(".record-") + QString::number(sets[i].record);
}

} // namespace galley
