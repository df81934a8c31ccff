#include "repository.h"

#include <fmt/format.h>

#include <QByteArray>
#include <QDir>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryFile>

#include <algorithm>
#include <charconv>

namespace orrery::git {
namespace {

constexpr std::string_view kNoBlob = "0000000000000000000000000000000000000000";

QStringList toQt(const std::vector<std::string>& arguments) {
    QStringList list;
    list.reserve(static_cast<qsizetype>(arguments.size()));
    for (const std::string& argument : arguments) {
        list.push_back(QString::fromStdString(argument));
    }
    return list;
}

std::string commandLine(const std::vector<std::string>& arguments) {
    return fmt::format("git {}", fmt::join(arguments, " "));
}

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (std::size_t at = text.find(separator); at != std::string_view::npos;
         at = text.find(separator, start)) {
        parts.push_back(text.substr(start, at - start));
        start = at + 1;
    }
    parts.push_back(text.substr(start));
    return parts;
}

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && (text.front() == '\n' || text.front() == ' ')) {
        text.remove_prefix(1);
    }
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) {
        text.remove_suffix(1);
    }
    return text;
}

std::string blobOrEmpty(std::string_view id) {
    return id == kNoBlob ? std::string() : std::string(id);
}

} // namespace

Expected<Repository, std::string> Repository::containing(const std::filesystem::path& path) {
    std::error_code error;
    std::filesystem::path folder = std::filesystem::absolute(path, error);
    if (!std::filesystem::is_directory(folder, error)) {
        folder = folder.parent_path();
    }
    Repository probe(folder);
    auto top = probe.run({"rev-parse", "--show-toplevel"});
    if (!top) {
        return make_unexpected(top.error());
    }
    return Repository(std::filesystem::path(std::string(trimmed(*top))));
}

std::string Repository::relativePath(const std::filesystem::path& file) const {
    std::error_code error;
    const std::filesystem::path absolute = std::filesystem::weakly_canonical(file, error);
    const std::filesystem::path root = std::filesystem::weakly_canonical(m_root, error);
    return absolute.lexically_relative(root).generic_string();
}

void Repository::start(QProcess& git, const std::vector<std::string>& arguments) const {
    git.setWorkingDirectory(QString::fromStdString(m_root.string()));
    // The same words whatever the user's language, and never a pager or a prompt.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    environment.insert(QStringLiteral("GIT_PAGER"), QStringLiteral("cat"));
    git.setProcessEnvironment(environment);
    std::vector<std::string> all = {"-c", "core.quotePath=false"};
    all.insert(all.end(), arguments.begin(), arguments.end());
    git.start(QStringLiteral("git"), toQt(all));
}

Expected<void, std::string>
Repository::stream(const std::vector<std::string>& arguments, std::string_view input,
                   const std::function<bool(std::string& pending)>& consume) const {
    QProcess git;
    start(git, arguments);
    if (!git.waitForStarted(-1)) {
        return make_unexpected(fmt::format("{}: git cannot be run: {}", commandLine(arguments),
                                           git.errorString().toStdString()));
    }
    if (!input.empty()) {
        git.write(input.data(), static_cast<qint64>(input.size()));
    }
    git.closeWriteChannel();
    std::string pending;
    bool wanted = true;
    const auto take = [&] {
        const QByteArray chunk = git.readAllStandardOutput();
        if (!chunk.isEmpty() && wanted) {
            pending.append(chunk.constData(), static_cast<std::size_t>(chunk.size()));
            wanted = consume(pending);
        }
    };
    while (git.state() != QProcess::NotRunning) {
        git.waitForReadyRead(-1);
        take();
    }
    git.waitForFinished(-1);
    take();
    if (git.exitStatus() != QProcess::NormalExit || git.exitCode() != 0) {
        const std::string message(trimmed(git.readAllStandardError().toStdString()));
        return make_unexpected(
            fmt::format("{}: {}", commandLine(arguments), message.empty() ? "failed" : message));
    }
    if (!wanted) {
        return make_unexpected(
            fmt::format("{}: git wrote what Orrery cannot read", commandLine(arguments)));
    }
    return {};
}

