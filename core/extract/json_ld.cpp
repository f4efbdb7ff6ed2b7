#include "extract/json_ld.h"

#include "extract/byline_cleaning.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace galley {

namespace {

// Some sites HTML-escape the strings inside their JSON-LD ("Maria &amp; Katerina").
QString decodeEntities(const QString &text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    static const QRegularExpression entity(QStringLiteral(R"(&(#[0-9]+|#[xX][0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp);)"));
    QString result;
    qsizetype last = 0;
    for (auto it = entity.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        result += QStringView(text).mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        char32_t code = 0;
        if (name.startsWith(QLatin1String("#x")) || name.startsWith(QLatin1String("#X")))
            code = char32_t(name.mid(2).toUInt(nullptr, 16));
        else if (name.startsWith(QLatin1Char('#')))
            code = char32_t(name.mid(1).toUInt());
        else
            code = name == QLatin1String("amp") ? U'&' : name == QLatin1String("lt") ? U'<'
                : name == QLatin1String("gt") ? U'>' : name == QLatin1String("quot") ? U'"'
                : name == QLatin1String("apos") ? U'\'' : U'\u00A0';
        if (code > 0 && code <= 0x10FFFF)
            result += QString::fromUcs4(&code, 1);
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

bool typeMatches(const QJsonValue &type, bool (*accept)(const QString &))
{
    if (type.isArray()) {
        for (const QJsonValue &each : type.toArray()) {
            if (accept(each.toString()))
                return true;
        }
        return false;
    }
    return accept(type.toString());
}

bool isArticleType(const QString &type)
{
    return type.endsWith(QLatin1String("Article")) || type == QLatin1String("BlogPosting")
        || type == QLatin1String("LiveBlogPosting") || type == QLatin1String("Report")
        || type == QLatin1String("Review") || type == QLatin1String("Recipe")
        || type == QLatin1String("HowTo") || type == QLatin1String("SocialMediaPosting")
        || type == QLatin1String("Posting");
}

bool isPageType(const QString &type)
{
    return type.endsWith(QLatin1String("Page"));
}

void collectObjects(const QJsonValue &value, QList<QJsonObject> &objects, int depth = 0)
{
    if (depth > 6)
        return;
    if (value.isArray()) {
        for (const QJsonValue &each : value.toArray())
            collectObjects(each, objects, depth + 1);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        objects.append(object);
        if (object.contains(QLatin1String("@graph")))
            collectObjects(object.value(QLatin1String("@graph")), objects, depth + 1);
        if (object.contains(QLatin1String("mainEntity")))
            collectObjects(object.value(QLatin1String("mainEntity")), objects, depth + 1);
    }
}

QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return decodeEntities(value.toString()).simplified();
    if (value.isArray() && !value.toArray().isEmpty())
        return textOf(value.toArray().first());
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const char *key : {"name", "@value", "text"}) {
            if (object.value(QLatin1String(key)).isString())
                return decodeEntities(object.value(QLatin1String(key)).toString()).simplified();
        }
    }
    return {};
}

QStringList authorNames(const QJsonValue &value, const QHash<QString, QJsonObject> &byId)
{
    QStringList names;
    if (value.isArray()) {
        for (const QJsonValue &each : value.toArray())
            appendNewNames(names, authorNames(each, byId));
    } else if (value.isObject()) {
        QJsonObject object = value.toObject();
        if (!object.contains(QLatin1String("name")) && byId.contains(object.value(QLatin1String("@id")).toString()))
            object = byId.value(object.value(QLatin1String("@id")).toString());
        const QString name = textOf(object.value(QLatin1String("name")));
        if (!name.isEmpty() && !name.startsWith(QLatin1String("http")))
            appendNewNames(names, {name});
    } else if (value.isString()) {
        const QString text = decodeEntities(value.toString());
        if (!text.startsWith(QLatin1String("http")))
            appendNewNames(names, cleanByline(text));
    }
    return names;
}

} // namespace

JsonLdArticle readJsonLd(const QStringList &scripts)
{
    QList<QJsonObject> objects;
    for (const QString &script : scripts) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(script.trimmed().toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            continue;
        collectObjects(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), objects);
    }
    QHash<QString, QJsonObject> byId;
    for (const QJsonObject &object : std::as_const(objects)) {
        const QString id = object.value(QLatin1String("@id")).toString();
        if (!id.isEmpty() && object.contains(QLatin1String("name")))
            byId.insert(id, object);
    }
    const QJsonObject *chosen = nullptr;
    for (const QJsonObject &object : std::as_const(objects)) {
        if (typeMatches(object.value(QLatin1String("@type")), isArticleType)) {
            chosen = &object;
            break;
        }
    }
    for (const QJsonObject &object : std::as_const(objects)) {
        if (chosen)
            break;
        if (typeMatches(object.value(QLatin1String("@type")), isPageType))
            chosen = &object;
    }
    JsonLdArticle result;
    if (!chosen)
        return result;
    const QJsonObject &article = *chosen;
    result.found = true;
    result.headline = textOf(article.value(QLatin1String("headline")));
    if (result.headline.isEmpty())
        result.headline = textOf(article.value(QLatin1String("name")));
    result.authors = authorNames(article.value(QLatin1String("author")), byId);
    if (result.authors.isEmpty())
        result.authors = authorNames(article.value(QLatin1String("creator")), byId);
    result.datePublished = textOf(article.value(QLatin1String("datePublished")));
    if (result.datePublished.isEmpty())
        result.datePublished = textOf(article.value(QLatin1String("dateCreated")));
    result.publisher = authorNames(article.value(QLatin1String("publisher")), byId).value(0);
    result.language = textOf(article.value(QLatin1String("inLanguage")));
    result.articleBody = article.value(QLatin1String("articleBody")).toString();
    const QJsonValue image = article.value(QLatin1String("image"));
    const QJsonObject imageObject = image.isArray() ? image.toArray().first().toObject() : image.toObject();
    result.imageCaption = textOf(imageObject.value(QLatin1String("caption")));
    return result;
}

} // namespace galley
