#include "../cli.h"
#include "../report.h"
#include "commands.h"

#include <orrery/conflicts.h>
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
    command.add_option("base", options.base, "The baseline the contribution was drafted from");
    command.add_option("ours", options.ours, "The roadmap as it is now");
    command.add_option("theirs", options.theirs, "The contribution");
    command.add_option("-o,--output", options.output,
                       "File to write the merged roadmap to (with --resolve: the file itself "
                       "by default)");
    command.add_option("--resolve", options.resolve,
                       "Decide the conflicts a merge recorded in this roadmap (git's merge "
                       "driver leaves them there) with --accept and --reject, instead of "
                       "merging three files");
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
        "With --resolve FILE, the conflicts recorded in FILE are listed; --accept takes "
        "theirs, --reject keeps the file's; the file is written with those decided and the "
        "rest still recorded.\n"
        "Exit codes: 0 merged and written, 1 conflicts or undecided cross-agency changes "
        "(listed; the output is written only with --write-conflicts), 2 a file cannot be "
        "loaded or written, or the contribution was drafted from another baseline.");
}

namespace {

void printItems(const MergeResult& result, std::ostream& out) {
    for (const MergeItem& item : result.items) {
        out << fmt::format("{:<13} {}\n", statusOf(item), describeChange(item.change));
        if (item.pending()) {
            out << fmt::format("              {}; --accept {} or --reject {}\n",
                               item.conflict ? item.conflictReason
                                             : "a change to another agency's mission",
                               item.change.subject(), item.change.subject());
        }
    }
}

nlohmann::ordered_json itemsToJson(const MergeResult& result) {
    auto items = nlohmann::ordered_json::array();
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
    return items;
}

/// merge --resolve: the conflicts recorded in one file, decided.
int resolve(const MergeCommandOptions& options, Context& context) {
    const std::optional<Roadmap> roadmap = readOrExplain(options.resolve, context.err);
    if (!roadmap) {
        return Unusable;
    }
    std::map<std::string, Verdict, std::less<>> decisions;
    for (const std::string& subject : options.accepted) {
        decisions[subject] = Verdict::Accepted;
    }
    for (const std::string& subject : options.rejected) {
        decisions[subject] = Verdict::Rejected;
    }
    auto result = resolveConflicts(*roadmap, decisions);
    if (!result) {
        context.err << fmt::format("{}: {}\n", options.resolve, result.error());
        return Unusable;
    }
    for (const auto& [subject, verdict] : decisions) {
        const bool known = std::any_of(
            result->items.begin(), result->items.end(),
            [&subject](const MergeItem& item) { return item.change.subject() == subject; });
        if (!known) {
            context.err << fmt::format("{}: no conflict about {} is recorded in it\n",
                                       options.resolve, subject);
            return Unusable;
        }
    }
    const std::string output = options.output.empty() ? options.resolve : options.output;
    const bool write = !decisions.empty() || output != options.resolve;
    if (write) {
        if (auto saved = saveRoadmapFile(result->merged, output); !saved) {
            context.err << saved.error().describe() << '\n';
            return Unusable;
        }
    }
    const bool complete = result->complete();
    if (options.format == OutputFormat::Json) {
        auto json = nlohmann::ordered_json::object();
        json["complete"] = complete;
        json["written"] = write;
        json["output"] = output;
        json["pending"] = result->pendingCount();
        json["changes"] = itemsToJson(*result);
        context.out << json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
                    << '\n';
        return complete ? Success : Findings;
    }
    printItems(*result, context.out);
    if (complete) {
        context.out << fmt::format("no conflict left{}\n", write ? "; written to " + output : "");
    } else {
        context.out << fmt::format("{} waiting for a decision{}\n",
                                   countNoun(static_cast<int>(result->pendingCount()), "conflict"),
                                   write ? "; written to " + output + " with the rest recorded"
                                         : "");
    }
    return complete ? Success : Findings;
}

} // namespace

int merge(const MergeCommandOptions& options, Context& context) {
    if (!options.resolve.empty()) {
        if (!options.base.empty()) {
            context.err << "merge --resolve FILE takes no other roadmap: the conflicts recorded "
                           "in FILE say what was merged\n";
            return Unusable;
        }
        return resolve(options, context);
    }
    if (options.theirs.empty() || options.output.empty()) {
        context.err << "merge needs BASE, OURS, THEIRS and --output (or --resolve FILE)\n";
        return Unusable;
    }
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
        json["changes"] = itemsToJson(result);
        context.out << json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
                    << '\n';
        return complete ? Success : Findings;
    }

    printItems(result, context.out);
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
