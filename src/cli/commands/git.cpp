#include "../cli.h"
#include "../report.h"
#include "commands.h"

#include <orrery/conflicts.h>
#include <orrery/diff.h>
#include <orrery/io/reader.h>
#include <orrery/io/writer.h>
#include <orrery/merge.h>
#include <orrery/signing.h>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <git/repository.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>

namespace orrery::cli {

namespace {

/// A side of a merge or diff that git gives as an empty file (the file did not exist
/// there) or /dev/null: a roadmap without anything in it.
bool isAbsent(const std::string& file) {
    std::error_code error;
    return file == "/dev/null" || std::filesystem::file_size(file, error) == 0;
}

ReadResult readSide(const std::string& file, std::string_view label) {
    if (isAbsent(file)) {
        return Roadmap{};
    }
    ReadResult read = readRoadmapFile(file);
    if (!read) {
        for (LoadError& error : read.error()) {
            error.file = std::string(label);
        }
    }
    return read;
}

/// Reviews recorded on theirs' side since the base: git keeps both sides' records.
void keepTheirReviews(Roadmap& merged, const Roadmap& base, const Roadmap& theirs) {
    for (const Review& review : theirs.reviews) {
        const auto has = [&review](const std::vector<Review>& reviews) {
            return std::find(reviews.begin(), reviews.end(), review) != reviews.end();
        };
        if (!has(base.reviews) && !has(merged.reviews)) {
            merged.reviews.push_back(review);
        }
    }
}

/// A value for git's config that git runs through the shell: quoted when it needs to be.
std::string shellWord(const std::string& word) {
    const bool plain = std::all_of(word.begin(), word.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) ||
               std::string_view("/._-+").find(c) != std::string_view::npos;
    });
    if (plain) {
        return word;
    }
    std::string quoted = "'";
    for (const char c : word) {
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return quoted + "'";
}

std::optional<git::Repository> repositoryOrExplain(const std::string& folder, std::ostream& err) {
    auto repository = git::Repository::containing(folder);
    if (!repository) {
        err << fmt::format("{}: not in a git repository: {}\n", folder, repository.error());
        return std::nullopt;
    }
    return std::move(*repository);
}

std::string thisProgram() {
    std::error_code error;
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
    return error ? std::string("orrery-cli") : self.string();
}

} // namespace

void addMergeDriverOptions(CLI::App& command, MergeDriverOptions& options) {
    command.add_option("base", options.base, "The common ancestor's version (git's %O)")
        ->required();
    command
        .add_option("ours", options.ours, "Our version, replaced by the merged roadmap (git's %A)")
        ->required();
    command.add_option("theirs", options.theirs, "Their version (git's %B)")->required();
    command.add_option("path", options.path, "The file's path in the repository (git's %P)");
    command.footer(
        "git's merge driver for roadmaps (orrery-cli git-setup configures it): the three-way "
        "merge of `orrery-cli merge`, written into OURS. Conflicts never become conflict "
        "markers: OURS stays a valid roadmap holding our side, with each conflict recorded in "
        "it; `orrery-cli validate` reports them, the application opens the file into the "
        "review, `orrery-cli merge --resolve` decides them.\n"
        "Exit codes: 0 merged cleanly, 1 conflicts recorded (git stops the merge), 2 a version "
        "is not a roadmap (OURS is left as it was).");
}

