#pragma once

#include <orrery/date.h>
#include <orrery/extensions.h>

#include <optional>
#include <string>

namespace orrery {

/// The roadmap a contribution was drafted from: enough to tell, when it comes back, whether
/// the coordinator's baseline is still that roadmap.
struct BaselineReference {
    std::string title;
    std::string edition;
    /// contentFingerprint() of the baseline when the contribution was drafted.
    std::string fingerprint;
    Extensions extensions;

    friend bool operator==(const BaselineReference&, const BaselineReference&) = default;
};

/// What makes a roadmap file a contribution: an agency's draft of its part of the roadmap,
/// made from a baseline and sent to the coordinator for review.
struct Contribution {
    /// The contributing agency (an agency id of the roadmap).
    std::string agency;
    BaselineReference baseline;
    std::string summary;
    std::optional<Date> date;
    Extensions extensions;

    friend bool operator==(const Contribution&, const Contribution&) = default;
};

} // namespace orrery
