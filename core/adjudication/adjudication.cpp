#include "adjudication/adjudication.h"

#include "text/code_point_index.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace galley {

namespace {

QString spanKey(const Span &span, const CodePointIndex &index)
{
    return QStringLiteral("%1 %2-%3").arg(span.label).arg(index.toCodePoints(span.start)).arg(index.toCodePoints(span.end));
}

// What a reviewer decides about a span besides where it is: not the detectors' own figures.
QVariantMap reviewedAttributes(const Span &span)
{
    QVariantMap attributes = span.attributes;
    attributes.remove(QStringLiteral("confidence"));
    attributes.remove(QStringLiteral("model_label"));
    attributes.remove(QStringLiteral("note"));   // a reviewer's comment, not what the span is
    return attributes;
}

QString valueText(const QVariant &value)
{
    if (!value.isValid())
        return QStringLiteral("none");
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 15);
    return value.toString();
}

struct Version
{
    Span span;
    QVariantMap attributes;
    QStringList reviewers;
    QString base;     // label and stretch: what links and entities refer to, whatever the version
    QString key;
    QString detail;
};

// Every reviewer's spans grouped by stretch and label, each group split by attributes.
class SpanVersions
{
public:
    explicit SpanVersions(const QList<AnnotationSet> &layers) : m_index(layers.first().text)
    {
        for (const AnnotationSet &layer : layers) {
            for (const Span &span : layer.spans) {
                if (span.status == ReviewStatus::Rejected)
                    continue;
                const QString base = spanKey(span, m_index);
                QList<Version> &versions = m_byBase[base];
                if (versions.isEmpty())
                    m_bases.append(base);
                const QVariantMap attributes = reviewedAttributes(span);
                auto version = std::find_if(versions.begin(), versions.end(),
                                            [&](const Version &v) { return v.attributes == attributes; });
                if (version == versions.end()) {
                    versions.append({span, attributes, {}, base, {}, {}});
                    version = versions.end() - 1;
                }
                if (!version->reviewers.contains(layer.reviewer))
                    version->reviewers.append(layer.reviewer);
                m_spanOf[{layer.reviewer, span.id}] = {base, int(version - versions.begin())};
            }
        }
        for (const QString &base : std::as_const(m_bases))
            nameVersions(base, m_byBase[base]);
    }

    const QStringList &bases() const { return m_bases; }
    const QList<Version> &versionsOf(const QString &base) const { return m_byBase.find(base).value(); }

    // Whether the reviewer has a span (not rejected) of the label on the stretch, in any version.
    bool hasStretch(const QString &reviewer, const QString &base) const
    {
        const auto versions = m_byBase.constFind(base);
        return versions != m_byBase.cend()
               && std::any_of(versions->cbegin(), versions->cend(),
                              [&reviewer](const Version &version) { return version.reviewers.contains(reviewer); });
    }

    // The version a reviewer's span is; null for a rejected or unknown span.
    const Version *versionOf(const QString &reviewer, const QString &spanId) const
    {
        const auto found = m_spanOf.constFind({reviewer, spanId});
        if (found == m_spanOf.cend())
            return nullptr;
        return &m_byBase.find(found->first).value().at(found->second);
    }

private:
    // One version keeps the stretch's key; several are told apart by the attributes they differ in.
    static void nameVersions(const QString &base, QList<Version> &versions)
    {
        if (versions.size() == 1) {
            versions.first().key = base;
            return;
        }
        QStringList differing;
        for (const Version &version : std::as_const(versions)) {
            for (const QString &name : version.attributes.keys()) {
                if (differing.contains(name))
                    continue;
                for (const Version &other : std::as_const(versions)) {
                    if (other.attributes.value(name) != version.attributes.value(name)) {
                        differing.append(name);
                        break;
                    }
                }
            }
        }
        differing.sort();
        for (Version &version : versions) {
            QStringList keyParts;
            QStringList detailParts;
            for (const QString &name : std::as_const(differing)) {
                const QString value = valueText(version.attributes.value(name));
                keyParts.append(name + u'=' + value);
                detailParts.append(name + QStringLiteral(": ") + value);
            }
            version.key = base + QStringLiteral(" [") + keyParts.join(QStringLiteral("; ")) + u']';
            version.detail = detailParts.join(QStringLiteral(", "));
        }
    }

    CodePointIndex m_index;
    QHash<QString, QList<Version>> m_byBase;
    QStringList m_bases;
    QHash<std::pair<QString, QString>, std::pair<QString, int>> m_spanOf;   // (reviewer, span id) → (base, version)
};

bool isClusterRelation(const Relation &relation)
{
    return relation.type == u"cluster";
}

bool byPosition(const Span &a, const Span &b)
{
    return std::pair(a.start, a.end) < std::pair(b.start, b.end);
}

