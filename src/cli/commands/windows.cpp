#include "../cli.h"
#include "../report.h"
#include "commands.h"

#include <orrery/analysis/launchwindows.h>
#include <orrery/date.h>
#include <orrery/io/writer.h>

#include <CLI/CLI.hpp>
#include <fmt/chrono.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#ifdef ORRERY_WITH_EXPORT
#include <render/porkchop.h>
#include <render/utf8.h>
#endif

#include <algorithm>
#include <cmath>
#include <filesystem>

namespace orrery::cli {
namespace {

using nlohmann::ordered_json;
using std::chrono::sys_days;

/// What a windows or porkchop command asks about, made sense of.
struct Question {
    LaunchTarget target;
    sys_days from;
    sys_days to;
    /// Of the mission asked about.
    std::optional<std::pair<sys_days, sys_days>> planned;
    std::string title;
    std::string limitText;
};

std::string dayText(sys_days day) {
    return fmt::format("{:%Y-%m-%d}", day);
}

std::optional<Question> understand(const WindowsOptions& options, std::ostream& err) {
    std::string where;
    std::optional<Date> until;
    for (const std::string& value : options.to) {
        if (auto date = Date::parse(value)) {
            until = *date;
        } else if (where.empty()) {
            where = value;
        } else {
            err << fmt::format("--to {}: neither a date (YYYY, YYYY-MM, YYYY-MM-DD) nor the only "
                               "destination (already {})\n",
                               value, where);
            return std::nullopt;
        }
    }
    std::optional<Roadmap> roadmap;
    if (!options.roadmap.empty()) {
        roadmap = readOrExplain(options.roadmap, err);
        if (!roadmap) {
            return std::nullopt;
        }
    }
    Question question;
    const Mission* mission = nullptr;
    const Destination* destination = nullptr;
    Destination mars = laneNamed("mars", "Mars", CelestialBody::Mars);
    if (!options.mission.empty()) {
        if (!roadmap) {
            err << "--mission names a mission of the roadmap given with --roadmap\n";
            return std::nullopt;
        }
        mission = roadmap->missions.find(options.mission);
        if (!mission) {
            err << fmt::format("{}: no mission \"{}\"\n", options.roadmap, options.mission);
            return std::nullopt;
        }
        destination = roadmap->destinations.find(mission->destination);
        if (!destination) {
            err << fmt::format("{}: mission \"{}\" goes to \"{}\", which the roadmap does not "
                               "list\n",
                               options.roadmap, mission->id, mission->destination);
            return std::nullopt;
        }
    } else if (where.empty()) {
        err << "say where to: --to mars, or --to DESTINATION with --roadmap FILE (or --mission "
               "ID with --roadmap FILE)\n";
        return std::nullopt;
    } else if (roadmap && roadmap->destinations.find(where)) {
        destination = roadmap->destinations.find(where);
    } else if (lowered(where) == "mars") {
        destination = &mars;
    } else {
        err << fmt::format("--to {}: {}\n", where,
                           roadmap ? fmt::format("{} has no such destination", options.roadmap)
                                   : std::string("give --roadmap FILE for a destination other "
                                                 "than mars"));
        return std::nullopt;
    }
    const auto target = launchTargetOf(*destination, mission);
    if (!target) {
        err << fmt::format("destination \"{}\": launch opportunities are worked out for Mars and "
                           "for asteroids whose orbit the roadmap holds\n",
                           destination->id);
        return std::nullopt;
    }
    question.target = *target;
    question.limitText = std::string(limitSourceText(target->limitSource));
    if (options.c3Max > 0) {
        question.target.limits.c3Max = options.c3Max;
        question.limitText = "--c3-max";
    }
    if (options.shortestFlight > 0) {
        question.target.limits.shortestFlight = options.shortestFlight;
    }
    if (options.longestFlight > 0) {
        question.target.limits.longestFlight = options.longestFlight;
    }
    if (question.target.limits.longestFlight < question.target.limits.shortestFlight) {
        err << fmt::format("flights of {} to {} days: the shortest is above the longest\n",
                           question.target.limits.shortestFlight,
                           question.target.limits.longestFlight);
        return std::nullopt;
    }
    if (mission) {
        question.planned = std::pair{mission->start.firstDay(), mission->start.lastDay()};
        question.from = mission->start.firstDay();
        question.to = mission->start.lastDay();
        question.title = fmt::format("{}: launch to {}", mission->name, target->name);
    } else {
        question.title = fmt::format("Launch to {}", target->name);
    }
    if (!options.from.empty()) {
        const auto from = Date::parse(options.from);
        if (!from) {
            err << fmt::format("--from {}: {}\n", options.from, from.error());
            return std::nullopt;
        }
        question.from = from->firstDay();
        question.to = until ? until->lastDay() : from->lastDay();
    } else if (!mission) {
        err << "say from when: --from DATE (and --to DATE; without it, the --from date's span)\n";
        return std::nullopt;
    } else if (until) {
        question.to = until->lastDay();
    }
    if (question.to < question.from) {
        err << fmt::format("the span ends ({}) before it starts ({})\n", dayText(question.to),
                           dayText(question.from));
        return std::nullopt;
    }
    if (!ephemerisCovers(question.target, question.from, question.to)) {
        err << fmt::format("{} to {}: launches with flights of up to {} days are worked out "
                           "from {} to {}, the days ERFA's Earth ephemeris answers for\n",
                           dayText(question.from), dayText(question.to),
                           question.target.limits.longestFlight, dayText(astro::kFirstTransferDay),
                           dayText(astro::lastLaunchDay(question.target.limits.longestFlight)));
        return std::nullopt;
    }
    return question;
}

} // namespace

void addWindowsOptions(CLI::App& command, WindowsOptions& options) {
    command
        .add_option("--to", options.to,
                    "Where to (mars, or a destination of --roadmap), and until when (a date): "
                    "given twice, --to mars --from 2026 --to 2040")
        ->expected(1)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    command.add_option("--from", options.from, "From this date (YYYY, YYYY-MM or YYYY-MM-DD)");
    command.add_option("--roadmap", options.roadmap,
                       "A roadmap whose destinations (an asteroid's orbit, a limit) to use");
    command.add_option("--mission", options.mission,
                       "A mission of --roadmap: its destination, its launcher's limit, its start");
    command
        .add_option("--c3-max", options.c3Max,
                    "The launcher's largest C3, km²/s² (default: the mission's, the "
                    "destination's, or 20 to Mars and 60 to an asteroid)")
        ->check(CLI::Range(0.001, 1000.0));
    command.add_option("--shortest", options.shortestFlight, "Shortest flight, days")
        ->check(CLI::Range(1, 3000));
    command.add_option("--longest", options.longestFlight, "Longest flight, days")
        ->check(CLI::Range(1, 3000));
}

int windows(const WindowsOptions& options, Context& context) {
    const auto question = understand(options, context.err);
    if (!question) {
        return Unusable;
    }
    const auto found = cachedOpportunities(question->target, question->from, question->to);
    if (!found) {
        context.err << found.error() << '\n';
        return Unusable;
    }
    const astro::LaunchLimits& limits = question->target.limits;
    if (options.format == OutputFormat::Json) {
        ordered_json report = ordered_json::object();
        report["target"] = question->target.name;
        report["c3Max"] = limits.c3Max;
        report["limit"] = question->limitText;
        report["shortestFlight"] = limits.shortestFlight;
        report["longestFlight"] = limits.longestFlight;
        report["from"] = dayText(question->from);
        report["to"] = dayText(question->to);
        report["model"] = "ERFA ephemerides, direct Lambert transfers";
        auto& list = report["opportunities"] = ordered_json::array();
        for (const astro::Opportunity& opportunity : *found) {
            list.push_back(
                {{"opens", dayText(opportunity.opens)},
                 {"closes", dayText(opportunity.closes)},
                 {"bestDeparture", dayText(opportunity.bestDeparture)},
                 {"bestArrival", dayText(opportunity.bestArrival())},
                 {"flightDays", opportunity.bestFlight},
                 {"c3", std::round(opportunity.minimumC3 * 100) / 100},
                 {"arrivalVInfinity", std::round(opportunity.arrivalVInfinity * 100) / 100}});
        }
        context.out << report.dump(2) << '\n';
    } else if (options.format == OutputFormat::Csv) {
        context.out << csvRow({"opens", "closes", "best_departure", "best_arrival", "flight_days",
                               "c3_km2_s2", "arrival_vinf_km_s"});
        for (const astro::Opportunity& opportunity : *found) {
            context.out << csvRow({dayText(opportunity.opens), dayText(opportunity.closes),
                                   dayText(opportunity.bestDeparture),
                                   dayText(opportunity.bestArrival()),
                                   std::to_string(opportunity.bestFlight),
                                   fmt::format("{:.2f}", opportunity.minimumC3),
                                   fmt::format("{:.2f}", opportunity.arrivalVInfinity)});
        }
    } else {
        context.out << fmt::format(
            "Launch opportunities to {}, {} to {}: C3 at most {:g} km²/s² ({}), flights of {} "
            "to {} days\n",
            question->target.name, dayText(question->from), dayText(question->to), limits.c3Max,
            question->limitText, limits.shortestFlight, limits.longestFlight);
        if (found->empty()) {
            context.out << "  none\n";
        } else {
            context.out << fmt::format("  {:<10}  {:<10}  {:<11}  {:<10}  {:>6}  {:>5}  {:>8}\n",
                                       "opens", "closes", "best launch", "arrival", "flight", "C3",
                                       "v∞ (km/s)");
        }
        for (const astro::Opportunity& opportunity : *found) {
            context.out << fmt::format(
                "  {:<10}  {:<10}  {:<11}  {:<10}  {:>6}  {:>5.1f}  {:>8.2f}\n",
                dayText(opportunity.opens), dayText(opportunity.closes),
                dayText(opportunity.bestDeparture), dayText(opportunity.bestArrival()),
                opportunity.bestFlight, opportunity.minimumC3, opportunity.arrivalVInfinity);
        }
        context.out << "Model: ERFA ephemerides (Earth eraEpv00, Mars eraPlan94, asteroids on "
                       "their elements), direct Lambert transfers (docs/analysis.md).\n";
    }
    return found->empty() ? Findings : Success;
}

void addPorkchopOptions(CLI::App& command, PorkchopOptions& options) {
    addWindowsOptions(command, options.span);
    command.add_option("-o,--output", options.output, "FILE.png, FILE.svg or FILE.csv")->required();
    command.add_option("--size", options.size, "Width x height of a PNG or SVG")
        ->check([](const std::string& text) {
            int width = 0;
            int height = 0;
            return std::sscanf(text.c_str(), "%dx%d", &width, &height) == 2 && width >= 200 &&
                           height >= 150 && width <= 8000 && height <= 8000
                       ? std::string()
                       : std::string("WIDTHxHEIGHT, each 200 to 8000 (150 for the height)");
        });
    command.add_flag("--dark", options.dark, "Draw on the dark theme");
    command.footer("The grid covers the span asked (or the mission's planned start) with four "
                   "months either side, 400 launch days by 300 flight times at most. The CSV "
                   "holds a row per cell: launch date, flight days, arrival date, C3, arrival "
                   "v-infinity (empty where no transfer exists).\nExit codes: 0 written, 2 the "
                   "command line, the roadmap or the file cannot be used.");
}

int porkchop(const PorkchopOptions& options, Context& context) {
    const std::string extension =
        lowered(std::filesystem::path(options.output).extension().string());
    if (extension != ".csv" && extension != ".png" && extension != ".svg") {
        context.err << fmt::format("{}: a porkchop is written as .png, .svg or .csv\n",
                                   options.output);
        return Unusable;
    }
    const auto question = understand(options.span, context.err);
    if (!question) {
        return Unusable;
    }
    if (extension == ".csv") {
        const astro::PorkchopSpan span =
            porkchopSpanAround(question->target, question->from, question->to);
        const auto grid = astro::computePorkchop(question->target.target, span);
        if (!grid) {
            context.err << grid.error() << '\n';
            return Unusable;
        }
        std::string text =
            csvRow({"departure", "flight_days", "arrival", "c3_km2_s2", "arrival_vinf_km_s"});
        for (int departure = 0; departure < span.departures; ++departure) {
            for (int flight = 0; flight < span.flights; ++flight) {
                const float c3 = grid->c3At(departure, flight);
                const float vinf = grid->arrivalVInfinityAt(departure, flight);
                const sys_days day = span.departure(departure);
                text += csvRow({dayText(day), std::to_string(span.flight(flight)),
                                dayText(day + std::chrono::days{span.flight(flight)}),
                                std::isfinite(c3) ? fmt::format("{:.3f}", c3) : std::string(),
                                std::isfinite(vinf) ? fmt::format("{:.3f}", vinf) : std::string()});
            }
        }
        if (const auto written = writeFileAtomically(options.output, text); !written) {
            context.err << written.error().describe() << '\n';
            return Unusable;
        }
        context.out << fmt::format("{}: {} launch days by {} flight times\n", options.output,
                                   span.departures, span.flights);
        return Success;
    }
#ifdef ORRERY_WITH_EXPORT
    const auto application = guiApplication();
    auto figure = render::porkchopAround(question->target, question->from, question->to,
                                         render::toQString(question->title));
    if (!figure) {
        context.err << render::toStdString(figure.error()) << '\n';
        return Unusable;
    }
    figure->plannedLaunch = question->planned;
    int width = 0;
    int height = 0;
    std::sscanf(options.size.c_str(), "%dx%d", &width, &height);
    const auto written =
        render::exportPorkchop(*figure, render::toQString(options.output), QSize(width, height),
                               options.dark ? render::Theme::dark() : render::Theme::light());
    if (!written) {
        context.err << fmt::format("{}: {}\n", options.output,
                                   render::toStdString(written.error()));
        return Unusable;
    }
    context.out << fmt::format("{}: porkchop of {} ({} opportunit{})\n", options.output,
                               question->target.name, figure->opportunities.size(),
                               figure->opportunities.size() == 1 ? "y" : "ies");
    return Success;
#else
    context.err << "this build of orrery-cli draws no images: write .csv\n";
    return Unusable;
#endif
}

} // namespace orrery::cli
