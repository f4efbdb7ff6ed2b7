#include "annotation/annotation_edit_json.h"

#include "annotation/json_field_reader.h"
#include "util/json_text.h"

namespace galley {

using namespace Qt::StringLiterals;

namespace {

void appendItemJson(QByteArray &out, const Span &span, const CodePointIndex &index) { appendSpanJson(out, span, index); }
void appendItemJson(QByteArray &out, const Relation &relation, const CodePointIndex &) { appendRelationJson(out, relation); }
void appendItemJson(QByteArray &out, const Cluster &cluster, const CodePointIndex &) { appendClusterJson(out, cluster); }

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

QByteArray editJson(const AnnotationEdit &edit, const CodePointIndex &index)
{
    QByteArray out;
    JsonObjectWriter object(out);
    std::visit(
        [&](const auto &change) {
            using Change = std::decay_t<decltype(change)>;
            if constexpr (std::is_same_v<Change, DocumentFieldsChange>) {
                object.string("item", u"document");
                appendDocumentFieldsJson(object.key("before"), change.before);
                appendDocumentFieldsJson(object.key("after"), change.after);
            } else {
                object.string("item", std::is_same_v<Change, SpanChange> ? u"span"
                                      : std::is_same_v<Change, RelationChange> ? u"relation" : u"cluster");
                object.number("position", change.position);
                if (change.before)
                    appendItemJson(object.key("before"), *change.before, index);
                if (change.after)
                    appendItemJson(object.key("after"), *change.after, index);
            }
        },
        edit);
    object.close();
    return out;
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
