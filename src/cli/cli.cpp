#include "cli.h"

#include "commands/commands.h"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include <functional>
#include <memory>
#include <vector>

#ifndef ORRERY_VERSION
#define ORRERY_VERSION "unknown"
#endif

namespace orrery::cli {
namespace {

/// Diagnostics go to the error stream, never into output that scripts parse.
void configureLogging(std::ostream& err, bool verbose) {
    auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(err);
    auto logger = std::make_shared<spdlog::logger>("orrery", std::move(sink));
    logger->set_pattern("orrery-cli: %l: %v");
    logger->set_level(verbose ? spdlog::level::debug : spdlog::level::warn);
    spdlog::set_default_logger(std::move(logger));
}

} // namespace

int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
    CLI::App app{"Orrery command-line tool: checks, schedules and formats space exploration "
                 "roadmaps (*.roadmap.json).",
                 "orrery-cli"};
    app.set_version_flag("--version", std::string("orrery-cli ") + ORRERY_VERSION);
    app.require_subcommand(1);
    app.footer("Exit codes: 0 success, 1 the command found problems, 2 a file could not be "
               "loaded or the command line is wrong.\nRun 'orrery-cli COMMAND --help' for a "
               "command's options.");
    bool verbose = false;
    app.add_flag("-v,--verbose", verbose, "Log what the tool does (to standard error)");
    std::string scenario;
    app.add_option("--scenario", scenario,
                   "Read each roadmap as this scenario of it (validate, schedule, impact, diff, "
                   "trace, slips, export)");
    // Options of the tool itself may also follow the command's name.
    app.fallthrough();

    ValidateOptions validateOptions;
    auto* validateCommand =
        app.add_subcommand("validate", "Load roadmaps and report every problem found in them");
    addValidateOptions(*validateCommand, validateOptions);

    FormatOptions formatOptions;
    auto* formatCommand = app.add_subcommand(
        "format", "Rewrite roadmaps in canonical form (stable order and layout)");
    addFormatOptions(*formatCommand, formatOptions);

    ScheduleOptions scheduleOptions;
    auto* scheduleCommand = app.add_subcommand(
        "schedule", "Earliest starts, slack and the critical path (critical path method)");
    addScheduleOptions(*scheduleCommand, scheduleOptions);

    ImpactOptions impactOptions;
    auto* impactCommand = app.add_subcommand("impact", "What slips or breaks if one mission slips");
    addImpactOptions(*impactCommand, impactOptions);

    DiffOptions diffOptions;
    auto* diffCommand = app.add_subcommand("diff", "List what changed between two roadmaps");
    addDiffOptions(*diffCommand, diffOptions);

    MergeCommandOptions mergeOptions;
    auto* mergeCommand = app.add_subcommand(
        "merge", "Merge a contribution into the roadmap: baseline, roadmap, contribution");
    addMergeOptions(*mergeCommand, mergeOptions);

    GenerateOptions generateOptions;
    auto* generateCommand =
        app.add_subcommand("generate", "Write a synthetic roadmap for tests and benchmarks");
    addGenerateOptions(*generateCommand, generateOptions);

    TraceOptions traceOptions;
    auto* traceCommand = app.add_subcommand(
        "trace", "Which missions pursue each objective; where each knowledge gap stands");
    addTraceOptions(*traceCommand, traceOptions);

    ScenariosOptions scenariosOptions;
    auto* scenariosCommand = app.add_subcommand(
        "scenarios", "Compare the plan and its scenarios: target date, critical path, findings");
    addScenariosOptions(*scenariosCommand, scenariosOptions);

    SlipsOptions slipsOptions;
    auto* slipsCommand =
        app.add_subcommand("slips", "What moved since an earlier edition, biggest slip first");
    addSlipsOptions(*slipsCommand, slipsOptions);

    EditionsOptions editionsOptions;
    auto* editionsCommand =
        app.add_subcommand("editions", "List the earlier editions a roadmap names, or name one");
    addEditionsOptions(*editionsCommand, editionsOptions);

    ImportOptions importOptions;
    auto* importCommand = app.add_subcommand(
        "import", "Make a roadmap, or an agency's contribution, of an MS Project or CSV plan");
    addImportOptions(*importCommand, importOptions);

    WindowsOptions windowsOptions;
    auto* windowsCommand = app.add_subcommand(
        "windows", "Launch opportunities to Mars or an asteroid: best launch, arrival and C3");
    addWindowsOptions(*windowsCommand, windowsOptions);
    addFormatOption(*windowsCommand, windowsOptions.format, true);
    windowsCommand->footer(
        "Opportunities are the launch days on which a direct transfer needs no more launch "
        "energy (C3) than the launcher gives; worked out on ERFA's ephemerides from 1900 to "
        "2100 (docs/analysis.md).\nExit codes: 0 some opportunity, 1 none in the span, 2 the "
        "command line or the roadmap cannot be used.");

