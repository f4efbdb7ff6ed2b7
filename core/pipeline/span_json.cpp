#include "pipeline/span_json.h"

#include "extract/article_json.h"
#include "text/code_point_index.h"

#include <QHash>

namespace galley {

namespace {

bool isEntityLabel(const QString &label)
{
    return label == u"PER" || label == u"ORG" || label == u"LOC" || label == u"MISC";
}

const QLatin1StringView kNumberAttributes[] = {QLatin1StringView("value"), QLatin1StringView("unit"),
                                               QLatin1StringView("modifier"), QLatin1StringView("from"),
                                               QLatin1StringView("to"), QLatin1StringView("approximate"),
                                               QLatin1StringView("magnitude"), QLatin1StringView("si_value"),
                                               QLatin1StringView("si_unit"), QLatin1StringView("per")};

class SpanWriter final
{
public:
    explicit SpanWriter(const AnnotationSet &set) : m_index(set.text)
    {
        for (qsizetype i = 0; i < set.spans.size(); ++i)
            m_spans.insert(set.spans[i].id, &set.spans[i]);
        for (const Cluster &cluster : set.clusters)
            m_clusters.insert(cluster.id, &cluster);
        for (const Relation &relation : set.relations)
            m_relations.insert({relation.from, relation.type}, relation.to);
    }

    QJsonObject write(const Span &span) const
    {
        QJsonObject object = range(span);
        object.insert(QStringLiteral("id"), span.id);
        object.insert(QStringLiteral("label"), span.label);
        object.insert(QStringLiteral("status"), reviewStatusName(span.status));
        if (isEntityLabel(span.label) || span.label == u"SPEAKER")
            addCluster(object, span, QString());
        if (isEntityLabel(span.label))
            addConfidence(object, span);
        if (const QVariant modelLabel = span.attributes.value(QStringLiteral("model_label")); modelLabel.isValid())
            object.insert(QStringLiteral("model_label"), modelLabel.toString());
        if (span.label == u"SPEAKER")
            object.insert(QStringLiteral("reference"), span.attributes.value(QStringLiteral("reference")).toString());
        if (span.label == u"QUOTE") {
            object.insert(QStringLiteral("kind"), span.attributes.value(QStringLiteral("kind")).toString());
            addConfidence(object, span);
            const Span *cue = related(span, QStringLiteral("cue"));
            const Span *speaker = related(span, QStringLiteral("speaker"));
            object.insert(QStringLiteral("cue"), cue ? QJsonValue(range(*cue)) : QJsonValue());
            object.insert(QStringLiteral("speaker"), speaker ? QJsonValue(range(*speaker)) : QJsonValue());
            object.insert(QStringLiteral("speaker_canonical"), QJsonValue());
            object.insert(QStringLiteral("speaker_cluster"), QJsonValue());
            if (speaker)
                addCluster(object, *speaker, QStringLiteral("speaker_"));
        }
        for (QLatin1StringView name : kNumberAttributes) {
            const QVariant value = span.attributes.value(name);
            if (value.isValid())
                object.insert(name, QJsonValue::fromVariant(value));
        }
        return object;
    }

private:
    static void addConfidence(QJsonObject &object, const Span &span)
    {
        if (const QVariant confidence = span.attributes.value(QStringLiteral("confidence")); confidence.isValid())
            object.insert(QStringLiteral("confidence"), confidence.toDouble());
    }

    QJsonObject range(const Span &span) const
    {
        return {{QStringLiteral("start"), m_index.toCodePoints(span.start)},
                {QStringLiteral("end"), m_index.toCodePoints(span.end)},
                {QStringLiteral("text"), span.text}};
    }

    const Span *related(const Span &span, const QString &type) const
    {
        return m_spans.value(m_relations.value({span.id, type}), nullptr);
    }

    void addCluster(QJsonObject &object, const Span &span, const QString &prefix) const
    {
        const Cluster *cluster = m_clusters.value(m_relations.value({span.id, QStringLiteral("cluster")}), nullptr);
        if (!cluster)
            return;
        object.insert(prefix + QStringLiteral("cluster"), cluster->id);
        object.insert(prefix + QStringLiteral("canonical"), cluster->canonical);
    }

    CodePointIndex m_index;
    QHash<QString, const Span *> m_spans;
    QHash<QString, const Cluster *> m_clusters;
    QHash<std::pair<QString, QString>, QString> m_relations;   // (from, type) → to
};

} // namespace

QJsonArray spansToJson(const AnnotationSet &set)
{
    const SpanWriter writer(set);
    QJsonArray spans;
    for (const Span &span : set.spans)
        spans.append(writer.write(span));
    return spans;
}

QJsonObject annotatedArticleToJson(const Article &article, const AnnotationSet &set)
{
    QJsonObject object = articleToJson(article);
    object.insert(QStringLiteral("spans"), spansToJson(set));
    return object;
}

} // namespace galley
