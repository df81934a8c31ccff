#include "reviewhistorydock.h"

#include "../document.h"

#include <render/utf8.h>

#include <QHeaderView>
#include <QTreeWidget>

#include <algorithm>

namespace orrery::app {

using namespace Qt::StringLiterals;
using render::toQString;

ReviewHistoryDock::ReviewHistoryDock(QWidget* parent)
    : QDockWidget(tr("Reviews"), parent), m_view(new QTreeWidget(this)) {
    setObjectName(u"reviewHistoryDock"_s);
    m_view->setObjectName(u"reviewHistory"_s);
    m_view->setColumnCount(5);
    m_view->setHeaderLabels(
        {tr("Date"), tr("Reviewer"), tr("Contribution"), tr("Decisions"), tr("Summary")});
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setWordWrap(false);
    m_view->header()->setStretchLastSection(true);
    setWidget(m_view);
    connect(m_view, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        // Subjects of missions and their dependencies start "mission/ID".
        const QStringList parts = item->text(2).split(u'/');
        if (item->parent() && parts.size() >= 2 && parts[0] == u"mission"_s) {
            Q_EMIT missionActivated(parts[1]);
        }
    });
}

void ReviewHistoryDock::setDocument(Document* document) {
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    if (m_document) {
        connect(m_document, &Document::changed, this, &ReviewHistoryDock::refresh);
    }
    refresh();
}

void ReviewHistoryDock::refresh() {
    m_view->clear();
    if (!m_document) {
        return;
    }
    const auto& reviews = m_document->roadmap().reviews;
    for (auto review = reviews.rbegin(); review != reviews.rend(); ++review) {
        const auto accepted = std::count_if(
            review->decisions.begin(), review->decisions.end(),
            [](const ReviewDecision& decision) { return decision.verdict == Verdict::Accepted; });
        const auto rejected = static_cast<long>(review->decisions.size()) - accepted;
        const ReviewedContribution& contribution = review->contribution;
        QString what = toQString(contribution.agency);
        if (!contribution.title.empty()) {
            what += u" — "_s + toQString(contribution.title);
        }
        auto* row = new QTreeWidgetItem(
            m_view, {toQString(review->date.toString()), toQString(review->reviewer), what,
                     tr("%1 accepted, %2 rejected").arg(accepted).arg(rejected),
                     toQString(review->summary)});
        row->setToolTip(
            2, tr("Contribution fingerprint: %1").arg(toQString(contribution.fingerprint)));
        row->setToolTip(4, toQString(review->summary));
        for (const ReviewDecision& decision : review->decisions) {
            auto* child = new QTreeWidgetItem(
                row, {QString(), QString(), toQString(decision.subject),
                      decision.verdict == Verdict::Accepted ? tr("accepted") : tr("rejected"),
                      toQString(decision.comment)});
            child->setToolTip(4, toQString(decision.comment));
        }
    }
    for (int column = 0; column < 4; ++column) {
        m_view->resizeColumnToContents(column);
    }
}

} // namespace orrery::app
