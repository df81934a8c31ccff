#pragma once

#include <orrery/roadmap.h>

#include <filesystem>
#include <string>
#include <string_view>

namespace orrery::test {

std::filesystem::path sourcePath(std::string_view relative);
std::filesystem::path testDataPath(std::string_view relative);
std::string readFile(const std::filesystem::path& path);
void writeFile(const std::filesystem::path& path, std::string_view content);

/// Loads a roadmap that must load; fails the test with the errors otherwise.
Roadmap loadRoadmap(const std::filesystem::path& path);
Roadmap parseRoadmapText(std::string_view text);

/// The minimal valid roadmap the malformed inputs are variations of.
std::string minimalRoadmapText();

/// A folder that exists for the lifetime of the object.
class TemporaryDirectory {
public:
    TemporaryDirectory();
    ~TemporaryDirectory();
    TemporaryDirectory(const TemporaryDirectory&) = delete;
    TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path operator/(std::string_view name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

} // namespace orrery::test
