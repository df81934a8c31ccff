#include "reviewmodel.h"

#include "../document.h"
#include "../labels.h"
#include "../myagency.h"
#include "reviewsession.h"

#include <render/utf8.h>

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

#include <algorithm>
#include <cstdlib>
#include <map>

namespace orrery::app {

using namespace Qt::StringLiterals;
using render::toQString;

namespace {

constexpr quintptr kGroupRow = 0;
constexpr int kShownCharacters = 240;

/// A change waiting for a decision: an amber question mark, drawn so that it reads in light
/// and dark themes alike.
QIcon undecidedIcon() {
    static const QIcon icon = [] {
        QPixmap pixmap(32, 32);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xef, 0x8f, 0x00));
        painter.drawEllipse(QRectF(2, 2, 28, 28));
        QFont font;
        font.setBold(true);
        font.setPixelSize(22);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(QRectF(0, 0, 32, 32), Qt::AlignCenter, u"?"_s);
        return QIcon(pixmap);
    }();
    return icon;
}

/// The row of a change waiting for a decision: amber, lightly, over the view's base.
QColor undecidedBackground() {
    const QColor base = QApplication::palette().color(QPalette::Base);
    const QColor amber(0xef, 0x8f, 0x00);
    const double amount = base.lightness() < 128 ? 0.28 : 0.16;
    return QColor::fromRgbF(
        static_cast<float>(base.redF() + (amber.redF() - base.redF()) * amount),
        static_cast<float>(base.greenF() + (amber.greenF() - base.greenF()) * amount),
        static_cast<float>(base.blueF() + (amber.blueF() - base.blueF()) * amount));
}

QString elided(const QString& text) {
    QString line = text;
    line.replace(u'\n', u"; "_s);
    return line.size() > kShownCharacters ? line.left(kShownCharacters - 1) + u'…' : line;
}

const Mission* findMission(std::initializer_list<const Roadmap*> roadmaps, const std::string& id) {
    for (const Roadmap* roadmap : roadmaps) {
        if (const Mission* mission = roadmap->missions.find(id)) {
            return mission;
        }
    }
    return nullptr;
}

/// A mission in one line, for what is added or removed whole.
QString missionSummary(const Mission& mission) {
    QString dates = toQString(mission.start.toString());
    if (mission.end) {
        dates += u" – "_s + toQString(mission.end->toString());
    }
    return u"%1, %2, %3 (%4)"_s.arg(toQString(mission.name), dates, toQString(mission.destination),
                                    toQString(mission.lead));
}

} // namespace

ReviewModel::ReviewModel(ReviewSession* session, QObject* parent)
    : QAbstractItemModel(parent), m_session(session) {
    connect(session, &ReviewSession::changed, this, &ReviewModel::rebuild);
    rebuild(true);
}

void ReviewModel::rebuild(bool itemsReplaced) {
    // Read once, not for every cell that is painted.
    m_myAgency = myAgency();
    if (!itemsReplaced) {
        // The same changes with other decisions: only the check boxes and words move.
        if (!m_groups.empty()) {
            Q_EMIT dataChanged(index(0, 0),
                               index(static_cast<int>(m_groups.size()) - 1, ColumnCount - 1));
            for (int group = 0; group < static_cast<int>(m_groups.size()); ++group) {
                const QModelIndex parent = index(group, 0);
                Q_EMIT dataChanged(index(0, 0, parent),
                                   index(rowCount(parent) - 1, ColumnCount - 1, parent));
            }
        }
        return;
    }
    beginResetModel();
    m_groups.clear();
    std::map<std::string, std::size_t, std::less<>> groupOf;
    const auto& items = m_session->items();
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Change& change = items[i].change;
        std::string key;
        if (!change.mission().empty()) {
            key = "mission/" + change.mission();
        } else if (change.entity == EntityKind::Roadmap) {
            key = "roadmap";
        } else {
            key = std::string(toString(change.entity)) + "/" + change.id;
        }
        auto [found, inserted] = groupOf.try_emplace(key, m_groups.size());
        if (inserted) {
            Group group;
            group.key = key;
            group.missionId = change.mission();
            group.owner = toQString(change.owner);
            m_groups.push_back(std::move(group));
            m_groups.back().label = describeEntity(m_groups.back());
        }
        m_groups[found->second].items.push_back(i);
    }
    endResetModel();
}