// The mentions (by key) each reviewer put in each of their clusters, and those clusters.
struct ReviewerEntities
{
    QHash<QString, QString> clusterOfMention;   // mention key → cluster id
    QHash<QString, Cluster> clusters;
};

ReviewerEntities entitiesOf(const AnnotationSet &layer, const CodePointIndex &index)
{
    ReviewerEntities entities;
    for (const Cluster &cluster : layer.clusters)
        entities.clusters.insert(cluster.id, cluster);
    QHash<QString, const Span *> mentions;   // not rejected
    for (const Span &span : layer.spans) {
        if (span.status != ReviewStatus::Rejected)
            mentions.insert(span.id, &span);
    }
    for (const Relation &relation : layer.relations) {
        if (!isClusterRelation(relation) || relation.status == ReviewStatus::Rejected)
            continue;
        if (const Span *mention = mentions.value(relation.from))
            entities.clusterOfMention.insert(spanKey(*mention, index), relation.to);
    }
    return entities;
}

} // namespace

AdjudicationPlan planAdjudication(const QList<AnnotationSet> &layers)
{
    AdjudicationPlan plan;
    if (layers.isEmpty())
        return plan;
    const SpanVersions versions(layers);
    QList<AdjudicationConflict> conflicts;
    const auto missing = [&layers](const QStringList &reviewers) {
        QStringList without;
        for (const AnnotationSet &layer : layers) {
            if (!reviewers.contains(layer.reviewer))
                without.append(layer.reviewer);
        }
        return without;
    };
    for (const QString &base : versions.bases()) {
        for (const Version &version : versions.versionsOf(base)) {
            if (version.reviewers.size() == layers.size())
                plan.agreed.append({version.key, version.span});
            else
                conflicts.append({version.key, version.span, version.reviewers, missing(version.reviewers), version.detail,
                                  {}, {}, {}});
        }
    }
    std::stable_sort(plan.agreed.begin(), plan.agreed.end(),
                     [](const AgreedSpan &a, const AgreedSpan &b) { return byPosition(a.span, b.span); });

    struct Link
    {
        AgreedRelation relation;
        Span from;
        QString toText;
        QStringList reviewers;
    };
    QMap<QString, Link> links;
    QStringList linksInOrder;
    for (const AnnotationSet &layer : layers) {
        for (const Relation &relation : layer.relations) {
            if (isClusterRelation(relation) || relation.status == ReviewStatus::Rejected)
                continue;
            const Version *from = versions.versionOf(layer.reviewer, relation.from);
            const Version *to = versions.versionOf(layer.reviewer, relation.to);
            if (!from || !to)
                continue;
            // A link joins stretches: "cue QUOTE 1-7 -> CUE 9-13" whichever kind each reviewer gave the quote.
            const QString key = relation.type + u' ' + from->base + QStringLiteral(" -> ") + to->base;
            auto link = links.find(key);
            if (link == links.end()) {
                link = links.insert(key, {{relation.type, from->base, to->base}, from->span, to->span.text, {}});
                linksInOrder.append(key);
            }
            if (!link->reviewers.contains(layer.reviewer))
                link->reviewers.append(layer.reviewer);
        }
    }
    // A link is in conflict only where a reviewer has both its ends and not the link: one without
    // the quote has nothing to say about its speaker (the quote's own conflict settles that).
    for (const QString &key : std::as_const(linksInOrder)) {
        const Link &link = links[key];
        QStringList without;
        for (const AnnotationSet &layer : layers) {
            if (!link.reviewers.contains(layer.reviewer) && versions.hasStretch(layer.reviewer, link.relation.fromKey)
                && versions.hasStretch(layer.reviewer, link.relation.toKey))
                without.append(layer.reviewer);
        }
        if (without.isEmpty()) {
            plan.agreedRelations.append(link.relation);
            continue;
        }
        conflicts.append({key, link.from, link.reviewers, without,
                          link.relation.type + QStringLiteral(" \u2192 \u201c") + link.toText + QStringLiteral("\u201d"),
                          link.relation.type, link.relation.fromKey, link.relation.toKey});
    }
    // Text order; at one place the span before the links that go from it.
    std::stable_sort(conflicts.begin(), conflicts.end(), [](const AdjudicationConflict &a, const AdjudicationConflict &b) {
        if (a.span.start != b.span.start || a.span.end != b.span.end)
            return byPosition(a.span, b.span);
        return a.relationType.isEmpty() && !b.relationType.isEmpty();
    });
    plan.conflicts = conflicts;
    return plan;
}

