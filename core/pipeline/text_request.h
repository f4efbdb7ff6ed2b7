#pragma once

#include "util/expected.h"

#include <QByteArray>
#include <QDate>
#include <QJsonValue>
#include <QString>

namespace galley {

// One line of `galley-cli annotate --lines` input: {"id": …, "text": "…", "published": "YYYY-MM-DD"}.
struct TextRequest
{
    QJsonValue id;    // any JSON value, echoed back as given
    QString text;
    QDate published;  // null when the line has none
};

// Parses one input line; the error is one sentence saying what is wrong with it.
Expected<TextRequest, QString> parseTextRequest(const QByteArray &line);

} // namespace galley
