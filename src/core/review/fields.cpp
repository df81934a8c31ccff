#include "fields.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace orrery::review {
namespace {

std::string plain(const std::string& text) {
    return text;
}

std::string dateText(const Date& date) {
    return date.toString();
}

std::string optionalDateText(const std::optional<Date>& date) {
    return date ? date->toString() : std::string();
}

std::string listText(const std::vector<std::string>& items) {
    return fmt::format("{}", fmt::join(items, ", "));
}

/// References are sentences with commas of their own: one per line.
std::string linesText(const std::vector<std::string>& items) {
    return fmt::format("{}", fmt::join(items, "\n"));
}

std::string grantsText(const std::vector<CapabilityGrant>& grants) {
    std::vector<std::string> parts;
    for (const CapabilityGrant& grant : grants) {
        parts.push_back(grant.from
                            ? fmt::format("{} (from {})", grant.capability, grant.from->toString())
                            : grant.capability);
    }
    return listText(parts);
}

std::string closuresText(const std::vector<GapClosure>& closures) {
    std::vector<std::string> parts;
    for (const GapClosure& closure : closures) {
        parts.push_back(closure.from
                            ? fmt::format("{} (from {})", closure.gap, closure.from->toString())
                            : closure.gap);
    }
    return listText(parts);
}

std::string bodyText(const std::optional<CelestialBody>& body) {
    return body ? std::string(toString(*body)) : std::string();
}

std::string c3Text(const std::optional<double>& limit) {
    return limit ? fmt::format("{:g} km²/s²", *limit) : std::string();
}

std::string orbitText(const std::optional<Orbit>& orbit) {
    if (!orbit) {
        return {};
    }
    const astro::OrbitalElements& e = orbit->elements;
    return fmt::format("a {:.6f} au, e {:.6f}, i {:.4f}°, node {:.4f}°, peri {:.4f}°, M {:.4f}° "
                       "at JD {:.1f}{}",
                       e.semiMajorAxis, e.eccentricity, e.inclination, e.ascendingNode,
                       e.argumentOfPerihelion, e.meanAnomaly, e.epoch,
                       orbit->source.empty() ? "" : " (" + orbit->source + ")");
}

template <class E>
std::string enumText(const E& value) {
    return std::string(toString(value));
}

template <class T, class V>
Field<T> member(std::string name, V T::*pointer, std::string (*show)(const V&)) {
    Field<T> field;
    field.name = std::move(name);
    field.same = [pointer](const T& a, const T& b) { return a.*pointer == b.*pointer; };
    field.text = [pointer, show](const T& entity) { return show(entity.*pointer); };
    field.copy = [pointer](T& into, const T& from) { into.*pointer = from.*pointer; };
    return field;
}

template <class T>
Field<T> dateMember(std::string name, Date T::*pointer) {
    Field<T> field = member<T, Date>(std::move(name), pointer, &dateText);
    field.date = [pointer](const T& entity) { return std::optional<Date>(entity.*pointer); };
    return field;
}

template <class T>
Field<T> optionalDateMember(std::string name, std::optional<Date> T::*pointer) {
    Field<T> field = member<T, std::optional<Date>>(std::move(name), pointer, &optionalDateText);
    field.date = [pointer](const T& entity) { return entity.*pointer; };
    return field;
}

/// One field per "x-" key that either version carries.
template <class T>
void addExtensionFields(std::vector<Field<T>>& fields, const T& a, const T& b) {
    std::set<std::string, std::less<>> keys;
    for (const auto& [key, value] : a.extensions) {
        keys.insert(key);
    }
    for (const auto& [key, value] : b.extensions) {
        keys.insert(key);
    }
    for (const std::string& key : keys) {
        Field<T> field;
        field.name = key;
        const auto valueOf = [key](const T& entity) -> std::optional<std::string> {
            const auto found = entity.extensions.find(key);
            return found == entity.extensions.end() ? std::nullopt
                                                    : std::optional<std::string>(found->second);
        };
        field.same = [valueOf](const T& x, const T& y) { return valueOf(x) == valueOf(y); };
        field.text = [valueOf](const T& entity) { return valueOf(entity).value_or(""); };
        field.copy = [key, valueOf](T& into, const T& from) {
            if (const auto value = valueOf(from)) {
                into.extensions[key] = *value;
            } else {
                into.extensions.erase(key);
            }
        };
        fields.push_back(std::move(field));
    }
}

std::string lanesText(const Roadmap& roadmap) {
    std::vector<std::string> ids;
    for (const Destination& destination : roadmap.destinations) {
        ids.push_back(destination.id);
    }
    return listText(ids);
}

/// What a scenario does to one of the plan's missions, as a planner reads it: "start 2028,
/// status planned".
std::string changeText(const MissionOverride& change) {
    std::vector<std::string> parts;
    for (const Field<Mission>& field : fieldsOf(change.values, change.values)) {
        if (change.sets(field.name)) {
            const std::string value = field.text(change.values);
            parts.push_back(fmt::format("{} {}", field.name, value.empty() ? "none" : value));
        }
    }
    if (change.sets("requires")) {
        std::vector<std::string> ids;
        for (const Prerequisite& prerequisite : change.values.prerequisites) {
            ids.push_back(prerequisite.mission);
        }
        parts.push_back(fmt::format("requires {}", ids.empty() ? "none" : listText(ids)));
    }
    return listText(parts);
}

/// A mission a scenario adds, in a line.
std::string addedText(const Mission& mission) {
    return fmt::format("{} ({}, {}, {}{})", mission.name, mission.lead, mission.destination,
                       mission.start.toString(),
                       mission.end ? " to " + mission.end->toString() : std::string());
}

/// One field per mission a scenario changes or adds, in either version: "changes.hls",
/// "adds.lunar-base". A review decides on each, and a merge takes each from its side.
void addScenarioMissionFields(std::vector<Field<Scenario>>& fields, const Scenario& a,
                              const Scenario& b) {
    std::vector<std::string> changed;
    for (const Scenario* scenario : {&a, &b}) {
        for (const MissionOverride& change : scenario->changes) {
            if (std::find(changed.begin(), changed.end(), change.mission) == changed.end()) {
                changed.push_back(change.mission);
            }
        }
    }
    for (const std::string& id : changed) {
        const auto find = [id](const Scenario& scenario) -> const MissionOverride* {
            const auto found =
                std::find_if(scenario.changes.begin(), scenario.changes.end(),
                             [&id](const MissionOverride& change) { return change.mission == id; });
            return found == scenario.changes.end() ? nullptr : &*found;
        };
        Field<Scenario> field;
        field.name = "changes." + id;
        field.same = [find](const Scenario& x, const Scenario& y) {
            const MissionOverride* first = find(x);
            const MissionOverride* second = find(y);
            return first && second ? *first == *second : first == second;
        };
        field.text = [find](const Scenario& scenario) {
            const MissionOverride* change = find(scenario);
            return change ? changeText(*change) : std::string();
        };
        field.copy = [find, id](Scenario& into, const Scenario& from) {
            const MissionOverride* source = find(from);
            auto target = std::find_if(into.changes.begin(), into.changes.end(),
                                       [&id](const MissionOverride& c) { return c.mission == id; });
            if (source && target != into.changes.end()) {
                *target = *source;
            } else if (source) {
                into.changes.push_back(*source);
            } else if (target != into.changes.end()) {
                into.changes.erase(target);
            }
        };
        fields.push_back(std::move(field));
    }
    std::vector<std::string> added;
    for (const Scenario* scenario : {&a, &b}) {
        for (const Mission& mission : scenario->adds) {
            if (std::find(added.begin(), added.end(), mission.id) == added.end()) {
                added.push_back(mission.id);
            }
        }
    }
    for (const std::string& id : added) {
        Field<Scenario> field;
        field.name = "adds." + id;
        field.same = [id](const Scenario& x, const Scenario& y) {
            const Mission* first = x.adds.find(id);
            const Mission* second = y.adds.find(id);
            return first && second ? *first == *second : first == second;
        };
        field.text = [id](const Scenario& scenario) {
            const Mission* mission = scenario.adds.find(id);
            return mission ? addedText(*mission) : std::string();
        };
        field.copy = [id](Scenario& into, const Scenario& from) {
            const Mission* source = from.adds.find(id);
            IdList<Mission> adds;
            bool placed = false;
            for (const Mission& mission : into.adds) {
                if (mission.id != id) {
                    adds.append(mission);
                } else if (source && !placed) {
                    adds.append(*source);
                    placed = true;
                }
            }
            if (source && !placed) {
                adds.append(*source);
            }
            into.adds = std::move(adds);
        };
        fields.push_back(std::move(field));
    }
}

} // namespace

