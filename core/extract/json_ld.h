#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace galley {

// What the page's schema.org JSON-LD says about its article.
struct JsonLdArticle
{
    QString headline;
    QStringList authors;
    QString datePublished;     // as written
    QString publisher;
    QString language;
    QString articleBody;
    QString imageCaption;
    bool found = false;        // an Article-like object (or, failing that, a WebPage) was seen
};

// Reads every <script type="application/ld+json"> text given, following arrays and @graph;
// prefers NewsArticle/Article/BlogPosting-like types over WebPage. Broken JSON is skipped.
JsonLdArticle readJsonLd(const QStringList &scripts);

} // namespace galley
