#include "formats/brat_conf_merge.h"

#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace galley {

namespace {

using namespace Qt::StringLiterals;

struct ConfLine
{
    QString section;   // "entities", "relations", "events", "attributes"
    QString key;       // the label, relation type or attribute name; empty for comments and blanks
    qsizetype index = -1;
};

QString keyOf(const QString &line)
{
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith(u'#') || trimmed.startsWith(u'['))
        return {};
    return trimmed.section(QRegularExpression(u"[\\s]"_s), 0, 0);
}

QList<ConfLine> indexLines(const QStringList &lines)
{
    QList<ConfLine> indexed;
    QString section;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString trimmed = lines[i].trimmed();
        if (trimmed.startsWith(u'[') && trimmed.endsWith(u']')) {
            section = trimmed.mid(1, trimmed.size() - 2).trimmed().toLower();
            continue;
        }
        indexed.append({section, keyOf(lines[i]), i});
    }
    return indexed;
}

// "Arg1:PER|ORG, Arg2:LOC" or "Arg:QUOTE, Value:direct|partial" as ordered name → values.
QList<std::pair<QString, QStringList>> arguments(const QString &line)
{
    QList<std::pair<QString, QStringList>> parsed;
    const QString rest = line.trimmed().section(QRegularExpression(u"\\s"_s), 1).trimmed();
    for (const QString &part : rest.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype colon = part.indexOf(u':');
        if (colon < 0)
            continue;
        parsed.append({part.left(colon).trimmed(), part.mid(colon + 1).trimmed().split(u'|', Qt::SkipEmptyParts)});
    }
    return parsed;
}

QString mergedLine(const QString &existing, const QString &added)
{
    auto merged = arguments(existing);
    for (const auto &[name, values] : arguments(added)) {
        auto same = std::find_if(merged.begin(), merged.end(), [&](const auto &argument) { return argument.first == name; });
        if (same == merged.end()) {
            // a binary attribute of the user's (no Value) stays one
            if (name != "Value"_L1)
                merged.append({name, values});
            continue;
        }
        for (const QString &value : values) {
            if (!same->second.contains(value))
                same->second.append(value);
        }
    }
    QStringList parts;
    for (const auto &[name, values] : merged)
        parts.append(name + u':' + values.join(u'|'));
    const QString indent = existing.left(std::max<qsizetype>(0, existing.indexOf(QRegularExpression(u"\\S"_s))));
    return indent + keyOf(existing) + u'\t' + parts.join(", "_L1);
}

} // namespace

QByteArray mergedBratConf(QByteArrayView existing, QByteArrayView added)
{
    const bool crlf = existing.contains("\r\n");   // written back with the file's own line ends
    QString text = QString::fromUtf8(existing);
    text.remove(u'\r');
    QStringList lines = text.split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    const QStringList addedLines = QString::fromUtf8(added).split(u'\n');
    for (const ConfLine &add : indexLines(addedLines)) {
        if (add.key.isEmpty() || add.section == "events"_L1)
            continue;
        const QList<ConfLine> current = indexLines(lines);
        const auto same = std::find_if(current.begin(), current.end(), [&](const ConfLine &line) {
            return line.section == add.section && line.key == add.key;
        });
        if (same != current.end()) {
            if (add.section != "entities"_L1)
                lines[same->index] = mergedLine(lines[same->index], addedLines[add.index]);
            continue;
        }
        // After the section's last line that says something, or in a new section at the end.
        qsizetype at = -1;
        bool hasSection = false;
        for (qsizetype i = 0, section = -1; i < lines.size(); ++i) {
            const QString trimmed = lines[i].trimmed();
            if (trimmed.startsWith(u'[') && trimmed.endsWith(u']'))
                section = trimmed.mid(1, trimmed.size() - 2).trimmed().toLower() == add.section ? i : -1;
            if (section >= 0) {
                hasSection = true;
                if (!trimmed.isEmpty())
                    at = i + 1;
            }
        }
        if (!hasSection) {
            lines.append(QString());
            lines.append(u'[' + add.section + u']');
            at = lines.size();
        }
        lines.insert(at, addedLines[add.index]);
    }
    const QString lineEnd = crlf ? QStringLiteral("\r\n") : QStringLiteral("\n");
    return (lines.join(lineEnd) + lineEnd).toUtf8();
}

} // namespace galley
