#include "testsupport.h"

#include <orrery/io/reader.h>

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace orrery::test {

std::filesystem::path sourcePath(std::string_view relative) {
    return std::filesystem::path(ORRERY_SOURCE_DIR) / relative;
}

std::filesystem::path testDataPath(std::string_view relative) {
    return std::filesystem::path(ORRERY_TEST_DATA_DIR) / relative;
}

std::string readFile(const std::filesystem::path& path) {
    std::ifstream stream(path, std::ios::binary);
    REQUIRE(stream.good());
    std::ostringstream content;
    content << stream.rdbuf();
    return std::move(content).str();
}

void writeFile(const std::filesystem::path& path, std::string_view content) {
    std::ofstream stream(path, std::ios::binary | std::ios::trunc);
    REQUIRE(stream.good());
    stream << content;
}

namespace {
Roadmap requireLoaded(ReadResult result) {
    if (!result) {
        for (const LoadError& error : result.error()) {
            UNSCOPED_INFO(error.describe());
        }
    }
    REQUIRE(result.has_value());
    return std::move(*result);
}
} // namespace

Roadmap loadRoadmap(const std::filesystem::path& path) {
    return requireLoaded(readRoadmapFile(path));
}

Roadmap parseRoadmapText(std::string_view text) {
    return requireLoaded(parseRoadmap(text, "test.roadmap.json"));
}

std::string minimalRoadmapText() {
    return readFile(testDataPath("minimal.roadmap.json"));
}

TemporaryDirectory::TemporaryDirectory() {
    std::string pattern = (std::filesystem::temp_directory_path() / "orrery-test-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    m_path = pattern;
}

TemporaryDirectory::~TemporaryDirectory() {
    std::error_code ignored;
    std::filesystem::permissions(m_path, std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::add, ignored);
    std::filesystem::remove_all(m_path, ignored);
}

} // namespace orrery::test
