#include "palette.h"

#include "utf8.h"

#include <array>

namespace orrery::render {

QColor agencyColor(const Agency& agency) {
    const QColor color = QColor::fromString(toQString(agency.color));
    return color.isValid() ? color : unknownAgencyColor();
}

QColor unknownAgencyColor() {
    return QColor(0x9e, 0x9e, 0x9e);
}

QColor statusColor(MissionStatus status) {
    switch (status) {
    case MissionStatus::Completed:
        return QColor(0x75, 0x75, 0x75);
    case MissionStatus::Operating:
        return QColor(0x2e, 0x7d, 0x32);
    case MissionStatus::Planned:
        return QColor(0x15, 0x65, 0xc0);
    case MissionStatus::Conceptual:
        return QColor(0x8e, 0x24, 0xaa);
    }
    return unknownAgencyColor();
}

QColor goalColor(std::size_t goal) {
    static constexpr std::array<QRgb, 8> kColors{0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442,
                                                 0x0072B2, 0xD55E00, 0xCC79A7, 0x000000};
    const QColor color = QColor::fromRgb(kColors[goal % kColors.size()]);
    return goal < kColors.size() ? color : color.lighter(140);
}

QColor noGoalColor() {
    return QColor(0xb0, 0xb0, 0xb0);
}

QColor severityColor(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return QColor(0xc6, 0x28, 0x28);
    case Severity::Warning:
        return QColor(0xef, 0x8f, 0x00);
    case Severity::Info:
        return QColor(0x19, 0x76, 0xd2);
    }
    return QColor(0xc6, 0x28, 0x28);
}

} // namespace orrery::render