QString ReviewModel::describeEntity(const Group& group) const {
    if (!group.missionId.empty()) {
        // Named as the roadmap names it: what the coordinator knows it by.
        const Roadmap& ours = m_session->document()->roadmap();
        if (const Mission* mission =
                findMission({&ours, &m_session->result().merged, &m_session->contribution()},
                            group.missionId)) {
            return u"%1 (%2)"_s.arg(toQString(mission->name), toQString(mission->id));
        }
        return toQString(group.missionId);
    }
    if (group.key == "roadmap") {
        return tr("The roadmap");
    }
    const auto slash = group.key.find('/');
    const QString id = toQString(group.key.substr(slash + 1));
    const std::string_view kind = std::string_view(group.key).substr(0, slash);
    if (kind == toString(EntityKind::Agency)) {
        return tr("Agency %1").arg(id);
    }
    if (kind == toString(EntityKind::Destination)) {
        return tr("Destination %1").arg(id);
    }
    if (kind == toString(EntityKind::Goal)) {
        return tr("Goal %1").arg(id);
    }
    if (kind == toString(EntityKind::Objective)) {
        return tr("Objective %1").arg(id);
    }
    if (kind == toString(EntityKind::KnowledgeGap)) {
        return tr("Knowledge gap %1").arg(id);
    }
    if (kind == toString(EntityKind::Scenario)) {
        return tr("Scenario %1").arg(id);
    }
    if (kind == toString(EntityKind::Edition)) {
        return tr("Edition %1").arg(id);
    }
    return tr("Capability %1").arg(id);
}

QModelIndex ReviewModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount) {
        return {};
    }
    if (!parent.isValid()) {
        return row < static_cast<int>(m_groups.size()) ? createIndex(row, column, kGroupRow)
                                                       : QModelIndex();
    }
    if (parent.internalId() != kGroupRow) {
        return {};
    }
    const Group& group = m_groups[static_cast<std::size_t>(parent.row())];
    return row < static_cast<int>(group.items.size())
               ? createIndex(row, column, static_cast<quintptr>(parent.row()) + 1)
               : QModelIndex();
}

QModelIndex ReviewModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == kGroupRow) {
        return {};
    }
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kGroupRow);
}

int ReviewModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid()) {
        return static_cast<int>(m_groups.size());
    }
    if (parent.internalId() != kGroupRow || parent.column() != 0) {
        return 0;
    }
    return static_cast<int>(m_groups[static_cast<std::size_t>(parent.row())].items.size());
}

int ReviewModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

const MergeItem* ReviewModel::itemAt(const QModelIndex& index) const {
    if (!index.isValid() || index.internalId() == kGroupRow) {
        return nullptr;
    }
    const Group& group = m_groups[static_cast<std::size_t>(index.internalId() - 1)];
    return &m_session->items()[group.items[static_cast<std::size_t>(index.row())]];
}

std::vector<std::string> ReviewModel::subjectsAt(const QModelIndex& index) const {
    if (!index.isValid()) {
        return {};
    }
    if (const MergeItem* item = itemAt(index)) {
        return {item->change.subject()};
    }
    std::vector<std::string> subjects;
    for (const std::size_t i : m_groups[static_cast<std::size_t>(index.row())].items) {
        subjects.push_back(m_session->items()[i].change.subject());
    }
    return subjects;
}

QModelIndex ReviewModel::indexOf(const std::string& subject, int column) const {
    for (std::size_t g = 0; g < m_groups.size(); ++g) {
        const auto& items = m_groups[g].items;
        for (std::size_t row = 0; row < items.size(); ++row) {
            if (m_session->items()[items[row]].change.subject() == subject) {
                return createIndex(static_cast<int>(row), column, static_cast<quintptr>(g) + 1);
            }
        }
    }
    return {};
}

QVariant ReviewModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) {
        return {};
    }
    if (const MergeItem* item = itemAt(index)) {
        return itemData(*item, index.column(), role);
    }
    return groupData(m_groups[static_cast<std::size_t>(index.row())], index.column(), role);
}

