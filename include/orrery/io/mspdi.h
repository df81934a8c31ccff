#pragma once

// Microsoft Project's XML exchange format (MSPDI), which MS Project, ProjectLibre,
// GanttProject, Planner, TaskJuggler and Primavera's importers speak: how agencies' programme
// schedules arrive, and how a roadmap goes back to them. docs/interchange.md has the mapping.

#include <orrery/expected.h>
#include <orrery/io/import.h>
#include <orrery/roadmap.h>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace orrery {

/// The roadmap as MSPDI: a summary task per lane holding its missions; each mission a task
/// that starts no earlier than its planned start (a "start no earlier than" constraint, and a
/// note where the date is known only to the month or year), runs in elapsed days to the last
/// day of its end, or is a milestone; hard prerequisites as predecessor links with their lag
/// in elapsed months (MS Project's 30 days); agency, mission id, destination, crew, status,
/// partners, the dates' precision and the soft prerequisites in custom text fields named so.
/// `kept` (by mission, empty for all) leaves missions out, and the links that join them.
std::string toMspdi(const Roadmap& roadmap, const std::vector<bool>& kept = {});

/// A predecessor link as the file has it.
struct MspdiLink {
    std::string predecessorUid;
    /// 0 finish-to-finish, 1 finish-to-start, 2 start-to-finish, 3 start-to-start.
    int type = 1;
    /// Tenths of a minute, or a percentage for LagFormat 19 and 20.
    double lag = 0;
    int lagFormat = 7;
};

/// A task as the file has it: the elements the import reads, and every other simple element
/// by its name, so that nothing the planner had is lost.
struct MspdiTask {
    /// The line of the <Task> element.
    int line = 0;
    std::string uid;
    std::string name;
    std::optional<int> outlineLevel;
    std::string outlineNumber;
    std::string start;
    std::string finish;
    bool milestone = false;
    bool summary = false;
    bool isNull = false;
    std::string notes;
    std::vector<MspdiLink> links;
    /// Custom field values by FieldID.
    std::map<std::string, std::string> custom;
    /// Every other element with text, by name ("WBS", "PercentComplete", "Priority" ...).
    std::map<std::string, std::string> fields;
};

/// A custom field the file defines.
struct MspdiCustomField {
    std::string fieldId;
    /// "Text1" ...
    std::string fieldName;
    /// The planner's name for it: "Agency".
    std::string alias;
};

struct MspdiProject {
    std::string name;
    std::string title;
    double minutesPerDay = 480;
    double daysPerMonth = 20;
    std::vector<MspdiCustomField> customFields;
    std::vector<MspdiTask> tasks;
};

/// The tasks of MSPDI text. Refused, with the line and column, when it is not well-formed
/// XML or not a <Project>.
Expected<MspdiProject, ImportProblem> readMspdi(std::string_view text);

/// Where each mission field comes from. A source names a custom field by its alias or field
/// name ("Agency", "Text1") or another element of the task ("WBS", "Contact"); "" is none.
struct MspdiMapping {
    std::string missionId;
    std::string agency;
    /// The lead agency of tasks whose agency field is empty (or when there is none).
    std::string defaultAgency;
    std::string partners;
    /// A source, or "summary": the name of the summary task a task is under.
    std::string destination = "summary";
    /// The lane of tasks whose destination source gives nothing.
    std::string defaultDestination;
    std::string crew;
    std::string status;
    /// Orrery's own fields, for files it wrote: each date's precision, soft prerequisites.
    std::string precision;
    std::string softPrerequisites;
    /// How precise day dates become when no precision field says: Month or Day.
    DatePrecision datePrecision = DatePrecision::Month;
    /// Summary tasks named in each task's notes ("Under: Lunar programme") rather than, or
    /// as well as, being its lane.
    bool summaryInNotes = false;

    friend bool operator==(const MspdiMapping&, const MspdiMapping&) = default;
};

/// The mapping the file suggests: custom fields whose alias names a mission field (as Orrery
/// writes them, or "Agency", "Lane", "Crew" ...), summary tasks as lanes.
MspdiMapping suggestedMapping(const MspdiProject& project);

/// The mapping as JSON, for `orrery-cli import --mapping` and to remember it per file.
std::string mappingToJson(const MspdiMapping& mapping);
/// The error names the key and what is wrong with it.
Expected<MspdiMapping, std::string> mappingFromJson(std::string_view text);

/// Every source a mapping may name in this file: the custom fields' aliases (or names) and
/// the other elements its tasks hold, in the order they first appear.
std::vector<std::string> mappingSources(const MspdiProject& project);

/// The tasks as missions by the mapping. Errors name the task: one that refuses the task (no
/// start, a date that does not exist, a duplicate UID) leaves it out; one about a link (a
/// predecessor no task has, a lag as a percentage) leaves the link out. What is approximated
/// or odd (finish-to-finish and start-to-finish links, lags that are not whole months, links
/// to summary tasks, outline levels that skip, a finish before the start) is said in notes.
/// Whatever the mapping does not take stays in the mission's "x-mspdi" key.
ImportedPlan missionsFromMspdi(const MspdiProject& project, const MspdiMapping& mapping);

} // namespace orrery
