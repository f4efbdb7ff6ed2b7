#include "extract/boilerplate_hints.h"

#include <QRegularExpression>
#include <QStringList>

namespace galley {

namespace {

struct HintRule
{
    const char *reason;
    const char *pattern;   // regular expression over "class id" in lower case
    bool weak;
};

// Each pattern is matched against one class name (or the id) at a time, lower-cased with
// "_" read as "-", so "main-nav" is navigation but "canvas" is not, "ad-slot" is an
// advertisement but "header" is not.
const HintRule kRules[] = {
    {"comments", R"(comment|disqus|respond|replies|^reply)", false},
    {"share", R"(share|sharing|social|addthis)", false},
    {"related", R"(related|recommend|more-?stories|read-?next|also-?read|outbrain|taboola|trending|most-?(read|popular)|^popular|you-?may-?like)", false},
    {"cookie-banner", R"(cookie|consent|gdpr|^cmp$)", false},
    {"newsletter", R"(newsletter|subscri|sign-?up|paywall|regwall|mailing-?list)", false},
    {"advertisement", R"(^(ad|ads|adv|advert\w*|adunit\w*|adslot\w*|dfp\w*)$|^ad-|^ads-|-ad$|-ads$|-ad-|advertis|sponsor|^promo|-promo|banner-?ad)", false},
    {"navigation", R"(^nav$|^nav-|-nav$|-nav-|navbar|navigation|menu|breadcrumb|pagination|^pager|skip-?link|^toc$|table-of-contents)", false},
    {"footer", R"(footer|colophon)", false},
    {"tags", R"(^(tags|tag-?list|tag-?cloud|post-?tags|entry-?tags|article-?tags|keywords|cat-?links)$|-tags$)", false},
    {"metadata", R"(by-?line|dateline|^author|-author|timestamp|post-?meta|entry-?meta|article-?meta|^meta$|-meta$|^date$|-date$|^time$|pubdate|^published)", false},
    {"caption-credit", R"(credit|copyright)", false},
    {"popup", R"(modal|popup|overlay|lightbox)", false},
    {"hidden", R"(sr-only|visually-?hidden|screen-?reader|offscreen)", false},
    {"sidebar", R"(^sidebar|-sidebar$|^aside$|^rail$|-rail$)", true},
    {"header", R"(masthead|site-?header|top-?bar|^header$)", true},
};

// Taxonomy and state classes ("tag-health", "category-news", "has-sidebar") describe the
// post, not the region: WordPress puts them on the article element itself.
bool isTaxonomyClass(const QString &name)
{
    static const QRegularExpression taxonomy(QStringLiteral(
        R"(^(tag|category|categories|format|status|type|has|is|single|postid|page-id|post-template|page-template|wp-block|author-\d)-)"));
    return name.contains(taxonomy);
}

const QRegularExpression &ruleExpression(int index)
{
    static const std::vector<QRegularExpression> expressions = [] {
        std::vector<QRegularExpression> result;
        for (const HintRule &rule : kRules)
            result.emplace_back(QString::fromLatin1(rule.pattern));
        return result;
    }();
    return expressions.at(size_t(index));
}

// All rules in one expression: most class names match none, and one test rules them out.
const QRegularExpression &anyRuleExpression()
{
    static const QRegularExpression expression = [] {
        QStringList patterns;
        for (const HintRule &rule : kRules)
            patterns.append(QStringLiteral("(?:") + QString::fromLatin1(rule.pattern) + QLatin1Char(')'));
        return QRegularExpression(patterns.join(QLatin1Char('|')));
    }();
    return expression;
}

const QRegularExpression &articleExpression()
{
    static const QRegularExpression expression(QStringLiteral(
        R"(article|content|entry|story|post-?body|^main|body-?text|^text$|blog-?post|prose)"));
    return expression;
}

QString attributeOf(const GumboElement &element, const char *name)
{
    const GumboAttribute *attribute = gumbo_get_attribute(&element.attributes, name);
    return attribute ? QString::fromUtf8(attribute->value) : QString();
}

QString reasonForTag(GumboTag tag, const QString &role)
{
    if (tag == GUMBO_TAG_NAV || role == QLatin1String("navigation") || role == QLatin1String("menu")
        || role == QLatin1String("menubar") || role == QLatin1String("search"))
        return QStringLiteral("navigation");
    if (tag == GUMBO_TAG_FOOTER || role == QLatin1String("contentinfo"))
        return QStringLiteral("footer");
    if (tag == GUMBO_TAG_FORM)
        return QStringLiteral("form");
    if (role == QLatin1String("dialog") || role == QLatin1String("alertdialog"))
        return QStringLiteral("popup");
    return {};
}

bool isPictureTag(GumboTag tag)
{
    return tag == GUMBO_TAG_FIGURE || tag == GUMBO_TAG_FIGCAPTION || tag == GUMBO_TAG_IMG;
}

const GumboNode *adjacentElement(const GumboNode *node, int step)
{
    const GumboNode *parent = node->parent;
    if (!parent || parent->type != GUMBO_NODE_ELEMENT)
        return nullptr;
    const GumboVector &siblings = parent->v.element.children;
    for (int i = int(node->index_within_parent) + step; i >= 0 && i < int(siblings.length); i += step) {
        auto *sibling = static_cast<const GumboNode *>(siblings.data[i]);
        if (sibling->type == GUMBO_NODE_ELEMENT)
            return sibling;
        if (sibling->type == GUMBO_NODE_TEXT)
            return nullptr;   // words between: not next to it
    }
    return nullptr;
}

} // namespace

bool isTiedToFigure(const GumboNode *element)
{
    if (!element || element->type != GUMBO_NODE_ELEMENT)
        return false;
    for (const GumboNode *n = element->parent; n && n->type == GUMBO_NODE_ELEMENT; n = n->parent) {
        const GumboTag tag = n->v.element.tag;
        if (tag == GUMBO_TAG_FIGURE || tag == GUMBO_TAG_FIGCAPTION)
            return true;
        if (tag == GUMBO_TAG_BODY)
            break;
    }
    for (int step : {-1, 1}) {
        const GumboNode *sibling = adjacentElement(element, step);
        if (sibling && isPictureTag(sibling->v.element.tag))
            return true;
    }
    const GumboNode *parent = element->parent;
    if (parent && parent->type == GUMBO_NODE_ELEMENT && parent->v.element.tag != GUMBO_TAG_BODY) {
        const GumboVector &siblings = parent->v.element.children;
        for (unsigned i = 0; i < siblings.length; ++i) {
            auto *sibling = static_cast<const GumboNode *>(siblings.data[i]);
            if (sibling->type == GUMBO_NODE_ELEMENT && sibling->v.element.tag == GUMBO_TAG_IMG)
                return true;
        }
    }
    return false;
}

namespace {

// What the class names and id alone say; pages repeat the same class strings a lot.
ElementHint hintFromNames(const QByteArray &classAndId)
{
    ElementHint hint;
    QStringList names = QString::fromUtf8(classAndId).toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &name : names)
        name.replace(QLatin1Char('_'), QLatin1Char('-'));
    for (const QString &name : std::as_const(names)) {
        if (isTaxonomyClass(name))
            continue;
        bool matched = false;
        const bool anyRule = name.contains(anyRuleExpression());
        for (int i = 0; anyRule && i < int(std::size(kRules)) && !matched; ++i) {
            if (name.contains(ruleExpression(i))) {
                matched = true;
                if (hint.boilerplateReason.isEmpty()) {
                    hint.boilerplateReason = QString::fromLatin1(kRules[i].reason);
                    hint.weak = kRules[i].weak;
                }
            }
        }
        if (!matched && name.contains(articleExpression()))
            hint.articleLike = true;
    }
    return hint;
}

ElementHint elementHint(const GumboNode *node, QHash<QByteArray, ElementHint> &byNames)
{
    ElementHint hint;
    if (!node || node->type != GUMBO_NODE_ELEMENT)
        return hint;
    const GumboElement &element = node->v.element;
    const QString role = attributeOf(element, "role").toLower();
    const QString itemprop = attributeOf(element, "itemprop");
    const bool articleElement = element.tag == GUMBO_TAG_ARTICLE || element.tag == GUMBO_TAG_MAIN
        || role == QLatin1String("main") || itemprop == QLatin1String("articleBody");
    hint.boilerplateReason = reasonForTag(element.tag, role);
    if (itemprop == QLatin1String("author") || itemprop == QLatin1String("datePublished"))
        hint.boilerplateReason = QStringLiteral("metadata");
    if (!hint.boilerplateReason.isEmpty()) {
        hint.articleLike = articleElement;
        return hint;
    }
    const GumboAttribute *cls = gumbo_get_attribute(&element.attributes, "class");
    const GumboAttribute *id = gumbo_get_attribute(&element.attributes, "id");
    if (cls || id) {
        QByteArray key = cls ? QByteArray(cls->value) : QByteArray();
        if (id)
            key += ' ' + QByteArray(id->value);
        auto known = byNames.constFind(key);
        if (known == byNames.cend())
            known = byNames.insert(key, hintFromNames(key));
        hint = *known;
    }
    hint.articleLike = hint.articleLike || articleElement;
    // "credit"/"copyright" names a photo credit only beside a picture; elsewhere a copyright
    // line is site furniture and a stray "credit" says nothing.
    if (hint.boilerplateReason == QLatin1String("caption-credit") && !isTiedToFigure(node)) {
        const bool copyright = (cls && QByteArray(cls->value).toLower().contains("copyright"))
            || (id && QByteArray(id->value).toLower().contains("copyright"));
        hint.boilerplateReason = copyright ? QStringLiteral("footer") : QString();
        hint.weak = false;
    }
    // An <aside> is a sidebar unless its classes say more precisely what it holds.
    if (hint.boilerplateReason.isEmpty() && (element.tag == GUMBO_TAG_ASIDE || role == QLatin1String("complementary"))) {
        hint.boilerplateReason = QStringLiteral("sidebar");
        hint.weak = true;
    }
    return hint;
}

} // namespace

