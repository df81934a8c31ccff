#include "reviewpage.h"

#include "../document.h"
#include "../views/timeline/timelineview.h"
#include "../windowgeometry.h"
#include "reviewpanel.h"
#include "reviewsession.h"

namespace orrery::app {

ReviewPage::ReviewPage(ReviewSession* session, QWidget* parent)
    : QSplitter(Qt::Vertical, parent),
      m_proposed(new TimelineView(session->previewPresentation(), this)),
      m_panel(new ReviewPanel(session, this)) {
    setObjectName(QStringLiteral("reviewPage"));
    setChildrenCollapsible(false);
    m_proposed->setObjectName(QStringLiteral("proposedTimeline"));
    m_proposed->setMinimumHeight(kMinimumViewHeight / 2);
    addWidget(m_proposed);
    addWidget(m_panel);
    setStretchFactor(0, 1);
    setStretchFactor(1, 1);
}

} // namespace orrery::app