    PorkchopOptions porkchopOptions;
    auto* porkchopCommand = app.add_subcommand(
        "porkchop", "Launch energy over launch date and flight time, as PNG, SVG or CSV");
    addPorkchopOptions(*porkchopCommand, porkchopOptions);

#ifdef ORRERY_WITH_GIT
    MergeDriverOptions mergeDriverOptions;
    auto* mergeDriverCommand = app.add_subcommand(
        "merge-driver", "git's merge driver for roadmaps: conflicts recorded, never markers");
    addMergeDriverOptions(*mergeDriverCommand, mergeDriverOptions);

    GitDiffOptions gitDiffOptions;
    auto* gitDiffCommand =
        app.add_subcommand("git-diff", "git's external diff for roadmaps: what changed");
    addGitDiffOptions(*gitDiffCommand, gitDiffOptions);

    TextconvOptions textconvOptions;
    auto* textconvCommand = app.add_subcommand(
        "textconv", "A roadmap as one line per field, for git log -p and git show");
    addTextconvOptions(*textconvCommand, textconvOptions);

    GitSetupOptions gitSetupOptions;
    auto* gitSetupCommand = app.add_subcommand(
        "git-setup", "Make a git repository merge and compare roadmaps with Orrery");
    addGitSetupOptions(*gitSetupCommand, gitSetupOptions);

    VerifyOptions verifyOptions;
    auto* verifyCommand = app.add_subcommand(
        "verify", "Check that each commit is signed by the agency owning what it changes");
    addVerifyOptions(*verifyCommand, verifyOptions);
#endif

#ifdef ORRERY_WITH_EXPORT
    ExportOptions exportOptions;
    auto* exportCommand = app.add_subcommand(
        "export", "Publish a roadmap as PDF, a chart as SVG or PNG, or the plan for other tools");
    addExportOptions(*exportCommand, exportOptions);
#endif

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        const int code = app.exit(error, out, err);
        return code == 0 ? Success : Unusable;
    }

    configureLogging(err, verbose);
    Context context{out, err, scenario};
    // These write or compare whole files, scenarios and all.
    std::vector<const CLI::App*> wholeFileCommands = {
        formatCommand,   mergeCommand,  generateCommand, scenariosCommand,
        editionsCommand, importCommand, windowsCommand,  porkchopCommand};
#ifdef ORRERY_WITH_GIT
    wholeFileCommands.insert(
        wholeFileCommands.end(),
        {mergeDriverCommand, gitDiffCommand, textconvCommand, gitSetupCommand, verifyCommand});
#endif
    for (const CLI::App* command : wholeFileCommands) {
        if (!scenario.empty() && command->parsed()) {
            err << fmt::format("orrery-cli {}: --scenario does not apply: the command works on "
                               "the whole file, its scenarios included\n",
                               command->get_name());
            return Unusable;
        }
    }
    if (validateCommand->parsed()) {
        return validate(validateOptions, context);
    }
    if (windowsCommand->parsed()) {
        return windows(windowsOptions, context);
    }
    if (porkchopCommand->parsed()) {
        return porkchop(porkchopOptions, context);
    }
    if (formatCommand->parsed()) {
        return format(formatOptions, context);
    }
    if (scheduleCommand->parsed()) {
        return schedule(scheduleOptions, context);
    }
    if (impactCommand->parsed()) {
        return impact(impactOptions, context);
    }
    if (diffCommand->parsed()) {
        return diff(diffOptions, context);
    }
    if (mergeCommand->parsed()) {
        return merge(mergeOptions, context);
    }
    if (generateCommand->parsed()) {
        return generate(generateOptions, context);
    }
    if (traceCommand->parsed()) {
        return trace(traceOptions, context);
    }
    if (scenariosCommand->parsed()) {
        return scenarios(scenariosOptions, context);
    }
    if (slipsCommand->parsed()) {
        return slips(slipsOptions, context);
    }
    if (editionsCommand->parsed()) {
        return editions(editionsOptions, context);
    }
    if (importCommand->parsed()) {
        return importPlan(importOptions, context);
    }
#ifdef ORRERY_WITH_GIT
    if (mergeDriverCommand->parsed()) {
        return mergeDriver(mergeDriverOptions, context);
    }
    if (gitDiffCommand->parsed()) {
        return gitDiff(gitDiffOptions, context);
    }
    if (textconvCommand->parsed()) {
        return textconv(textconvOptions, context);
    }
    if (gitSetupCommand->parsed()) {
        return gitSetup(gitSetupOptions, context);
    }
    if (verifyCommand->parsed()) {
        return verify(verifyOptions, context);
    }
#endif
#ifdef ORRERY_WITH_EXPORT
    if (exportCommand->parsed()) {
        return exportRoadmap(exportOptions, context);
    }
#endif
    return Unusable;
}

} // namespace orrery::cli
