#include "formats/brat_attributes.h"
#include "formats/brat_format.h"

#include <map>
#include <set>

namespace galley {

namespace {

using namespace Qt::StringLiterals;

QString joined(const std::set<QString> &values, QChar separator)
{
    QStringList list(values.cbegin(), values.cend());
    return list.join(separator);
}

} // namespace

QByteArray bratAnnotationConf(const QList<AnnotationSet> &sets)
{
    std::set<QString> entities;
    std::map<QString, std::pair<std::set<QString>, std::set<QString>>> relations;   // type → arg1, arg2 labels
    std::map<QString, std::pair<std::set<QString>, std::set<QString>>> attributes;  // name → labels, values
    bool clusters = false;
    for (const AnnotationSet &set : sets) {
        QHash<QString, QString> labelOf;
        for (const Span &span : set.spans) {
            entities.insert(span.label);
            labelOf.insert(span.id, span.label);
            for (auto it = span.attributes.cbegin(); it != span.attributes.cend(); ++it) {
                if (!isBratAttribute(it.key(), it.value()))
                    continue;
                auto &attribute = attributes[it.key()];
                attribute.first.insert(span.label);
                if (it.value().typeId() != QMetaType::Bool)
                    attribute.second.insert(it.value().toString());
            }
        }
        for (const Relation &relation : set.relations) {
            if (labelOf.contains(relation.from) && labelOf.contains(relation.to)) {
                relations[relation.type].first.insert(labelOf[relation.from]);
                relations[relation.type].second.insert(labelOf[relation.to]);
            }
        }
        clusters = clusters || !set.clusters.isEmpty();
    }

    QString conf = "# Written by Galley from the labels, relations and attributes in use.\n[entities]\n"_L1;
    for (const QString &label : entities)
        conf += label + u'\n';
    conf += "\n[relations]\n"_L1;
    for (const auto &[type, args] : relations)
        conf += type + "\tArg1:"_L1 + joined(args.first, u'|') + ", Arg2:"_L1 + joined(args.second, u'|') + u'\n';
    if (clusters)
        conf += "Equiv\tArg1:<ENTITY>, Arg2:<ENTITY>, <REL-TYPE>:symmetric-transitive\n"_L1;
    // Galley's spans overlap and nest freely.
    conf += "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n"_L1;
    conf += "\n[events]\n\n[attributes]\n"_L1;
    conf += kBratStatusAttribute + "\tArg:<ENTITY>, Value:pending|accepted|rejected|edited|added\n"_L1;
    for (const auto &[name, use] : attributes) {
        conf += name + "\tArg:"_L1 + joined(use.first, u'|');
        if (!use.second.empty())
            conf += ", Value:"_L1 + joined(use.second, u'|');
        conf += u'\n';
    }
    return conf.toUtf8();
}

} // namespace galley
