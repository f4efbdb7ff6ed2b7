#include "edit_actions.h"

#include "annotation/span_review_edits.h"
#include "text/code_point_index.h"

#include <algorithm>
#include <functional>

using namespace galley;
using namespace Qt::StringLiterals;

namespace {

struct Action
{
    const char *name;
    const char *arguments;
    const char *summary;
    int minimum;
    int maximum;   // -1: any number
};

const Action kActions[] = {
    {"accept", "SPAN", "accept a span", 1, 1},
    {"reject", "SPAN", "reject a span", 1, 1},
    {"relabel", "SPAN LABEL", "give a span another label of the schema", 2, 2},
    {"relabel-entity", "C LABEL", "give cluster C and each of its names (not rejected) another entity label", 2, 2},
    {"resize", "SPAN START END", "move a span's ends", 3, 3},
    {"add", "LABEL START END", "add a span", 3, 3},
    {"split", "SPAN [AT]", "split a span at AT (default: the word start nearest its middle)", 1, 2},
    {"merge", "SPAN SPAN", "merge two adjacent or overlapping spans of one label", 2, 2},
    {"speaker", "QUOTE MENTION", "set a quote's speaker", 2, 2},
    {"cue", "QUOTE CUE|START END", "set a quote's cue: a CUE span, or a stretch of text (made a CUE span)", 2, 3},
    {"kind", "QUOTE KIND", "set a quote's kind (direct, partial, indirect)", 2, 2},
    {"set", "SPAN ATTR VALUE", "set an attribute (an empty VALUE removes it)", 3, 3},
    {"merge-clusters", "C1 C2", "the mentions of cluster C2 join C1; C2 is removed", 2, 2},
    {"split-cluster", "SPAN...", "move mentions of one cluster into a new cluster", 1, -1},
    {"rename-cluster", "C NAME", "rename a cluster's canonical name", 2, 2},
    {"notes", "TEXT", "set the reviewer's notes on the document (an empty TEXT clears them)", 1, 1},
    {"status", "STATUS", "set the document's review status: not-started, in-progress, done or adjudicated", 1, 1},
};

EditActionResult usage(const QString &message) { return {EditError{message}, true}; }

// A cluster named by its id ("c3") or by its canonical name, in any case ("marta lindqvist").
Expected<QString, EditError> clusterIdOf(const AnnotationSet &set, const QString &argument)
{
    const QString name = argument.simplified();
    for (const Cluster &cluster : set.clusters) {
        if (cluster.id == name)
            return cluster.id;
    }
    QStringList named;
    for (const Cluster &cluster : clustersNamed(set, name))
        named.append(cluster.id);
    if (named.size() == 1)
        return named.first();
    if (named.size() > 1)
        return EditError{u"“%1” names clusters %2: give one's id"_s.arg(argument, named.join(u", "_s))};
    return argument;   // the edit names the unknown cluster
}

// After a rename: the other clusters that now share the name, as they may be one entity.
QString sameNameNote(const AnnotationSet &set, const QString &clusterId, const QString &name)
{
    QStringList others;
    QString firstOther;
    for (const Cluster &cluster : clustersNamed(set, name)) {
        if (cluster.id == clusterId)
            continue;
        others.append(u"cluster %1 (%2) is called “%3”"_s.arg(cluster.id, cluster.label, cluster.canonical));
        if (firstOther.isEmpty())
            firstOther = cluster.id;
    }
    if (others.isEmpty())
        return {};
    return u"%1; if they are one entity, `merge-clusters %2 %3` joins them"_s.arg(others.join(u", "_s), clusterId,
                                                                                 firstOther);
}

// A code point offset of the text as a UTF-16 one, or nullopt when it is not one.
std::optional<int> offset(const CodePointIndex &index, const QString &argument)
{
    bool ok = false;
    const qlonglong value = argument.toLongLong(&ok);
    if (!ok || value < 0 || value > index.codePointLength())
        return std::nullopt;
    return int(index.toUtf16(value));
}

} // namespace

QString editActionsHelp()
{
    QString help;
    for (const Action &action : kActions)
        help += u"  %1 %2\n      %3\n"_s.arg(QLatin1StringView(action.name), QLatin1StringView(action.arguments),
                                             QLatin1StringView(action.summary));
    return help;
}

