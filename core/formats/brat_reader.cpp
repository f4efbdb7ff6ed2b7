#include "formats/brat_attributes.h"
#include "formats/brat_format.h"
#include "formats/code_point_range.h"
#include "formats/galley_fields.h"
#include "formats/set_references.h"
#include "formats/utf8_check.h"

#include "util/json_pull_parser.h"
#include "util/utf8_text.h"

#include <QJsonObject>

namespace galley {

namespace {

using namespace Qt::StringLiterals;

struct Failure
{
    int line = 0;
    QString problem;
};

class AnnReader
{
public:
    AnnReader(const QString &text, const QString &ann) : m_text(text), m_ann(ann), m_index(text)
    {
        m_set.text = text;
    }

    Expected<AnnotationSet, Failure> read()
    {
        // T and R lines first, then notes, then the rest, so lines may refer to any annotation.
        struct Line
        {
            int number;
            QStringView text;
        };
        QList<Line> passes[3];
        int number = 0;
        for (QStringView line : QStringView(m_ann).split(u'\n')) {
            ++number;
            if (line.endsWith(u'\r'))
                line.chop(1);
            if (line.trimmed().isEmpty())
                continue;
            const QChar kind = line.front();
            passes[kind == u'T' || kind == u'R' ? 0 : kind == u'#' ? 1 : 2].append({number, line});
        }
        for (const QList<Line> &pass : passes) {
            for (const Line &line : pass) {
                if (auto problem = readLine(line.text))
                    return Failure{line.number, *problem};
            }
        }
        return finish();
    }

private:
    std::optional<QString> readLine(QStringView line)
    {
        const qsizetype firstTab = line.indexOf(u'\t');
        if (firstTab < 0)
            return QStringLiteral("a brat line is ID, tab, annotation");
        const QStringView id = line.first(firstTab);
        const qsizetype secondTab = line.indexOf(u'\t', firstTab + 1);
        const QStringView annotation = line.sliced(firstTab + 1, (secondTab < 0 ? line.size() : secondTab) - firstTab - 1);
        const QStringView text = secondTab < 0 ? QStringView() : line.sliced(secondTab + 1);
        const QStringList head = annotation.toString().split(u' ', Qt::SkipEmptyParts);
        if (head.isEmpty())
            return QStringLiteral("the annotation has no type");
        switch (id.front().unicode()) {
        case u'T': return readTextBound(id.toString(), head, text);
        case u'R': return readRelation(id.toString(), head);
        case u'#': return readNote(head, text);
        case u'A':
        case u'M': return readAttribute(head);
        case u'N': return readNormalization(head);
        case u'*': return readEquiv(head);
        case u'E': return QStringLiteral("events (E lines) have no place in Galley: spans, relations and attributes only");
        default: return QStringLiteral("unknown annotation '%1'").arg(id);
        }
    }

