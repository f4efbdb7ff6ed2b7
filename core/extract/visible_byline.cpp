#include "extract/visible_byline.h"

#include "extract/byline_cleaning.h"

#include <QRegularExpression>

namespace galley {

namespace {

bool inBylineElement(const GumboNode *element)
{
    static const QRegularExpression byline(QStringLiteral(R"(by-?line|author|writer|contributor)"),
                                           QRegularExpression::CaseInsensitiveOption);
    int depth = 0;
    for (const GumboNode *node = element; node && node->type == GUMBO_NODE_ELEMENT && depth < 4;
         node = node->parent, ++depth) {
        const GumboAttribute *cls = gumbo_get_attribute(&node->v.element.attributes, "class");
        if (cls && QString::fromUtf8(cls->value).contains(byline))
            return true;
        const GumboAttribute *rel = gumbo_get_attribute(&node->v.element.attributes, "rel");
        if (rel && qstrcmp(rel->value, "author") == 0)
            return true;
    }
    return false;
}

} // namespace

QStringList visibleByline(const DomText &dom, const QList<BlockVerdict> &verdicts)
{
    qsizetype anchor = -1;
    for (qsizetype i = 0; i < verdicts.size() && anchor < 0; ++i) {
        if (verdicts.at(i).boilerplateReason == QLatin1String("title"))
            anchor = i;
    }
    for (qsizetype i = 0; i < verdicts.size() && anchor < 0; ++i) {
        if (verdicts.at(i).boilerplateReason.isEmpty())
            anchor = i;
    }
    if (anchor < 0)
        return {};
    static const QRegularExpression byLabel(QStringLiteral(R"(^\s*((written|posted|reported|words|story)\s+)?by\b)"),
                                            QRegularExpression::CaseInsensitiveOption);
    constexpr qsizetype kLinesBefore = 6;
    constexpr qsizetype kLinesAfter = 20;
    const qsizetype end = std::min(qsizetype(dom.blocks.size()), anchor + kLinesAfter);
    for (qsizetype i = std::max<qsizetype>(0, anchor - kLinesBefore); i < end; ++i) {
        const DomBlock &block = dom.blocks.at(size_t(i));
        if (block.text.size() > 150 || (verdicts.at(i).boilerplateReason.isEmpty() && block.text.size() > 80))
            continue;
        if (block.text.contains(byLabel) || inBylineElement(block.element)) {
            // "By" alone: the name is the next line (often a link of its own).
            const bool labelOnly = block.text.size() <= 12 && cleanByline(block.text).isEmpty();
            const QString text = labelOnly && i + 1 < qsizetype(dom.blocks.size())
                ? block.text + QLatin1Char(' ') + dom.blocks.at(size_t(i + 1)).text : block.text;
            const QStringList names = cleanByline(text);
            if (!names.isEmpty())
                return names;
        }
    }
    return {};
}

} // namespace galley
