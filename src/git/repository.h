#pragma once

#include <orrery/expected.h>
#include <orrery/signing.h>

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

class QProcess;

namespace orrery::git {

/// Where a repository keeps which agency each signing key belongs to, in git's own
/// allowed-signers format with the agency id as principal: "ESA ssh-ed25519 AAAA... who".
inline constexpr std::string_view kSignersFile = ".orrery/allowed-signers";
/// The name of Orrery's merge and diff drivers in .gitattributes and the git config.
inline constexpr std::string_view kDriverName = "orrery";

/// One commit that changed a file, as `git log` tells it.
struct Commit {
    std::string id;
    std::vector<std::string> parents;
    std::string author;
    std::string email;
    /// ISO 8601, with the author's time zone.
    std::string date;
    std::string subject;
    std::string body;
    /// As git verified it; Unsigned when signatures were not asked for.
    CommitSignature signature;
    /// The file's blob after the commit; empty when the commit removed it.
    std::string blob;
    /// The file's blob in each parent, in parent order; empty where a parent lacks the
    /// file (for the first commit, one empty entry).
    std::vector<std::string> parentBlobs;

    bool isMerge() const { return parents.size() > 1; }
};

/// A git repository, read through the git program. Errors are sentences that name the
/// command that failed and what git said.
class Repository {
public:
    /// The repository whose work tree holds `path` (a file or a folder). Refused when there
    /// is none, or when git cannot be run.
    static Expected<Repository, std::string> containing(const std::filesystem::path& path);

    /// The top of the work tree.
    const std::filesystem::path& root() const { return m_root; }
    /// `file` relative to the top of the work tree, with "/" between folders, as git names
    /// paths.
    std::string relativePath(const std::filesystem::path& file) const;

    /// Runs git in the work tree; its standard output, or an error with its message.
    Expected<std::string, std::string> run(const std::vector<std::string>& arguments,
                                           std::string_view input = {}) const;

    struct LogOptions {
        /// What `git log` walks: "HEAD" by default, or a range like "main..esa".
        std::string range = "HEAD";
        /// Ask git to verify signatures: slower, since git runs ssh-keygen or gpg for
        /// each signed commit.
        bool signatures = true;
        /// Stop after this many commits (0: all).
        std::size_t limit = 0;
        /// The allowed-signers file git verifies SSH signatures with, instead of the one
        /// its configuration names.
        std::string allowedSigners;
    };
    /// The commits that changed the files `pathspec` names, newest first, with each one's
    /// blob of the first file the pathspec matches and its parents' blobs of it. Merges
    /// that took one side's version of the file are left out, as `git log` does.
    Expected<std::vector<Commit>, std::string> log(const std::string& pathspec,
                                                   const LogOptions& options) const;

    /// The content of each blob, handed to `visit` in the order of `ids` as git streams it;
    /// one git process for all of them.
    Expected<void, std::string> eachBlob(
        const std::vector<std::string>& ids,
        const std::function<void(const std::string& id, std::string_view content)>& visit) const;
    /// One blob's content.
    Expected<std::string, std::string> blob(const std::string& id) const;

private:
    explicit Repository(std::filesystem::path root) : m_root(std::move(root)) {}
    void start(QProcess& git, const std::vector<std::string>& arguments) const;
    /// Runs git, handing what it writes to `consume` as it comes; `consume` takes what it
    /// can of `pending` and answers false when it cannot read it.
    Expected<void, std::string>
    stream(const std::vector<std::string>& arguments, std::string_view input,
           const std::function<bool(std::string& pending)>& consume) const;

    std::filesystem::path m_root;
};

/// Every commit in `range` that changed a roadmap file (*.roadmap.json) or the signers file,
/// with the files it changed; signatures verified with `allowedSigners` (git's configured
/// file when empty).
struct ChangedFile {
    std::string path;
    std::string blob;
    std::vector<std::string> parentBlobs;
};
struct CommitOfFiles {
    Commit commit;
    std::vector<ChangedFile> files;
};
Expected<std::vector<CommitOfFiles>, std::string>
roadmapCommits(const Repository& repository, const std::string& range,
               const std::string& allowedSigners = {});

/// The signers file as a revision holds it, copied out for git to verify with: a range of
/// commits is judged by the keys listed where it starts, so that no commit in it can vouch
/// for itself by adding a key. Removed with the object.
class SignersFile {
public:
    /// Nothing when the revision has no signers file; an error when the revision is not one.
    static Expected<std::optional<SignersFile>, std::string> at(const Repository& repository,
                                                                const std::string& revision);
    SignersFile(SignersFile&&) noexcept;
    SignersFile& operator=(SignersFile&&) noexcept;
    ~SignersFile();

    const std::filesystem::path& path() const { return m_path; }

private:
    explicit SignersFile(std::filesystem::path path) : m_path(std::move(path)) {}
    std::filesystem::path m_path;
};

/// What git verifies with: the list, or, without one, an empty list (no key is listed, so
/// every signature counts as by an unlisted key).
inline std::string allowedSignersPath(const std::optional<SignersFile>& file) {
    return file ? file->path().string() : std::string("/dev/null");
}

/// The revision a range starts from, whose signers are trusted: "main" of "main..esa", the
/// revision itself for one that is not a range.
std::string rangeStart(const std::string& range);

} // namespace orrery::git
