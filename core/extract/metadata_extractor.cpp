#include "extract/metadata_extractor.h"

#include "extract/boilerplate_hints.h"
#include "extract/byline_cleaning.h"
#include "extract/date_parsing.h"
#include "extract/dom_text.h"
#include "extract/element_visibility.h"
#include "extract/json_ld.h"

#include <QHash>
#include <QRegularExpression>

#include <vector>

namespace galley {

namespace {

QString attr(const GumboElement &element, const char *name)
{
    const GumboAttribute *attribute = gumbo_get_attribute(&element.attributes, name);
    return attribute ? QString::fromUtf8(attribute->value) : QString();
}

bool hidden(const GumboElement &element)
{
    return isHiddenElement(element);
}

bool mentionsMetadata(const GumboElement &element);
bool namesCredit(const GumboElement &element);

// Iterative (explicit stack): a page may nest thousands of elements deep. Block-level
// elements are kept apart by a space ("<p>caption</p><p>credit</p>" is two phrases).
// skipCredits: leave out elements whose class or id names a credit (a caption without its credit).
void appendText(const GumboNode *root, QString &out, bool skipCredits = false)
{
    std::vector<const GumboNode *> stack{root};   // nullptr: the space after a block
    while (!stack.empty()) {
        const GumboNode *node = stack.back();
        stack.pop_back();
        if (!node) {
            out += QLatin1Char(' ');
            continue;
        }
        if (HtmlDocument::isText(node)) {
            out += QString::fromUtf8(node->v.text.text);
            continue;
        }
        if (node->type != GUMBO_NODE_ELEMENT)
            continue;
        const GumboTag tag = node->v.element.tag;
        if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT
            || tag == GUMBO_TAG_SVG || hidden(node->v.element))
            continue;
        if (skipCredits && node != root && namesCredit(node->v.element))
            continue;
        const bool block = tag == GUMBO_TAG_BR || isBlockLevel(node);
        if (block)
            out += QLatin1Char(' ');
        if (block && tag != GUMBO_TAG_BR)
            stack.push_back(nullptr);
        const GumboVector &children = node->v.element.children;
        for (unsigned i = children.length; i > 0; --i)
            stack.push_back(static_cast<const GumboNode *>(children.data[i - 1]));
    }
}

QString textOf(const GumboNode *node)
{
    QString text;
    appendText(node, text);
    return text.simplified();
}

// Everything the metadata sources need, gathered in one walk of the tree.
struct Collected
{
    QHash<QString, QString> meta;   // first content per lower-case name/property/itemprop
    QStringList jsonLd;
    QString documentTitle;
    QStringList h1;
    QString htmlLang;
    QStringList timeDates;          // <time datetime>, pubdate ones first
    QStringList itempropDates;
    QStringList itempropAuthors;
    QStringList relAuthors;
    QStringList bylineTexts;        // elements whose class/id says byline/author
    QStringList datelineTexts;      // elements whose class/id says date/published
    QString figureCaption;
    QString figureCredit;
};

// Cheap filter before the regular expressions: could class or id name a byline, date or credit?
bool mentionsMetadata(const GumboElement &element)
{
    for (const char *name : {"class", "id"}) {
        const GumboAttribute *attribute = gumbo_get_attribute(&element.attributes, name);
        if (!attribute)
            continue;
        for (const char *c = attribute->value; *c; ++c) {
            const char lower = char(*c | 0x20);
            if ((lower == 'a' && qstrnicmp(c, "auth", 4) == 0) || (lower == 'b' && qstrnicmp(c, "by", 2) == 0)
                || (lower == 'd' && qstrnicmp(c, "date", 4) == 0) || (lower == 'p' && qstrnicmp(c, "pub", 3) == 0)
                || (lower == 'p' && qstrnicmp(c, "post", 4) == 0) || (lower == 't' && qstrnicmp(c, "time", 4) == 0)
                || (lower == 'w' && qstrnicmp(c, "writer", 6) == 0) || (lower == 'e' && qstrnicmp(c, "entry", 5) == 0)
                || (lower == 'c' && (qstrnicmp(c, "credit", 6) == 0 || qstrnicmp(c, "copyright", 9) == 0))
                || (lower == 'a' && qstrnicmp(c, "article", 7) == 0) || (lower == 'p' && qstrnicmp(c, "photographer", 12) == 0))
                return true;
        }
    }
    return false;
}

bool classSays(const QString &names, const QRegularExpression &expression)
{
    return !names.isEmpty() && names.contains(expression);
}

const QRegularExpression &creditExpression()
{
    static const QRegularExpression credit(QStringLiteral("credit|copyright|photographer"));
    return credit;
}

QString classAndId(const GumboElement &element)
{
    return (attr(element, "class") + QLatin1Char(' ') + attr(element, "id")).toLower().trimmed();
}

bool namesCredit(const GumboElement &element)
{
    return mentionsMetadata(element) && classSays(classAndId(element), creditExpression());
}

// The figcaption's own words, without the credit line it may hold.
QString captionOf(const GumboNode *figcaption)
{
    QString text;
    appendText(figcaption, text, true);
    return text.simplified();
}

// One node's contribution; false when its subtree is not to be visited.
bool collectNode(const GumboNode *node, Collected &c)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return false;
    const GumboElement &element = node->v.element;
    const GumboTag tag = element.tag;
    switch (tag) {
    case GUMBO_TAG_META: {
        QString key = attr(element, "property");
        if (key.isEmpty())
            key = attr(element, "name");
        if (key.isEmpty())
            key = attr(element, "itemprop");
        if (key.isEmpty())
            key = attr(element, "http-equiv");
        key = key.toLower();
        const QString content = attr(element, "content").simplified();
        if (!key.isEmpty() && !content.isEmpty() && !c.meta.contains(key))
            c.meta.insert(key, content);
        if (attr(element, "itemprop") == QLatin1String("datePublished") && !content.isEmpty())
            c.itempropDates.append(content);
        return false;
    }
    case GUMBO_TAG_SCRIPT:
        if (attr(element, "type").toLower().contains(QLatin1String("ld+json"))) {
            QString raw;
            for (unsigned i = 0; i < element.children.length; ++i)
                appendText(static_cast<const GumboNode *>(element.children.data[i]), raw);
            c.jsonLd.append(raw);
        }
        return false;
    case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_SVG: case GUMBO_TAG_TEMPLATE:
        return false;
    case GUMBO_TAG_TITLE:
        if (c.documentTitle.isEmpty())
            c.documentTitle = textOf(node);
        return false;
    case GUMBO_TAG_HTML:
        c.htmlLang = attr(element, "lang");
        if (c.htmlLang.isEmpty())
            c.htmlLang = attr(element, "xml:lang");
        break;
    default:
        break;
    }
    if (hidden(element))
        return false;
    if (tag == GUMBO_TAG_H1) {
        const QString text = textOf(node);
        if (!text.isEmpty())
            c.h1.append(text);
    }
    if (tag == GUMBO_TAG_TIME) {
        const QString when = attr(element, "datetime");
        const QString value = when.isEmpty() ? textOf(node) : when;
        if (gumbo_get_attribute(&element.attributes, "pubdate"))
            c.timeDates.prepend(value);
        else
            c.timeDates.append(value);
    }
    const GumboAttribute *itempropAttribute = gumbo_get_attribute(&element.attributes, "itemprop");
    const QString itemprop = itempropAttribute ? QString::fromUtf8(itempropAttribute->value) : QString();
    if (itemprop == QLatin1String("datePublished")) {
        QString value = attr(element, "datetime");
        if (value.isEmpty())
            value = attr(element, "content");
        c.itempropDates.append(value.isEmpty() ? textOf(node) : value);
    } else if (itemprop == QLatin1String("author") || itemprop == QLatin1String("creator")) {
        QString name = attr(element, "content");
        if (name.isEmpty()) {
            for (unsigned i = 0; i < element.children.length && name.isEmpty(); ++i) {
                auto *child = static_cast<const GumboNode *>(element.children.data[i]);
                if (child->type == GUMBO_NODE_ELEMENT && attr(child->v.element, "itemprop") == QLatin1String("name"))
                    name = attr(child->v.element, "content").isEmpty() ? textOf(child) : attr(child->v.element, "content");
            }
        }
        c.itempropAuthors.append(name.isEmpty() ? textOf(node) : name);
    }
    if (tag == GUMBO_TAG_A && gumbo_get_attribute(&element.attributes, "rel") && attr(element, "rel").toLower().split(QLatin1Char(' ')).contains(QLatin1String("author")))
        c.relAuthors.append(textOf(node));
    const QString names = mentionsMetadata(element) ? classAndId(element) : QString();
    static const QRegularExpression byline(QStringLiteral(R"(by-?line|author-?name|(^|[^a-z])author([^a-z-]|$)|post-?author|entry-?author|article-?author|writer)"));
    static const QRegularExpression dateline(QStringLiteral(R"(dateline|publish|post-?date|entry-?date|article-?date|(^|[^a-z])date([^a-z]|$)|timestamp)"));
    if (classSays(names, byline) && c.bylineTexts.size() < 8) {
        const QString text = textOf(node);
        if (!text.isEmpty() && text.size() < 200)
            c.bylineTexts.append(text);
    }
    if (classSays(names, dateline) && c.datelineTexts.size() < 8) {
        const QString text = textOf(node);
        if (!text.isEmpty() && text.size() < 200)
            c.datelineTexts.append(text);
    }
    if (tag == GUMBO_TAG_FIGCAPTION && c.figureCaption.isEmpty())
        c.figureCaption = captionOf(node);
    // Only a credit that belongs to a picture: never the footer's copyright line.
    if (c.figureCredit.isEmpty() && classSays(names, creditExpression()) && isTiedToFigure(node)) {
        const QString text = textOf(node);
        if (text.size() < 150)
            c.figureCredit = text;
    }
    return true;
}

