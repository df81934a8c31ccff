#pragma once

#include <orrery/date.h>
#include <orrery/extensions.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace orrery {

enum class Verdict { Accepted, Rejected };

std::string_view toString(Verdict verdict);
std::optional<Verdict> verdictFromString(std::string_view text);

/// The contribution a review looked at: which agency sent it and what it was based on.
struct ReviewedContribution {
    std::string agency;
    std::string title;
    std::string edition;
    /// Content fingerprint of the contribution's canonical form.
    std::string fingerprint;
    Extensions extensions;

    friend bool operator==(const ReviewedContribution&, const ReviewedContribution&) = default;
};

/// What the coordinator decided about one proposed change.
struct ReviewDecision {
    /// The change, e.g. "mission/em2/start"; stable across tools.
    std::string subject;
    Verdict verdict = Verdict::Accepted;
    std::string comment;
    Extensions extensions;

    friend bool operator==(const ReviewDecision&, const ReviewDecision&) = default;
};

/// The record of one review of a contribution, kept in the roadmap so that every change
/// can be traced to who accepted it and why.
struct Review {
    std::string reviewer;
    Date date;
    ReviewedContribution contribution;
    std::string summary;
    std::vector<ReviewDecision> decisions;
    Extensions extensions;

    friend bool operator==(const Review&, const Review&) = default;
};

} // namespace orrery
