#include "extract/headline.h"

#include <QRegularExpression>
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
constexpr double kAgreement = 0.15;   // word agreement (Jaccard) that confirms a heading

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

// "Headline – Site": a last segment that names the site (or the site name's first part,
// as in "Jane Doe | Photography") is no part of the headline.
QString withoutSiteTail(QString title, const QString &site)
{
    const QString siteName = normalizedTitle(site);
    if (siteName.isEmpty())
        return title;
    static const QRegularExpression separator(QStringLiteral(R"(\s+[|\-–—]\s+)"));
    for (;;) {
        QRegularExpressionMatch last;
        for (const QRegularExpressionMatch &match : separator.globalMatch(title))
            last = match;
        if (!last.hasMatch())
            return title;
        const QString tail = normalizedTitle(title.mid(last.capturedEnd()));
        const QString head = title.left(last.capturedStart());
        const bool namesSite = tail.size() >= 3
            && (tail == siteName || siteName.startsWith(tail + QLatin1Char(' ')));
        if (!namesSite || head.simplified().count(QLatin1Char(' ')) < 2)
            return title;
        title = head;
    }
}

// "Blog: Headline": a one- or two-word label before a colon, when what follows it is
// exactly the declared title, is a kicker, not part of the headline.
QString withoutKickerLabel(const QString &heading, const QString &declared)
{
    const qsizetype colon = heading.indexOf(QLatin1String(": "));
    if (colon <= 0 || declared.isEmpty() || heading.left(colon).simplified().count(QLatin1Char(' ')) > 1)
        return heading;
    const QString rest = heading.mid(colon + 2).trimmed();
    return normalizedTitle(rest) == normalizedTitle(declared) ? rest : heading;
}

// "8 Recent Trends in Photography" declared, "Recent Trends in Photography" shown: the
// declared title that only adds the list's count or the year to the headline is the fuller one.
QString withDeclaredNumber(const QString &headline, const PageMetadata &metadata)
{
    const QString shown = normalizedTitle(headline);
    if (shown.count(QLatin1Char(' ')) < 2)
        return headline;
    static const QRegularExpression separator(QStringLiteral(R"(\s+[|\-–—]\s+)"));
    static const QRegularExpression number(QStringLiteral(R"(^\d{1,4}$)"));
    QStringList candidates{metadata.title};
    for (const QString &title : metadata.declaredTitles)
        candidates.append(title.left(title.indexOf(separator)).simplified());
    for (const QString &candidate : std::as_const(candidates)) {
        const QString declared = normalizedTitle(candidate);
        if (declared.size() <= shown.size() + 1)
            continue;
        if ((declared.endsWith(shown) && declared.chopped(shown.size() + 1).contains(number)
             && declared.at(declared.size() - shown.size() - 1) == QLatin1Char(' '))
            || (declared.startsWith(shown) && declared.mid(shown.size() + 1).contains(number)
                && declared.at(shown.size()) == QLatin1Char(' ')))
            return candidate.simplified();
    }
    return headline;
}

// Typographic marks a page writes in plain ASCII in its declared titles.
QString plainMarks(QString text)
{
    text.replace(QChar(0x2026), QLatin1String("..."));
    text.replace(QChar(0xFF1F), QLatin1Char('?'));
    text.replace(QChar(0xFF01), QLatin1Char('!'));
    text.replace(QChar(0x2014), QLatin1String("--"));
    return normalizedTitle(text);
}

// A headline whose page was saved in the wrong encoding shows "?" or U+FFFD for the
// characters it lost ("Planning? Beginner? Guide"): a declared title that fills those gaps
// (one to three characters each) and agrees everywhere else is the intact spelling.
QString repairedFromDeclared(const QString &headline, const PageMetadata &metadata)
{
    const QString body = headline.trimmed();
    const QString inner = body.chopped(1);
    if (body.size() < 8 || (!inner.contains(QLatin1Char('?')) && !body.contains(QChar(0xFFFD))))
        return headline;
    QString pattern;
    for (const QChar c : body) {
        if (c == QLatin1Char('?') || c == QChar(0xFFFD))
            pattern += QStringLiteral(".{1,3}");
        else
            pattern += QRegularExpression::escape(QString(c));
    }
    const QRegularExpression gaps(QRegularExpression::anchoredPattern(pattern), QRegularExpression::CaseInsensitiveOption);
    for (const QString &title : metadata.declaredTitles) {
        const QString whole = title.simplified();
        if (whole != body && gaps.match(whole).hasMatch())
            return whole;
    }
    return headline;
}

// When a declared title spells the headline with plain ASCII marks ("..." for an ellipsis,
// "?" for a full-width question mark), that spelling is used.
QString declaredSpelling(const QString &headline, const PageMetadata &metadata)
{
    const QString wanted = plainMarks(headline);
    if (wanted == normalizedTitle(headline))
        return headline;
    static const QRegularExpression separator(QStringLiteral(R"(\s+[|\-–—]\s+)"));
    for (const QString &title : metadata.declaredTitles) {
        const QString whole = title.simplified();
        if (normalizedTitle(whole) == wanted)
            return whole;
        const QString first = whole.left(whole.indexOf(separator));
        if (normalizedTitle(first) == wanted)
            return first;
    }
    return headline;
}

} // namespace

bool headingAgreesWithDeclaredTitles(const QString &heading, const PageMetadata &metadata)
{
    if (metadata.declaredTitles.isEmpty())
        return true;
    const QSet<QString> words = titleWords(heading);
    for (const QString &title : metadata.declaredTitles) {
        if (wordAgreement(words, titleWords(title)) >= kAgreement)
            return true;
    }
    return false;
}

QString chooseHeadline(const DomText &dom, const GumboNode *container, const PageMetadata &metadata)
{
    const DomBlock *heading = headingBlock(dom, container, metadata);
    if (!heading)
        return withoutSiteTail(metadata.title, metadata.site);
    // The visible headline wins unless no declared title (og:title, JSON-LD headline,
    // twitter:title, <title>) agrees with it at all.
    if (!metadata.title.isEmpty() && !headingAgreesWithDeclaredTitles(heading->text, metadata))
        return withoutSiteTail(metadata.title, metadata.site);
    // A pipe in a visible headline separates the headline from a tagline or site name.
    const qsizetype pipe = heading->text.indexOf(QLatin1String(" | "));
    if (pipe > 0 && heading->text.left(pipe).simplified().count(QLatin1Char(' ')) >= 2)
        return heading->text.left(pipe).trimmed();
    return repairedFromDeclared(declaredSpelling(withDeclaredNumber(withoutKickerLabel(withoutSiteTail(heading->text, metadata.site), metadata.title), metadata), metadata), metadata);
}

} // namespace galley
