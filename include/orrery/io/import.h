#pragma once

// What the importers (CSV, MS Project XML) make of another program's plan, before it becomes
// a roadmap: missions, and what could not be taken as it is, each with its place in the file.

#include <orrery/destination.h>
#include <orrery/expected.h>
#include <orrery/mission.h>
#include <orrery/roadmap.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace orrery {

/// A row or task the import refused or took only approximately, and where it is.
struct ImportProblem {
    /// 1-based line of the file: where the CSV record or the MSPDI task starts.
    int line = 0;
    /// What in the file it is about: "mission \"lander\"", "task \"Lunar lander\" (UID 12)";
    /// empty for the file as a whole.
    std::string subject;
    std::string message;

    /// "file:line: subject: message", the form compilers use (without the parts it lacks).
    std::string describe(std::string_view file) const;

    friend bool operator==(const ImportProblem&, const ImportProblem&) = default;
};

struct ImportedPlan {
    /// The missions of the rows or tasks that are good, in file order.
    std::vector<Mission> missions;
    /// The line each mission comes from.
    std::vector<int> lines;
    /// Rows or tasks refused: the missions leave them out. An import goes ahead only when
    /// there are none, or when the planner chooses to skip them.
    std::vector<ImportProblem> errors;
    /// What was taken, but not exactly as the file says it: told to the planner.
    std::vector<ImportProblem> notes;
    /// Lanes the file names (MSPDI summary tasks), in file order; the missions' destinations
    /// that are not among them become lanes named by their id.
    std::vector<Destination> destinations;
    /// Agencies the file names with more than an id.
    std::vector<Agency> agencies;
};

/// A prerequisite must name a mission of the plan, or of `alsoKnown` (the roadmap a
/// contribution is made against): one that names neither is an error on its mission's line
/// and is dropped, so that skipping the errors leaves a plan that holds together.
void dropUnknownPrerequisites(ImportedPlan& plan, const Roadmap* alsoKnown = nullptr);

/// A new roadmap of the plan's missions, with an agency for every lead and partner and a
/// lane for every destination the missions name.
Roadmap roadmapFromImport(ImportedPlan plan, std::string title);

/// The plan as `agency`'s contribution against `baseline`: the baseline with the agency's
/// missions replaced by the plan's. An imported mission is the baseline's mission of the same
/// id, or else of the same name (the id then follows the baseline); a mission the agency
/// leads in the baseline that the plan does not hold is withdrawn. Agencies and lanes the
/// baseline lacks are added. The review then shows what the agency's schedule changes.
Roadmap contributionFromImport(const Roadmap& baseline, ImportedPlan plan,
                               const std::string& agency, std::string summary);

/// An id the file format accepts, made from a name: "Lunar Lander (2030)" -> "lunar-lander-2030";
/// "item" when nothing of the name can be kept.
std::string idFromName(std::string_view name);

/// The plans Orrery imports, told by the file's extension: .csv, and .xml (MS Project XML).
enum class ImportFormat { Csv, Mspdi };
std::optional<ImportFormat> importFormatOf(const std::filesystem::path& path);

/// A file to import, whole; refused (too large, unreadable) with the reason.
Expected<std::string, ImportProblem> readImportFile(const std::filesystem::path& path);

} // namespace orrery
