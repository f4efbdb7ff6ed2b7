#include "formats/brat_attributes.h"
#include "formats/brat_format.h"
#include "formats/code_point_range.h"
#include "formats/galley_fields.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace galley {

namespace {

using namespace Qt::StringLiterals;

struct Failure
{
    int line = 0;
    QString problem;
};

struct BratRelation
{
    QString bratId;
    QString type;
    QString arg1;   // brat ids until every note is read
    QString arg2;
    int line = 0;
};

class AnnReader
{
public:
    AnnReader(const QString &text, const QString &ann) : m_text(text), m_index(text)
    {
        m_set.text = text;
        m_lines = ann.split(u'\n');
    }

    Expected<AnnotationSet, Failure> read()
    {
        // T and R lines first, so notes and attributes may refer to any of them.
        for (int pass = 0; pass < 3; ++pass) {
            for (int i = 0; i < m_lines.size(); ++i) {
                QString line = m_lines[i];
                if (line.endsWith(u'\r'))
                    line.chop(1);
                if (line.trimmed().isEmpty())
                    continue;
                const QChar kind = line.front();
                const bool inPass = pass == 0 ? (kind == u'T' || kind == u'R') : pass == 1 ? kind == u'#'
                                                                                       : !QStringView(u"TR#").contains(kind);
                if (!inPass)
                    continue;
                if (auto problem = readLine(line))
                    return Failure{i + 1, *problem};
            }
        }
        return finish();
    }

private:
    std::optional<QString> readLine(const QString &line)
    {
        const QStringList fields = line.split(u'\t');
        if (fields.size() < 2)
            return QStringLiteral("a brat line is ID, tab, annotation");
        const QString &id = fields[0];
        const QStringList head = fields[1].split(u' ', Qt::SkipEmptyParts);
        if (head.isEmpty())
            return QStringLiteral("the annotation has no type");
        switch (id.front().unicode()) {
        case u'T': return readTextBound(id, head, fields.mid(2).join(u'\t'));
        case u'R': return readRelation(id, head);
        case u'#': return readNote(head, fields.mid(2).join(u'\t'));
        case u'A':
        case u'M': return readAttribute(head);
        case u'N': return readNormalization(head);
        case u'*': return readEquiv(head);
        case u'E': return QStringLiteral("events (E lines) have no place in Galley: spans, relations and attributes only");
        default: return QStringLiteral("unknown annotation '%1'").arg(id);
        }
    }

    std::optional<QString> readTextBound(const QString &id, const QStringList &head, const QString &text)
    {
        // "LABEL start end;start end"
        const QStringList ranges = head.mid(1).join(u' ').split(u';');
        QList<Utf16Range> fragments;
        QStringList slices;
        for (const QString &range : ranges) {
            const QStringList ends = range.split(u' ', Qt::SkipEmptyParts);
            bool startOk = false, endOk = false;
            const qint64 start = ends.value(0).toLongLong(&startOk), end = ends.value(1).toLongLong(&endOk);
            if (ends.size() != 2 || !startOk || !endOk)
                return QStringLiteral("'%1' is no 'start end' offset pair").arg(range);
            const auto fragment = utf16Range(start, end, m_index);
            if (!fragment)
                return fragment.error();
            if (!fragments.isEmpty() && fragment->start < fragments.constLast().end)
                return QStringLiteral("fragments must come in text order without overlapping");
            fragments.append(*fragment);
            slices.append(m_text.mid(fragment->start, fragment->end - fragment->start));
        }
        if (text != slices.join(u' '))
            return QStringLiteral("the text '%1' differs from the .txt at those offsets ('%2')").arg(text, slices.join(u' '));
        for (int f = 1; f < fragments.size(); ++f) {
            const QStringView gap = QStringView(m_text).mid(fragments[f - 1].end, fragments[f].start - fragments[f - 1].end);
            if (!gap.trimmed().isEmpty())
                return QStringLiteral("fragments with text between them ('%1'): a Galley span is one stretch of "
                                      "text").arg(gap.toString());
        }
        m_spanIndex.insert(id, int(m_set.spans.size()));
        m_set.spans.append(importedSpan(id, head[0], fragments.constFirst().start, fragments.constLast().end, m_text));
        return std::nullopt;
    }

