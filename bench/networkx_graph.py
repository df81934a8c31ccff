#!/usr/bin/env python3
"""The graph part of `orrery-cli validate`, done with Python and networkx, for comparison.

Reads a roadmap file, builds the dependency graph (an edge from each prerequisite to its
dependent), finds the dependency cycles (strongly connected components of more than one
mission), and the longest chain of dependencies through the rest. Orrery's own validate
does all of that and more (the schema, every check, its findings); see
docs/performance.md for how the two are timed.

    python3 bench/networkx_graph.py FILE.roadmap.json
"""

import json
import sys

import networkx


def main(path):
    with open(path, encoding="utf-8") as file:
        roadmap = json.load(file)
    graph = networkx.DiGraph()
    for mission in roadmap["missions"]:
        graph.add_node(mission["id"])
        for prerequisite in mission.get("requires", []):
            graph.add_edge(prerequisite["mission"], mission["id"])
    cycles = [c for c in networkx.strongly_connected_components(graph) if len(c) > 1]
    in_cycles = set().union(*cycles) if cycles else set()
    acyclic = graph.subgraph(n for n in graph if n not in in_cycles)
    chain = networkx.dag_longest_path(acyclic)
    print(f"{path}: {graph.number_of_nodes()} missions, {graph.number_of_edges()} dependencies, "
          f"{len(cycles)} cycles, longest chain {len(chain)} missions")


if __name__ == "__main__":
    main(sys.argv[1])
