#include "formats/brat_attributes.h"
#include "formats/brat_format.h"
#include "formats/galley_fields.h"
#include "text/code_point_index.h"
#include "formats/export_stem.h"


namespace galley {

namespace {

using namespace Qt::StringLiterals;

bool isLineBreak(QChar c) { return c == u'\n' || c == u'\r'; }

struct Fragment
{
    int start = 0;   // UTF-16
    int end = 0;
};

// brat draws a span line by line: the parts of [start, end) between line breaks.
QList<Fragment> fragmentsOf(QStringView text, int start, int end)
{
    QList<Fragment> fragments;
    int position = start;
    while (position < end) {
        while (position < end && isLineBreak(text[position]))
            ++position;
        int fragmentEnd = position;
        while (fragmentEnd < end && !isLineBreak(text[fragmentEnd]))
            ++fragmentEnd;
        if (fragmentEnd > position)
            fragments.append({position, fragmentEnd});
        position = fragmentEnd;
    }
    if (fragments.isEmpty())
        fragments.append({start, end});   // empty, or line breaks only: brat gets the range as it is
    return fragments;
}

class AnnWriter
{
public:
    explicit AnnWriter(const AnnotationSet &set) : m_set(set), m_index(set.text) {}

    QByteArray write(QStringList &warnings)
    {
        for (int i = 0; i < m_set.spans.size(); ++i)
            m_bratIdOf.insert(m_set.spans[i].id, QStringLiteral("T%1").arg(i + 1));
        collectClusterLinks(warnings);
        for (int i = 0; i < m_set.spans.size(); ++i)
            writeSpan(m_set.spans[i], QStringLiteral("T%1").arg(i + 1));
        int relationNumber = 0;
        for (int i = 0; i < m_set.relations.size(); ++i) {
            const Relation &relation = m_set.relations[i];
            if (!m_bratIdOf.contains(relation.from) || !m_bratIdOf.contains(relation.to))
                continue;
            const QString id = QStringLiteral("R%1").arg(++relationNumber);
            m_ann += QString(id + u'\t' + relation.type + " Arg1:"_L1 + m_bratIdOf[relation.from] + " Arg2:"_L1
                             + m_bratIdOf[relation.to] + u'\n').toUtf8();
            startNote(id);
            JsonObjectWriter note(m_ann);
            writeRelationFields(note, relation, i);
            note.close();
            m_ann += '\n';
        }
        writeEquivLines();
        if (m_set.document != DocumentFields{} || !m_set.sourcePath.isEmpty() || !m_set.reviewer.isEmpty())
            warnings.append(QStringLiteral("brat has no place for document fields, source or reviewer: left out"));
        return m_ann;
    }

private:
    // Links from a mention to its cluster travel in the mention's note, with the cluster itself
    // in its first mention's note.
    void collectClusterLinks(QStringList &warnings)
    {
        QHash<QString, int> clusterIndex;
        for (int c = 0; c < m_set.clusters.size(); ++c)
            clusterIndex.insert(m_set.clusters[c].id, c);
        QSet<QString> described;
        for (int i = 0; i < m_set.relations.size(); ++i) {
            const Relation &relation = m_set.relations[i];
            if (m_bratIdOf.contains(relation.from) && m_bratIdOf.contains(relation.to))
                continue;
            if (!m_bratIdOf.contains(relation.from)) {
                warnings.append(QStringLiteral("relation %1 starts at no span: left out").arg(relation.id));
                continue;
            }
            m_linksFrom[relation.from].append(i);
            if (!clusterIndex.contains(relation.to))
                continue;
            m_members[relation.to].append(m_bratIdOf[relation.from]);
            if (!described.contains(relation.to)) {
                described.insert(relation.to);
                m_clustersDescribedBy[relation.from].append(clusterIndex[relation.to]);
            }
        }
        for (const Cluster &cluster : m_set.clusters) {
            if (!described.contains(cluster.id))
                warnings.append(QStringLiteral("cluster %1 has no mention to carry it in brat: left out").arg(cluster.id));
        }
    }