ElementHint elementHint(const GumboNode *node)
{
    QHash<QByteArray, ElementHint> byNames;
    return elementHint(node, byNames);
}

const ElementHint &ElementHints::of(const GumboNode *element)
{
    auto found = m_hints.find(element);
    if (found == m_hints.end())
        found = m_hints.insert(element, elementHint(element, m_byNames));
    return *found;
}

namespace {

bool isDecoration(QChar c)
{
    switch (c.category()) {
    case QChar::Symbol_Math: case QChar::Symbol_Currency: case QChar::Symbol_Modifier: case QChar::Symbol_Other:
    case QChar::Mark_NonSpacing: case QChar::Mark_Enclosing: case QChar::Other_Format: case QChar::Other_Surrogate:
    case QChar::Separator_Space:
        return true;
    default:
        return c.isSpace();
    }
}

// "🔥 Recommended Posts", "Read more →": the line without its icons and arrows.
QString withoutDecoration(const QString &text)
{
    if (text.isEmpty() || (!isDecoration(text.front()) && !isDecoration(text.back())))
        return text;
    qsizetype begin = 0, end = text.size();
    while (begin < end && isDecoration(text.at(begin)))
        ++begin;
    while (end > begin && isDecoration(text.at(end - 1)))
        --end;
    return text.mid(begin, end - begin);
}

} // namespace

