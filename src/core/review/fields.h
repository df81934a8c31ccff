#pragma once

// The fields of each kind of entity, for comparing, showing and copying them one at a
// time: the diff reports a change per field and the merge applies it per field. "x-" keys
// are fields too, one per key.

#include <orrery/roadmap.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace orrery::review {

template <class T>
struct Field {
    std::string name;
    std::function<bool(const T&, const T&)> same;
    /// As a planner reads it; empty when unset.
    std::function<std::string(const T&)> text;
    /// Sets the field of `into` to its value in `from`.
    std::function<void(T& into, const T& from)> copy;
    /// For date fields: the date, to measure a shift in months.
    std::function<std::optional<Date>(const T&)> date;
};

/// The fields of two versions of an entity: the fixed ones, then every "x-" key either has.
std::vector<Field<Roadmap>> fieldsOf(const Roadmap& a, const Roadmap& b);
std::vector<Field<Agency>> fieldsOf(const Agency& a, const Agency& b);
std::vector<Field<Destination>> fieldsOf(const Destination& a, const Destination& b);
std::vector<Field<Capability>> fieldsOf(const Capability& a, const Capability& b);
std::vector<Field<Goal>> fieldsOf(const Goal& a, const Goal& b);
std::vector<Field<Objective>> fieldsOf(const Objective& a, const Objective& b);
std::vector<Field<KnowledgeGap>> fieldsOf(const KnowledgeGap& a, const KnowledgeGap& b);
/// A scenario's own fields, then one per mission it changes ("changes.<id>") and one per
/// mission it adds ("adds.<id>").
std::vector<Field<Scenario>> fieldsOf(const Scenario& a, const Scenario& b);
std::vector<Field<EditionReference>> fieldsOf(const EditionReference& a, const EditionReference& b);
/// A mission's fields without its prerequisites: those are dependencies, compared apart.
std::vector<Field<Mission>> fieldsOf(const Mission& a, const Mission& b);
std::vector<Field<Prerequisite>> fieldsOf(const Prerequisite& a, const Prerequisite& b);

/// The field of that name, if the entities have it.
template <class T>
std::optional<Field<T>> fieldNamed(const T& a, const T& b, const std::string& name) {
    for (Field<T>& field : fieldsOf(a, b)) {
        if (field.name == name) {
            return std::move(field);
        }
    }
    return std::nullopt;
}

} // namespace orrery::review