std::vector<Field<Scenario>> fieldsOf(const Scenario& a, const Scenario& b) {
    std::vector<Field<Scenario>> fields{
        member(std::string("name"), &Scenario::name, &plain),
        member(std::string("owner"), &Scenario::owner, &plain),
        member(std::string("description"), &Scenario::description, &plain),
        member(std::string("drops"), &Scenario::drops, &listText),
        member(std::string("references"), &Scenario::references, &linesText)};
    addScenarioMissionFields(fields, a, b);
    addExtensionFields(fields, a, b);
    return fields;
}

std::vector<Field<EditionReference>> fieldsOf(const EditionReference& a,
                                              const EditionReference& b) {
    std::vector<Field<EditionReference>> fields{
        member(std::string("title"), &EditionReference::title, &plain),
        member(std::string("edition"), &EditionReference::edition, &plain),
        member(std::string("path"), &EditionReference::path, &plain),
        member(std::string("fingerprint"), &EditionReference::fingerprint, &plain)};
    addExtensionFields(fields, a, b);
    return fields;
}

std::vector<Field<Roadmap>> fieldsOf(const Roadmap& a, const Roadmap& b) {
    std::vector<Field<Roadmap>> fields{member(std::string("title"), &Roadmap::title, &plain),
                                       member(std::string("edition"), &Roadmap::edition, &plain),
                                       dateMember(std::string("asOf"), &Roadmap::asOf)};
    // The order of the lanes: the destinations both versions have, in each one's order;
    // copying it moves the shared destinations into the other's order.
    Field<Roadmap> lanes;
    lanes.name = "lanes";
    lanes.text = &lanesText;
    const auto sharedOrder = [](const Roadmap& roadmap, const Roadmap& other) {
        std::vector<std::string> ids;
        for (const Destination& destination : roadmap.destinations) {
            if (other.destinations.contains(destination.id)) {
                ids.push_back(destination.id);
            }
        }
        return ids;
    };
    lanes.same = [sharedOrder](const Roadmap& x, const Roadmap& y) {
        return sharedOrder(x, y) == sharedOrder(y, x);
    };
    lanes.copy = [sharedOrder](Roadmap& into, const Roadmap& from) {
        const std::vector<std::string> wanted = sharedOrder(from, into);
        std::size_t next = 0;
        IdList<Destination> reordered;
        for (const Destination& destination : into.destinations) {
            if (from.destinations.contains(destination.id)) {
                reordered.append(*into.destinations.find(wanted[next++]));
            } else {
                reordered.append(destination);
            }
        }
        into.destinations = std::move(reordered);
    };
    fields.push_back(std::move(lanes));
    addExtensionFields(fields, a, b);
    return fields;
}