    std::optional<QString> readTextBound(const QString &id, const QStringList &head, QStringView text)
    {
        if (m_spanIndex.contains(id))
            return QStringLiteral("span id '%1' appears twice").arg(id);
        // "LABEL start end;start end"
        const QStringList ranges = head.mid(1).join(u' ').split(u';');
        QList<Utf16Range> fragments;
        for (const QString &range : ranges) {
            const QList<QStringView> ends = QStringView(range).split(u' ', Qt::SkipEmptyParts);
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
        }
        if (!matchesFragments(text, fragments)) {
            QStringList slices;
            for (const Utf16Range &fragment : fragments)
                slices.append(m_text.mid(fragment.start, fragment.end - fragment.start));
            return QStringLiteral("the text '%1' differs from the .txt at those offsets ('%2')").arg(text, slices.join(u' '));
        }
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
        if (m_relationIndex.contains(id))
            return QStringLiteral("relation id '%1' appears twice").arg(id);
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

    // brat's rule: a T line's text is its fragments of the .txt joined by single spaces.
    bool matchesFragments(QStringView text, const QList<Utf16Range> &fragments) const
    {
        qsizetype position = 0;
        for (qsizetype f = 0; f < fragments.size(); ++f) {
            if (f > 0 && (position >= text.size() || text[position++] != u' '))
                return false;
            const QStringView slice = QStringView(m_text).sliced(fragments[f].start, fragments[f].end - fragments[f].start);
            if (text.mid(position, slice.size()) != slice)
                return false;
            position += slice.size();
        }
        return position == text.size();
    }

    std::optional<QString> readNote(const QStringList &head, QStringView text)
    {
        if (head.size() != 2)
            return QStringLiteral("a note is 'AnnotatorNotes ID'");
        const QString &target = head[1];
        // Galley's notes are JSON objects that begin with the id; any other note is free text.
        const QByteArray bytes = text.toUtf8();
        const bool galley = bytes.startsWith("{\"id\":");
        if (m_spanIndex.contains(target)) {
            Span &span = m_set.spans[m_spanIndex[target]];
            if (!galley) {
                const QString earlier = span.attributes.value(QStringLiteral("note")).toString();
                span.attributes.insert(QStringLiteral("note"),
                                       earlier.isEmpty() ? text.toString() : QString(earlier + u'\n' + text));
                return std::nullopt;
            }
            return parsingNote(bytes, [&](JsonPullParser &parser) { return readSpanNote(span, parser); });
        }
        if (m_relationIndex.contains(target)) {
            IndexedRelation &entry = m_relations[m_relationIndex[target]];
            if (!galley)
                return QStringLiteral("a note on a relation must be Galley's JSON (a relation has no attributes)");
            return parsingNote(bytes, [&](JsonPullParser &parser) {
                return readRelationFields(parser, entry.relation, entry.index);
            });
        }
        return QStringLiteral("the note is about '%1', which is not in the file").arg(target);
    }

    template<typename Read>
    static std::optional<QString> parsingNote(const QByteArray &bytes, Read read)
    {
        JsonPullParser parser(bytes);
        try {
            return read(parser);
        } catch (const JsonSyntaxError &error) {
            return QStringLiteral("the note is no Galley JSON: %1 at byte %2").arg(error.problem).arg(error.offset);
        }
    }

    std::optional<QString> readSpanNote(Span &span, JsonPullParser &parser)
    {
        m_galleyNotes = true;
        // First what only brat notes hold: the exact range, links to clusters, the clusters.
        QVariantList range, relations, clusters;
        parser.beginObject();
        while (parser.nextMember()) {
            QVariantList *list = parser.key() == "range" ? &range : parser.key() == "relations" ? &relations
                               : parser.key() == "clusters" ? &clusters : nullptr;
            if (list)
                *list = parser.readVariant().toList();
            else
                parser.skipValue();
        }
        if (!range.isEmpty()) {
            const auto extent = utf16Range(range.value(0).toLongLong(), range.value(1).toLongLong(), m_index);
            if (range.size() != 2 || !extent)
                return QStringLiteral("range: ") + (extent ? QStringLiteral("two offsets expected") : extent.error());
            const ReviewStatus status = span.status;
            span = importedSpan(span.id, span.label, extent->start, extent->end, m_text);
            span.status = status;
        }
        const QVariantMap fromAttributeLines = span.attributes;
        parser.seek(0);
        if (auto problem = readSpanFields(parser, span))
            return problem;
        span.attributes.insert(fromAttributeLines);
        for (const QVariant &value : relations) {
            IndexedRelation entry;
            if (auto problem = readRelationJson(QJsonObject::fromVariantMap(value.toMap()), entry.relation, entry.index))
                return problem;
            m_noteRelations.append(std::move(entry));
        }
        for (const QVariant &value : clusters) {
            const QVariantMap cluster = value.toMap();
            m_noteClusters.append({cluster.value(QStringLiteral("n")).toInt(),
                                   Cluster{cluster.value(QStringLiteral("id")).toString(),
                                           cluster.value(QStringLiteral("label")).toString(),
                                           cluster.value(QStringLiteral("canonical")).toString()}});
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
    const QString &m_ann;
    const CodePointIndex m_index;
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
    for (const FormatFile *file : {txt, ann}) {
        if (auto problem = utf8Problem(*file))
            return *problem;
    }
    const QString text = utf8Text(txt->content);
    auto set = AnnReader(text, QString::fromUtf8(ann->content)).read();
    if (!set)
        return FormatError{ann->name, set.error().line, set.error().problem};
    // T and R lines are checked as they are read; this catches ids Galley's notes bring.
    if (auto problem = referenceProblem(*set))
        return FormatError{ann->name, 0, *problem};
    return QList<AnnotationSet>{std::move(*set)};
}

} // namespace galley
