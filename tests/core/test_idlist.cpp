#include <orrery/agency.h>
#include <orrery/idlist.h>

#include <catch2/catch.hpp>

using orrery::Agency;
using orrery::IdList;

namespace {
Agency agency(std::string id, std::string name = {}) {
    return Agency{std::move(id), std::move(name), {}, "#000000", {}};
}
} // namespace

TEST_CASE("IdList finds items by id and keeps their order", "[model]") {
    IdList<Agency> list{agency("NASA"), agency("ESA"), agency("JAXA")};
    REQUIRE(list.size() == 3);
    CHECK(list[1].id == "ESA");
    CHECK(list.indexOf("JAXA") == 2);
    CHECK(list.find("ESA") == &list[1]);
    CHECK(list.find("CNSA") == nullptr);
    CHECK_FALSE(list.indexOf("CNSA"));
}

TEST_CASE("IdList keeps duplicate ids and finds the first", "[model]") {
    IdList<Agency> list{agency("ESA", "first"), agency("NASA"), agency("ESA", "second")};
    CHECK(list.size() == 3);
    CHECK(list.find("ESA")->name == "first");

    list.take(0);
    CHECK(list.find("ESA")->name == "second");
    CHECK(list.indexOf("ESA") == 1);
}

TEST_CASE("IdList stays indexed through insert, replace, take and move", "[model]") {
    IdList<Agency> list{agency("A"), agency("B"), agency("C")};

    list.insert(1, agency("X"));
    CHECK(list.indexOf("X") == 1);
    CHECK(list.indexOf("B") == 2);
    CHECK(list.indexOf("C") == 3);

    list.replace(2, agency("Y"));
    CHECK_FALSE(list.contains("B"));
    CHECK(list.indexOf("Y") == 2);

    const Agency taken = list.take(0);
    CHECK(taken.id == "A");
    CHECK(list.indexOf("X") == 0);
    CHECK(list.indexOf("C") == 2);

    list.move(0, 2);
    CHECK(list[2].id == "X");
    CHECK(list.indexOf("X") == 2);
    CHECK(list.indexOf("Y") == 0);

    list.insert(list.size(), agency("Z"));
    CHECK(list.indexOf("Z") == 3);
}

TEST_CASE("IdLists compare by content and order", "[model]") {
    const IdList<Agency> a{agency("A"), agency("B")};
    const IdList<Agency> b{agency("A"), agency("B")};
    const IdList<Agency> c{agency("B"), agency("A")};
    CHECK(a == b);
    CHECK_FALSE(a == c);
}
