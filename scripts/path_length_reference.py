#!/usr/bin/python3
"""NetworkX reference values for `--path-length hops|inverse-weight` (PathLengthOptionTest pins them).

    /usr/bin/python3 scripts/path_length_reference.py            # prints the Java fixture
    /usr/bin/python3 scripts/path_length_reference.py --check F  # F: `score --edges karate.csv --format json
                                                                 #    --path-length hops` output; exit 1 on a difference

Graph: Zachary's karate club with its interaction counts as weights (nx.karate_club_graph(), vertices
K00..K33). Reference values, as crimegraph defines its measures (docs/algorithms.md):
    hops:           nx.betweenness_centrality(G), nx.closeness_centrality(G), harmonic(G) / (n-1)
    inverse-weight: the same with distance = 1/weight
"""
import json
import sys

import networkx as nx


def graph():
    g = nx.Graph()
    for a, b, d in nx.karate_club_graph().edges(data=True):
        g.add_edge("K%02d" % a, "K%02d" % b, weight=d["weight"], dist=1.0 / d["weight"])
    return g


def measures(g, dist):
    n = g.number_of_nodes()
    return {
        "betweenness": nx.betweenness_centrality(g, weight=dist),
        "closeness": nx.closeness_centrality(g, distance=dist),
        "harmonic": {v: h / (n - 1) for v, h in nx.harmonic_centrality(g, distance=dist).items()},
    }


def main():
    g = graph()
    ref = {"hops": measures(g, None), "inverse-weight": measures(g, "dist")}
    if len(sys.argv) == 3 and sys.argv[1] == "--check":
        nodes = {n["id"]: n for n in json.load(open(sys.argv[2]))["nodes"]}
        worst = max(abs(nodes[v][m] - ref["hops"][m][v]) for m in ref["hops"] for v in g)
        print("largest difference from NetworkX (hops): %.3g" % worst)
        sys.exit(0 if worst < 1e-9 else 1)
    print("    static final String KARATE_EDGES = \"source,target,weight\\n\"")
    for a, b, d in sorted(g.edges(data=True)):
        a, b = sorted((a, b))
        print("            + \"%s,%s,%d\\n\"" % (a, b, d["weight"]))
    print("            ;")
    for length, values in ref.items():
        for m, vs in values.items():
            name = (length.replace("-", "_") + "_" + m).upper()
            print("    static final Map<String, Double> %s = Map.ofEntries(" % name)
            print(",\n".join("            Map.entry(\"%s\", %r)" % (v, vs[v]) for v in sorted(vs)) + ");")


if __name__ == "__main__":
    main()
