#include "asciitext.h"
#include "filetext.h"

#include <orrery/identifier.h>
#include <orrery/io/import.h>
#include <orrery/io/writer.h>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace orrery {

std::string ImportProblem::describe(std::string_view file) const {
    const std::string place = line > 0 ? fmt::format("{}:{}", file, line) : std::string(file);
    return subject.empty() ? fmt::format("{}: {}", place, message)
                           : fmt::format("{}: {}: {}", place, subject, message);
}

std::string idFromName(std::string_view name) {
    std::string id;
    bool dash = false;
    for (const char c : name) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) && byte < 0x80) {
            if (dash && !id.empty()) {
                id += '-';
            }
            id += static_cast<char>(std::tolower(byte));
            dash = false;
        } else {
            dash = true;
        }
        if (id.size() >= 60) {
            break;
        }
    }
    return id.empty() ? std::string("item") : id;
}

void dropUnknownPrerequisites(ImportedPlan& plan, const Roadmap* alsoKnown) {
    std::set<std::string, std::less<>> ids;
    for (const Mission& mission : plan.missions) {
        ids.insert(mission.id);
    }
    for (std::size_t m = 0; m < plan.missions.size(); ++m) {
        Mission& mission = plan.missions[m];
        std::erase_if(mission.prerequisites, [&](const Prerequisite& prerequisite) {
            if (ids.contains(prerequisite.mission) ||
                (alsoKnown && alsoKnown->missions.contains(prerequisite.mission))) {
                return false;
            }
            plan.errors.push_back(
                {.line = m < plan.lines.size() ? plan.lines[m] : 0,
                 .subject = fmt::format("mission \"{}\"", mission.id),
                 .message =
                     fmt::format("its prerequisite \"{}\" is no mission of the file{}",
                                 prerequisite.mission, alsoKnown ? " nor of the roadmap" : "")});
            return true;
        });
    }
}

namespace {

/// Agencies and lanes the missions name that the roadmap lacks, in the order first named.
void addWhatMissionsName(Roadmap& roadmap, const ImportedPlan& plan) {
    for (Agency agency : plan.agencies) {
        if (!roadmap.agencies.contains(agency.id)) {
            if (agency.color.empty()) {
                agency.color =
                    knownAgency(agency.id)
                        .value_or(Agency{.id = {},
                                         .name = {},
                                         .country = {},
                                         .color = fallbackAgencyColor(roadmap.agencies.size()),
                                         .extensions = {}})
                        .color;
            }
            roadmap.agencies.append(std::move(agency));
        }
    }
    for (Destination destination : plan.destinations) {
        if (!roadmap.destinations.contains(destination.id)) {
            if (!destination.body) {
                destination.body = knownDestination(destination.id).value_or(destination).body;
            }
            roadmap.destinations.append(std::move(destination));
        }
    }
    std::size_t unknown = 0;
    const auto addAgency = [&](const std::string& id) {
        if (id.empty() || roadmap.agencies.contains(id)) {
            return;
        }
        Agency agency = knownAgency(id).value_or(Agency{.id = id,
                                                        .name = id,
                                                        .country = {},
                                                        .color = fallbackAgencyColor(unknown++),
                                                        .extensions = {}});
        agency.id = id;
        roadmap.agencies.append(std::move(agency));
    };
    for (const Mission& mission : roadmap.missions) {
        addAgency(mission.lead);
        std::for_each(mission.partners.begin(), mission.partners.end(), addAgency);
        if (!mission.destination.empty() && !roadmap.destinations.contains(mission.destination)) {
            roadmap.destinations.append(
                knownDestination(mission.destination).value_or(laneNamed(mission.destination)));
        }
    }
}

} // namespace

Roadmap roadmapFromImport(ImportedPlan plan, std::string title) {
    Roadmap roadmap;
    roadmap.title = std::move(title);
    roadmap.asOf = Date::today();
    roadmap.missions.reserve(plan.missions.size());
    for (Mission& mission : plan.missions) {
        roadmap.missions.append(std::move(mission));
    }
    addWhatMissionsName(roadmap, plan);
    return roadmap;
}