QVariant ReviewModel::groupData(const Group& group, int column, int role) const {
    const auto& items = m_session->items();
    if (role == MissionIdRole) {
        return toQString(group.missionId);
    }
    if (role == PendingRole) {
        return std::any_of(group.items.begin(), group.items.end(),
                           [&](std::size_t i) { return items[i].pending(); });
    }
    if (column == ChangeColumn) {
        if (role == Qt::DisplayRole) {
            return group.label;
        }
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (role == Qt::CheckStateRole) {
            int applied = 0;
            int decidable = 0;
            for (const std::size_t i : group.items) {
                if (items[i].alreadyMade) {
                    continue;
                }
                ++decidable;
                applied += items[i].applied ? 1 : 0;
            }
            // Mixed: some of the mission's changes apply and some do not.
            if (applied > 0 && applied < decidable) {
                return Qt::PartiallyChecked;
            }
            return applied > 0 || decidable == 0 ? Qt::Checked : Qt::Unchecked;
        }
        if (role == Qt::DecorationRole &&
            std::any_of(group.items.begin(), group.items.end(),
                        [&](std::size_t i) { return items[i].pending(); })) {
            return undecidedIcon();
        }
    }
    if (column == Owner && role == Qt::DisplayRole) {
        return group.owner;
    }
    if (column == Flags && role == Qt::DisplayRole) {
        const auto count = [&](auto predicate) {
            return static_cast<int>(
                std::count_if(group.items.begin(), group.items.end(),
                              [&](std::size_t i) { return predicate(items[i]); }));
        };
        QStringList flags;
        if (const int conflicts = count([](const MergeItem& item) { return item.conflict; })) {
            flags << counted(conflicts, tr("%1 conflict"), tr("%1 conflicts"));
        }
        if (const int cross = count([](const MergeItem& item) { return item.crossAgency; })) {
            flags << tr("%1 cross-agency").arg(cross);
        }
        return flags.join(u", "_s);
    }
    if (column == Decision && role == Qt::DisplayRole) {
        return counted(static_cast<int>(group.items.size()), tr("%1 change"), tr("%1 changes"));
    }
    return {};
}

