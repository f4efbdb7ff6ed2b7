#include "annotation/annotation_set.h"

#include <array>
#include <utility>

namespace galley {

namespace {

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, QLatin1StringView>, N> &table, Enum value)
{
    for (const auto &[entry, name] : table) {
        if (entry == value)
            return name;
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, QLatin1StringView>, N> &table, QStringView name)
{
    for (const auto &[entry, entryName] : table) {
        if (name == entryName)
            return entry;
    }
    return std::nullopt;
}

using namespace Qt::StringLiterals;

const std::array<std::pair<ReviewStatus, QLatin1StringView>, 5> kReviewStatusNames{{
    {ReviewStatus::Pending, "pending"_L1},
    {ReviewStatus::Accepted, "accepted"_L1},
    {ReviewStatus::Rejected, "rejected"_L1},
    {ReviewStatus::Edited, "edited"_L1},
    {ReviewStatus::Added, "added"_L1},
}};

const std::array<std::pair<AnchorState, QLatin1StringView>, 4> kAnchorStateNames{{
    {AnchorState::Anchored, "anchored"_L1},
    {AnchorState::Moved, "moved"_L1},
    {AnchorState::Fuzzy, "fuzzy"_L1},
    {AnchorState::Orphaned, "orphaned"_L1},
}};

const std::array<std::pair<DocumentStatus, QLatin1StringView>, 4> kDocumentStatusNames{{
    {DocumentStatus::NotStarted, "not-started"_L1},
    {DocumentStatus::InProgress, "in-progress"_L1},
    {DocumentStatus::Done, "done"_L1},
    {DocumentStatus::Adjudicated, "adjudicated"_L1},
}};

} // namespace

QString reviewStatusName(ReviewStatus status) { return nameOf(kReviewStatusNames, status); }
std::optional<ReviewStatus> reviewStatusFromName(QStringView name) { return valueOf(kReviewStatusNames, name); }
QString anchorStateName(AnchorState state) { return nameOf(kAnchorStateNames, state); }
std::optional<AnchorState> anchorStateFromName(QStringView name) { return valueOf(kAnchorStateNames, name); }
QString documentStatusName(DocumentStatus status) { return nameOf(kDocumentStatusNames, status); }
std::optional<DocumentStatus> documentStatusFromName(QStringView name) { return valueOf(kDocumentStatusNames, name); }

} // namespace galley
