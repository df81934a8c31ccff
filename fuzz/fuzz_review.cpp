// Diff and three-way merge of two roadmaps taken from one input: the text before the first
// record separator line ("\n\x1e\n") and the text after it (without one, the same text
// twice). Whatever loads is compared and merged both ways; a roadmap is identical to
// itself, and every merged roadmap writes out and loads again.

#include "property.h"

#include <orrery/diff.h>
#include <orrery/io/reader.h>
#include <orrery/io/writer.h>
#include <orrery/merge.h>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>

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

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto separator = input.find(kSeparator);
    const std::string_view first = input.substr(0, separator);
    const std::string_view second =
        separator == std::string_view::npos ? input : input.substr(separator + kSeparator.size());

    const auto a = orrery::parseRoadmap(first, "a");
    const auto b = orrery::parseRoadmap(second, "b");
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