// Pre-order walk with an explicit stack, so no nesting depth can overflow the call stack.
void collect(const GumboNode *root, Collected &c)
{
    std::vector<const GumboNode *> stack{root};
    while (!stack.empty()) {
        const GumboNode *node = stack.back();
        stack.pop_back();
        if (!collectNode(node, c))
            continue;
        const GumboVector &children = node->v.element.children;
        for (unsigned i = children.length; i > 0; --i)
            stack.push_back(static_cast<const GumboNode *>(children.data[i - 1]));
    }
}

QString firstMeta(const Collected &c, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString value = c.meta.value(QLatin1String(key));
        if (!value.isEmpty())
            return value;
    }
    return {};
}

QString chooseTitle(const Collected &c, const JsonLdArticle &ld, const QString &site)
{
    const QStringList declared = {firstMeta(c, {"og:title"}), ld.headline, firstMeta(c, {"twitter:title"}),
                                  c.documentTitle};
    for (const QString &title : declared) {
        if (title.isEmpty())
            continue;
        // "Headline | Site" and "Headline - Site": drop the part naming the site.
        static const QRegularExpression separator(QStringLiteral(R"(\s+[|\-–—:·»]\s+)"));
        const QStringList parts = title.split(separator);
        if (parts.size() > 1) {
            const QString last = normalizedTitle(parts.last());
            const QString first = normalizedTitle(parts.first());
            const QString siteName = normalizedTitle(site);
            if (!siteName.isEmpty() && (last.contains(siteName) || siteName.contains(last)))
                return title.left(title.size() - parts.last().size()).remove(QRegularExpression(QStringLiteral(R"(\s+[|\-–—:·»]\s*$)")));
            if (!siteName.isEmpty() && (first.contains(siteName) || siteName.contains(first)))
                return title.mid(parts.first().size()).remove(QRegularExpression(QStringLiteral(R"(^\s*[|\-–—:·»]\s+)")));
            if (parts.last().size() < 30 && parts.first().size() > parts.last().size())
                return title.left(title.size() - parts.last().size()).remove(QRegularExpression(QStringLiteral(R"(\s+[|\-–—:·»]\s*$)")));
        }
        return title;
    }
    return c.h1.value(0);
}