int mergeDriver(const MergeDriverOptions& options, Context& context) {
    const std::string path = options.path.empty() ? options.ours : options.path;
    ReadResult base = readSide(options.base, path + " (base)");
    ReadResult ours = readSide(options.ours, path + " (ours)");
    ReadResult theirs = readSide(options.theirs, path + " (theirs)");
    bool usable = true;
    for (const ReadResult* side : {&base, &ours, &theirs}) {
        if (!*side) {
            for (const LoadError& error : side->error()) {
                printLoadError(context.err, error);
            }
            usable = false;
        }
    }
    if (!usable) {
        context.err << fmt::format("orrery: {}: not merged: a version is not a roadmap; our "
                                   "version is left in place\n",
                                   path);
        return Unusable;
    }
    // Conflicts left from an earlier merge would be merged with this one's, or lost: they
    // are decided first.
    for (const auto& [side, roadmap] : {std::pair{"ours", &*ours}, std::pair{"theirs", &*theirs}}) {
        if (!roadmap->conflicts.empty()) {
            context.err << fmt::format(
                "orrery: {}: not merged: {} still records {} from an earlier merge; decide "
                "them first (open the file in Orrery, or orrery-cli merge --resolve), commit, "
                "and merge again\n",
                path, side,
                countNoun(static_cast<int>(roadmap->conflicts.size()), "undecided conflict"));
            return Unusable;
        }
    }
    MergeOptions mergeOptions;
    mergeOptions.oursName = "ours";
    mergeOptions.theirsName = "theirs";
    // Who may change what is for the signatures to say (orrery-cli verify); the merge
    // merges. A contribution file's header would otherwise hold its changes back unrecorded.
    mergeOptions.holdCrossAgency = false;
    MergeResult result = mergeRoadmaps(*base, *ours, *theirs, mergeOptions);
    Roadmap merged = recordConflicts(result, *base, *theirs);
    keepTheirReviews(merged, *base, *theirs);
    if (auto saved = saveRoadmapFile(merged, options.ours); !saved) {
        context.err << fmt::format("orrery: {}: not merged: {}\n", path, saved.error().message);
        return Unusable;
    }
    const auto applied = std::count_if(result.items.begin(), result.items.end(),
                                       [](const MergeItem& item) { return item.applied; });
    const std::size_t conflicts = merged.conflicts.size();
    context.err << fmt::format("orrery: {}: {} of theirs merged", path,
                               countNoun(static_cast<int>(applied), "change"));
    if (conflicts == 0) {
        context.err << '\n';
        return Success;
    }
    context.err << fmt::format("; {} recorded in the file to decide:\n",
                               countNoun(static_cast<int>(conflicts), "conflict"));
    for (const RecordedConflict& conflict : merged.conflicts) {
        context.err << fmt::format("orrery:   {}: {}{}\n", conflict.subject, conflict.reason,
                                   conflict.owner.empty() ? std::string()
                                                          : " (" + conflict.owner + "'s)");
    }
    context.err << fmt::format("orrery: open {} in Orrery to decide them, or run orrery-cli "
                               "merge --resolve {} --accept|--reject SUBJECT\n",
                               path, path);
    return Findings;
}

void addGitDiffOptions(CLI::App& command, GitDiffOptions& options) {
    command
        .add_option("arguments", options.arguments,
                    "PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE, as git "
                    "gives them")
        ->required()
        ->expected(7, 9);
    command.footer("git's external diff for roadmaps (orrery-cli git-setup configures it): "
                   "`git diff` shows what changed as `orrery-cli diff` does, missions added, "
                   "removed, renamed and fields with their old and new values. A version that "
                   "is not a roadmap is said, never fatal to git.");
}

int gitDiff(const GitDiffOptions& options, Context& context) {
    const std::string& path = options.arguments[0];
    const std::string& oldFile = options.arguments[1];
    const std::string& newFile = options.arguments[4];
    context.out << fmt::format("diff --orrery a/{} b/{}\n", path, path);
    ReadResult before = readSide(oldFile, "a/" + path);
    ReadResult after = readSide(newFile, "b/" + path);
    if (!before || !after) {
        const LoadError& error = !before ? before.error().front() : after.error().front();
        context.out << fmt::format("not comparable as roadmaps: {}\n", error.describe());
        // git stops at an external diff that fails: a file mid-edit must not stop it.
        return Success;
    }
    const RoadmapDiff changes = diffRoadmaps(*before, *after);
    for (const Change& change : changes.changes) {
        context.out << describeChange(change) << '\n';
    }
    context.out << (changes.empty() ? std::string("no changes to the roadmap (only its layout)")
                                    : countNoun(static_cast<int>(changes.changes.size()), "change"))
                << '\n';
    return Success;
}

