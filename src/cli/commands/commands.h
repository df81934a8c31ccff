#pragma once

#ifdef ORRERY_WITH_EXPORT
#include <QGuiApplication>
#include <QPageSize>

#include <memory>
#endif

#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace orrery::cli {

enum class OutputFormat { Text, Json, Csv };

/// What every command receives once the command line is parsed.
struct Context {
    std::ostream& out;
    std::ostream& err;
    /// The scenario to read each roadmap as (--scenario); empty for the plan.
    std::string scenario;
};

struct ValidateOptions {
    std::vector<std::string> files;
    bool strict = false;
    OutputFormat format = OutputFormat::Text;
};
void addValidateOptions(CLI::App& command, ValidateOptions& options);
int validate(const ValidateOptions& options, Context& context);

struct FormatOptions {
    std::vector<std::string> files;
    bool check = false;
};
void addFormatOptions(CLI::App& command, FormatOptions& options);
int format(const FormatOptions& options, Context& context);

struct ScheduleOptions {
    std::string file;
    std::string target;
    OutputFormat format = OutputFormat::Text;
};
void addScheduleOptions(CLI::App& command, ScheduleOptions& options);
int schedule(const ScheduleOptions& options, Context& context);

struct ImpactOptions {
    std::string file;
    std::string mission;
    int slipMonths = 0;
    OutputFormat format = OutputFormat::Text;
};
void addImpactOptions(CLI::App& command, ImpactOptions& options);
int impact(const ImpactOptions& options, Context& context);

struct DiffOptions {
    std::string base;
    std::string other;
    OutputFormat format = OutputFormat::Text;
};
void addDiffOptions(CLI::App& command, DiffOptions& options);
int diff(const DiffOptions& options, Context& context);

struct MergeCommandOptions {
    std::string base;
    std::string ours;
    std::string theirs;
    std::string output;
    /// A roadmap with recorded conflicts to decide, instead of three to merge.
    std::string resolve;
    std::vector<std::string> accepted;
    std::vector<std::string> rejected;
    std::string reviewer = "orrery-cli";
    /// The contributing agency, for a THEIRS without a contribution header.
    std::string agency;
    bool writeConflicts = false;
    bool anyBaseline = false;
    OutputFormat format = OutputFormat::Text;
};
void addMergeOptions(CLI::App& command, MergeCommandOptions& options);
int merge(const MergeCommandOptions& options, Context& context);

struct GenerateOptions {
    std::size_t missions = 1000;
    std::uint64_t seed = 1;
    std::size_t cycles = 0;
    bool withoutPurpose = false;
    std::string output;
};
void addGenerateOptions(CLI::App& command, GenerateOptions& options);
int generate(const GenerateOptions& options, Context& context);

struct TraceOptions {
    std::string file;
    bool gaps = false;
    OutputFormat format = OutputFormat::Text;
};
void addTraceOptions(CLI::App& command, TraceOptions& options);
int trace(const TraceOptions& options, Context& context);

struct ScenariosOptions {
    std::string file;
    std::string target;
    OutputFormat format = OutputFormat::Text;
};
void addScenariosOptions(CLI::App& command, ScenariosOptions& options);
int scenarios(const ScenariosOptions& options, Context& context);

struct SlipsOptions {
    std::string file;
    std::string since;
    OutputFormat format = OutputFormat::Text;
};
void addSlipsOptions(CLI::App& command, SlipsOptions& options);
int slips(const SlipsOptions& options, Context& context);

struct EditionsOptions {
    std::string file;
    std::string name;
    std::string id;
};
void addEditionsOptions(CLI::App& command, EditionsOptions& options);
int editions(const EditionsOptions& options, Context& context);

struct ImportOptions {
    std::string file;
    std::string output;
    std::string mapping;
    std::string writeMapping;
    std::string precision;
    std::string agency;
    std::string lane;
    std::string baseline;
    std::string title;
    bool skipBad = false;
    bool force = false;
};
void addImportOptions(CLI::App& command, ImportOptions& options);
int importPlan(const ImportOptions& options, Context& context);

#ifdef ORRERY_WITH_GIT
/// git's merge driver: %O %A %B %P.
struct MergeDriverOptions {
    std::string base;
    std::string ours;
    std::string theirs;
    std::string path;
};
void addMergeDriverOptions(CLI::App& command, MergeDriverOptions& options);
int mergeDriver(const MergeDriverOptions& options, Context& context);

/// git's external diff: path old-file old-hex old-mode new-file new-hex new-mode.
struct GitDiffOptions {
    std::vector<std::string> arguments;
};
void addGitDiffOptions(CLI::App& command, GitDiffOptions& options);
int gitDiff(const GitDiffOptions& options, Context& context);

struct TextconvOptions {
    std::string file;
};
void addTextconvOptions(CLI::App& command, TextconvOptions& options);
int textconv(const TextconvOptions& options, Context& context);

struct GitSetupOptions {
    std::string repository = ".";
    /// The orrery-cli git runs; by default this very program.
    std::string program;
};
void addGitSetupOptions(CLI::App& command, GitSetupOptions& options);
int gitSetup(const GitSetupOptions& options, Context& context);

struct VerifyOptions {
    std::string repository = ".";
    std::string range = "HEAD";
    /// The revision whose signers file is trusted; by default where the range starts.
    std::string signersFrom;
    OutputFormat format = OutputFormat::Text;
};
void addVerifyOptions(CLI::App& command, VerifyOptions& options);
int verify(const VerifyOptions& options, Context& context);
#endif

#ifdef ORRERY_WITH_EXPORT
struct ExportOptions {
    std::string file;
    std::string output;
    std::string page = "A4";
    bool landscape = true;
    double margin = 12;
    std::vector<std::string> sections;
    std::vector<std::string> agencies;
    std::vector<std::string> destinations;
    std::string crew;
    std::vector<std::string> statuses;
    std::string search;
    std::string chart = "timeline";
    std::string colorBy = "agency";
    double dpi = 150;
    bool pdfA = false;
    std::string since;
    bool byteOrderMark = false;
};
void addExportOptions(CLI::App& command, ExportOptions& options);
int exportRoadmap(const ExportOptions& options, Context& context);
#endif

struct WindowsOptions {
    /// "mars", a destination of --roadmap, and the span's end: --to is given twice.
    std::vector<std::string> to;
    std::string from;
    std::string roadmap;
    std::string mission;
    double c3Max = 0;
    int shortestFlight = 0;
    int longestFlight = 0;
    OutputFormat format = OutputFormat::Text;
};
void addWindowsOptions(CLI::App& command, WindowsOptions& options);
int windows(const WindowsOptions& options, Context& context);

struct PorkchopOptions {
    WindowsOptions span;
    std::string output;
    std::string size = "1100x720";
    bool dark = false;
};
void addPorkchopOptions(CLI::App& command, PorkchopOptions& options);
int porkchop(const PorkchopOptions& options, Context& context);

#ifdef ORRERY_WITH_EXPORT
/// Drawing needs a QGuiApplication; the tool never shows a window, so it uses Qt's
/// offscreen platform and works without a display. Null when there is one already.
std::unique_ptr<QGuiApplication> guiApplication();
#endif

/// Adds --format text|json to a command, or text|json|csv.
void addFormatOption(CLI::App& command, OutputFormat& format, bool withCsv = false);

} // namespace orrery::cli
