#pragma once

#include <QSplitter>

namespace orrery::app {

class ReviewPanel;
class ReviewSession;
class TimelineView;

/// The review's tab: the proposed timeline above, the changes and the decisions below, both
/// the width of the window.
class ReviewPage : public QSplitter {
    Q_OBJECT

public:
    explicit ReviewPage(ReviewSession* session, QWidget* parent = nullptr);

    TimelineView* proposedTimeline() const { return m_proposed; }
    ReviewPanel* panel() const { return m_panel; }

private:
    TimelineView* m_proposed;
    ReviewPanel* m_panel;
};

} // namespace orrery::app
