#include "filetext.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>
#include <utility>

namespace orrery::file_text {
namespace {

constexpr std::size_t kHugePage = std::size_t{2} << 20;

std::size_t pageRounded(std::size_t bytes) {
    const auto page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
    return (bytes + page - 1) / page * page;
}

/// Closes a file descriptor when it goes out of scope.
class Descriptor {
public:
    explicit Descriptor(int fd) : m_fd(fd) {}
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    ~Descriptor() {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    int get() const { return m_fd; }

private:
    int m_fd;
};

} // namespace

FileText::FileText(FileText&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0)),
      m_capacity(std::exchange(other.m_capacity, 0)) {}

FileText& FileText::operator=(FileText&& other) noexcept {
    if (this != &other) {
        FileText gone(std::move(*this));
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
    }
    return *this;
}

FileText::~FileText() {
    if (m_data) {
        ::munmap(m_data, m_capacity);
    }
}

bool FileText::reserve(std::size_t capacity) {
    capacity = pageRounded(std::max<std::size_t>(capacity, 1));
    if (capacity <= m_capacity) {
        return true;
    }
    void* memory = m_data ? ::mremap(m_data, m_capacity, capacity, MREMAP_MAYMOVE)
                          : ::mmap(nullptr, capacity, PROT_READ | PROT_WRITE,
                                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (memory == MAP_FAILED) {
        return false;
    }
    if (capacity >= kHugePage) {
        // Advice only: where huge pages are off, the memory works the same, page by page.
        ::madvise(memory, capacity, MADV_HUGEPAGE);
    }
    m_data = static_cast<char*>(memory);
    m_capacity = capacity;
    return true;
}

FileText::Result FileText::read(const std::filesystem::path& path, std::size_t maxBytes,
                                std::size_t padding) {
    Result result;
    // No file comes near; a limit of "everything" must not wrap the arithmetic below.
    maxBytes = std::min(maxBytes, std::numeric_limits<std::size_t>::max() / 4);
    const Descriptor file(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (file.get() < 0) {
        result.problem = Problem::CannotOpen;
        result.reason = std::strerror(errno);
        return result;
    }
    struct stat status {};
    const bool sized = ::fstat(file.get(), &status) == 0 && S_ISREG(status.st_mode);
    const std::size_t expected = sized ? static_cast<std::size_t>(status.st_size) : 0;
    if (expected > maxBytes) {
        result.problem = Problem::TooLarge;
        result.fileBytes = expected;
        return result;
    }
    FileText& text = result.file;
    constexpr std::size_t kPiece = std::size_t{1} << 20;
    // One byte more than expected, to see the end (a file may grow while it is read).
    if (!text.reserve(expected + 1 + padding)) {
        result.problem = Problem::OutOfMemory;
        return result;
    }
    for (;;) {
        if (text.m_size + padding >= text.m_capacity &&
            !text.reserve(std::max(text.m_capacity * 2, text.m_size + kPiece + padding))) {
            result.problem = Problem::OutOfMemory;
            return result;
        }
        const std::size_t room =
            std::min(text.m_capacity - padding - text.m_size, maxBytes + 1 - text.m_size);
        const ::ssize_t got = ::read(file.get(), text.m_data + text.m_size, room);
        if (got < 0) {
            if (errno == EINTR) {
                continue;
            }
            result.problem = Problem::CannotRead;
            result.reason = std::strerror(errno);
            return result;
        }
        if (got == 0) {
            return result;
        }
        text.m_size += static_cast<std::size_t>(got);
        if (text.m_size > maxBytes) {
            result.problem = Problem::TooLarge;
            return result;
        }
    }
}

} // namespace orrery::file_text
