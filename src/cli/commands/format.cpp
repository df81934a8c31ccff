#include "../cli.h"
#include "../report.h"
#include "commands.h"

#include <orrery/io/reader.h>
#include <orrery/io/writer.h>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <fstream>
#include <sstream>

namespace orrery::cli {
namespace {

std::string readWhole(const std::string& file) {
    std::ifstream stream(file, std::ios::binary);
    std::ostringstream content;
    content << stream.rdbuf();
    return std::move(content).str();
}

} // namespace

void addFormatOptions(CLI::App& command, FormatOptions& options) {
    command.add_option("files", options.files, "Roadmap files to rewrite")->required();
    command.add_flag("--check", options.check,
                     "Change nothing; report files that are not in canonical form (exit 1)");
    command.footer("Files are replaced atomically: an interrupted run leaves each file either "
                   "as it was or fully rewritten. A file that cannot be loaded is left alone "
                   "(exit 2).");
}

int format(const FormatOptions& options, Context& context) {
    int result = Success;
    for (const std::string& file : options.files) {
        const ReadResult loaded = readRoadmapFile(file);
        if (!loaded) {
            for (const LoadError& error : loaded.error()) {
                printLoadError(context.err, error);
            }
            context.err << fmt::format("{}: cannot be loaded, left unchanged\n", file);
            result = Unusable;
            continue;
        }
        const std::string canonical = toCanonicalJson(*loaded);
        if (canonical == readWhole(file)) {
            context.out << fmt::format("{}: already canonical\n", file);
            continue;
        }
        const int version = loaded->readFrom.formatVersion;
        if (options.check) {
            context.out << fmt::format(
                "{}: not in canonical form{}\n", file,
                version < kFormatVersion
                    ? fmt::format(" (format version {}; rewriting upgrades it to {})", version,
                                  kFormatVersion)
                    : std::string());
            result = std::max(result, static_cast<int>(Findings));
            continue;
        }
        if (auto saved = writeFileAtomically(file, canonical); !saved) {
            context.err << saved.error().describe() << '\n';
            result = Unusable;
            continue;
        }
        context.out << fmt::format(
            "{}: rewritten in canonical form{}\n", file,
            version < kFormatVersion
                ? fmt::format(", upgraded from format version {} to {} (Orrery before 0.2 "
                              "cannot open it)",
                              version, kFormatVersion)
                : std::string());
    }
    return result;
}

} // namespace orrery::cli
