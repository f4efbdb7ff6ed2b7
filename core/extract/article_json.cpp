#include "extract/article_json.h"

#include "text/code_point_index.h"

#include <QJsonArray>

namespace galley {

namespace {

QJsonValue stringOrNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonArray diagnosticsToJson(const Diagnostics &diagnostics)
{
    QJsonArray result;
    for (const Diagnostic &d : diagnostics) {
        QJsonObject object{{QStringLiteral("severity"), severityName(d.severity)},
                           {QStringLiteral("code"), d.code},
                           {QStringLiteral("message"), d.message}};
        if (d.byteOffset >= 0)
            object.insert(QStringLiteral("byte_offset"), double(d.byteOffset));
        if (!d.fragment.isEmpty())
            object.insert(QStringLiteral("fragment"), d.fragment);
        result.append(object);
    }
    return result;
}

} // namespace

QJsonObject articleToJson(const Article &article)
{
    const CodePointIndex index(article.text);
    QJsonArray blocks;
    QJsonArray boilerplate;
    for (const Block &block : article.blocks) {
        if (block.isBoilerplate()) {
            boilerplate.append(QJsonObject{{QStringLiteral("reason"), block.boilerplateReason},
                                           {QStringLiteral("kind"), blockKindName(block.contentKind)},
                                           {QStringLiteral("text"), block.text},
                                           {QStringLiteral("before"), blocks.size()}});
            continue;
        }
        QJsonObject object{{QStringLiteral("kind"), blockKindName(block.kind)},
                           {QStringLiteral("start"), double(index.toCodePoints(block.start))},
                           {QStringLiteral("end"), double(index.toCodePoints(block.end))}};
        if (block.kind == BlockKind::Heading)
            object.insert(QStringLiteral("level"), block.headingLevel);
        blocks.append(object);
    }
    QJsonObject leadImage{{QStringLiteral("caption"), stringOrNull(article.leadImageCaption)},
                          {QStringLiteral("credit"), stringOrNull(article.leadImageCredit)}};
    return QJsonObject{
        {QStringLiteral("source"), article.sourcePath},
        {QStringLiteral("format"), pageFormatName(article.format)},
        {QStringLiteral("record"), article.record >= 0 ? QJsonValue(article.record) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("title"), stringOrNull(article.title)},
        {QStringLiteral("byline"), QJsonArray::fromStringList(article.byline)},
        {QStringLiteral("published"), stringOrNull(article.published)},
        {QStringLiteral("site"), stringOrNull(article.site)},
        {QStringLiteral("language"), stringOrNull(article.language)},
        {QStringLiteral("lead_image"), leadImage},
        {QStringLiteral("offset_unit"), QStringLiteral("code point")},
        {QStringLiteral("text"), article.text},
        {QStringLiteral("blocks"), blocks},
        {QStringLiteral("boilerplate"), boilerplate},
        {QStringLiteral("diagnostics"), diagnosticsToJson(article.diagnostics)},
    };
}

} // namespace galley
