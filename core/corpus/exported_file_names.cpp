#include "corpus/exported_file_names.h"

namespace galley {

QString exportedDocumentName(qint64 id, const QString &contentHash)
{
    return QStringLiteral("%1-%2").arg(id, 4, 10, QLatin1Char('0')).arg(contentHash.left(8));
}

void nameFilesAfterDocuments(FormatFiles &files, const QString &stem, const QStringList &documentNames)
{
    for (FormatFile &file : files) {
        if (!file.name.startsWith(stem))
            continue;
        const QStringView rest = QStringView(file.name).mid(stem.size());
        qsizetype index = -1;
        QStringView suffix;
        if (rest.startsWith(u'.') && documentNames.size() == 1) {
            index = 0;
            suffix = rest;
        } else if (rest.startsWith(u'-')) {
            const qsizetype dot = rest.indexOf(u'.');
            bool number = false;
            const qsizetype n = rest.mid(1, dot < 0 ? -1 : dot - 1).toLongLong(&number);
            if (number && dot > 0) {
                index = n - 1;
                suffix = rest.mid(dot);
            }
        }
        if (index >= 0 && index < documentNames.size())
            file.name = documentNames[index] + suffix;
    }
}

} // namespace galley
