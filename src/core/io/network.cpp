#include <orrery/filter.h>
#include <orrery/io/network.h>

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/graphml.hpp>
#include <fmt/format.h>

#include <map>
#include <sstream>

namespace orrery {
namespace {

struct MissionNode {
    std::string missionId;
    std::string name;
    std::string lead;
    std::string partners;
    std::string destination;
    std::string crew;
    std::string status;
    std::string start;
    std::string end;
};

struct PrerequisiteEdge {
    std::string type;
    int lagMonths = 0;
    std::string strength;
};

// The compact graph the analysis uses too; built once, never changed.
using Network = boost::compressed_sparse_row_graph<boost::directedS, MissionNode, PrerequisiteEdge>;

MissionNode nodeOf(const Mission& mission) {
    std::string partners;
    for (const std::string& partner : mission.partners) {
        partners += (partners.empty() ? "" : ",") + partner;
    }
    return {mission.id,
            mission.name,
            mission.lead,
            std::move(partners),
            mission.destination,
            std::string(toString(mission.crew)),
            std::string(toString(mission.status)),
            mission.start.toString(),
            mission.end ? mission.end->toString() : std::string()};
}

/// The kept missions as a graph, in the roadmap's order.
Network networkOf(const Roadmap& roadmap, const std::vector<bool>& kept) {
    std::vector<std::size_t> vertexOf(roadmap.missions.size(), 0);
    std::vector<std::size_t> missionOf;
    for (std::size_t i = 0; i < roadmap.missions.size(); ++i) {
        if (isKept(kept, i)) {
            vertexOf[i] = missionOf.size();
            missionOf.push_back(i);
        }
    }
    std::vector<std::pair<std::size_t, std::size_t>> links;
    std::vector<PrerequisiteEdge> data;
    for (const std::size_t i : missionOf) {
        for (const Prerequisite& prerequisite : roadmap.missions[i].prerequisites) {
            const auto from = roadmap.missions.indexOf(prerequisite.mission);
            if (!from || !isKept(kept, *from) || *from == i) {
                continue; // unknown, left out, or itself: the structure check says so
            }
            links.emplace_back(vertexOf[*from], vertexOf[i]);
            data.push_back({std::string(toString(prerequisite.type)), prerequisite.lagMonths,
                            std::string(toString(prerequisite.strength))});
        }
    }
    Network network(boost::edges_are_unsorted_multi_pass, links.begin(), links.end(), data.begin(),
                    missionOf.size());
    for (std::size_t v = 0; v < missionOf.size(); ++v) {
        network[v] = nodeOf(roadmap.missions[missionOf[v]]);
    }
    return network;
}

/// A DOT string, always quoted: Boost's DOT writer leaves keywords such as a mission called
/// "graph" unquoted and a trailing backslash unescaped, both of which Graphviz rejects.
std::string dotString(std::string_view text) {
    std::string result = "\"";
    for (const char c : text) {
        switch (c) {
        case '"':
            result += "\\\"";
            break;
        case '\\':
            result += "\\\\";
            break;
        case '\n':
            result += "\\n";
            break;
        case '\r':
            break;
        default:
            result += c;
        }
    }
    return result + "\"";
}

} // namespace

std::string toGraphML(const Roadmap& roadmap, const std::vector<bool>& kept) {
    Network network = networkOf(roadmap, kept);
    boost::dynamic_properties properties(boost::ignore_other_properties);
    properties.property("mission_id", boost::get(&MissionNode::missionId, network));
    properties.property("name", boost::get(&MissionNode::name, network));
    properties.property("lead", boost::get(&MissionNode::lead, network));
    properties.property("partners", boost::get(&MissionNode::partners, network));
    properties.property("destination", boost::get(&MissionNode::destination, network));
    properties.property("crew", boost::get(&MissionNode::crew, network));
    properties.property("status", boost::get(&MissionNode::status, network));
    properties.property("start", boost::get(&MissionNode::start, network));
    properties.property("end", boost::get(&MissionNode::end, network));
    properties.property("type", boost::get(&PrerequisiteEdge::type, network));
    properties.property("lag_months", boost::get(&PrerequisiteEdge::lagMonths, network));
    properties.property("strength", boost::get(&PrerequisiteEdge::strength, network));
    std::ostringstream out;
    boost::write_graphml(out, network, properties, /*ordered_vertices=*/true);
    return out.str();
}

std::string toDot(const Roadmap& roadmap, const std::vector<bool>& kept) {
    const Network network = networkOf(roadmap, kept);
    std::string out = fmt::format("digraph {} {{\n  rankdir=LR;\n  node [shape=box];\n",
                                  dotString(roadmap.title.empty() ? "roadmap" : roadmap.title));
    // Lanes as clusters, in the roadmap's order of destinations.
    std::map<std::string, std::vector<std::size_t>> byLane;
    for (std::size_t v = 0; v < boost::num_vertices(network); ++v) {
        byLane[network[v].destination].push_back(v);
    }
    int cluster = 0;
    const auto writeLane = [&](const std::string& destination, const std::string& label) {
        const auto lane = byLane.find(destination);
        if (lane == byLane.end()) {
            return;
        }
        out += fmt::format("  subgraph \"cluster_{}\" {{\n    label={};\n", cluster++,
                           dotString(label));
        for (const std::size_t v : lane->second) {
            const MissionNode& node = network[v];
            out += fmt::format("    {} [label={}, lead={}, partners={}, destination={}, crew={}, "
                               "status={}, start={}, end={}];\n",
                               dotString(node.missionId), dotString(node.name),
                               dotString(node.lead), dotString(node.partners),
                               dotString(node.destination), dotString(node.crew),
                               dotString(node.status), dotString(node.start), dotString(node.end));
        }
        out += "  }\n";
        byLane.erase(lane);
    };
    for (const Destination& destination : roadmap.destinations) {
        writeLane(destination.id, destination.name.empty() ? destination.id : destination.name);
    }
    while (!byLane.empty()) {
        const std::string unknown = byLane.begin()->first;
        writeLane(unknown, unknown);
    }
    for (const auto edge : boost::make_iterator_range(boost::edges(network))) {
        const PrerequisiteEdge& data = network[edge];
        out += fmt::format("  {} -> {} [type={}, lag_months={}, strength={}{}];\n",
                           dotString(network[boost::source(edge, network)].missionId),
                           dotString(network[boost::target(edge, network)].missionId),
                           dotString(data.type), data.lagMonths, dotString(data.strength),
                           data.strength == "soft" ? ", style=dashed" : "");
    }
    out += "}\n";
    return out;
}

} // namespace orrery
