#include <orrery/io/writer.h>

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

// POSIX rather than std::filesystem: the guarantees (flush to disk, atomic rename, no stray
// temporary file) need fsync and a file descriptor, which the standard library does not
// offer.
namespace orrery {
namespace {

std::string systemError() {
    return std::strerror(errno);
}

/// Closes the descriptor and removes the temporary file unless the write went through.
class TemporaryFile {
public:
    TemporaryFile(int descriptor, std::string path) : m_fd(descriptor), m_path(std::move(path)) {}
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;
    ~TemporaryFile() {
        close();
        if (!m_committed) {
            ::unlink(m_path.c_str());
        }
    }

    int descriptor() const { return m_fd; }
    const std::string& path() const { return m_path; }
    bool close() {
        if (m_fd < 0) {
            return true;
        }
        const int result = ::close(m_fd);
        m_fd = -1;
        return result == 0;
    }
    void commit() { m_committed = true; }

private:
    int m_fd;
    std::string m_path;
    bool m_committed = false;
};

bool writeAll(int descriptor, std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t written = ::write(descriptor, bytes.data(), bytes.size());
        if (written < 0) {
            if (errno == EINTR) {
                continue;
            }
            return false;
        }
        bytes.remove_prefix(static_cast<std::size_t>(written));
    }
    return true;
}

} // namespace

Expected<void, SaveError> writeFileAtomically(const std::filesystem::path& requestedPath,
                                              std::string_view bytes) {
    // Saving through a symbolic link replaces the file it points to, not the link.
    std::error_code linkError;
    const std::filesystem::path path = std::filesystem::is_symlink(requestedPath, linkError)
                                           ? std::filesystem::canonical(requestedPath, linkError)
                                           : requestedPath;
    const std::string target = linkError ? requestedPath.string() : path.string();
    const auto fail = [&](std::string message) {
        return Expected<void, SaveError>(make_unexpected(SaveError{target, std::move(message)}));
    };

    // The temporary file must be in the same folder: rename() is only atomic within one
    // file system.
    const std::filesystem::path folder =
        path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    std::string pattern = (folder / ("." + path.filename().string() + ".saving-XXXXXX")).string();
    const int descriptor = ::mkstemp(pattern.data());
    if (descriptor < 0) {
        return fail(fmt::format("cannot save: cannot create a file in \"{}\": {}", folder.string(),
                                systemError()));
    }
    TemporaryFile temporary(descriptor, pattern);

    // Keep the permissions of the file being replaced; a new file gets the usual ones.
    struct stat existing {};
    mode_t mode = 0;
    if (::stat(target.c_str(), &existing) == 0) {
        if (S_ISDIR(existing.st_mode)) {
            return fail("cannot save: a folder of that name is in the way");
        }
        mode = existing.st_mode & 07777;
    } else {
        const mode_t mask = ::umask(0);
        ::umask(mask);
        mode = 0666 & ~mask;
    }
    if (::fchmod(temporary.descriptor(), mode) != 0) {
        return fail(fmt::format("cannot save: cannot set permissions: {}", systemError()));
    }

    if (!writeAll(temporary.descriptor(), bytes)) {
        return fail(fmt::format("cannot save: writing failed: {}", systemError()));
    }
    if (::fsync(temporary.descriptor()) != 0) {
        return fail(fmt::format("cannot save: flushing to disk failed: {}", systemError()));
    }
    if (!temporary.close()) {
        return fail(fmt::format("cannot save: closing the file failed: {}", systemError()));
    }
    if (::rename(temporary.path().c_str(), target.c_str()) != 0) {
        return fail(fmt::format("cannot save: replacing the file failed: {}", systemError()));
    }
    temporary.commit();

    // Make the rename itself durable.
    const int folderDescriptor = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY);
    if (folderDescriptor >= 0) {
        ::fsync(folderDescriptor);
        ::close(folderDescriptor);
    }
    return {};
}

} // namespace orrery
