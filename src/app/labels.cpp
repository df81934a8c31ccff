#include "labels.h"

#include <QCoreApplication>

namespace orrery::app {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("orrery::app::Labels", text);
}
} // namespace

QString crewLabel(Crew crew) {
    return crew == Crew::Human ? tr("Human") : tr("Robotic");
}

QString statusLabel(MissionStatus status) {
    switch (status) {
    case MissionStatus::Completed:
        return tr("Completed");
    case MissionStatus::Operating:
        return tr("Operating");
    case MissionStatus::Planned:
        return tr("Planned");
    case MissionStatus::Conceptual:
        return tr("Conceptual");
    }
    return {};
}

QString severityLabel(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return tr("Error");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Info:
        return tr("Info");
    }
    return {};
}

QString dependencyTypeLabel(DependencyType type) {
    return type == DependencyType::FinishToStart ? tr("after it ends") : tr("after it starts");
}

} // namespace orrery::app