QVariant ReviewModel::itemData(const MergeItem& item, int column, int role) const {
    const Change& change = item.change;
    const MergeOutcome outcome = item.outcome();
    if (role == SubjectRole) {
        return toQString(change.subject());
    }
    if (role == MissionIdRole) {
        return toQString(change.mission());
    }
    if (role == PendingRole) {
        return item.pending();
    }
    const Roadmap& ours = m_session->document()->roadmap();
    const QString contributor = m_session->contributor();
    if (role == Qt::BackgroundRole && outcome == MergeOutcome::Undecided) {
        return QBrush(undecidedBackground());
    }
    switch (column) {
    case ChangeColumn: {
        if (role == Qt::CheckStateRole) {
            switch (outcome) {
            case MergeOutcome::Applied:
            case MergeOutcome::AlreadyMade:
                return Qt::Checked;
            case MergeOutcome::Rejected:
            case MergeOutcome::Undecided:
                // Undecided says so with its question mark: neither ticked nor half.
                return Qt::Unchecked;
            }
        }
        if (role == Qt::DecorationRole && outcome == MergeOutcome::Undecided) {
            return undecidedIcon();
        }
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
            return {};
        }
        QString what;
        switch (change.kind) {
        case ChangeKind::Added:
            what = tr("Added");
            break;
        case ChangeKind::Removed:
            what = tr("Removed");
            break;
        case ChangeKind::Renamed:
            what = tr("Renamed from %1").arg(toQString(change.previousId));
            break;
        case ChangeKind::Changed:
            what = fieldLabel(toQString(change.field->field));
            break;
        }
        if (change.entity == EntityKind::Dependency) {
            what = tr("Requires %1: %2").arg(toQString(change.prerequisite), what.toLower());
        }
        return role == Qt::ToolTipRole ? toQString(change.subject()) : what;
    }
    case Before:
    case After: {
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
            return {};
        }
        QString text;
        if (change.field) {
            text = toQString(column == Before ? change.field->before : change.field->after);
            if (column == After && change.field->shiftMonths && *change.field->shiftMonths != 0) {
                text += u" ("_s + shiftText(*change.field->shiftMonths) + u')';
            }
        } else if (change.entity == EntityKind::Mission &&
                   (change.kind == ChangeKind::Added) == (column == After)) {
            const Mission* mission = column == After
                                         ? m_session->contribution().missions.find(change.id)
                                         : findMission({&ours, &m_session->baseline()}, change.id);
            text = mission ? missionSummary(*mission) : QString();
        } else if (change.kind == ChangeKind::Renamed) {
            text = toQString(column == Before ? change.previousId : change.id);
        }
        return role == Qt::ToolTipRole ? text : elided(text);
    }
    case Owner:
        return role == Qt::DisplayRole ? toQString(change.owner) : QVariant();
    case Flags: {
        QStringList flags;
        if (item.conflict) {
            // The other side of the choice, where it is short enough to read here.
            const bool merge = m_session->resolvesRecordedConflicts();
            if (item.ours && item.ours->kind == ChangeKind::Removed) {
                flags << (merge ? tr("Conflict (removed in ours)")
                                : tr("Conflict (removed in the roadmap)"));
            } else if (item.ours && item.ours->field && item.ours->field->after.size() <= 24) {
                flags << (merge ? tr("Conflict (ours: %1)") : tr("Conflict (roadmap: %1)"))
                             .arg(toQString(item.ours->field->after));
            } else {
                flags << tr("Conflict");
            }
        }
        if (item.crossAgency) {
            flags << tr("Cross-agency");
        }
        // The planner's own missions, changed by another agency, are the ones to watch.
        if (!m_myAgency.isEmpty() && toQString(change.owner) == m_myAgency &&
            contributor != m_myAgency) {
            flags << tr("Your agency's");
        }
        if (item.alreadyMade) {
            flags << tr("Already in the roadmap");
        }
        if (role == Qt::DisplayRole) {
            return flags.join(u", "_s);
        }
        if (role == Qt::ToolTipRole) {
            QStringList why;
            if (item.conflict) {
                why << toQString(item.conflictReason);
                if (item.ours && item.ours->field) {
                    why << tr("The roadmap has: %1").arg(toQString(item.ours->field->after));
                }
            }
            if (item.crossAgency) {
                why << tr("%1 changes a mission of %2: it applies only when accepted.")
                           .arg(contributor, toQString(change.owner));
            }
            return why.join(u'\n');
        }
        if (role == Qt::ForegroundRole && (item.conflict || item.crossAgency)) {
            return QBrush(QColor(0xb2, 0x3c, 0x17));
        }
        return {};
    }
    case Decision: {
        if (role == Qt::ForegroundRole && outcome == MergeOutcome::Undecided) {
            return QBrush(QColor(0xc6, 0x28, 0x28));
        }
        if (role != Qt::DisplayRole) {
            return {};
        }
        switch (outcome) {
        case MergeOutcome::AlreadyMade:
            return tr("Nothing to do");
        case MergeOutcome::Applied:
            return item.conflict ? tr("Take %1's").arg(contributor) : tr("Accept");
        case MergeOutcome::Rejected:
            return item.conflict ? tr("Keep the roadmap's") : tr("Reject");
        case MergeOutcome::Undecided:
            return item.conflict ? tr("Choose a side") : tr("Decide");
        }
        return {};
    }
    case Comment:
        if (role == Qt::DisplayRole || role == Qt::EditRole) {
            return m_session->comment(change.subject());
        }
        return {};
    default:
        return {};
    }
}

bool ReviewModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid()) {
        return false;
    }
    if (index.column() == ChangeColumn && role == Qt::CheckStateRole) {
        const Verdict verdict =
            value.value<Qt::CheckState>() == Qt::Unchecked ? Verdict::Rejected : Verdict::Accepted;
        m_session->decide(subjectsAt(index), verdict);
        return true;
    }
    if (index.column() == Comment && role == Qt::EditRole && itemAt(index)) {
        m_session->setComment(itemAt(index)->change.subject(), value.toString());
        Q_EMIT dataChanged(index, index);
        return true;
    }
    return false;
}

Qt::ItemFlags ReviewModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) {
        return {};
    }
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const MergeItem* item = itemAt(index);
    if (index.column() == ChangeColumn && (!item || !item->alreadyMade)) {
        flags |= Qt::ItemIsUserCheckable;
    }
    if (index.column() == Comment && item) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

QVariant ReviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case ChangeColumn:
        return tr("Change");
    case Before:
        return tr("Before");
    case After:
        return tr("After");
    case Owner:
        return tr("Owner");
    case Flags:
        return tr("Flags");
    case Decision:
        return tr("Decision");
    case Comment:
        return tr("Comment");
    default:
        return {};
    }
}

} // namespace orrery::app