Roadmap contributionFromImport(const Roadmap& baseline, ImportedPlan plan,
                               const std::string& agency, std::string summary) {
    // Imported ids the baseline does not know, whose name it knows: the baseline's id.
    std::map<std::string, std::string, std::less<>> renamed;
    std::map<std::string, std::string, std::less<>> idByName;
    for (const Mission& mission : baseline.missions) {
        idByName.emplace(idFromName(mission.name), mission.id);
    }
    std::set<std::string, std::less<>> taken;
    for (const Mission& mission : plan.missions) {
        taken.insert(mission.id);
    }
    for (Mission& mission : plan.missions) {
        if (baseline.missions.contains(mission.id)) {
            continue;
        }
        const auto named = idByName.find(idFromName(mission.name));
        if (named != idByName.end() && !taken.contains(named->second)) {
            renamed.emplace(mission.id, named->second);
            taken.insert(named->second);
            mission.id = named->second;
        }
    }
    for (Mission& mission : plan.missions) {
        for (Prerequisite& prerequisite : mission.prerequisites) {
            if (const auto found = renamed.find(prerequisite.mission); found != renamed.end()) {
                prerequisite.mission = found->second;
            }
        }
    }

    Roadmap result = baseline;
    result.reviews.clear();
    for (std::size_t m = result.missions.size(); m-- > 0;) {
        const Mission& mission = result.missions[m];
        if (mission.lead == agency && !taken.contains(mission.id)) {
            result.missions.take(m);
        }
    }
    for (Mission& mission : plan.missions) {
        if (const auto index = result.missions.indexOf(mission.id)) {
            result.missions.replace(*index, std::move(mission));
        } else {
            result.missions.append(std::move(mission));
        }
    }
    addWhatMissionsName(result, plan);
    Contribution header;
    header.agency = agency;
    header.baseline.title = baseline.title;
    header.baseline.edition = baseline.edition;
    header.baseline.fingerprint = contentFingerprint(baseline);
    header.summary = std::move(summary);
    header.date = Date::today();
    result.contribution = std::move(header);
    if (!result.agencies.contains(agency)) {
        result.agencies.append(
            Agency{.id = agency, .name = agency, .country = {}, .color = {}, .extensions = {}});
    }
    return result;
}

std::optional<ImportFormat> importFormatOf(const std::filesystem::path& path) {
    const std::string extension = ascii_text::lowered(path.extension().string());
    if (extension == ".csv") {
        return ImportFormat::Csv;
    }
    if (extension == ".xml" || extension == ".mspdi") {
        return ImportFormat::Mspdi;
    }
    return std::nullopt;
}

Expected<std::string, ImportProblem> readImportFile(const std::filesystem::path& path) {
    // Ten times the largest schedule an agency keeps; a bigger file is a mistake.
    constexpr std::size_t kMaxBytes = std::size_t{512} << 20;
    auto read = file_text::FileText::read(path, kMaxBytes, 0);
    using Problem = file_text::FileText::Problem;
    switch (read.problem) {
    case Problem::None:
        return std::string(read.file.text());
    case Problem::CannotOpen:
        return make_unexpected(ImportProblem{0, {}, "cannot be opened: " + read.reason});
    case Problem::CannotRead:
        return make_unexpected(ImportProblem{0, {}, "cannot be read: " + read.reason});
    case Problem::TooLarge:
        return make_unexpected(
            ImportProblem{0, {}, fmt::format("is larger than {} MB", kMaxBytes >> 20)});
    case Problem::OutOfMemory:
        return make_unexpected(ImportProblem{0, {}, "does not fit in memory"});
    }
    return make_unexpected(ImportProblem{0, {}, "cannot be read"});
}

} // namespace orrery