std::vector<Field<Agency>> fieldsOf(const Agency& a, const Agency& b) {
    std::vector<Field<Agency>> fields{member(std::string("name"), &Agency::name, &plain),
                                      member(std::string("country"), &Agency::country, &plain),
                                      member(std::string("color"), &Agency::color, &plain)};
    addExtensionFields(fields, a, b);
    return fields;
}

std::vector<Field<Destination>> fieldsOf(const Destination& a, const Destination& b) {
    std::vector<Field<Destination>> fields{
        member(std::string("name"), &Destination::name, &plain),
        member(std::string("body"), &Destination::body, &bodyText),
        member(std::string("orbit"), &Destination::orbit, &orbitText),
        member(std::string("c3Limit"), &Destination::c3Limit, &c3Text)};
    addExtensionFields(fields, a, b);
    return fields;
}

std::vector<Field<Capability>> fieldsOf(const Capability& a, const Capability& b) {
    std::vector<Field<Capability>> fields{
        member(std::string("name"), &Capability::name, &plain),
        member<Capability, bool>(
            "initiallyAvailable", &Capability::initiallyAvailable,
            [](const bool& available) { return std::string(available ? "yes" : "no"); })};
    addExtensionFields(fields, a, b);
    return fields;
}

std::vector<Field<Goal>> fieldsOf(const Goal& a, const Goal& b) {
    std::vector<Field<Goal>> fields{
        member(std::string("name"), &Goal::name, &plain),
        member(std::string("description"), &Goal::description, &plain),
        member(std::string("references"), &Goal::references, &linesText)};
    addExtensionFields(fields, a, b);
    return fields;
}

