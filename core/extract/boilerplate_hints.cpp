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

// Token boundaries are anything but letters and digits, so "nav" matches "main-nav" and
// "nav_bar" but not "canvas"; "ad" matches "ad-slot" but not "header".
const HintRule kRules[] = {
    {"comments", R"(comment|disqus|respond\b|replies|\breply\b)", false},
    {"share", R"(share|sharing|social|addthis|\bsocial\b)", false},
    {"related", R"(related|recommend|more-stories|morestories|read-?next|also-?read|outbrain|taboola|trending|most-?(read|popular)|\bpopular\b|you-?may-?like)", false},
    {"cookie-banner", R"(cookie|consent|gdpr|\bcmp\b)", false},
    {"newsletter", R"(newsletter|subscri|sign-?up|paywall|regwall|\bmailing)", false},
    {"advertisement", R"((^|[^a-z0-9])(ad|ads|adv|advert\w*|adunit|adslot|ad-slot|dfp|gpt)([^a-z0-9]|$)|advertis|sponsor|\bpromo|banner-?ad)", false},
    {"navigation", R"((^|[^a-z0-9])nav([^a-z]|$|bar|igation|menu|links)|menu|breadcrumb|pagination|\bpager\b|skip-?link|\btoc\b|table-of-contents)", false},
    {"footer", R"(footer|colophon)", false},
    {"tags", R"((^|[^a-z0-9])(tags?|tag-?list|tagcloud|post-?tags|keywords|cat-?links|categories)([^a-z0-9]|$))", false},
    {"metadata", R"(byline|dateline|\bauthor|timestamp|post-?meta|entry-?meta|article-?meta|(^|[^a-z0-9])(meta|date|time|pubdate|published)([^a-z0-9]|$))", false},
    {"caption-credit", R"(credit|copyright)", false},
    {"popup", R"(modal|popup|overlay|lightbox)", false},
    {"hidden", R"(sr-only|visually-?hidden|screen-?reader|offscreen)", false},
    {"sidebar", R"(sidebar|(^|[^a-z0-9])(aside|rail|widget)([^a-z0-9]|$))", true},
    {"header", R"(masthead|site-?header|top-?bar|(^|[^a-z0-9])header([^a-z0-9]|$))", true},
};

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

const QRegularExpression &articleExpression()
{
    static const QRegularExpression expression(QStringLiteral(
        R"(article|content|entry|story|post-?body|main|body-?text|\btext\b|blog-?post|prose)"));
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

} // namespace

ElementHint elementHint(const GumboNode *node)
{
    ElementHint hint;
    if (!node || node->type != GUMBO_NODE_ELEMENT)
        return hint;
    const GumboElement &element = node->v.element;
    const QString role = attributeOf(element, "role").toLower();
    const QString itemprop = attributeOf(element, "itemprop");
    hint.articleLike = element.tag == GUMBO_TAG_ARTICLE || element.tag == GUMBO_TAG_MAIN
        || role == QLatin1String("main") || itemprop == QLatin1String("articleBody");
    hint.boilerplateReason = reasonForTag(element.tag, role);
    if (element.tag == GUMBO_TAG_ASIDE || role == QLatin1String("complementary")) {
        hint.boilerplateReason = QStringLiteral("sidebar");
        hint.weak = true;
    }
    if (itemprop == QLatin1String("author") || itemprop == QLatin1String("datePublished"))
        hint.boilerplateReason = QStringLiteral("metadata");
    if (!hint.boilerplateReason.isEmpty())
        return hint;

    const QString names = (attributeOf(element, "class") + QLatin1Char(' ') + attributeOf(element, "id")).toLower();
    if (names.size() <= 1)
        return hint;
    hint.articleLike = hint.articleLike || names.contains(articleExpression());
    for (int i = 0; i < int(std::size(kRules)); ++i) {
        if (names.contains(ruleExpression(i))) {
            hint.boilerplateReason = QString::fromLatin1(kRules[i].reason);
            hint.weak = kRules[i].weak;
            break;
        }
    }
    return hint;
}

const ElementHint &ElementHints::of(const GumboNode *element)
{
    auto found = m_hints.find(element);
    if (found == m_hints.end())
        found = m_hints.insert(element, elementHint(element));
    return *found;
}

QString boilerplateLineReason(const QString &text)
{
    if (text.size() > 60)
        return {};
    static const QRegularExpression advertisement(QStringLiteral(
        R"(^\s*(advertisement|advertising|sponsored( content)?|ad|paid content|story continues below.*)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression share(QStringLiteral(
        R"(^\s*(share|share (this|on|via).*|tweet|email|print|copy link|facebook|twitter|linkedin|whatsapp|pinterest)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression related(QStringLiteral(
        R"(^\s*(read more|related( articles| stories| posts)?|more (on|from) .*|see also|also read|recommended( for you)?|you may also like.*|read next)\s*:?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression newsletter(QStringLiteral(
        R"(^\s*(subscribe.*|sign up.*|get (our|the) newsletter.*|join our newsletter.*)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression comments(QStringLiteral(
        R"(^\s*(\d+\s+)?(comments?|leave a (comment|reply)|add a comment|show comments)\s*:?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
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
