#include "pipeline/text_request.h"
#include "util/json_byte_order_marks.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace galley {

Expected<TextRequest, QString> parseTextRequest(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(jsonKeepingByteOrderMarks(line), &error);
    if (error.error != QJsonParseError::NoError)
        return QStringLiteral("not JSON: %1 at byte %2 of the line").arg(error.errorString()).arg(error.offset);
    if (!document.isObject())
        return QStringLiteral("expected a JSON object {\"id\": …, \"text\": …}");
    const QJsonObject object = document.object();
    if (!object.contains(u"id"))
        return QStringLiteral("no \"id\"");
    if (!object.value(u"text").isString())
        return QStringLiteral("\"text\" must be a string");
    TextRequest request{object.value(u"id"), object.value(u"text").toString(), {}};
    const QJsonValue published = object.value(u"published");
    if (!published.isUndefined() && !published.isNull()) {
        request.published = QDate::fromString(published.toString(), Qt::ISODate);
        if (!published.isString() || published.toString().size() != 10 || !request.published.isValid())
            return QStringLiteral("\"published\" must be a date YYYY-MM-DD");
    }
    return request;
}

} // namespace galley