std::vector<Field<Objective>> fieldsOf(const Objective& a, const Objective& b) {
    std::vector<Field<Objective>> fields{
        member(std::string("name"), &Objective::name, &plain),
        member(std::string("goal"), &Objective::goal, &plain),
        member(std::string("description"), &Objective::description, &plain),
        member(std::string("references"), &Objective::references, &linesText)};
    addExtensionFields(fields, a, b);
    return fields;
}

std::vector<Field<KnowledgeGap>> fieldsOf(const KnowledgeGap& a, const KnowledgeGap& b) {
    std::vector<Field<KnowledgeGap>> fields{
        member(std::string("name"), &KnowledgeGap::name, &plain),
        member(std::string("destination"), &KnowledgeGap::destination, &plain),
        member(std::string("body"), &KnowledgeGap::body, &bodyText),
        member(std::string("description"), &KnowledgeGap::description, &plain),
        member(std::string("measurement"), &KnowledgeGap::measurement, &plain),
        member(std::string("references"), &KnowledgeGap::references, &linesText)};
    addExtensionFields(fields, a, b);
    return fields;
}

std::vector<Field<Mission>> fieldsOf(const Mission& a, const Mission& b) {
    std::vector<Field<Mission>> fields{
        member(std::string("name"), &Mission::name, &plain),
        member(std::string("lead"), &Mission::lead, &plain),
        member(std::string("partners"), &Mission::partners, &listText),
        member(std::string("destination"), &Mission::destination, &plain),
        member(std::string("crew"), &Mission::crew, &enumText<Crew>),
        member(std::string("status"), &Mission::status, &enumText<MissionStatus>),
        dateMember(std::string("start"), &Mission::start),
        optionalDateMember(std::string("end"), &Mission::end),
        member(std::string("objectives"), &Mission::objectives, &listText),
        member(std::string("needs"), &Mission::needs, &listText),
        member(std::string("needsKnowledge"), &Mission::needsKnowledge, &listText),
        member(std::string("provides"), &Mission::provides, &grantsText),
        member(std::string("closes"), &Mission::closes, &closuresText),
        member(std::string("notes"), &Mission::notes, &plain),
        member(std::string("references"), &Mission::references, &linesText),
        member(std::string("c3Limit"), &Mission::c3Limit, &c3Text)};
    addExtensionFields(fields, a, b);
    return fields;
}

std::vector<Field<Prerequisite>> fieldsOf(const Prerequisite& a, const Prerequisite& b) {
    std::vector<Field<Prerequisite>> fields{
        member(std::string("type"), &Prerequisite::type, &enumText<DependencyType>),
        member<Prerequisite, int>("lagMonths", &Prerequisite::lagMonths,
                                  [](const int& months) { return std::to_string(months); }),
        member(std::string("strength"), &Prerequisite::strength, &enumText<DependencyStrength>)};
    addExtensionFields(fields, a, b);
    return fields;
}

} // namespace orrery::review
