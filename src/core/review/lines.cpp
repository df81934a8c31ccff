#include "fields.h"

#include <orrery/diff.h>

#include <fmt/format.h>

namespace orrery {
namespace {

/// One line each, so that a line-by-line comparison pairs the same field of two versions.
std::string oneLine(const std::string& text) {
    std::string line;
    line.reserve(text.size());
    for (const char character : text) {
        if (character == '\n') {
            line += " | ";
        } else if (character != '\r') {
            line += character;
        }
    }
    return line;
}

class LineWriter {
public:
    template <class T>
    void fields(std::string_view label, const T& entity) {
        for (const review::Field<T>& field : review::fieldsOf(entity, entity)) {
            const std::string value = field.text(entity);
            if (!value.empty()) {
                m_text += fmt::format("{} {}: {}\n", label, field.name, oneLine(value));
            }
        }
    }

    template <class T>
    void list(EntityKind kind, const IdList<T>& items) {
        for (const T& item : items) {
            fields(fmt::format("{} {}", toString(kind), item.id), item);
        }
    }

    std::string take() { return std::move(m_text); }

private:
    std::string m_text;
};

} // namespace

std::string roadmapAsLines(const Roadmap& roadmap) {
    LineWriter lines;
    lines.fields("roadmap", roadmap);
    lines.list(EntityKind::Agency, roadmap.agencies);
    lines.list(EntityKind::Destination, roadmap.destinations);
    lines.list(EntityKind::Capability, roadmap.capabilities);
    lines.list(EntityKind::Goal, roadmap.goals);
    lines.list(EntityKind::Objective, roadmap.objectives);
    lines.list(EntityKind::KnowledgeGap, roadmap.knowledgeGaps);
    for (const Mission& mission : roadmap.missions) {
        const std::string label = fmt::format("mission {}", mission.id);
        lines.fields(label, mission);
        for (const Prerequisite& prerequisite : mission.prerequisites) {
            lines.fields(fmt::format("{} requires {}", label, prerequisite.mission), prerequisite);
        }
    }
    lines.list(EntityKind::Scenario, roadmap.scenarios);
    lines.list(EntityKind::Edition, roadmap.editions);
    std::string text = lines.take();
    for (const RecordedConflict& conflict : roadmap.conflicts) {
        text += fmt::format("conflict {}: {}\n", conflict.subject, oneLine(conflict.reason));
    }
    for (const Review& review : roadmap.reviews) {
        text += fmt::format("review {} of {} by {}: {} decisions\n", review.date.toString(),
                            review.contribution.agency, review.reviewer, review.decisions.size());
    }
    return text;
}

} // namespace orrery
