#!/usr/bin/env python3
"""Reference values for src/test/java/org/crimegraph/paths/PersonPathsTest.java (NetworkX 2.8.8).
Run with /usr/bin/python3 scripts/paths_reference.py"""
import itertools
import networkx as nx
from networkx.algorithms.approximation import steiner_tree

# tie strengths (weight); distance = 1/weight
EDGES = [("A", "B", 1.0), ("B", "C", 1.0), ("C", "D", 1.0), ("A", "E", 4.0), ("E", "F", 4.0), ("F", "D", 4.0),
         ("B", "F", 0.5), ("E", "C", 2.0), ("D", "G", 1.0), ("G", "H", 1.0), ("C", "H", 0.25), ("X", "Y", 1.0)]
g = nx.Graph()
for u, v, w in EDGES:
    g.add_edge(u, v, weight=w, length=1.0 / w)

print("hops shortest A-D:", [p for p in nx.all_shortest_paths(g, "A", "D")])
print("weighted shortest A-D:", nx.shortest_path(g, "A", "D", weight="length"),
      round(nx.shortest_path_length(g, "A", "D", weight="length"), 6))
print("k=4 shortest (1/weight) A-D:")
for p in itertools.islice(nx.shortest_simple_paths(g, "A", "D", weight="length"), 4):
    print("  ", p, round(sum(g[u][v]["length"] for u, v in zip(p, p[1:])), 6))
print("node connectivity A-D:", nx.node_connectivity(g, "A", "D"), " A-H:", nx.node_connectivity(g, "A", "H"))
main = g.subgraph(nx.node_connected_component(g, "A"))
t = steiner_tree(main, ["A", "D", "H"], weight="length")
print("steiner(metric-closure MST, 1/weight) A,D,H:", sorted(tuple(sorted(e)) for e in t.edges()),
      round(sum(g[u][v]["length"] for u, v in t.edges()), 6))
t = steiner_tree(main, ["A", "D", "H"])
print("steiner(metric-closure MST, hops) A,D,H edges:", len(t.edges()))