Expected<std::string, std::string> Repository::run(const std::vector<std::string>& arguments,
                                                   std::string_view input) const {
    std::string output;
    auto ran = stream(arguments, input, [&output](std::string& pending) {
        output += pending;
        pending.clear();
        return true;
    });
    if (!ran) {
        return make_unexpected(ran.error());
    }
    return output;
}

namespace {

std::vector<std::string> logArguments(const std::vector<std::string>& pathspecs,
                                      const Repository::LogOptions& options) {
    std::string format = "--format=%H%x00%P%x00%an%x00%ae%x00%aI%x00";
    format += options.signatures ? "%G?%x00%GS%x00%GK" : "N%x00%x00";
    format += "%x00%s%x00%b%x00";
    // What a user's settings could change of the output is pinned: the first commit's files
    // shown, no signature text in the way.
    std::vector<std::string> arguments = {"-c", "log.showRoot=true", "-c",
                                          "log.showSignature=false"};
    if (!options.allowedSigners.empty()) {
        arguments.insert(arguments.end(),
                         {"-c", "gpg.ssh.allowedSignersFile=" + options.allowedSigners});
    }
    arguments.insert(arguments.end(), {"log", format, "-z", "--raw", "--no-abbrev", "--no-color",
                                       "--diff-merges=first-parent", "--no-renames"});
    if (options.limit > 0) {
        arguments.push_back(fmt::format("--max-count={}", options.limit));
    }
    // A range given on a command line is never taken for one of git's options.
    arguments.push_back("--end-of-options");
    arguments.push_back(options.range);
    arguments.push_back("--");
    arguments.insert(arguments.end(), pathspecs.begin(), pathspecs.end());
    return arguments;
}

bool isCommitId(std::string_view text) {
    return (text.size() == 40 || text.size() == 64) &&
           std::all_of(text.begin(), text.end(),
                       [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

/// `git log -z` with NUL between the fields (which no name or message can hold) and --raw:
/// per commit the ten fields, then pairs of ":<modes> <before> <after> <status>" and the
/// path. Anything else is refused: a commit whose files cannot be told is never judged
/// as changing nothing.
Expected<std::vector<CommitOfFiles>, std::string> parseLog(std::string_view text) {
    constexpr std::size_t kFields = 10;
    const std::vector<std::string_view> tokens = split(text, '\0');
    const auto refuse = [](std::string_view what) {
        return make_unexpected(fmt::format("git log wrote {} where Orrery expects a commit", what));
    };
    std::vector<CommitOfFiles> commits;
    std::size_t at = 0;
    const auto skipSeparators = [&] {
        while (at < tokens.size() && (tokens[at].empty() || tokens[at] == "\n")) {
            ++at;
        }
    };
    skipSeparators();
    while (at < tokens.size()) {
        if (at + kFields > tokens.size() || !isCommitId(tokens[at])) {
            return refuse(tokens[at].substr(0, 60));
        }
        const std::string_view* fields = &tokens[at];
        at += kFields;
        CommitOfFiles entry;
        Commit& commit = entry.commit;
        commit.id = std::string(fields[0]);
        for (std::string_view parent : split(fields[1], ' ')) {
            if (!parent.empty()) {
                commit.parents.emplace_back(parent);
            }
        }
        commit.author = std::string(fields[2]);
        commit.email = std::string(fields[3]);
        commit.date = std::string(fields[4]);
        const std::string_view letter = trimmed(fields[5]);
        commit.signature.status = signatureStatusFromGit(letter.empty() ? 'N' : letter.front());
        commit.signature.signer = std::string(fields[6]);
        commit.signature.key = std::string(fields[7]);
        commit.subject = std::string(fields[8]);
        commit.body = std::string(trimmed(fields[9]));
        skipSeparators();
        while (at < tokens.size()) {
            std::string_view raw = tokens[at];
            while (raw.starts_with('\n')) {
                raw.remove_prefix(1);
            }
            if (!raw.starts_with(':')) {
                break;
            }
            // ":100644 100644 <before> <after> M", then the path on its own
            const std::vector<std::string_view> words = split(raw.substr(1), ' ');
            if (words.size() != 5 || at + 1 >= tokens.size()) {
                return refuse(raw.substr(0, 60));
            }
            ChangedFile file;
            file.path = std::string(tokens[at + 1]);
            file.blob = blobOrEmpty(words[3]);
            file.parentBlobs.push_back(blobOrEmpty(words[2]));
            entry.files.push_back(std::move(file));
            at += 2;
            skipSeparators();
        }
        commits.push_back(std::move(entry));
    }
    return commits;
}

/// --raw shows a merge against its first parent only: the other parents' blobs of each
/// file come from one `git cat-file --batch-check`.
Expected<void, std::string> fillOtherParents(const Repository& repository,
                                             std::vector<CommitOfFiles>& commits) {
    std::string questions;
    for (const CommitOfFiles& entry : commits) {
        for (std::size_t parent = 1; parent < entry.commit.parents.size(); ++parent) {
            for (const ChangedFile& file : entry.files) {
                if (file.path.find('\n') != std::string::npos) {
                    return make_unexpected(fmt::format(
                        "{}: a path with a line break cannot be asked of git", file.path));
                }
                questions += fmt::format("{}:{}\n", entry.commit.parents[parent], file.path);
            }
        }
    }
    if (questions.empty()) {
        return {};
    }
    auto answers = repository.run({"cat-file", "--batch-check=%(objectname)"}, questions);
    if (!answers) {
        return make_unexpected(answers.error());
    }
    const std::vector<std::string_view> lines = split(*answers, '\n');
    std::size_t next = 0;
    for (CommitOfFiles& entry : commits) {
        for (std::size_t parent = 1; parent < entry.commit.parents.size(); ++parent) {
            for (ChangedFile& file : entry.files) {
                const std::string_view answer = next < lines.size() ? lines[next++] : "";
                // "<rev>:<path> missing" when that parent has no such file.
                file.parentBlobs.push_back(answer.find(' ') == std::string_view::npos
                                               ? std::string(answer)
                                               : std::string());
            }
        }
    }
    return {};
}

} // namespace

namespace {

/// The commits that changed what `pathspecs` name, with every parent's blob of each file.
Expected<std::vector<CommitOfFiles>, std::string> readLog(const Repository& repository,
                                                          const std::vector<std::string>& pathspecs,
                                                          const Repository::LogOptions& options) {
    auto text = repository.run(logArguments(pathspecs, options));
    if (!text) {
        return make_unexpected(text.error());
    }
    auto parsed = parseLog(*text);
    if (!parsed) {
        return make_unexpected(parsed.error());
    }
    if (auto filled = fillOtherParents(repository, *parsed); !filled) {
        return make_unexpected(filled.error());
    }
    return parsed;
}

} // namespace

Expected<std::vector<Commit>, std::string> Repository::log(const std::string& pathspec,
                                                           const LogOptions& options) const {
    auto parsed = readLog(*this, {pathspec}, options);
    if (!parsed) {
        return make_unexpected(parsed.error());
    }
    std::vector<Commit> commits;
    commits.reserve(parsed->size());
    for (CommitOfFiles& entry : *parsed) {
        if (!entry.files.empty()) {
            entry.commit.blob = entry.files.front().blob;
            entry.commit.parentBlobs = entry.files.front().parentBlobs;
        }
        commits.push_back(std::move(entry.commit));
    }
    return commits;
}

Expected<void, std::string> Repository::eachBlob(
    const std::vector<std::string>& ids,
    const std::function<void(const std::string& id, std::string_view content)>& visit) const {
    if (ids.empty()) {
        return {};
    }
    std::string questions;
    for (const std::string& id : ids) {
        questions += id;
        questions += '\n';
    }
    // "<id> blob <size>\n<content>\n" each, or "<id> missing\n": each blob is handed on as
    // soon as it is all there, and its bytes dropped, so that a long history never sits in
    // memory at once.
    std::size_t next = 0;
    std::string problem;
    auto streamed = stream({"cat-file", "--batch"}, questions, [&](std::string& pending) {
        std::size_t at = 0;
        while (next < ids.size()) {
            const std::size_t end = pending.find('\n', at);
            if (end == std::string::npos) {
                break;
            }
            const std::vector<std::string_view> header =
                split(std::string_view(pending).substr(at, end - at), ' ');
            if (header.size() != 3) {
                problem = fmt::format("git cat-file: {} is not in the repository", ids[next]);
                return false;
            }
            std::size_t size = 0;
            std::from_chars(header[2].data(), header[2].data() + header[2].size(), size);
            if (pending.size() < end + 1 + size + 1) {
                break;
            }
            visit(ids[next], std::string_view(pending).substr(end + 1, size));
            ++next;
            at = end + 1 + size + 1;
        }
        pending.erase(0, at);
        return true;
    });
    if (!problem.empty()) {
        return make_unexpected(problem);
    }
    if (!streamed) {
        return make_unexpected(streamed.error());
    }
    if (next < ids.size()) {
        return make_unexpected(fmt::format("git cat-file: no answer for {}", ids[next]));
    }
    return {};
}

Expected<std::string, std::string> Repository::blob(const std::string& id) const {
    std::string content;
    auto read = eachBlob({id}, [&content](const std::string&, std::string_view text) {
        content = std::string(text);
    });
    if (!read) {
        return make_unexpected(read.error());
    }
    return content;
}

Expected<std::vector<CommitOfFiles>, std::string>
roadmapCommits(const Repository& repository, const std::string& range,
               const std::string& allowedSigners) {
    Repository::LogOptions options;
    options.range = range;
    options.allowedSigners = allowedSigners;
    return readLog(repository, {"*.roadmap.json", ":(literal)" + std::string(kSignersFile)},
                   options);
}

std::string rangeStart(const std::string& range) {
    const std::size_t dots = range.find("..");
    if (dots == std::string::npos) {
        return range;
    }
    const std::string start = range.substr(0, dots);
    return start.empty() ? std::string("HEAD") : start;
}

Expected<std::optional<SignersFile>, std::string> SignersFile::at(const Repository& repository,
                                                                  const std::string& revision) {
    auto commit = repository.run(
        {"rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"});
    if (!commit) {
        return make_unexpected(fmt::format("{}: not a revision of the repository", revision));
    }
    const std::string id(trimmed(*commit));
    auto text = repository.run({"show", fmt::format("{}:{}", id, kSignersFile)});
    if (!text) {
        return std::optional<SignersFile>();
    }
    QTemporaryFile file(QDir::temp().filePath(QStringLiteral("orrery-signers-XXXXXX")));
    file.setAutoRemove(false);
    if (!file.open() ||
        file.write(text->data(), static_cast<qint64>(text->size())) !=
            static_cast<qint64>(text->size()) ||
        !file.flush()) {
        file.remove();
        return make_unexpected(std::string("the signers file cannot be copied out: ") +
                               file.errorString().toStdString());
    }
    return std::optional<SignersFile>(SignersFile(file.fileName().toStdString()));
}

SignersFile::SignersFile(SignersFile&& other) noexcept : m_path(std::move(other.m_path)) {
    other.m_path.clear();
}

SignersFile& SignersFile::operator=(SignersFile&& other) noexcept {
    if (this != &other) {
        std::error_code ignored;
        if (!m_path.empty()) {
            std::filesystem::remove(m_path, ignored);
        }
        m_path = std::move(other.m_path);
        other.m_path.clear();
    }
    return *this;
}

SignersFile::~SignersFile() {
    if (!m_path.empty()) {
        std::error_code ignored;
        std::filesystem::remove(m_path, ignored);
    }
}

} // namespace orrery::git