void addTextconvOptions(CLI::App& command, TextconvOptions& options) {
    command.add_option("file", options.file, "The roadmap")->required();
    command.footer("The roadmap as lines of \"mission em2 start: 2026-03\", one per field: "
                   "git's textconv for roadmaps (orrery-cli git-setup configures it), so that "
                   "`git log -p` and `git show` show changed fields with the mission they "
                   "belong to. A file that is not a roadmap comes out as it is.");
}

int textconv(const TextconvOptions& options, Context& context) {
    if (isAbsent(options.file)) {
        return Success;
    }
    ReadResult read = readRoadmapFile(options.file);
    if (read) {
        context.out << roadmapAsLines(*read);
        return Success;
    }
    std::ifstream in(options.file, std::ios::binary);
    context.out << in.rdbuf();
    return Success;
}

void addGitSetupOptions(CLI::App& command, GitSetupOptions& options) {
    command.add_option("repository", options.repository,
                       "A folder of the git repository (default: the current one)");
    command.add_option("--program", options.program,
                       "The orrery-cli git runs for the drivers (default: this one)");
    command.footer(
        "Makes git merge and compare roadmaps (*.roadmap.json) with Orrery: the "
        ".gitattributes line, committed, so that every clone knows the files; the drivers in "
        "the repository's own config (.git/config), which every clone sets up once; and, when "
        "the repository has .orrery/allowed-signers, git's list of which key belongs to which "
        "agency. Run again, it changes nothing that is already so.");
}

int gitSetup(const GitSetupOptions& options, Context& context) {
    const std::optional<git::Repository> repository =
        repositoryOrExplain(options.repository, context.err);
    if (!repository) {
        return Unusable;
    }
    const std::filesystem::path root = repository->root();
    int changed = 0;

    const std::string attributes =
        fmt::format("*.roadmap.json merge={} diff={}", git::kDriverName, git::kDriverName);
    const std::filesystem::path attributesFile = root / ".gitattributes";
    std::string text;
    if (std::ifstream in(attributesFile, std::ios::binary); in) {
        text.assign(std::istreambuf_iterator<char>(in), {});
    }
    std::istringstream lines(text);
    bool present = false;
    for (std::string line; std::getline(lines, line);) {
        present = present || line == attributes;
    }
    if (present) {
        context.out << fmt::format("unchanged  .gitattributes: {}\n", attributes);
    } else {
        if (!text.empty() && text.back() != '\n') {
            text += '\n';
        }
        text += attributes + '\n';
        if (auto saved = writeFileAtomically(attributesFile, text); !saved) {
            context.err << saved.error().describe() << '\n';
            return Unusable;
        }
        context.out << fmt::format("added      .gitattributes: {} (commit it, so that every "
                                   "clone merges roadmaps with Orrery)\n",
                                   attributes);
        ++changed;
    }

    const std::string program =
        shellWord(options.program.empty() ? thisProgram() : options.program);
    const std::string driver(git::kDriverName);
    std::vector<std::pair<std::string, std::string>> settings = {
        {"merge." + driver + ".name", "Orrery roadmap merge"},
        {"merge." + driver + ".driver", program + " merge-driver %O %A %B %P"},
        {"diff." + driver + ".command", program + " git-diff"},
        {"diff." + driver + ".textconv", program + " textconv"},
    };
    const std::filesystem::path signers = root / std::string(git::kSignersFile);
    if (std::filesystem::exists(signers)) {
        settings.emplace_back("gpg.ssh.allowedSignersFile", signers.string());
    }
    for (const auto& [key, value] : settings) {
        auto current = repository->run({"config", "--local", "--get", key});
        if (current && *current == value + "\n") {
            context.out << fmt::format("unchanged  {} = {}\n", key, value);
            continue;
        }
        if (auto set = repository->run({"config", "--local", key, value}); !set) {
            context.err << set.error() << '\n';
            return Unusable;
        }
        context.out << fmt::format("set        {} = {}\n", key, value);
        ++changed;
    }
    if (!std::filesystem::exists(signers)) {
        context.out << fmt::format("no         {}: commits are checked for signatures once it "
                                   "lists each agency's keys\n",
                                   git::kSignersFile);
    }
    context.out << (changed == 0 ? std::string("nothing to change: already set up\n")
                                 : fmt::format("{} set up in {}\n", countNoun(changed, "setting"),
                                               root.string()));
    return Success;
}

