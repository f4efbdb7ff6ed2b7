#include "extract/byline_cleaning.h"

#include <QRegularExpression>

namespace galley {

namespace {

bool isRoleWord(const QString &part)
{
    static const QRegularExpression roles(QStringLiteral(
        R"(\b(staff|writer|writers|reporter|reporters|editor|editors|correspondent|contributor|contributing|)"
        R"(columnist|journalist|photographer|producer|analyst|senior|chief|associate|updated|published|posted|)"
        R"(newsroom|bureau|minutes?|min read|read|ago|hours?|days?|follow|email|twitter)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return part.contains(roles);
}

bool isLabel(const QString &part)
{
    static const QRegularExpression label(QStringLiteral(
        R"(^((written|posted|reported|reviewed|edited)\s+)?by$|^(the\s+)?authors?$|^name\b|^last$|^guides?$|^share$|^follow$)"),
        QRegularExpression::CaseInsensitiveOption);
    return part.contains(label);
}

bool looksLikeName(const QString &part)
{
    if (part.size() < 2 || part.size() > 60)
        return false;
    const QStringList words = part.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() > 6)
        return false;
    for (const QChar c : part) {
        if (c.isDigit() || c == u'@' || c == u'/' || c == u'|' || c == u'*')
            return false;
    }
    return part.at(0).isLetter();
}

} // namespace

QStringList cleanByline(const QString &byline)
{
    QString text = byline.simplified();
    static const QRegularExpression url(QStringLiteral(R"(https?://\S+|\S+@\S+)"));
    text.remove(url);
    // Everything after a separator that starts a date or a role line goes.
    static const QRegularExpression cut(QStringLiteral(
        R"(\s*(\||•|·|—|–|\bon\s+(?=\w+\s+\d)|\bupdated\b|\bpublished\b|\bposted\b(?!\s+by)|\d{1,2}[:/.]\d{1,2}|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}).*$)"),
        QRegularExpression::CaseInsensitiveOption);
    text.remove(cut);
    static const QRegularExpression prefix(QStringLiteral(
        R"(^\s*((written|posted|reported|reviewed|edited|words|story|text|article)\s+by|by|from|the author|author|authors|autor|von|par|por)(\s*[:\-]\s*|\s+|$))"),
        QRegularExpression::CaseInsensitiveOption);
    text.remove(prefix);
    static const QRegularExpression authorLabel(QStringLiteral(R"(^\s*(author|authors)\s*:\s*)"),
                                                QRegularExpression::CaseInsensitiveOption);
    text.remove(authorLabel);

    static const QRegularExpression separators(QStringLiteral(R"(\s*(,|;|&|\band\b|\bund\b|\bet\b|\by\b)\s*)"),
                                               QRegularExpression::CaseInsensitiveOption);
    QStringList names;
    for (QString part : text.split(separators, Qt::SkipEmptyParts)) {
        part = part.trimmed();
        static const QRegularExpression trailing(QStringLiteral(R"([\s.:,\-]+$)"));
        part.remove(trailing);
        if (isRoleWord(part) || !looksLikeName(part) || isLabel(part))
            continue;
        // Degrees and honorifics ("PhD", "MD", "RD") stay out of the name list.
        if (part.size() <= 5 && part == part.toUpper() && !names.isEmpty())
            continue;
        appendNewNames(names, {part});
    }
    return names;
}

void appendNewNames(QStringList &names, const QStringList &more)
{
    for (const QString &name : more) {
        const QString trimmed = name.simplified();
        if (!trimmed.isEmpty() && !names.contains(trimmed, Qt::CaseInsensitive))
            names.append(trimmed);
    }
}

} // namespace galley
