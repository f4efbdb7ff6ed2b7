#pragma once

#include "load/html_document.h"

#include <QString>
#include <QStringList>

namespace galley {

// Title, byline, date, site and language as the page declares them (JSON-LD, OpenGraph,
// article:* and named <meta>, itemprop, <time>, rel=author and byline classes).
struct PageMetadata
{
    QString title;               // the declared title without the site name
    QStringList authors;
    QString published;           // ISO 8601
    QString site;
    QString language;            // BCP 47
    QString articleBody;         // JSON-LD articleBody, a hint for the body; may be empty
    QString leadImageCaption;
    QString leadImageCredit;
    QStringList declaredTitles;  // og:title, JSON-LD headline, twitter:title, <title>; non-empty ones
};

PageMetadata extractMetadata(const HtmlDocument &document);

// Lower-case with whitespace collapsed: how titles are compared.
QString normalizedTitle(const QString &title);

} // namespace galley