EditActionResult editsForAction(const AnnotationSet &set, const LabelSchema &schema, const QString &name,
                                const QStringList &args, const EditContext &context)
{
    const Action *action = nullptr;
    for (const Action &candidate : kActions) {
        if (name == QLatin1StringView(candidate.name))
            action = &candidate;
    }
    if (!action)
        return usage(u"unknown action '%1' (see --help)"_s.arg(name));
    if (args.size() < action->minimum || (action->maximum >= 0 && args.size() > action->maximum))
        return usage(u"%1 takes %2"_s.arg(name, QLatin1StringView(action->arguments)));

    const CodePointIndex index(set.text);
    const auto range = [&](qsizetype first) -> std::optional<std::pair<int, int>> {
        const auto start = offset(index, args[first]);
        const auto end = offset(index, args[first + 1]);
        if (!start || !end || *start > *end)
            return std::nullopt;
        return std::pair{*start, *end};
    };
    const QString rangeProblem = u"START and END are code point offsets into the text (0-%1), START <= END, not '%2' '%3'"_s;

    if (name == u"accept"_s || name == u"reject"_s)
        return {setSpanStatus(set, args[0], name == u"accept"_s ? ReviewStatus::Accepted : ReviewStatus::Rejected, context)};
    if (name == u"relabel"_s)
        return {relabelSpan(set, schema, args[0], args[1], context)};
    // C, C1 and C2 are a cluster's id or its canonical name.
    QStringList clusterArgs = args;
    if (name == u"relabel-entity"_s || name == u"merge-clusters"_s || name == u"rename-cluster"_s) {
        for (qsizetype i = 0; i < (name == u"merge-clusters"_s ? 2 : 1); ++i) {
            const auto id = clusterIdOf(set, args[i]);
            if (!id.ok())
                return {id.error()};
            clusterArgs[i] = id.value();
        }
    }
    if (name == u"relabel-entity"_s)
        return {relabelEntity(set, schema, clusterArgs[0], clusterArgs[1], context)};
    if (name == u"resize"_s || name == u"add"_s) {
        const auto stretch = range(1);
        if (!stretch)
            return usage(rangeProblem.arg(index.codePointLength()).arg(args[1], args[2]));
        return {name == u"add"_s ? addNewSpan(set, schema, args[0], stretch->first, stretch->second, context)
                                 : resizeSpan(set, args[0], stretch->first, stretch->second, context)};
    }
    if (name == u"split"_s) {
        std::optional<int> at;
        if (args.size() == 2) {
            at = offset(index, args[1]);
            if (!at)
                return usage(u"AT is a code point offset into the text (0-%1), not '%2'"_s.arg(index.codePointLength()).arg(args[1]));
        } else {
            const auto found = std::find_if(set.spans.cbegin(), set.spans.cend(),
                                            [&](const Span &span) { return span.id == args[0]; });
            if (found != set.spans.cend()) {
                at = splitPointOf(set.text, *found);
                if (!at)
                    return {EditError{u"span %1 is a single word: name where to split it"_s.arg(args[0])}};
            }
        }
        return {splitSpan(set, args[0], at.value_or(-1), context)};
    }
    if (name == u"merge"_s)
        return {mergeSpans(set, args[0], args[1], context)};
    if (name == u"speaker"_s)
        return {linkQuote(set, schema, u"speaker"_s, args[0], args[1], context)};
    if (name == u"cue"_s) {
        if (args.size() == 2)
            return {linkQuote(set, schema, u"cue"_s, args[0], args[1], context)};
        const auto stretch = range(1);
        if (!stretch)
            return usage(rangeProblem.arg(index.codePointLength()).arg(args[1], args[2]));
        return {setCueText(set, schema, args[0], stretch->first, stretch->second, context)};
    }
    if (name == u"kind"_s)
        return {setSpanAttributeText(set, schema, args[0], u"kind"_s, args[1], context)};
    if (name == u"set"_s)
        return {setSpanAttributeText(set, schema, args[0], args[1], args[2], context)};
    if (name == u"notes"_s)
        return {setDocumentNotes(set, args[0])};
    if (name == u"status"_s) {
        const auto status = documentStatusFromName(args[0]);
        if (!status)
            return usage(u"STATUS is not-started, in-progress, done or adjudicated, not '%1'"_s.arg(args[0]));
        return {setDocumentStatus(set, *status)};
    }
    if (name == u"merge-clusters"_s)
        return {mergeClusters(set, clusterArgs[0], clusterArgs[1], context)};
    if (name == u"split-cluster"_s)
        return {splitFromCluster(set, args, context)};
    return {renameClusterTo(set, clusterArgs[0], clusterArgs[1]), false,
            sameNameNote(set, clusterArgs[0], clusterArgs[1])};
}
