// The importers on any bytes, read both as CSV and as MS Project XML: they refuse with a
// message and a place, or make missions that become a roadmap that loads again; and what the
// exporters write of it imports again without a refusal.

#include "property.h"

#include <orrery/io/csv.h>
#include <orrery/io/icalendar.h>
#include <orrery/io/import.h>
#include <orrery/io/mspdi.h>
#include <orrery/io/reader.h>
#include <orrery/io/writer.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

using orrery::fuzz::require;

namespace {

void checkProblems(const std::vector<orrery::ImportProblem>& problems) {
    for (const orrery::ImportProblem& problem : problems) {
        require(!problem.message.empty(), "every problem says what is wrong");
        require(problem.line >= 0, "a line is a line number");
    }
}

void checkPlan(orrery::ImportedPlan plan) {
    checkProblems(plan.errors);
    checkProblems(plan.notes);
    require(plan.lines.size() == plan.missions.size(), "every mission has its line");
    orrery::dropUnknownPrerequisites(plan);
    const orrery::Roadmap roadmap = orrery::roadmapFromImport(std::move(plan), "fuzz");
    const auto reloaded = orrery::parseRoadmap(orrery::toCanonicalJson(roadmap), "imported");
    require(reloaded.has_value(), "an imported plan is a roadmap that loads");

    const orrery::ImportedPlan fromCsv = orrery::readMissionCsv(orrery::toMissionCsv(roadmap));
    require(fromCsv.errors.empty(), "what the CSV export writes imports without a refusal");
    require(fromCsv.missions.size() == roadmap.missions.size(), "the CSV keeps every mission");

    const auto project = orrery::readMspdi(orrery::toMspdi(roadmap));
    require(project.has_value(), "what the MS Project export writes is MS Project XML");
    const orrery::ImportedPlan fromXml =
        orrery::missionsFromMspdi(*project, orrery::suggestedMapping(*project));
    require(fromXml.errors.empty(), "what the MS Project export writes imports");
    require(fromXml.missions.size() == roadmap.missions.size(),
            "the MS Project XML keeps every mission");

    const auto calendar = orrery::toICalendar(roadmap);
    require(!calendar || orrery::iCalendarErrors(*calendar).empty(),
            "the calendar export is valid iCalendar");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    checkPlan(orrery::readMissionCsv(text));

    const auto project = orrery::readMspdi(text);
    if (!project) {
        require(!project.error().message.empty(), "a refused file says why");
        require(project.error().line >= 1, "a refused file says where");
        return 0;
    }
    orrery::MspdiMapping mapping = orrery::suggestedMapping(*project);
    mapping.defaultAgency = "ESA";
    mapping.defaultDestination = "lunar-surface";
    checkPlan(orrery::missionsFromMspdi(*project, mapping));
    return 0;
}