QString bcp47(QString tag)
{
    tag = tag.trimmed().replace(QLatin1Char('_'), QLatin1Char('-'));
    static const QRegularExpression valid(QStringLiteral(R"(^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$)"));
    return valid.match(tag).hasMatch() ? tag : QString();
}

} // namespace

QString normalizedTitle(const QString &title)
{
    return title.simplified().toLower();
}

PageMetadata extractMetadata(const HtmlDocument &document)
{
    Collected c;
    if (document.htmlElement())
        collect(document.htmlElement(), c);
    const JsonLdArticle ld = readJsonLd(c.jsonLd);
    PageMetadata m;
    m.site = firstMeta(c, {"og:site_name", "application-name", "twitter:site"});
    if (m.site.isEmpty())
        m.site = ld.publisher;
    if (m.site.startsWith(QLatin1Char('@')))
        m.site.remove(0, 1);
    m.title = chooseTitle(c, ld, m.site);
    for (const QString &title : {firstMeta(c, {"og:title"}), ld.headline, firstMeta(c, {"twitter:title"}), c.documentTitle}) {
        if (!title.isEmpty())
            m.declaredTitles.append(title);
    }

    appendNewNames(m.authors, ld.authors);
    for (const char *key : {"author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
                            "byl", "dcterms.creator", "citation_author"}) {
        const QString value = c.meta.value(QLatin1String(key));
        if (!value.isEmpty() && !value.contains(QLatin1String("://")) && m.authors.isEmpty())
            appendNewNames(m.authors, cleanByline(value));
    }
    for (const QStringList *source : {&c.itempropAuthors, &c.relAuthors, &c.bylineTexts}) {
        for (const QString &text : *source) {
            if (m.authors.isEmpty())
                appendNewNames(m.authors, cleanByline(text));
        }
    }

    QStringList dateSources = {ld.datePublished,
                               firstMeta(c, {"article:published_time", "og:article:published_time",
                                             "datepublished", "publishdate", "publish-date", "pubdate",
                                             "date", "dc.date", "dc.date.issued", "dcterms.created",
                                             "citation_publication_date", "parsely-pub-date",
                                             "sailthru.date", "article.published", "published_time"})};
    dateSources += c.itempropDates;
    dateSources += c.timeDates;
    dateSources += c.datelineTexts;
    dateSources += firstMeta(c, {"article:modified_time", "og:updated_time", "datemodified"});
    for (const QString &source : std::as_const(dateSources)) {
        m.published = parseDateToIso(source);
        if (!m.published.isEmpty())
            break;
    }

    for (const QString &candidate : {c.htmlLang, ld.language, firstMeta(c, {"content-language", "language", "og:locale"})}) {
        m.language = bcp47(candidate);
        if (!m.language.isEmpty())
            break;
    }
    m.articleBody = ld.articleBody;
    m.leadImageCaption = c.figureCaption.isEmpty() ? ld.imageCaption : c.figureCaption;
    m.leadImageCredit = c.figureCredit;
    return m;
}

} // namespace galley
