#include "load/html_loader.h"

#include "load/charset_detection.h"
#include "load/charset_label.h"
#include "load/decoding_report.h"
#include "load/nesting_depth.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace galley {

namespace {

// A browser's "Save page" writes both end tags; a page that opens <html> or <body> and closes
// neither was cut short (a download broken off, a copy truncated). HTML may leave them out, and a
// fragment without those tags is no whole page, so this is a warning, not a refusal.
bool lacksClosingTags(const HtmlDocument &dom)
{
    const auto opened = [](const GumboNode *element) { return element && element->v.element.original_tag.length > 0; };
    const auto closed = [](const GumboNode *element) { return element && element->v.element.original_end_tag.length > 0; };
    const GumboNode *body = dom.body();
    const GumboNode *html = dom.htmlElement();
    return (opened(body) || opened(html)) && !closed(body) && !closed(html);
}

// Browsers look for the declaration in the first 1024 bytes and again while building the
// head; 64 KiB covers heads stuffed with inline scripts without parsing the whole page twice.
constexpr qsizetype metaSearchBytes = 64 * 1024;

// https://html.spec.whatwg.org/#algorithm-for-extracting-a-character-encoding-from-a-meta-element
QByteArray charsetFromMetaContent(QByteArrayView content)
{
    qsizetype position = 0;
    for (;;) {
        // Case-insensitive search without copying: one pass over the content in all.
        qsizetype found = -1;
        for (qsizetype at = position; at + 7 <= content.size(); ++at) {
            if ((content[at] | 0x20) == 'c' && content.sliced(at, 7).compare("charset", Qt::CaseInsensitive) == 0) {
                found = at;
                break;
            }
        }
        if (found < 0)
            return {};
        position = found + 7;
        while (position < content.size() && QByteArrayView(" \t\n\f\r").contains(content[position]))
            ++position;
        if (position < content.size() && content[position] == '=')
            break;
    }
    ++position;
    while (position < content.size() && QByteArrayView(" \t\n\f\r").contains(content[position]))
        ++position;
    if (position >= content.size())
        return {};
    const char quote = content[position];
    if (quote == '"' || quote == '\'') {
        const qsizetype end = content.indexOf(quote, position + 1);
        return end < 0 ? QByteArray() : content.sliced(position + 1, end - position - 1).toByteArray();
    }
    qsizetype end = position;
    while (end < content.size() && !QByteArrayView(" \t\n\f\r;").contains(content[end]))
        ++end;
    return content.sliced(position, end - position).toByteArray();
}

// XHTML files start with <?xml version="1.0" encoding="..."?>, which gumbo keeps as a
// comment whose text starts with "?xml".
QString encodingFromXmlDeclaration(const HtmlDocument &document)
{
    const GumboVector &children = document.document()->v.document.children;
    if (children.length == 0)
        return {};
    auto *first = static_cast<const GumboNode *>(children.data[0]);
    if (first->type != GUMBO_NODE_COMMENT)
        return {};
    const QByteArray text(first->v.text.text);
    if (!text.startsWith("?xml"))
        return {};
    const qsizetype at = text.indexOf("encoding");
    if (at < 0)
        return {};
    // Same value syntax as charset= in a meta content attribute.
    const QByteArray asCharset = "charset" + text.mid(at + 8);
    const QString encoding = encodingForLabel(charsetFromMetaContent(asCharset));
    return encoding.startsWith(QLatin1String("UTF-16")) ? QStringLiteral("UTF-8") : encoding;
}

QString encodingFromMeta(const GumboNode *meta)
{
    QString label = HtmlDocument::attribute(meta, "charset");
    if (label.isEmpty()
        && HtmlDocument::attribute(meta, "http-equiv").compare(QLatin1String("content-type"), Qt::CaseInsensitive) == 0)
        label = QString::fromUtf8(charsetFromMetaContent(HtmlDocument::attribute(meta, "content").toUtf8()));
    if (label.isEmpty())
        return {};
    const QString encoding = encodingForLabel(label.toUtf8());
    // A page read as bytes cannot be UTF-16 when its markup was readable as ASCII.
    if (encoding.startsWith(QLatin1String("UTF-16")))
        return QStringLiteral("UTF-8");
    return encoding;
}

struct EncodingChoice
{
    QString encoding;
    QString source;
    qsizetype bomLength = 0;
};

EncodingChoice chooseEncoding(const QByteArray &bytes, const QByteArray &declaredLabel,
                              Diagnostics &diagnostics)
{
    if (const ByteOrderMark bom = detectByteOrderMark(bytes); bom.length > 0)
        return {bom.encoding, QStringLiteral("bom"), bom.length};
    if (!declaredLabel.isEmpty()) {
        const QString declared = encodingForLabel(declaredLabel);
        if (!declared.isEmpty())
            return {declared, QStringLiteral("http")};
        diagnostics.append({Diagnostic::Severity::Warning, QStringLiteral("unknown-charset"),
                            QStringLiteral("the declared charset \"%1\" names no known encoding and was ignored")
                                .arg(QString::fromLatin1(declaredLabel)),
                            -1, {}});
    }
    if (const QString meta = metaDeclaredEncoding(bytes); !meta.isEmpty())
        return {meta, QStringLiteral("meta")};
    const EncodingGuess guess = guessEncoding(bytes);
    return {guess.encoding, guess.source};
}

// Browsers' "Web page, complete" saves start with <!-- saved from url=(0048)https://... -->.
QString savedFromUrl(const HtmlDocument &document)
{
    const GumboVector &children = document.document()->v.document.children;
    for (unsigned i = 0; i < children.length; ++i) {
        auto *node = static_cast<const GumboNode *>(children.data[i]);
        if (node->type != GUMBO_NODE_COMMENT)
            continue;
        const QString comment = QString::fromUtf8(node->v.text.text).trimmed();
        const QLatin1String marker("saved from url=(");
        if (!comment.startsWith(marker))
            continue;
        const qsizetype close = comment.indexOf(QLatin1Char(')'), marker.size());
        if (close > 0)
            return comment.sliced(close + 1).trimmed();
    }
    return {};
}

} // namespace