QString boilerplateLineReason(const QString &line)
{
    static const QRegularExpression disclosure(QStringLiteral(
        R"(we (may )?(earn|receive) (a )?(small )?(commission|compensation)|(products|items) (are|were) (chosen|selected) independently|)"
        R"(independently (test|evaluate|review|research)|affiliate (links?|commission)|^why trust us\??$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression rights(QStringLiteral(R"((©|\(c\)|copyright).{0,80}all rights reserved)"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (line.size() <= 300 && line.contains(disclosure))
        return QStringLiteral("disclosure");
    if (line.size() <= 200 && line.contains(rights))
        return QStringLiteral("footer");
    if (line.size() > 60)
        return {};
    const QString text = withoutDecoration(line);
    static const QRegularExpression advertisement(QStringLiteral(
        R"(^\s*(advertisement|advertising|sponsored( content)?|ad|paid content|(story|article) continues (below|after).*)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression share(QStringLiteral(
        R"(^\s*(share|share (it|links|this|on|via|with).*|like what you see\?.*|follow us( on .*)?|tweet|email|print|copy link|facebook|twitter|linkedin|whatsapp|pinterest)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression related(QStringLiteral(
        R"(^\s*(read more|related( articles?| stories| story| posts?| content| reading| resources| news)?|more (on|from) .*|)"
        R"(more (videos|articles|stories|posts|news|reading)( .{0,30})?|(recent|latest|popular|trending) (posts|articles|stories|news|videos)|)"
        R"(see also|also read|keep reading|recommended (stories|reads|articles)|related reads|other related .*|good articles to read.*|more (perspectives|insights|guides|reads)|(also )?in the news|(read|see|watch) (this|these) next|(all )?(reads|stories|articles) on this topic|more (in|from) this (section|category)|recommended( for you| reading| articles| posts)?|you (may|might) (also )?(like|enjoy).*|)"
        R"(you may be interested in.*|what others are reading|read next|popular posts|trending( now)?)\s*:?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression newsletter(QStringLiteral(
        R"(^\s*(subscribe.*|sign up.*|sign in|log in|register|newsletters?|get (our|the) newsletter.*|join our (newsletter|mailing list).*)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression comments(QStringLiteral(
        R"(^\s*(\d+\s+)?(comments?|leave a (comment|reply)|add a comment|show comments|join the (conversation|discussion)|what do you think\??)\s*:?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression contents(QStringLiteral(
        R"(^\s*(table of contents|contents|in this (article|post|guide)|on this page|jump to( the)?( \w+)?|skip to( main)? content|page \d+ of \d+)\s*:?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral(R"(^\s*(tags|tagged|topics|filed under)\s*:?\s*$)"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (text.contains(contents))
        return QStringLiteral("navigation");
    if (text.contains(tags))
        return QStringLiteral("tags");
    if (text.contains(advertisement))
        return QStringLiteral("advertisement");
    if (text.contains(share))
        return QStringLiteral("share");
    if (text.contains(related))
        return QStringLiteral("related");
    if (text.contains(newsletter))
        return QStringLiteral("newsletter");
    if (text.contains(comments))
        return QStringLiteral("comments");
    return {};
}

} // namespace galley
