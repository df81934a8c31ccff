#pragma once

// Earlier editions a roadmap names: found by their path, next to the roadmap's own file, and
// trusted only when their content is what the roadmap recorded when it named them.

#include <orrery/expected.h>
#include <orrery/roadmap.h>

#include <filesystem>
#include <string>

namespace orrery {

/// Where the edition's file is: its path taken from the folder of the roadmap's file.
std::filesystem::path editionPath(const std::filesystem::path& roadmapFile,
                                  const EditionReference& edition);

/// Whether `loaded` is the edition the reference names (by content fingerprint), or a
/// sentence saying what differs.
Expected<void, std::string> checkEdition(const EditionReference& edition, const Roadmap& loaded);

/// The edition's roadmap, read and checked; or why it cannot be had (the file is missing,
/// does not load, with the first problem and its place, or holds other content).
Expected<Roadmap, std::string> loadEdition(const EditionReference& edition,
                                           const std::filesystem::path& roadmapFile);

/// A reference to `earlier` as an edition of a roadmap: its title, edition and fingerprint,
/// with the id and path given.
EditionReference referenceTo(const Roadmap& earlier, std::string id, std::string path);

} // namespace orrery