void addVerifyOptions(CLI::App& command, VerifyOptions& options) {
    command.add_option("repository", options.repository,
                       "A folder of the git repository (default: the current one)");
    command.add_option("range", options.range,
                       "The commits to check, as git names them (default: HEAD, the whole "
                       "history; main..esa: what esa adds to main)");
    command.add_option("--signers-from", options.signersFrom,
                       "The revision whose .orrery/allowed-signers is trusted (default: where "
                       "the range starts: main of main..esa; the revision itself otherwise)");
    addFormatOption(command, options.format);
    command.footer(
        "For each commit in the range that changes a roadmap (*.roadmap.json): whether it is "
        "signed by a key of the agency that owns each mission it changes. git verifies the "
        "signatures against the keys listed in .orrery/allowed-signers (principal: the agency "
        "id) as the range's start has it, so that no commit vouches for itself; what all "
        "agencies share any listed agency may change. Flagged: an unsigned change, a key the "
        "list does not name, a change to another agency's mission, and any change to the "
        "signers file itself. A merge is judged by what it changes beyond both its parents.\n"
        "Exit codes: 0 nothing flagged, 1 a flagged commit is in the range, 2 the repository "
        "or a version of a roadmap cannot be read.");
}

int verify(const VerifyOptions& options, Context& context) {
    const std::optional<git::Repository> repository =
        repositoryOrExplain(options.repository, context.err);
    if (!repository) {
        return Unusable;
    }
    const std::string trustedRevision =
        options.signersFrom.empty() ? git::rangeStart(options.range) : options.signersFrom;
    auto signers = git::SignersFile::at(*repository, trustedRevision);
    if (!signers) {
        context.err << signers.error() << '\n';
        return Unusable;
    }
    if (!*signers) {
        context.err << fmt::format("{}: no {} there, so no key vouches for any agency\n",
                                   trustedRevision, git::kSignersFile);
    }
    auto commits =
        git::roadmapCommits(*repository, options.range, git::allowedSignersPath(*signers));
    if (!commits) {
        context.err << commits.error() << '\n';
        return Unusable;
    }
    struct Verdict {
        const git::Commit* commit;
        std::vector<std::string> problems;
    };
    std::vector<Verdict> verdicts;
    // The versions are read a few dozen commits at a time, by one git each time, so that a
    // long history never sits in memory whole.
    constexpr std::size_t kCommitsAtOnce = 40;
    for (std::size_t first = 0; first < commits->size(); first += kCommitsAtOnce) {
        const std::size_t last = std::min(commits->size(), first + kCommitsAtOnce);
        std::vector<std::string> blobs;
        for (std::size_t i = first; i < last; ++i) {
            for (const git::ChangedFile& file : (*commits)[i].files) {
                if (file.path != git::kSignersFile) {
                    blobs.push_back(file.blob);
                    blobs.insert(blobs.end(), file.parentBlobs.begin(), file.parentBlobs.end());
                }
            }
        }
        blobs.erase(std::remove(blobs.begin(), blobs.end(), std::string()), blobs.end());
        std::sort(blobs.begin(), blobs.end());
        blobs.erase(std::unique(blobs.begin(), blobs.end()), blobs.end());
        std::map<std::string, ReadResult, std::less<>> versions;
        auto read = repository->eachBlob(
            blobs, [&versions](const std::string& id, std::string_view content) {
                versions.emplace(id, parseRoadmap(content, id));
            });
        if (!read) {
            context.err << read.error() << '\n';
            return Unusable;
        }
        for (std::size_t i = first; i < last; ++i) {
            const git::CommitOfFiles& entry = (*commits)[i];
            Verdict verdict{&entry.commit, {}};
            for (const git::ChangedFile& file : entry.files) {
                if (file.path == git::kSignersFile) {
                    verdict.problems.push_back(fmt::format(
                        "{}: changes which key signs for which agency: a person must look",
                        file.path));
                    continue;
                }
                const auto version = [&](const std::string& blob) -> const ReadResult* {
                    static const ReadResult kAbsent = Roadmap{};
                    return blob.empty() ? &kAbsent : &versions.at(blob);
                };
                const ReadResult* after = version(file.blob);
                std::vector<const Roadmap*> parents;
                const ReadResult* unreadable = *after ? nullptr : after;
                for (const std::string& blob : file.parentBlobs) {
                    const ReadResult* before = version(blob);
                    if (!*before) {
                        unreadable = before;
                    } else {
                        parents.push_back(&**before);
                    }
                }
                if (unreadable) {
                    verdict.problems.push_back(
                        fmt::format("{}: not a roadmap at this commit or its parent: {}", file.path,
                                    unreadable->error().front().message));
                    continue;
                }
                const std::vector<Change> changes = changesOfCommit(**after, parents);
                for (const AuthorityProblem& problem :
                     authorityProblems(entry.commit.signature, changes)) {
                    verdict.problems.push_back(fmt::format("{}: {}", file.path, problem.message));
                }
            }
            verdicts.push_back(std::move(verdict));
        }
    }

    const auto flagged = std::count_if(verdicts.begin(), verdicts.end(),
                                       [](const Verdict& v) { return !v.problems.empty(); });
    if (options.format == OutputFormat::Json) {
        auto json = nlohmann::ordered_json::object();
        json["range"] = options.range;
        json["flagged"] = flagged;
        auto& list = json["commits"] = nlohmann::ordered_json::array();
        for (const Verdict& verdict : verdicts) {
            const git::Commit& commit = *verdict.commit;
            list.push_back({{"commit", commit.id},
                            {"author", commit.author},
                            {"date", commit.date},
                            {"subject", commit.subject},
                            {"signature", toString(commit.signature.status)},
                            {"signer", commit.signature.signer},
                            {"key", commit.signature.key},
                            {"flagged", !verdict.problems.empty()},
                            {"problems", verdict.problems}});
        }
        context.out << json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
                    << '\n';
        return flagged > 0 ? Findings : Success;
    }
    for (const Verdict& verdict : verdicts) {
        const git::Commit& commit = *verdict.commit;
        context.out << fmt::format(
            "{} {:<7} {:<12} {:<10} {}\n", commit.id.substr(0, 10),
            verdict.problems.empty() ? "ok" : "FLAGGED", toString(commit.signature.status),
            commit.signature.signer.empty() ? "-" : commit.signature.signer, commit.subject);
        for (const std::string& problem : verdict.problems) {
            context.out << fmt::format("           {}\n", problem);
        }
    }
    if (verdicts.empty()) {
        context.out << fmt::format("no commit changing a roadmap in {}\n", options.range);
    } else {
        context.out << fmt::format("{} checked, {} flagged\n",
                                   countNoun(static_cast<int>(verdicts.size()), "commit"), flagged);
    }
    return flagged > 0 ? Findings : Success;
}

} // namespace orrery::cli
