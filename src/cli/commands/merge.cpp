#include "../cli.h"
#include "../report.h"
#include "commands.h"

#include <orrery/io/writer.h>
#include <orrery/merge.h>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

namespace orrery::cli {

namespace {

std::string statusOf(const MergeItem& item) {
    switch (item.outcome()) {
    case MergeOutcome::AlreadyMade:
        return "already-made";
    case MergeOutcome::Applied:
        return "applied";
    case MergeOutcome::Rejected:
        return "rejected";
    case MergeOutcome::Undecided:
        break;
    }
    return item.conflict ? "conflict" : "cross-agency";
}

/// Why a change was left out, for the review record of a merge written with its conflicts.
std::string unresolvedComment(const MergeItem& item) {
    if (item.conflict) {
        return fmt::format("conflict: {}; the roadmap's version kept", item.conflictReason);
    }
    return fmt::format("changes a mission of {}: not applied without a decision",
                       item.change.owner);
}

} // namespace

void addMergeOptions(CLI::App& command, MergeCommandOptions& options) {
    command.add_option("base", options.base, "The baseline the contribution was drafted from")
        ->required();
    command.add_option("ours", options.ours, "The roadmap as it is now")->required();
    command.add_option("theirs", options.theirs, "The contribution")->required();
    command.add_option("-o,--output", options.output, "File to write the merged roadmap to")
        ->required();
    command.add_option("--accept", options.accepted,
                       "Take the contribution's side of this change (its subject, e.g. "
                       "mission/em2/start); repeatable");
    command.add_option("--reject", options.rejected,
                       "Keep the roadmap's side of this change; repeatable");
    command.add_option("--reviewer", options.reviewer,
                       "Who is recorded as the reviewer (default: orrery-cli)");
    command.add_flag("--write-conflicts", options.writeConflicts,
                     "Write the output even with conflicts or undecided cross-agency changes: "
                     "the roadmap's version of them, recorded in the review as rejected");
    command.add_flag("--any-baseline", options.anyBaseline,
                     "Merge even if the contribution names another baseline");
    command.add_option("--agency", options.agency,
                       "The contributing agency (an agency id of the roadmaps), for a THEIRS "
                       "that is a plain roadmap without a contribution header");
    addFormatOption(command, options.format);
    command.footer(
        "Changes only one side made apply; the same change on both sides applies once; "
        "different changes to one field, or a change to what the other side removed, are "
        "conflicts; changes to another agency's missions are cross-agency. Conflicts and "
        "cross-agency changes apply only with --accept. The merged roadmap records the review.\n"
        "Exit codes: 0 merged and written, 1 conflicts or undecided cross-agency changes "
        "(listed; the output is written only with --write-conflicts), 2 a file cannot be "
        "loaded or written, or the contribution was drafted from another baseline.");
}

int merge(const MergeCommandOptions& options, Context& context) {
    const std::optional<Roadmap> base = readOrExplain(options.base, context.err);
    const std::optional<Roadmap> ours = readOrExplain(options.ours, context.err);
    const std::optional<Roadmap> theirs = readOrExplain(options.theirs, context.err);
    if (!base || !ours || !theirs) {
        return Unusable;
    }
    if (!isDraftedFrom(*theirs, *base) && !options.anyBaseline) {
        context.err << fmt::format(
            "{}: {} (fingerprint {}), not from {} ({}); --any-baseline merges anyway\n",
            options.theirs,
            theirs->contribution ? "drafted from another baseline" : "not a contribution file",
            theirs->contribution ? theirs->contribution->baseline.fingerprint : "none",
            options.base, contentFingerprint(*base));
        return Unusable;
    }
    // The review record names the contributing agency, and cross-agency changes are judged
    // against it: it must be known, and an agency of the roadmaps.
    const std::string contributor =
        theirs->contribution ? theirs->contribution->agency : options.agency;
    if (contributor.empty()) {
        context.err << fmt::format("{}: not a contribution file, so it does not say which agency "
                                   "sent it; name the agency with --agency ID\n",
                                   options.theirs);
        return Unusable;
    }
    if (theirs->contribution && !options.agency.empty() && options.agency != contributor) {
        context.err << fmt::format("{}: the contribution is {}'s, not {}\n", options.theirs,
                                   contributor, options.agency);
        return Unusable;
    }
    if (!ours->agencies.contains(contributor) && !theirs->agencies.contains(contributor)) {
        context.err << fmt::format("--agency {}: no such agency in {} or {}\n", contributor,
                                   options.ours, options.theirs);
        return Unusable;
    }
    MergeOptions mergeOptions;
    mergeOptions.contributor = contributor;
    for (const std::string& subject : options.accepted) {
        mergeOptions.decisions[subject] = Verdict::Accepted;
    }
    for (const std::string& subject : options.rejected) {
        mergeOptions.decisions[subject] = Verdict::Rejected;
    }
    MergeResult result = mergeRoadmaps(*base, *ours, *theirs, mergeOptions);

    std::map<std::string, std::string, std::less<>> comments;
    for (const MergeItem& item : result.items) {
        if (item.pending()) {
            comments[item.change.subject()] = unresolvedComment(item);
        }
    }
    const bool complete = result.complete();
    bool written = false;
    if (complete || options.writeConflicts) {
        auto record =
            reviewRecord(result, *theirs, options.reviewer, Date::today(), comments,
                         theirs->contribution ? theirs->contribution->summary : std::string());
        if (!record) {
            context.err << fmt::format("{}: nothing written: {}\n", options.output, record.error());
            return Unusable;
        }
        Roadmap merged = result.merged;
        merged.reviews.push_back(std::move(*record));
        if (auto saved = saveRoadmapFile(merged, options.output); !saved) {
            context.err << saved.error().describe() << '\n';
            return Unusable;
        }
        written = true;
    }

    if (options.format == OutputFormat::Json) {
        auto json = nlohmann::ordered_json::object();
        json["contributor"] = result.contributor;
        json["complete"] = complete;
        json["written"] = written;
        json["output"] = options.output;
        json["pending"] = result.pendingCount();
        auto& items = json["changes"] = nlohmann::ordered_json::array();
        for (const MergeItem& item : result.items) {
            auto entry = changeToJson(item.change);
            entry["status"] = statusOf(item);
            entry["crossAgency"] = item.crossAgency;
            if (item.conflict) {
                entry["conflict"] = item.conflictReason;
            }
            if (item.ours) {
                entry["ours"] = changeToJson(*item.ours);
            }
            items.push_back(std::move(entry));
        }
        context.out << json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
                    << '\n';
        return complete ? Success : Findings;
    }

    for (const MergeItem& item : result.items) {
        context.out << fmt::format("{:<13} {}\n", statusOf(item), describeChange(item.change));
        if (item.pending()) {
            context.out << fmt::format("              {}; --accept {} or --reject {}\n",
                                       item.conflict ? item.conflictReason
                                                     : "a change to another agency's mission",
                                       item.change.subject(), item.change.subject());
        }
    }
    if (complete) {
        context.out << fmt::format("merged {} into {}\n",
                                   countNoun(static_cast<int>(result.items.size()), "change"),
                                   options.output);
    } else {
        context.out << fmt::format("{} waiting for a decision; {}\n",
                                   countNoun(static_cast<int>(result.pendingCount()), "change"),
                                   written ? "written with the roadmap's version of them to " +
                                                 options.output
                                           : "nothing written");
    }
    return complete ? Success : Findings;
}

} // namespace orrery::cli
