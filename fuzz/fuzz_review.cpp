// Diff and three-way merge of roadmaps taken from one input, split at record separator
// lines ("\n\x1e\n"): two texts (without a separator, the same text twice) are compared and
// merged both ways; a roadmap is identical to itself, and every merged roadmap writes out
// and loads again. Three texts are a base, ours and theirs merged as git's merge driver
// does: the conflicts recorded in the merged roadmap write out and load again, bring the
// three versions back, and once all are decided none is left.

#include "property.h"

#include <orrery/conflicts.h>
#include <orrery/diff.h>
#include <orrery/io/reader.h>
#include <orrery/io/writer.h>
#include <orrery/merge.h>

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using orrery::fuzz::require;

namespace {

constexpr std::string_view kSeparator = "\n\x1e\n";

void requireMergeWritesAndLoads(const orrery::Roadmap& base, const orrery::Roadmap& ours,
                                const orrery::Roadmap& theirs) {
    const auto result = orrery::mergeRoadmaps(base, ours, theirs);
    const auto reloaded = orrery::parseRoadmap(orrery::toCanonicalJson(result.merged), "merged");
    require(reloaded.has_value(), "a merged roadmap writes out and loads again");
    require(*reloaded == result.merged, "a merged roadmap loads as it was merged");
    for (const auto& item : result.items) {
        require(!(item.applied && item.pending()), "an applied change waits for nothing");
    }
}

void requireConflictsRecordAndResolve(const orrery::Roadmap& base, const orrery::Roadmap& ours,
                                      const orrery::Roadmap& theirs) {
    const auto result = orrery::mergeRoadmaps(base, ours, theirs);
    const orrery::Roadmap recorded = orrery::recordConflicts(result, base, theirs);
    const auto reloaded = orrery::parseRoadmap(orrery::toCanonicalJson(recorded), "recorded");
    require(reloaded.has_value(), "recorded conflicts write out and load again");
    require(reloaded->conflicts == recorded.conflicts, "recorded conflicts load as recorded");
    if (recorded.conflicts.size() == ours.conflicts.size()) {
        return;
    }
    std::map<std::string, orrery::Verdict, std::less<>> acceptAll;
    for (const auto& conflict : recorded.conflicts) {
        acceptAll[conflict.subject] = orrery::Verdict::Accepted;
    }
    const auto resolved = orrery::resolveConflicts(*reloaded, acceptAll);
    if (!resolved) {
        return; // said with a reason: versions that cannot stand beside each other
    }
    require(resolved->complete(), "every recorded conflict decided leaves none waiting");
    require(resolved->merged.conflicts.empty(), "every recorded conflict decided leaves none");
    const auto written = orrery::parseRoadmap(orrery::toCanonicalJson(resolved->merged), "decided");
    require(written.has_value(), "a decided merge writes out and loads again");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (std::size_t at = input.find(kSeparator); at != std::string_view::npos && parts.size() < 2;
         at = input.find(kSeparator, start)) {
        parts.push_back(input.substr(start, at - start));
        start = at + kSeparator.size();
    }
    parts.push_back(input.substr(start));
    if (parts.size() == 3) {
        const auto base = orrery::parseRoadmap(parts[0], "base");
        const auto ours = orrery::parseRoadmap(parts[1], "ours");
        const auto theirs = orrery::parseRoadmap(parts[2], "theirs");
        if (base && ours && theirs) {
            requireConflictsRecordAndResolve(*base, *ours, *theirs);
        }
        return 0;
    }
    const auto a = orrery::parseRoadmap(parts.front(), "a");
    const auto b = orrery::parseRoadmap(parts.back(), "b");
    if (!a || !b) {
        return 0;
    }
    require(orrery::diffRoadmaps(*a, *a).empty(), "a roadmap is identical to itself");
    require(orrery::diffRoadmaps(*b, *b).empty(), "a roadmap is identical to itself");
    require(orrery::diffRoadmaps(*a, *b).empty() == orrery::diffRoadmaps(*b, *a).empty(),
            "two roadmaps differ both ways or neither");

    requireMergeWritesAndLoads(*a, *a, *b); // only the contribution changed
    requireMergeWritesAndLoads(*a, *b, *a); // only the roadmap changed
    requireMergeWritesAndLoads(*a, *b, *b); // both made the same changes
    requireMergeWritesAndLoads(*b, *a, *a);
    return 0;
}