    void writeSpan(const Span &span, const QString &id)
    {
        const QList<Fragment> fragments = fragmentsOf(m_set.text, span.start, span.end);
        QString line = id + u'\t' + span.label;
        for (qsizetype f = 0; f < fragments.size(); ++f)
            line += (f == 0 ? u' ' : u';') + QString::number(m_index.toCodePoints(fragments[f].start)) + u' '
                    + QString::number(m_index.toCodePoints(fragments[f].end));
        for (qsizetype f = 0; f < fragments.size(); ++f)
            line += (f == 0 ? u'\t' : u' ') + QStringView(m_set.text).mid(fragments[f].start, fragments[f].end - fragments[f].start);
        line += u'\n';
        line += QStringLiteral("A%1\t").arg(++m_attributeNumber) + kBratStatusAttribute + u' ' + id + u' '
                + reviewStatusName(span.status) + u'\n';

        QVariantMap noteAttributes;
        for (auto it = span.attributes.cbegin(); it != span.attributes.cend(); ++it) {
            if (!isBratAttribute(it.key(), it.value())) {
                noteAttributes.insert(it.key(), it.value());
                continue;
            }
            line += QStringLiteral("A%1\t").arg(++m_attributeNumber) + it.key() + u' ' + id;
            if (it.value().typeId() != QMetaType::Bool)
                line += u' ' + it.value().toString();
            line += u'\n';
        }
        m_ann += line.toUtf8();

        // The reviewer's comment as a note of its own, which brat shows as written; one of several
        // lines stays in Galley's note, as an .ann note holds one line.
        const QString comment = noteAttributes.value(QStringLiteral("note")).toString();
        const bool plainComment = !comment.isEmpty() && !comment.contains(u'\n') && !comment.contains(u'\r')
                                  && !comment.startsWith(QStringLiteral("{\"id\":"));
        if (plainComment)
            noteAttributes.remove(QStringLiteral("note"));
        startNote(id);
        JsonObjectWriter note(m_ann);
        writeSpanFields(note, span, m_set.text, noteAttributes, false);
        if (fragments.constFirst().start != span.start || fragments.constLast().end != span.end)
            note.key("range") += '[' + QByteArray::number(m_index.toCodePoints(span.start)) + ','
                                 + QByteArray::number(m_index.toCodePoints(span.end)) + ']';
        if (const auto links = m_linksFrom.constFind(span.id); links != m_linksFrom.cend()) {
            QByteArray &relations = note.key("relations");
            relations += '[';
            for (qsizetype l = 0; l < links->size(); ++l) {
                if (l > 0)
                    relations += ',';
                appendRelationJson(relations, m_set.relations[links->at(l)], links->at(l));
            }
            relations += ']';
        }
        if (const auto clusters = m_clustersDescribedBy.constFind(span.id); clusters != m_clustersDescribedBy.cend()) {
            QByteArray &out = note.key("clusters");
            out += '[';
            for (qsizetype c = 0; c < clusters->size(); ++c) {
                if (c > 0)
                    out += ',';
                const Cluster &cluster = m_set.clusters[clusters->at(c)];
                JsonObjectWriter object(out);
                object.string("id", cluster.id);
                object.string("label", cluster.label);
                object.string("canonical", cluster.canonical);
                object.number("n", clusters->at(c));
                object.close();
            }
            out += ']';
        }
        note.close();
        m_ann += '\n';
        if (plainComment) {
            startNote(id);
            m_ann += comment.toUtf8() + '\n';
        }
    }

    void startNote(const QString &target)
    {
        m_ann += '#' + QByteArray::number(++m_noteNumber) + "\tAnnotatorNotes " + target.toUtf8() + '\t';
    }

    void writeEquivLines()
    {
        for (const Cluster &cluster : m_set.clusters) {
            const QStringList members = m_members.value(cluster.id);
            if (members.size() >= 2)
                m_ann += "*\tEquiv " + members.join(u' ').toUtf8() + '\n';
        }
    }

    const AnnotationSet &m_set;
    const CodePointIndex m_index;
    QHash<QString, QString> m_bratIdOf;                 // span id → T id
    QHash<QString, QList<int>> m_linksFrom;             // span id → relations to clusters, by index
    QHash<QString, QList<int>> m_clustersDescribedBy;   // span id → clusters its note describes
    QHash<QString, QStringList> m_members;              // cluster id → T ids of its mentions
    QByteArray m_ann;
    int m_attributeNumber = 0;
    int m_noteNumber = 0;
};

} // namespace

ExportResult writeBrat(const QList<AnnotationSet> &sets, const QString &stem)
{
    ExportResult result;
    for (int i = 0; i < sets.size(); ++i) {
        const QString name = documentStem(stem, sets, i);
        result.files.append({name + QStringLiteral(".txt"), sets[i].text.toUtf8()});
        result.files.append({name + QStringLiteral(".ann"), AnnWriter(sets[i]).write(result.warnings)});
    }
    result.files.append({QStringLiteral("annotation.conf"), bratAnnotationConf(sets)});
    return result;
}

} // namespace galley
