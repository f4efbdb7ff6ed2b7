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
Expected<Item, JsonProblem> itemFromJson(JsonPullParser &parser, const QStringList &pointer, const CodePointIndex &index)
{
    if constexpr (std::is_same_v<Item, Span>)
        return spanFromJson(parser, pointer, index);
    else if constexpr (std::is_same_v<Item, Relation>)
        return relationFromJson(parser, pointer);
    else
        return clusterFromJson(parser, pointer);
}

// The members of an edit line, read in any order: "item" decides how "before" and "after"
// are read, so those are kept as raw JSON until the end.
struct EditMembers
{
    QString item;
    qsizetype itemOffset = 0;
    std::optional<qsizetype> position;
    QByteArrayView before;
    QByteArrayView after;
    qsizetype beforeOffset = 0;
    qsizetype afterOffset = 0;
};

template<typename Item>
std::optional<Item> readOptionalItem(QByteArrayView raw, qsizetype offset, const QString &key, const CodePointIndex &index)
{
    if (raw.isEmpty() || raw == "null")
        return std::nullopt;
    JsonPullParser parser(raw);
    Expected<Item, JsonProblem> item = itemFromJson<Item>(parser, {key}, index);
    if (!item) {
        JsonProblem problem = item.error();
        problem.offset = problem.offset < 0 ? offset : offset + problem.offset;
        throw problem;
    }
    return std::move(item).value();
}

template<typename Item>
AnnotationEdit itemChange(const EditMembers &members, const CodePointIndex &index)
{
    ItemChange<Item> change;
    change.before = readOptionalItem<Item>(members.before, members.beforeOffset, u"before"_s, index);
    change.after = readOptionalItem<Item>(members.after, members.afterOffset, u"after"_s, index);
    if (!change.before && !change.after)
        throw JsonProblem{{}, u"an edit needs \"before\", \"after\" or both"_s, 0};
    change.position = int(members.position.value_or(-1));
    return change;
}

DocumentFields documentFields(QByteArrayView raw, qsizetype offset, const QString &key)
{
    JsonPullParser parser(raw.isEmpty() ? QByteArrayView("null") : raw);
    Expected<DocumentFields, JsonProblem> fields = documentFieldsFromJson(parser, {key});
    if (!fields) {
        JsonProblem problem = fields.error();
        problem.offset = offset + qMax<qsizetype>(0, problem.offset);
        throw problem;
    }
    return std::move(fields).value();
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

Expected<AnnotationEdit, JsonProblem> editFromJson(QByteArrayView json, const CodePointIndex &index)
{
    return readJson<AnnotationEdit>([&]() -> AnnotationEdit {
        JsonPullParser parser(json);
        JsonObjectReader object(parser, {});
        EditMembers members;
        bool hasItem = false;
        while (object.next()) {
            if (object.is("item")) {
                members.itemOffset = object.valueOffset();
                members.item = object.string();
                hasItem = true;
            } else if (object.is("position")) {
                members.position = object.integer(-1, std::numeric_limits<int>::max());
            } else if (object.is("before")) {
                members.beforeOffset = object.valueOffset();
                members.before = parser.readRawValue();
            } else if (object.is("after")) {
                members.afterOffset = object.valueOffset();
                members.after = parser.readRawValue();
            } else {
                object.skip();
            }
        }
        parser.expectEnd();
        object.requireAll({{"item", hasItem}});
        if (members.item == "span"_L1)
            return itemChange<Span>(members, index);
        if (members.item == "relation"_L1)
            return itemChange<Relation>(members, index);
        if (members.item == "cluster"_L1)
            return itemChange<Cluster>(members, index);
        if (members.item == "document"_L1)
            return DocumentFieldsChange{documentFields(members.before, members.beforeOffset, u"before"_s),
                                        documentFields(members.after, members.afterOffset, u"after"_s)};
        throw JsonProblem{{u"item"_s}, u"\"%1\" is not one of span, relation, cluster or document"_s.arg(members.item),
                          members.itemOffset};
    });
}

} // namespace galley
