#include "../cli.h"
#include "../report.h"
#include "commands.h"

#include <orrery/analysis/analysis.h>
#include <orrery/io/csv.h>
#include <orrery/io/icalendar.h>
#include <orrery/io/mspdi.h>
#include <orrery/io/network.h>
#include <orrery/io/reader.h>
#include <orrery/io/taskjuggler.h>
#include <orrery/io/writer.h>
#include <orrery/resolution.h>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <render/exporters.h>
#include <render/utf8.h>
#include <render/vocabulary.h>
#include <unistd.h>

#include <QGuiApplication>

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <sstream>

namespace orrery::cli {

/// Drawing needs a QGuiApplication; the tool never shows a window, so it uses Qt's
/// offscreen platform and works without a display.
std::unique_ptr<QGuiApplication> guiApplication() {
    if (QGuiApplication::instance()) {
        return nullptr;
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt warns on stderr when there is no runtime directory (as under cron or in a
    // container); the offscreen platform needs none, so give it a private one quietly.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const std::filesystem::path runtime =
            std::filesystem::temp_directory_path() / fmt::format("orrery-runtime-{}", getuid());
        std::error_code error;
        std::filesystem::create_directories(runtime, error);
        std::filesystem::permissions(runtime, std::filesystem::perms::owner_all,
                                     std::filesystem::perm_options::replace, error);
        if (!error) {
            qputenv("XDG_RUNTIME_DIR", QByteArray::fromStdString(runtime.string()));
        }
    }
    static int argc = 1;
    static char name[] = "orrery-cli";
    static char* argv[] = {name, nullptr};
    return std::make_unique<QGuiApplication>(argc, argv);
}

namespace {

QPageSize::PageSizeId pageSizeNamed(const std::string& name) {
    static const std::map<std::string, QPageSize::PageSizeId> sizes{
        {"a4", QPageSize::A4},
        {"a3", QPageSize::A3},
        {"letter", QPageSize::Letter},
        {"tabloid", QPageSize::Tabloid}};
    const auto found = sizes.find(lowered(name));
    return found != sizes.end() ? found->second : QPageSize::A4;
}

/// The filter's agencies and destinations must be the roadmap's: a misspelt id would
/// otherwise publish an empty document.
bool checkFilterIds(const Roadmap& roadmap, const ExportOptions& options, std::ostream& err) {
    bool valid = true;
    const auto list = [](const auto& items) {
        std::string ids;
        for (const auto& item : items) {
            ids += (ids.empty() ? "" : ", ") + item.id;
        }
        return ids;
    };
    for (const std::string& agency : options.agencies) {
        if (!roadmap.agencies.find(agency)) {
            err << fmt::format("{}: no agency \"{}\" in this roadmap; its agencies are {}\n",
                               options.file, agency, list(roadmap.agencies));
            valid = false;
        }
    }
    for (const std::string& destination : options.destinations) {
        if (!roadmap.destinations.find(destination)) {
            err << fmt::format(
                "{}: no destination \"{}\" in this roadmap; its destinations are {}\n",
                options.file, destination, list(roadmap.destinations));
            valid = false;
        }
    }
    return valid;
}

/// The words an option takes, from the vocabulary (the core's for the model, the rendering
/// library's for sections, charts and colourings): the help and the check say the same.
template <class Values>
std::vector<std::string> keysOf(const Values& values) {
    std::vector<std::string> keys;
    for (const auto value : values) {
        keys.emplace_back(toString(value));
    }
    return keys;
}

std::string listed(const std::vector<std::string>& keys, std::string_view separator = ", ") {
    return fmt::format("{}", fmt::join(keys, separator));
}

} // namespace

void addExportOptions(CLI::App& command, ExportOptions& options) {
    command.add_option("file", options.file, "Roadmap file")->required();
    command
        .add_option("-o,--output", options.output,
                    "File to write; its extension picks the format: .pdf, .svg, .png, .xml (MS "
                    "Project), .csv, .ics (iCalendar), .tjp (TaskJuggler), .graphml or .dot")
        ->required();
    command.add_option("--page", options.page, "Page size: A4 (default), A3, Letter or Tabloid")
        ->check(CLI::IsMember({"A4", "A3", "Letter", "Tabloid"}, CLI::ignore_case));
    command.add_flag("--landscape,!--portrait", options.landscape,
                     "Page orientation (default: landscape)");
    command.add_option("--margin", options.margin, "Page margins in millimetres (default 12)")
        ->check(CLI::Range(5.0, 40.0));
    command
        .add_option("--sections", options.sections,
                    fmt::format("Comma-separated: {} (default: all but findings)",
                                listed(keysOf(render::allSections()), ",")))
        ->delimiter(',');
    command.add_option("--agency", options.agencies, "Only missions this agency leads or joins");
    command.add_option("--destination", options.destinations, "Only missions to this destination");
    command
        .add_option(
            "--crew", options.crew,
            fmt::format("Only missions with this crew ({})", listed(keysOf(render::allCrews()))))
        ->check(CLI::IsMember(keysOf(render::allCrews()), CLI::ignore_case));
    command
        .add_option("--status", options.statuses,
                    fmt::format("Only missions with this status ({})",
                                listed(keysOf(render::allStatuses()))))
        ->check(CLI::IsMember(keysOf(render::allStatuses()), CLI::ignore_case));
    command.add_option("--search", options.search,
                       "Only missions whose id, name or notes contain it");
    command
        .add_option("--chart", options.chart,
                    fmt::format("SVG and PNG: {}", listed(keysOf(render::allCharts()))))
        ->check(CLI::IsMember(keysOf(render::allCharts()), CLI::ignore_case));
    command
        .add_option(
            "--color-by", options.colorBy,
            fmt::format("Colour the missions by {}", listed(keysOf(render::allColorModes()))))
        ->check(CLI::IsMember(keysOf(render::allColorModes()), CLI::ignore_case));
    command.add_option("--dpi", options.dpi, "PNG: pixels per inch (default 150)")
        ->check(CLI::Range(24.0, 1200.0));
    command.add_flag("--pdfa", options.pdfA, "PDF: archival PDF/A-1b");
    command.add_flag("--bom", options.byteOrderMark,
                     "CSV: start with a byte order mark, so that spreadsheets read UTF-8");
    command.add_option("--since", options.since,
                       "PDF: the earlier edition (its id in the roadmap) that the changes section "
                       "measures against (default: the last edition the roadmap names)");
    command.footer("Runs without a display and never shows a window.\nExit codes: 0 written, "
                   "2 the roadmap cannot be loaded, the options are wrong or the file cannot be "
                   "written.");
}

int exportRoadmap(const ExportOptions& options, Context& context) {
    const std::string extension =
        lowered(std::filesystem::path(options.output).extension().string());
    // The plan for other tools: text, written without drawing.
    static const std::map<std::string, std::string_view> kPlanFormats{
        {".xml", "MS Project XML"},
        {".csv", "a mission table"},
        {".ics", "an iCalendar of launches and spans"},
        {".tjp", "a TaskJuggler project"},
        {".graphml", "the dependency network as GraphML"},
        {".dot", "the dependency network as DOT"}};
    const auto planFormat = kPlanFormats.find(extension);
    const bool network = planFormat != kPlanFormats.end();
    if (extension != ".pdf" && extension != ".svg" && extension != ".png" && !network) {
        context.err << fmt::format("{}: the extension must be .pdf, .svg, .png, .xml, .csv, .ics, "
                                   ".tjp, .graphml or .dot\n",
                                   options.output);
        return Unusable;
    }
    if (options.byteOrderMark && extension != ".csv") {
        context.err << fmt::format("{}: --bom is for CSV\n", options.output);
        return Unusable;
    }
    if (extension != ".pdf" && !options.since.empty()) {
        context.err << fmt::format("{}: --since publishes the changes section of a PDF\n",
                                   options.output);
        return Unusable;
    }
    std::optional<Roadmap> whole = readOrExplain(options.file, context.err);
    if (!whole) {
        return Unusable;
    }
    std::optional<Roadmap> loaded;
    if (context.scenario.empty()) {
        loaded = std::move(whole);
        whole.reset();
    } else {
        ReadResult resolved = resolveAs(*whole, options.file, context.scenario);
        if (!resolved) {
            for (const LoadError& error : resolved.error()) {
                printLoadError(context.err, error);
            }
            return Unusable;
        }
        loaded = std::move(*resolved);
    }
    const Roadmap& roadmap = *loaded;
    if (!checkFilterIds(roadmap, options, context.err)) {
        return Unusable;
    }
    MissionFilter filter;
    filter.agencies.insert(options.agencies.begin(), options.agencies.end());
    filter.destinations.insert(options.destinations.begin(), options.destinations.end());
    if (!options.crew.empty()) {
        filter.crew = crewFromString(lowered(options.crew));
    }
    for (const std::string& status : options.statuses) {
        if (const auto parsed = missionStatusFromString(lowered(status))) {
            filter.statuses.insert(*parsed);
        }
    }
    filter.text = options.search;
    const std::optional<MissionFilter> chosen =
        filter.isActive() ? std::optional<MissionFilter>(filter) : std::nullopt;
    const std::vector<bool> kept = chosen ? applyFilter(roadmap, *chosen) : std::vector<bool>{};
    if (chosen) {
        if (std::find(kept.begin(), kept.end(), true) == kept.end()) {
            context.err << fmt::format("{}: no mission passes the filter; nothing written\n",
                                       options.file);
            return Unusable;
        }
    }
    if (network) {
        // The plan for other tools: no drawing, no display, no analysis.
        std::string text;
        if (extension == ".graphml") {
            text = toGraphML(roadmap, kept);
        } else if (extension == ".dot") {
            text = toDot(roadmap, kept);
        } else if (extension == ".xml") {
            text = toMspdi(roadmap, kept);
        } else if (extension == ".csv") {
            text = toMissionCsv(roadmap, kept, options.byteOrderMark);
        } else if (extension == ".ics") {
            auto calendar = toICalendar(roadmap, kept);
            if (!calendar) {
                context.err << fmt::format("{}: {}; nothing written\n", options.file,
                                           calendar.error());
                return Unusable;
            }
            text = std::move(*calendar);
        } else {
            auto project = toTaskJuggler(roadmap, kept);
            if (!project) {
                context.err << fmt::format("{}: {}; nothing written\n", options.file,
                                           project.error());
                return Unusable;
            }
            text = std::move(project->text);
        }
        const auto written = writeFileAtomically(options.output, text);
        if (!written) {
            context.err << written.error().describe() << '\n';
            return Unusable;
        }
        context.out << fmt::format("{}: {}\n", options.output, planFormat->second);
        return Success;
    }
    const auto application = guiApplication();
    const Analysis analysis = analyzeRoadmap(roadmap);
    const render::ColorMode colorMode =
        render::colorModeFromString(options.colorBy).value_or(render::ColorMode::Agency);
    const QString output = render::toQString(options.output);

    if (extension == ".pdf") {
        render::ReportOptions report;
        report.pageSize = pageSizeNamed(options.page);
        report.orientation = options.landscape ? QPageLayout::Landscape : QPageLayout::Portrait;
        report.marginMillimetres = options.margin;
        report.filter = chosen;
        report.colorMode = colorMode;
        report.pdfA = options.pdfA;
        if (!options.sections.empty()) {
            report.sections.clear();
            for (const std::string& name : options.sections) {
                const auto section = render::sectionFromString(name);
                if (!section) {
                    context.err << fmt::format("unknown section \"{}\"; sections are {}\n", name,
                                               listed(keysOf(render::allSections())));
                    return Unusable;
                }
                report.sections.insert(*section);
            }
        }
        if (!context.scenario.empty()) {
            const Scenario* shown = whole->scenarios.find(context.scenario);
            report.scenarioName = render::toQString(nameOf(*shown));
            report.scenariosOf = std::make_shared<const Roadmap>(std::move(*whole));
        }
        // Asked for (--since, or the section named): an edition that cannot be read is an
        // error. Published by default: the last edition named, left out with a note when it
        // cannot be read.
        const bool asked =
            !options.since.empty() ||
            (!options.sections.empty() && report.sections.contains(render::Section::Changes));
        std::string since = options.since;
        if (since.empty() && report.sections.contains(render::Section::Changes) &&
            !roadmap.editions.empty()) {
            since = roadmap.editions[roadmap.editions.size() - 1].id;
        }
        if (asked && since.empty()) {
            context.err << fmt::format("{}: the changes section measures against an earlier "
                                       "edition, and the roadmap names none\n",
                                       options.file);
            return Unusable;
        }
        if (!since.empty()) {
            std::ostringstream why;
            auto edition =
                readEditionOrExplain(roadmap, options.file, since, asked ? context.err : why);
            if (!edition && asked) {
                return Unusable;
            }
            if (edition) {
                report.sections.insert(render::Section::Changes);
                report.since = std::make_shared<const render::Baseline>(
                    render::Baseline{std::move(edition->first), std::move(edition->second)});
            } else {
                context.out << "The changes since the last edition are left out: " << why.str();
            }
        }
        const render::Report document(roadmap, &analysis, report);
        const auto written = render::exportPdf(document, output);
        if (!written) {
            context.err << render::toStdString(written.error()) << '\n';
            return Unusable;
        }
        context.out << fmt::format("{}: {} pages\n", options.output, *written);
        if (const QString note = document.dependencyDiagramNote(); !note.isEmpty()) {
            context.out << render::toStdString(note) << '\n';
        }
        return Success;
    }

    render::ChartOptions chart;
    chart.chart = render::chartFromString(options.chart).value_or(render::Chart::Timeline);
    chart.filter = chosen;
    chart.colorMode = colorMode;
    chart.dpi = options.dpi;
    const auto written = extension == ".svg" ? render::exportSvg(roadmap, &analysis, chart, output)
                                             : render::exportPng(roadmap, &analysis, chart, output);
    if (!written) {
        context.err << render::toStdString(written.error()) << '\n';
        return Unusable;
    }
    context.out << fmt::format("{}: {}\n", options.output, render::toString(chart.chart));
    if (const QString note = render::chartNote(roadmap, &analysis, chart); !note.isEmpty()) {
        context.out << render::toStdString(note) << '\n';
    }
    return Success;
}

} // namespace orrery::cli
