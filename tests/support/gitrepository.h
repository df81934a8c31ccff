#pragma once

// A git repository of its own for a test, driven through the git program as a planner's
// would be, with SSH keys made on the spot for signing.

#include "support/testsupport.h"

#include <orrery/roadmap.h>

#include <filesystem>
#include <string>
#include <vector>

namespace orrery::test {

struct ProgramRun {
    int exitCode = -1;
    std::string out;
    std::string err;
};

using Arguments = std::vector<std::string>;

/// Runs a program in `folder` to its end.
ProgramRun runProgram(const std::filesystem::path& folder, const std::string& name,
                      const Arguments& arguments);

/// A repository with a git configuration of its own: the machine's global settings (a
/// default branch, signing) must not change what git does.
class GitRepository {
public:
    GitRepository();

    std::filesystem::path root() const { return m_folder / "roadmap"; }
    std::filesystem::path file() const { return root() / "plan.roadmap.json"; }
    const std::filesystem::path& folder() const { return m_folder.path(); }

    ProgramRun git(const Arguments& arguments) const;
    /// git, which must succeed.
    std::string gitOk(const Arguments& arguments) const;

    Roadmap load() const;
    void save(const Roadmap& roadmap) const;
    /// Commits everything; `extra` goes to `git commit` (a signing key, for one).
    void commit(const std::string& message, const Arguments& extra = {}) const;

    /// `orrery-cli git-setup` with the orrery-cli of this build, which git then runs.
    void setUpDrivers() const;
    /// The drivers set up and GER 2013 committed on main.
    void startWithGer2013() const;

    /// An SSH key made for the test (its public half beside it, ".pub").
    std::filesystem::path makeKey(const std::string& name) const;
    /// Writes .orrery/allowed-signers: each agency id with its key.
    void allowSigners(const std::vector<std::pair<std::string, std::filesystem::path>>& keys) const;

private:
    TemporaryDirectory m_folder;
};

/// What `git commit` takes to sign with `key`.
Arguments signedBy(const std::filesystem::path& key);

} // namespace orrery::test