AnnotationSet adjudicatedLayer(const QList<AnnotationSet> &layers, const AdjudicationPlan &plan,
                               const QMap<QString, bool> &decisions, const QString &curator)
{
    AnnotationSet gold;
    if (layers.isEmpty())
        return gold;
    gold.sourcePath = layers.first().sourcePath;
    gold.record = layers.first().record;
    gold.contentHash = layers.first().contentHash;
    gold.text = layers.first().text;
    gold.reviewer = QStringLiteral("gold");
    gold.document = layers.first().document;
    gold.document.status = DocumentStatus::Adjudicated;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Provenance byCurator{{}, {}, curator};

    QList<AgreedSpan> chosen = plan.agreed;
    QList<AgreedRelation> links = plan.agreedRelations;
    for (const AdjudicationConflict &conflict : plan.conflicts) {
        if (!decisions.value(conflict.key, false))
            continue;
        if (conflict.relationType.isEmpty())
            chosen.append({conflict.key, conflict.span});
        else
            links.append({conflict.relationType, conflict.fromKey, conflict.toKey});
    }
    std::stable_sort(chosen.begin(), chosen.end(),
                     [](const AgreedSpan &a, const AgreedSpan &b) { return byPosition(a.span, b.span); });
    // Links and entities refer to stretches ("QUOTE 1-7"), which two accepted versions may share.
    const CodePointIndex index(gold.text);
    QStringList baseOf;
    QMultiHash<QString, QString> goldIdsOfBase;
    for (const AgreedSpan &kept : std::as_const(chosen)) {
        Span span = kept.span;
        span.id = QStringLiteral("s%1").arg(gold.spans.size() + 1);
        span.status = ReviewStatus::Accepted;
        span.provenance = byCurator;
        span.modified = now;
        baseOf.append(spanKey(span, index));
        goldIdsOfBase.insert(baseOf.last(), span.id);
        gold.spans.append(span);
    }
    const auto addRelation = [&](const QString &type, const QString &from, const QString &to) {
        Relation relation;
        relation.id = QStringLiteral("r%1").arg(gold.relations.size() + 1);
        relation.type = type;
        relation.from = from;
        relation.to = to;
        relation.status = ReviewStatus::Accepted;
        relation.provenance = byCurator;
        relation.created = relation.modified = now;
        gold.relations.append(relation);
    };
    for (const AgreedRelation &link : std::as_const(links)) {
        for (const QString &from : goldIdsOfBase.values(link.fromKey)) {
            for (const QString &to : goldIdsOfBase.values(link.toKey))
                addRelation(link.type, from, to);
        }
    }

    // Entities: two gold mentions are one when every reviewer who has both put them in one.
    QList<ReviewerEntities> entities;
    for (const AnnotationSet &layer : layers)
        entities.append(entitiesOf(layer, index));
    QList<int> root(chosen.size());
    std::iota(root.begin(), root.end(), 0);
    const auto find = [&root](int i) {
        while (root[i] != i)
            i = root[i] = root[root[i]];
        return i;
    };
    QList<bool> inSomeEntity(chosen.size(), false);
    for (qsizetype a = 0; a < chosen.size(); ++a) {
        for (const ReviewerEntities &reviewer : std::as_const(entities))
            inSomeEntity[a] = inSomeEntity[a] || reviewer.clusterOfMention.contains(baseOf[a]);
    }
    for (qsizetype a = 0; a < chosen.size(); ++a) {
        for (qsizetype b = a + 1; b < chosen.size() && inSomeEntity[a]; ++b) {
            bool together = false;
            bool apart = false;
            for (const ReviewerEntities &reviewer : std::as_const(entities)) {
                const auto first = reviewer.clusterOfMention.constFind(baseOf[a]);
                const auto second = reviewer.clusterOfMention.constFind(baseOf[b]);
                if (first == reviewer.clusterOfMention.cend() || second == reviewer.clusterOfMention.cend())
                    continue;
                (*first == *second ? together : apart) = true;
            }
            if (together && !apart)
                root[find(int(b))] = find(int(a));
        }
    }
    QHash<int, QString> clusterOfRoot;
    for (qsizetype i = 0; i < chosen.size(); ++i) {
        if (!inSomeEntity[i])
            continue;
        const int group = find(int(i));
        if (!clusterOfRoot.contains(group)) {
            Cluster cluster;
            cluster.id = QStringLiteral("c%1").arg(gold.clusters.size() + 1);
            for (const ReviewerEntities &reviewer : std::as_const(entities)) {
                const auto clusterId = reviewer.clusterOfMention.constFind(baseOf[i]);
                if (clusterId != reviewer.clusterOfMention.cend() && reviewer.clusters.contains(*clusterId)) {
                    const Cluster &named = reviewer.clusters[*clusterId];
                    cluster.label = named.label;
                    cluster.canonical = named.canonical;
                    break;
                }
            }
            clusterOfRoot.insert(group, cluster.id);
            gold.clusters.append(cluster);
        }
        addRelation(QStringLiteral("cluster"), gold.spans[i].id, clusterOfRoot[group]);
    }
    return gold;
}

} // namespace galley
