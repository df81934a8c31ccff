#pragma once

#include <orrery/expected.h>
#include <orrery/roadmap.h>

#include <filesystem>
#include <string>
#include <string_view>

namespace orrery {

/// The canonical text of a roadmap: keys in the order of the file-format documentation,
/// optional keys left out when they hold their default, two-space indentation, one value per
/// line, a final newline. Reading and writing again gives the same bytes, and changing one
/// field of a mission changes one line, so version control shows clean diffs.
std::string toCanonicalJson(const Roadmap& roadmap);

/// "sha256:" and the SHA-256 of the roadmap's canonical text without its review record and
/// contribution header: the same for two roadmaps exactly when their content is the same,
/// whatever was recorded about reviewing them. A contribution names its baseline by it.
std::string contentFingerprint(const Roadmap& roadmap);

struct SaveError {
    std::string file;
    std::string message;

    std::string describe() const { return file + ": " + message; }
};

/// Writes `bytes` to `path` so that the file holds either its old content or all of the new
/// one, never a mix: the data goes to a temporary file in the same folder, is flushed to
/// disk, and replaces the old file by an atomic rename. On failure the old file is untouched
/// and no temporary file is left behind. The file keeps the permissions of the one it
/// replaces.
Expected<void, SaveError> writeFileAtomically(const std::filesystem::path& path,
                                              std::string_view bytes);

/// toCanonicalJson() written with writeFileAtomically().
Expected<void, SaveError> saveRoadmapFile(const Roadmap& roadmap,
                                          const std::filesystem::path& path);

} // namespace orrery
