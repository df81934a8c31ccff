#pragma once

// How findings and load errors look on the command line, as text and as JSON; every
// command that prints them uses these, so scripts see one shape.

#include <orrery/analysis/finding.h>
#include <orrery/diff.h>
#include <orrery/io/loaderror.h>
#include <orrery/io/reader.h>
#include <orrery/roadmap.h>

#include <nlohmann/json.hpp>

#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

namespace orrery::cli {

nlohmann::ordered_json findingToJson(const Finding& finding);
nlohmann::ordered_json loadErrorToJson(const LoadError& error);

void printFinding(std::ostream& out, const Finding& finding);
void printLoadError(std::ostream& out, const LoadError& error);

/// The roadmap in the file, or the scenario of it named (resolved into a plain roadmap); a
/// scenario the file does not have is a load error.
ReadResult readRoadmapAs(const std::string& file, const std::string& scenario);

/// The scenario of a roadmap read from `file`, resolved; a scenario it does not have is a
/// load error at /scenarios.
ReadResult resolveAs(const Roadmap& roadmap, const std::string& file, const std::string& scenario);

/// readRoadmapAs(), or nothing after printing why it cannot be loaded.
std::optional<Roadmap> readOrExplain(const std::string& file, std::ostream& err,
                                     const std::string& scenario = {});

/// The earlier edition `id` that the roadmap read from `file` names, read from next to it and
/// checked by its fingerprint; or nothing after printing why it cannot be had (the roadmap
/// names no such edition: those it names are listed).
std::optional<std::pair<EditionReference, Roadmap>> readEditionOrExplain(const Roadmap& roadmap,
                                                                         const std::string& file,
                                                                         const std::string& id,
                                                                         std::ostream& err);

nlohmann::ordered_json changeToJson(const Change& change);
/// One line a planner reads: "mission em2 (NASA): start 2021 -> 2022-06 (+17 months)".
std::string describeChange(const Change& change);

/// A row of CSV (RFC 4180): fields quoted when they hold a comma, a quote or a line break,
/// ended by CRLF.
std::string csvRow(const std::vector<std::string>& fields);

/// ASCII letters in lower case: options and file extensions compared as typed any way.
std::string lowered(std::string text);

/// "no errors", "1 error", "3 warnings"...
std::string countNoun(int count, std::string_view noun);

} // namespace orrery::cli