    std::optional<QString> readRelation(const QString &id, const QStringList &head)
    {
        if (head.size() != 3 || !head[1].startsWith("Arg1:"_L1) || !head[2].startsWith("Arg2:"_L1))
            return QStringLiteral("a relation is 'TYPE Arg1:T1 Arg2:T2'");
        const QString arg1 = head[1].mid(5), arg2 = head[2].mid(5);
        if (!m_spanIndex.contains(arg1) || !m_spanIndex.contains(arg2))
            return QStringLiteral("the relation names a span that is not in the file");
        m_relationIndex.insert(id, int(m_relations.size()));
        IndexedRelation entry;
        entry.relation.id = id;
        entry.relation.type = head[0];
        entry.relation.status = ReviewStatus::Added;
        m_relations.append(std::move(entry));
        m_relationEnds.append({arg1, arg2});
        return std::nullopt;
    }

    std::optional<QString> readNote(const QStringList &head, const QString &text)
    {
        if (head.size() != 2)
            return QStringLiteral("a note is 'AnnotatorNotes ID'");
        const QString &target = head[1];
        const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8());
        const bool galley = json.isObject() && json.object().contains("id"_L1);
        if (m_spanIndex.contains(target)) {
            Span &span = m_set.spans[m_spanIndex[target]];
            if (!galley) {
                const QString earlier = span.attributes.value(QStringLiteral("note")).toString();
                span.attributes.insert(QStringLiteral("note"), earlier.isEmpty() ? text : earlier + u'\n' + text);
                return std::nullopt;
            }
            return readSpanNote(span, json.object());
        }
        if (m_relationIndex.contains(target)) {
            IndexedRelation &entry = m_relations[m_relationIndex[target]];
            if (!galley)
                return QStringLiteral("a note on a relation must be Galley's JSON (a relation has no attributes)");
            return readRelationFields(json.object(), entry.relation, entry.index);
        }
        return QStringLiteral("the note is about '%1', which is not in the file").arg(target);
    }

    std::optional<QString> readSpanNote(Span &span, const QJsonObject &note)
    {
        m_galleyNotes = true;
        if (note.contains("range"_L1)) {
            const QJsonArray range = note.value("range"_L1).toArray();
            const auto extent = utf16Range(range.at(0), range.at(1), m_index);
            if (!extent)
                return QStringLiteral("range: ") + extent.error();
            const ReviewStatus status = span.status;
            span = importedSpan(span.id, span.label, extent->start, extent->end, m_text);
            span.status = status;
        }
        const QVariantMap fromAttributeLines = span.attributes;
        if (auto problem = readSpanFields(note, span))
            return problem;
        span.attributes.insert(fromAttributeLines);
        for (const QJsonValue &value : note.value("relations"_L1).toArray()) {
            IndexedRelation entry;
            if (auto problem = readRelationJson(value.toObject(), entry.relation, entry.index))
                return problem;
            m_noteRelations.append(std::move(entry));
        }
        for (const QJsonValue &value : note.value("clusters"_L1).toArray()) {
            const QJsonObject cluster = value.toObject();
            m_noteClusters.append({cluster.value("n"_L1).toInt(),
                                   Cluster{cluster.value("id"_L1).toString(), cluster.value("label"_L1).toString(),
                                           cluster.value("canonical"_L1).toString()}});
        }
        return std::nullopt;
    }

    std::optional<QString> readAttribute(const QStringList &head)
    {
        if (head.size() < 2 || head.size() > 3 || !m_spanIndex.contains(head[1]))
            return QStringLiteral("an attribute is 'NAME T1 [VALUE]' on a span of the file");
        Span &span = m_set.spans[m_spanIndex[head[1]]];
        if (head[0] == kBratStatusAttribute) {
            const auto status = reviewStatusFromName(head.value(2));
            if (!status)
                return QStringLiteral("unknown status '%1' (pending, accepted, rejected, edited or added)").arg(head.value(2));
            span.status = *status;
        } else if (head.size() == 3) {
            span.attributes.insert(head[0], head[2]);
        } else {
            span.attributes.insert(head[0], true);
        }
        return std::nullopt;
    }

