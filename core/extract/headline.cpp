#include "extract/headline.h"

#include <QSet>

namespace galley {

namespace {

// A site logo in an <h1> is no headline.
bool couldBeHeadline(const DomBlock &block, const PageMetadata &metadata)
{
    const QString text = normalizedTitle(block.text);
    return text.size() >= 8 && text.size() <= 300 && block.linkLength * 2 < block.text.size()
        && text != normalizedTitle(metadata.site);
}

bool confirmedByDeclaredTitles(const QString &heading, const PageMetadata &metadata)
{
    const QString wanted = normalizedTitle(heading);
    for (const QString &title : metadata.declaredTitles) {
        if (wanted.size() >= 8 && normalizedTitle(title).contains(wanted))
            return true;
    }
    return false;
}

QSet<QString> titleWords(const QString &title)
{
    QSet<QString> words;
    QString word;
    for (const QChar c : title) {
        if (c.isLetterOrNumber()) {
            word.append(c.toLower());
        } else if (!word.isEmpty()) {
            words.insert(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.insert(word);
    return words;
}

// Share of words two titles have in common (Jaccard): rephrased headlines still share
// most of theirs, a section label ("Our Blog", "VPN Services") or a template
// placeholder in the <h1> shares next to none with what the page declares.
double wordAgreement(const QSet<QString> &a, const QSet<QString> &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    const qsizetype shared = QSet<QString>(a).intersect(b).size();
    return double(shared) / double(a.size() + b.size() - shared);
}

constexpr int kHeadlineReach = 12;   // blocks into the container an <h1> may stand

const DomBlock *headingBlock(const DomText &dom, const GumboNode *container, const PageMetadata &metadata)
{
    const DomBlock *beforeContainer = nullptr;
    const DomBlock *confirmed = nullptr;
    for (const DomBlock &block : dom.blocks) {
        const bool inside = container && isInside(block.element, container);
        if (block.contentKind == BlockKind::Heading && block.headingLevel == 1 && couldBeHeadline(block, metadata)) {
            if (inside)
                return &block;
            if (!confirmed && confirmedByDeclaredTitles(block.text, metadata))
                confirmed = &block;
            if (!container || !beforeContainer || confirmedByDeclaredTitles(block.text, metadata)
                || !confirmedByDeclaredTitles(beforeContainer->text, metadata))
                beforeContainer = &block;
        }
        if (inside)
            break;
    }
    // An <h1> a few blocks into the container (after a breadcrumb, a kicker, a byline)
    // still heads it when none stands before it.
    if (!beforeContainer && container) {
        int seen = 0;
        for (const DomBlock &block : dom.blocks) {
            if (!isInside(block.element, container))
                continue;
            if (++seen > kHeadlineReach)
                break;
            if (block.contentKind == BlockKind::Heading && block.headingLevel == 1 && couldBeHeadline(block, metadata))
                return &block;
        }
    }
    if (beforeContainer)
        return beforeContainer;
    if (confirmed)
        return confirmed;
    for (const DomBlock &block : dom.blocks) {
        if (block.contentKind == BlockKind::Heading && block.headingLevel <= 3 && couldBeHeadline(block, metadata)
            && confirmedByDeclaredTitles(block.text, metadata))
            return &block;
    }
    return nullptr;
}

} // namespace

bool headingAgreesWithDeclaredTitles(const QString &heading, const PageMetadata &metadata)
{
    if (metadata.declaredTitles.isEmpty())
        return true;
    const QSet<QString> words = titleWords(heading);
    for (const QString &title : metadata.declaredTitles) {
        if (wordAgreement(words, titleWords(title)) >= 0.15)
            return true;
    }
    return false;
}

QString chooseHeadline(const DomText &dom, const GumboNode *container, const PageMetadata &metadata)
{
    const DomBlock *heading = headingBlock(dom, container, metadata);
    if (!heading)
        return metadata.title;
    // The visible headline wins unless no declared title (og:title, JSON-LD headline,
    // twitter:title, <title>) agrees with it at all.
    if (!metadata.title.isEmpty() && !headingAgreesWithDeclaredTitles(heading->text, metadata))
        return metadata.title;
    // A pipe in a visible headline separates the headline from a tagline or site name.
    const qsizetype pipe = heading->text.indexOf(QLatin1String(" | "));
    if (pipe > 0 && heading->text.left(pipe).simplified().count(QLatin1Char(' ')) >= 2)
        return heading->text.left(pipe).trimmed();
    return heading->text;
}

} // namespace galley