QString metaDeclaredEncoding(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(metaSearchBytes);
    const QByteArray lowered = head.toLower();
    // Every declaring <meta> names "charset"; an XML declaration says "<?xml". Gumbo parsing
    // the whole prefix cost ~5 % of a corpus import, so it first parses only up to the tag
    // holding the first "charset": an encoding found there is the one the whole prefix gives
    // (no declaring meta can come earlier). Anything else takes the full parse below.
    if (!lowered.contains("<?xml")) {
        const qsizetype mention = lowered.indexOf("charset");
        if (mention < 0)
            return {};
        if (const qsizetype close = head.indexOf('>', mention); close >= 0) {
            const HtmlDocument upToMention(head.left(close + 1));
            for (const GumboNode *meta : HtmlDocument::elementsByTag(upToMention.document(), GUMBO_TAG_META)) {
                if (const QString encoding = encodingFromMeta(meta); !encoding.isEmpty())
                    return encoding;
            }
        }
    }
    const HtmlDocument prefix(head);
    for (const GumboNode *meta : HtmlDocument::elementsByTag(prefix.document(), GUMBO_TAG_META)) {
        if (const QString encoding = encodingFromMeta(meta); !encoding.isEmpty())
            return encoding;
    }
    return encodingFromXmlDeclaration(prefix);
}

Expected<Page, LoadError> decodeHtmlPage(const QByteArray &bytes, const QString &name,
                                         const QByteArray &declaredLabel)
{
    Page page;
    page.sourcePath = name;
    page.format = PageFormat::Html;
    page.contentHash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);

    const EncodingChoice choice = chooseEncoding(bytes, declaredLabel, page.diagnostics);
    page.charset = choice.encoding;
    page.charsetSource = choice.source;
    const QByteArrayView body = QByteArrayView(bytes).sliced(choice.bomLength);
    DecodedText decoded = decodeText(body, page.charset);
    if (decoded.converterMissing) {
        page.diagnostics.append({Diagnostic::Severity::Warning, QStringLiteral("unsupported-charset"),
                                 QStringLiteral("the encoding %1 is not available; decoded as windows-1252")
                                     .arg(page.charset),
                                 -1, {}});
        page.charset = QStringLiteral("windows-1252");
        page.charsetSource = QStringLiteral("default");
        decoded = decodeText(body, page.charset);
    }
    reportUndeclaredEncoding(page.charset, page.charsetSource, page.diagnostics);
    reportDecodingProblems(decoded, page.charset, choice.bomLength, page.diagnostics);
    page.content = std::move(decoded.text);

    // Valid UTF-8 without a BOM is handed to gumbo as it is, saving a re-encoding of the page.
    QByteArray utf8 = (choice.bomLength == 0 && page.charset == QLatin1String("UTF-8")
                       && decoded.invalidSequences == 0)
        ? bytes : page.content.toUtf8();
    if (const NestingEstimate nesting = estimateElementNesting(utf8); nesting.tooCostly()) {
        const QString problem = nesting.deepest > maxElementNestingDepth
            ? QStringLiteral("elements are nested more than %1 levels deep").arg(maxElementNestingDepth)
            : QStringLiteral("thousands of elements are each nested thousands of levels deep");
        return LoadError{name, QStringLiteral("too-deep"),
                         problem + QStringLiteral("; parsing time grows with the square of the depth, so Galley refuses the page"),
                         -1, {}};
    }
    auto dom = std::make_shared<const HtmlDocument>(std::move(utf8));
    if (const int depth = elementTreeDepth(dom->document()); depth > maxElementTreeDepth) {
        return LoadError{name, QStringLiteral("too-deep"),
                         QStringLiteral("elements nested %1 levels deep; Galley reads pages up to %2 levels")
                             .arg(depth).arg(maxElementTreeDepth),
                         -1, {}};
    }
    if (lacksClosingTags(*dom))
        page.diagnostics.append({Diagnostic::Severity::Warning, QStringLiteral("truncated-html"),
                                 QStringLiteral("the page ends without </body> or </html>: it may be cut short, and "
                                                "what is missing cannot be shown"),
                                 bytes.size(), {}});
    page.dom = std::move(dom);
    return page;
}

Expected<Page, LoadError> loadHtmlFile(const QByteArray &bytes, const QString &path)
{
    Expected<Page, LoadError> page = decodeHtmlPage(bytes, path);
    if (page) {
        page->resourceRoot = QFileInfo(path).absolutePath();
        page->url = savedFromUrl(*page->dom);
    }
    return page;
}

} // namespace galley
