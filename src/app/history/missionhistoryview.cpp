#include "missionhistoryview.h"

#include "../labels.h"
#include "../presentation.h"
#include "../selection.h"
#include "historytext.h"
#include "repositoryhistory.h"

#include <render/utf8.h>

namespace orrery::app {

using namespace Qt::StringLiterals;
using render::toQString;

namespace {

/// Events shown in full; older ones are counted.
constexpr std::size_t kShownEvents = 12;

} // namespace

MissionHistoryView::MissionHistoryView(RepositoryHistory* history, Presentation* presentation,
                                       QWidget* parent)
    : QLabel(parent), m_history(history), m_presentation(presentation) {
    setObjectName(u"missionHistory"_s);
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setContentsMargins(6, 6, 6, 6);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAlignment(Qt::AlignTop | Qt::AlignLeft);
    hide();
    connect(presentation, &Presentation::changed, this, &MissionHistoryView::selectionMaybeChanged);
    connect(history, &RepositoryHistory::commitsChanged, this, &MissionHistoryView::request);
    connect(history, &RepositoryHistory::missionHistoryRead, this, &MissionHistoryView::show);
}

void MissionHistoryView::selectionMaybeChanged() {
    const std::string current = render::toStdString(m_presentation->selection()->current());
    if (current != m_mission) {
        m_mission = current;
        request();
    }
}

void MissionHistoryView::request() {
    m_mission = render::toStdString(m_presentation->selection()->current());
    if (m_mission.empty() || m_history->state() != RepositoryHistory::State::Ready ||
        m_history->commits().empty()) {
        hide();
        return;
    }
    setText(u"<b>"_s + tr("History") + u"</b><br><span style='color:gray'>"_s +
            tr("Reading the mission's history...") + u"</span>"_s);
    QLabel::show();
    m_history->readMissionHistory(m_mission);
}

void MissionHistoryView::show(const std::string& mission,
                              const std::vector<git::MissionEvent>& events, const QString& error) {
    if (mission != m_mission) {
        return;
    }
    QString html = u"<b>"_s + tr("History") + u"</b>"_s;
    if (!error.isEmpty()) {
        setText(html + u"<br>"_s + error.toHtmlEscaped());
        return;
    }
    if (events.empty()) {
        setText(html + u"<br><span style='color:gray'>"_s + tr("No commit has changed it yet.") +
                u"</span>"_s);
        return;
    }
    html += u"<ul style='margin-left:-20px'>"_s;
    for (std::size_t i = 0; i < events.size() && i < kShownEvents; ++i) {
        const git::MissionEvent& event = events[i];
        QStringList what;
        for (const Change& change : event.changes) {
            what << history_text::describe(change).toHtmlEscaped();
        }
        html += u"<li>"_s + what.join(u"; "_s) + u"<br><span style='color:gray'>"_s +
                tr("by %1 on %2: %3")
                    .arg(toQString(event.commit.author).toHtmlEscaped(),
                         history_text::dateOf(event.commit),
                         toQString(event.commit.subject).toHtmlEscaped()) +
                u"</span></li>"_s;
    }
    html += u"</ul>"_s;
    if (events.size() > kShownEvents) {
        html += counted(static_cast<int>(events.size() - kShownEvents), tr("and %1 earlier commit"),
                        tr("and %1 earlier commits")) +
                u"<br>"_s;
    }
    // Field by field: who set what the mission has now.
    const git::FieldBlame blame = git::blameFields(events);
    html += u"<b>"_s + tr("Last changed") + u"</b><table cellspacing='2'>"_s;
    for (const auto& [field, event] : blame.lastChanged) {
        html += u"<tr><td>"_s + toQString(field).toHtmlEscaped() + u"</td><td>"_s +
                tr("%1, %2 (%3)")
                    .arg(toQString(event->commit.author).toHtmlEscaped(),
                         history_text::dateOf(event->commit),
                         toQString(event->commit.id.substr(0, 8))) +
                u"</td></tr>"_s;
    }
    if (blame.added) {
        html += u"<tr><td>"_s + tr("the rest") + u"</td><td>"_s +
                tr("as added by %1, %2 (%3)")
                    .arg(toQString(blame.added->commit.author).toHtmlEscaped(),
                         history_text::dateOf(blame.added->commit),
                         toQString(blame.added->commit.id.substr(0, 8))) +
                u"</td></tr>"_s;
    }
    html += u"</table>"_s;
    setText(html);
}

} // namespace orrery::app
