#include "formats/brat_attributes.h"
#include "formats/brat_format.h"
#include "formats/galley_fields.h"
#include "text/code_point_index.h"

#include <QJsonArray>
#include <QJsonDocument>

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

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

class AnnWriter
{
public:
    explicit AnnWriter(const AnnotationSet &set) : m_set(set), m_index(set.text) {}

    QString write(QStringList &warnings)
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
            m_ann += id + u'\t' + relation.type + " Arg1:"_L1 + m_bratIdOf[relation.from] + " Arg2:"_L1
                     + m_bratIdOf[relation.to] + u'\n';
            writeNote(id, relationFields(relation, i));
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
        QSet<QString> described;
        QHash<QString, int> clusterIndex;
        for (int c = 0; c < m_set.clusters.size(); ++c)
            clusterIndex.insert(m_set.clusters[c].id, c);
        for (int i = 0; i < m_set.relations.size(); ++i) {
            const Relation &relation = m_set.relations[i];
            if (m_bratIdOf.contains(relation.from) && m_bratIdOf.contains(relation.to))
                continue;
            if (!m_bratIdOf.contains(relation.from)) {
                warnings.append(QStringLiteral("relation %1 starts at no span: left out").arg(relation.id));
                continue;
            }
            QJsonObject &note = m_extraNotes[relation.from];
            QJsonArray links = note.value("relations"_L1).toArray();
            links.append(relationAsJson(relation, i));
            note.insert("relations"_L1, links);
            if (clusterIndex.contains(relation.to) && !described.contains(relation.to)) {
                described.insert(relation.to);
                const int c = clusterIndex[relation.to];
                const Cluster &cluster = m_set.clusters[c];
                QJsonArray clusters = note.value("clusters"_L1).toArray();
                clusters.append(QJsonObject{{"id"_L1, cluster.id}, {"label"_L1, cluster.label},
                                            {"canonical"_L1, cluster.canonical}, {"n"_L1, c}});
                note.insert("clusters"_L1, clusters);
            }
            if (clusterIndex.contains(relation.to))
                m_members[relation.to].append(m_bratIdOf[relation.from]);
        }
        for (const Cluster &cluster : m_set.clusters) {
            if (!described.contains(cluster.id))
                warnings.append(QStringLiteral("cluster %1 has no mention to carry it in brat: left out").arg(cluster.id));
        }
    }

    void writeSpan(const Span &span, const QString &id)
    {
        const QList<Fragment> fragments = fragmentsOf(m_set.text, span.start, span.end);
        QStringList ranges, texts;
        for (const Fragment &fragment : fragments) {
            ranges.append(QStringLiteral("%1 %2").arg(m_index.toCodePoints(fragment.start))
                              .arg(m_index.toCodePoints(fragment.end)));
            texts.append(m_set.text.mid(fragment.start, fragment.end - fragment.start));
        }
        m_ann += id + u'\t' + span.label + u' ' + ranges.join(u';') + u'\t' + texts.join(u' ') + u'\n';
        m_ann += QStringLiteral("A%1\t").arg(++m_attributeNumber) + kBratStatusAttribute + u' ' + id + u' '
                 + reviewStatusName(span.status) + u'\n';

        QVariantMap noteAttributes;
        for (auto it = span.attributes.cbegin(); it != span.attributes.cend(); ++it) {
            if (!isBratAttribute(it.key(), it.value())) {
                noteAttributes.insert(it.key(), it.value());
                continue;
            }
            m_ann += QStringLiteral("A%1\t").arg(++m_attributeNumber) + it.key() + u' ' + id;
            if (it.value().typeId() != QMetaType::Bool)
                m_ann += u' ' + it.value().toString();
            m_ann += u'\n';
        }
        QJsonObject note = spanFields(span, m_set.text);
        note.remove("status"_L1);
        note.remove("attributes"_L1);
        if (!noteAttributes.isEmpty())
            note.insert("attributes"_L1, QJsonObject::fromVariantMap(noteAttributes));
        if (fragments.constFirst().start != span.start || fragments.constLast().end != span.end)
            note.insert("range"_L1, QJsonArray{m_index.toCodePoints(span.start), m_index.toCodePoints(span.end)});
        const QJsonObject extra = m_extraNotes.value(span.id);
        for (auto it = extra.begin(); it != extra.end(); ++it)
            note.insert(it.key(), it.value());
        writeNote(id, note);
    }

    void writeNote(const QString &target, const QJsonObject &note)
    {
        m_ann += QStringLiteral("#%1\tAnnotatorNotes ").arg(++m_noteNumber) + target + u'\t' + compactJson(note) + u'\n';
    }

    void writeEquivLines()
    {
        for (const Cluster &cluster : m_set.clusters) {
            const QStringList members = m_members.value(cluster.id);
            if (members.size() >= 2)
                m_ann += "*\tEquiv "_L1 + members.join(u' ') + u'\n';
        }
    }

    const AnnotationSet &m_set;
    const CodePointIndex m_index;
    QHash<QString, QString> m_bratIdOf;          // span id → T id
    QHash<QString, QJsonObject> m_extraNotes;    // span id → cluster links for its note
    QHash<QString, QStringList> m_members;       // cluster id → T ids of its mentions
    QString m_ann;
    int m_attributeNumber = 0;
    int m_noteNumber = 0;
};

} // namespace

ExportResult writeBrat(const QList<AnnotationSet> &sets, const QString &stem)
{
    ExportResult result;
    for (int i = 0; i < sets.size(); ++i) {
        const QString name = sets.size() == 1 ? stem : stem + u'-' + QString::number(i + 1);
        result.files.append({name + QStringLiteral(".txt"), sets[i].text.toUtf8()});
        result.files.append({name + QStringLiteral(".ann"), AnnWriter(sets[i]).write(result.warnings).toUtf8()});
    }
    result.files.append({QStringLiteral("annotation.conf"), bratAnnotationConf(sets)});
    return result;
}

} // namespace galley
