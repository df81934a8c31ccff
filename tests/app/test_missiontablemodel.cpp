#include "support/qtstrings.h"

#include <app/document.h>
#include <app/models/missiontablemodel.h>
#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSortFilterProxyModel>

using namespace orrery;
using namespace orrery::app;

namespace {
std::unique_ptr<Document> ger2013() {
    auto document = Document::load(QStringLiteral(":/roadmaps/ger-2013.roadmap.json"));
    REQUIRE(document);
    return std::move(*document);
}
} // namespace

TEST_CASE("The mission table shows one row per mission", "[missiontable]") {
    auto document = ger2013();
    MissionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocument(document.get());
    REQUIRE(model.rowCount() == 29);
    REQUIRE(model.columnCount() == MissionTableModel::ColumnCount);

    const int iss = model.rowOf(QStringLiteral("iss"));
    REQUIRE(iss >= 0);
    const auto cell = [&](int column) { return model.index(iss, column).data().toString(); };
    CHECK(cell(MissionTableModel::Name) == QStringLiteral("International Space Station"));
    CHECK(cell(MissionTableModel::Lead) == QStringLiteral("NASA"));
    CHECK(cell(MissionTableModel::Partners) == QStringLiteral("Roscosmos, ESA, JAXA, CSA"));
    CHECK(cell(MissionTableModel::Destination) == QStringLiteral("Earth orbit and ISS"));
    CHECK(cell(MissionTableModel::Crew) == QStringLiteral("Human"));
    CHECK(cell(MissionTableModel::Status) == QStringLiteral("Operating"));
    CHECK(cell(MissionTableModel::Start) == QStringLiteral("1998-11-20"));
    CHECK(cell(MissionTableModel::End) == QStringLiteral("2020"));

    const QVariant swatch = model.index(iss, MissionTableModel::Lead).data(Qt::DecorationRole);
    CHECK(swatch.value<QColor>() == QColor(QStringLiteral("#1A3D8F")));
    CHECK(model.index(iss, MissionTableModel::Id).data(MissionTableModel::MissionIdRole) ==
          QStringLiteral("iss"));
    CHECK(model.rowOf(QStringLiteral("no-such-mission")) == -1);
}

TEST_CASE("Dates sort by when they begin, not as text", "[missiontable]") {
    auto document = ger2013();
    MissionTableModel model;
    model.setDocument(document.get());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(MissionTableModel::SortRole);
    proxy.sort(MissionTableModel::Start, Qt::AscendingOrder);

    const auto idAt = [&](int row) {
        return proxy.index(row, MissionTableModel::Id).data().toString();
    };
    CHECK(idAt(0) == QStringLiteral("iss"));
    CHECK(idAt(1) == QStringLiteral("msl"));
    CHECK(idAt(proxy.rowCount() - 1) == QStringLiteral("hmars"));
    for (int row = 1; row < proxy.rowCount(); ++row) {
        const auto previous = proxy.index(row - 1, MissionTableModel::Start)
                                  .data(MissionTableModel::SortRole)
                                  .toLongLong();
        const auto current = proxy.index(row, MissionTableModel::Start)
                                 .data(MissionTableModel::SortRole)
                                 .toLongLong();
        CHECK(previous <= current);
    }

    // Destinations sort in lane order, as on the timeline.
    proxy.sort(MissionTableModel::Destination, Qt::AscendingOrder);
    CHECK(proxy.index(0, MissionTableModel::Destination).data().toString() ==
          QStringLiteral("Earth orbit and ISS"));
    CHECK(proxy.index(proxy.rowCount() - 1, MissionTableModel::Destination).data().toString() ==
          QStringLiteral("Mars surface"));
}

TEST_CASE("The table follows the document it shows", "[missiontable]") {
    auto first = ger2013();
    MissionTableModel model;
    model.setDocument(first.get());
    auto second = Document::load(QStringLiteral(":/roadmaps/ger-2018.roadmap.json"));
    REQUIRE(second);
    model.setDocument(second->get());
    CHECK(model.rowCount() == 26);
    second->reset();
    CHECK(model.rowCount() == 0);
}
