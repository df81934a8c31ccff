#include <orrery/io/editions.h>
#include <orrery/io/reader.h>
#include <orrery/io/writer.h>

#include <fmt/format.h>

namespace orrery {

std::filesystem::path editionPath(const std::filesystem::path& roadmapFile,
                                  const EditionReference& edition) {
    const std::filesystem::path path(edition.path);
    return path.is_absolute() ? path : roadmapFile.parent_path() / path;
}

Expected<void, std::string> checkEdition(const EditionReference& edition, const Roadmap& loaded) {
    const std::string fingerprint = contentFingerprint(loaded);
    if (fingerprint != edition.fingerprint) {
        return make_unexpected(fmt::format(
            "edition \"{}\": {} holds other content than the edition named (its fingerprint is "
            "{}, the roadmap names {}); it was changed after it was named, or it is another "
            "roadmap. Name it again if it is the edition meant.",
            edition.id, edition.path, fingerprint, edition.fingerprint));
    }
    return {};
}

Expected<Roadmap, std::string> loadEdition(const EditionReference& edition,
                                           const std::filesystem::path& roadmapFile) {
    const std::filesystem::path path = editionPath(roadmapFile, edition);
    auto read = readRoadmapFile(path);
    if (!read) {
        const LoadError& first = read.error().front();
        return make_unexpected(fmt::format("edition \"{}\": {}", edition.id, first.describe()));
    }
    if (auto checked = checkEdition(edition, *read); !checked) {
        return make_unexpected(std::move(checked.error()));
    }
    return std::move(*read);
}

EditionReference referenceTo(const Roadmap& earlier, std::string id, std::string path) {
    EditionReference reference;
    reference.id = std::move(id);
    reference.title = earlier.title;
    reference.edition = earlier.edition;
    reference.path = std::move(path);
    reference.fingerprint = contentFingerprint(earlier);
    return reference;
}

} // namespace orrery