    std::optional<QString> readNormalization(const QStringList &head)
    {
        // "Reference T1 Wikipedia:534366": the database names the attribute.
        if (head.size() != 3 || !m_spanIndex.contains(head[1]) || !head[2].contains(u':'))
            return QStringLiteral("a normalization is 'Reference T1 DATABASE:ID'");
        const qsizetype colon = head[2].indexOf(u':');
        m_set.spans[m_spanIndex[head[1]]].attributes.insert(head[2].left(colon), head[2].mid(colon + 1));
        return std::nullopt;
    }

    std::optional<QString> readEquiv(const QStringList &head)
    {
        if (head.size() < 3 || head[0] != "Equiv"_L1)
            return QStringLiteral("an equivalence is 'Equiv T1 T2 …'");
        for (const QString &member : head.mid(1)) {
            if (!m_spanIndex.contains(member))
                return QStringLiteral("the equivalence names '%1', which is not in the file").arg(member);
        }
        m_equivalences.append(head.mid(1));
        return std::nullopt;
    }

    QString spanIdOf(const QString &bratId) const { return m_set.spans[m_spanIndex[bratId]].id; }

    Expected<AnnotationSet, Failure> finish()
    {
        for (int i = 0; i < m_relations.size(); ++i) {
            m_relations[i].relation.from = spanIdOf(m_relationEnds[i].first);
            m_relations[i].relation.to = spanIdOf(m_relationEnds[i].second);
        }
        QList<IndexedRelation> relations = m_relations + m_noteRelations;
        if (m_galleyNotes) {
            // Galley wrote the file: its notes hold the clusters; Equiv lines only draw them.
            std::stable_sort(m_noteClusters.begin(), m_noteClusters.end(),
                             [](const auto &a, const auto &b) { return a.first < b.first; });
            for (const auto &[index, cluster] : m_noteClusters)
                m_set.clusters.append(cluster);
        } else {
            for (const QStringList &members : m_equivalences) {
                const Span &first = m_set.spans[m_spanIndex[members.first()]];
                Cluster cluster{QStringLiteral("c%1").arg(m_set.clusters.size() + 1), first.label, first.text};
                for (const QString &member : members) {
                    Relation link;
                    link.id = QStringLiteral("r%1").arg(relations.size() + 1);
                    link.type = QStringLiteral("cluster");
                    link.from = spanIdOf(member);
                    link.to = cluster.id;
                    link.status = ReviewStatus::Added;
                    relations.append({-1, link});
                }
                m_set.clusters.append(std::move(cluster));
            }
        }
        m_set.relations = inSetOrder(std::move(relations));
        return m_set;
    }

    const QString &m_text;
    const CodePointIndex m_index;
    QStringList m_lines;
    AnnotationSet m_set;
    QHash<QString, int> m_spanIndex;      // T id → index into m_set.spans
    QHash<QString, int> m_relationIndex;  // R id → index into m_relations
    QList<IndexedRelation> m_relations;
    QList<std::pair<QString, QString>> m_relationEnds;
    QList<IndexedRelation> m_noteRelations;
    QList<std::pair<int, Cluster>> m_noteClusters;
    QList<QStringList> m_equivalences;
    bool m_galleyNotes = false;
};

const FormatFile *fileEndingIn(const FormatFiles &files, QLatin1StringView suffix)
{
    for (const FormatFile &file : files) {
        if (file.name.endsWith(suffix))
            return &file;
    }
    return nullptr;
}

} // namespace

Expected<QList<AnnotationSet>, FormatError> readBrat(const FormatFiles &files)
{
    const FormatFile *ann = fileEndingIn(files, ".ann"_L1);
    const FormatFile *txt = fileEndingIn(files, ".txt"_L1);
    if (!ann || !txt)
        return FormatError{files.constFirst().name, 0, QStringLiteral("brat needs both the .txt and the .ann file")};
    const QString text = QString::fromUtf8(txt->content);
    auto set = AnnReader(text, QString::fromUtf8(ann->content)).read();
    if (!set)
        return FormatError{ann->name, set.error().line, set.error().problem};
    return QList<AnnotationSet>{std::move(*set)};
}

} // namespace galley
