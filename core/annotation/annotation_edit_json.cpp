#include "annotation/annotation_edit_json.h"

#include "annotation/json_field_reader.h"

namespace galley {

using namespace Qt::StringLiterals;

namespace {

QJsonObject itemJson(const Span &span, const CodePointIndex &index) { return spanJson(span, index); }
QJsonObject itemJson(const Relation &relation, const CodePointIndex &) { return relationJson(relation); }
QJsonObject itemJson(const Cluster &cluster, const CodePointIndex &) { return clusterJson(cluster); }

template<typename Item>
Expected<Item, JsonProblem> itemFromJson(const QJsonValue &json, const CodePointIndex &index)
{
    if constexpr (std::is_same_v<Item, Span>)
        return spanFromJson(json, index);
    else if constexpr (std::is_same_v<Item, Relation>)
        return relationFromJson(json);
    else
        return clusterFromJson(json);
}

template<typename T>
T valueOrThrow(Expected<T, JsonProblem> result, const QString &key)
{
    if (!result)
        throw JsonProblem{QStringList{key} + result.error().pointer, result.error().problem};
    return std::move(result).value();
}

template<typename Item>
AnnotationEdit readItemChange(const JsonFieldReader &object, const CodePointIndex &index)
{
    ItemChange<Item> change;
    const auto readItem = [&](const QString &key) -> std::optional<Item> {
        const QJsonValue value = object.json().value(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        return valueOrThrow(itemFromJson<Item>(value, index), key);
    };
    change.before = readItem(u"before"_s);
    change.after = readItem(u"after"_s);
    if (!change.before && !change.after)
        object.failHere(u"an edit needs \"before\", \"after\" or both"_s);
    change.position = int(object.integer(u"position"_s, -1, std::numeric_limits<int>::max()));
    return change;
}

} // namespace

QJsonObject editJson(const AnnotationEdit &edit, const CodePointIndex &index)
{
    return std::visit(
        [&](const auto &change) -> QJsonObject {
            using Change = std::decay_t<decltype(change)>;
            if constexpr (std::is_same_v<Change, DocumentFieldsChange>) {
                return {{"item"_L1, "document"_L1},
                        {"before"_L1, documentFieldsJson(change.before)},
                        {"after"_L1, documentFieldsJson(change.after)}};
            } else {
                const QString item = std::is_same_v<Change, SpanChange> ? u"span"_s
                    : std::is_same_v<Change, RelationChange>            ? u"relation"_s
                                                                        : u"cluster"_s;
                QJsonObject json{{"item"_L1, item}, {"position"_L1, change.position}};
                if (change.before)
                    json.insert("before"_L1, itemJson(*change.before, index));
                if (change.after)
                    json.insert("after"_L1, itemJson(*change.after, index));
                return json;
            }
        },
        edit);
}

Expected<AnnotationEdit, JsonProblem> editFromJson(const QJsonValue &json, const CodePointIndex &index)
{
    return readJson<AnnotationEdit>([&]() -> AnnotationEdit {
        const JsonFieldReader object(json);
        const QString item = object.string(u"item"_s);
        if (item == "span"_L1)
            return readItemChange<Span>(object, index);
        if (item == "relation"_L1)
            return readItemChange<Relation>(object, index);
        if (item == "cluster"_L1)
            return readItemChange<Cluster>(object, index);
        if (item == "document"_L1)
            return DocumentFieldsChange{valueOrThrow(documentFieldsFromJson(object.json().value("before"_L1)), u"before"_s),
                                        valueOrThrow(documentFieldsFromJson(object.json().value("after"_L1)), u"after"_s)};
        object.fail(u"item"_s, u"\"%1\" is not one of span, relation, cluster or document"_s.arg(item));
    });
}

} // namespace galley
