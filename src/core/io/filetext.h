#pragma once

// A file's bytes in memory, read with the size limit enforced while reading (a pipe or a
// device has no size to check beforehand), with room after the text for the fast reader's
// padding. Large files go to memory the kernel may back with huge pages: filling a 75 MB
// buffer page by page costs more than parsing it.

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace orrery::file_text {

class FileText {
public:
    FileText() = default;
    FileText(FileText&& other) noexcept;
    FileText& operator=(FileText&& other) noexcept;
    FileText(const FileText&) = delete;
    FileText& operator=(const FileText&) = delete;
    ~FileText();

    std::string_view text() const { return {m_data, m_size}; }
    /// Bytes that may be read from text().data(): the text, then padding.
    std::size_t capacity() const { return m_capacity; }

    enum class Problem { None, CannotOpen, CannotRead, TooLarge, OutOfMemory };
    struct Result;

    /// Reads at most `maxBytes`; more is Problem::TooLarge. `padding` bytes stay readable
    /// after the text.
    static Result read(const std::filesystem::path& path, std::size_t maxBytes,
                       std::size_t padding);

private:
    bool reserve(std::size_t capacity);

    char* m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
};

struct FileText::Result {
    FileText file;
    Problem problem = Problem::None;
    /// errno's text for CannotOpen and CannotRead.
    std::string reason;
    /// TooLarge: the file's size, when it has one (a pipe or a device has none).
    std::optional<std::size_t> fileBytes;
};

} // namespace orrery::file_text
