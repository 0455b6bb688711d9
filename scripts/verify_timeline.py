#!/usr/bin/python3
"""NetworkX reference for `crimegraph timeline` on the hand-built case of TimelineCommandTest.

    /usr/bin/python3 scripts/verify_timeline.py               # prints the Java fixture (TimelineReference)
    /usr/bin/python3 scripts/verify_timeline.py --check OUT   # OUT: `timeline --format json` on that case
                                                              # (internal release, --window P1M); exit 1 on
                                                              # any difference above 1e-9

The case: persons T1..T10 with one phone each (report R1, handling P); one call per linked pair and
month (R1), so every link weighs 1 (docs/projection.md: a call weighs log2(1 + calls)) and 1/weight
lengths equal hops; a social association T9-T10 (R1, undated, weight 1) that counts in every window;
and a call T1-T8 in February asserted only by the restricted report R2 (handling C), hidden from a
partner. Per window the script computes, with NetworkX on that window's network:
    persons, links, density            G.number_of_nodes(), G.number_of_edges(), nx.density(G)
    components, largest                nx.number_connected_components, max component size
    degree centralisation (Freeman)    sum(max d - d_i) / ((n-1)(n-2))
    betweenness centralisation         sum(max b - b_i) / (n-1), b = nx.betweenness_centrality(G)
    betweenness, closeness, harmonic   nx.betweenness_centrality, nx.closeness_centrality,
                                       nx.harmonic_centrality / (n-1)
    modularity                         nx.community.modularity(G, crimegraph's partition) (--check only:
                                       the partition is crimegraph's Leiden one, read from OUT)
"""
import json
import sys

import networkx as nx

MONTHS = ["2026-01", "2026-02", "2026-03"]
CALLS = {  # month -> pairs called once that month (R1), besides the restricted T1-T8 call
    "2026-01": [("T1", "T2"), ("T1", "T3"), ("T1", "T4"), ("T1", "T5"), ("T2", "T3"), ("T5", "T6")],
    "2026-02": [("T2", "T3"), ("T3", "T4"), ("T4", "T5"), ("T5", "T6"), ("T2", "T6")],
    "2026-03": [("T2", "T3"), ("T3", "T4"), ("T2", "T4"), ("T5", "T6"), ("T6", "T7"), ("T5", "T7"), ("T4", "T5")],
}
RESTRICTED = {"2026-02": [("T1", "T8")]}
UNDATED = [("T9", "T10")]


def window(month, partner=False):
    g = nx.Graph()
    g.add_edges_from(CALLS[month] + UNDATED + ([] if partner else RESTRICTED.get(month, [])))
    return g


def freeman(values, n):
    m = max(values.values())
    return sum(m - v for v in values.values())


def measures(g):
    n = g.number_of_nodes()
    deg = dict(g.degree())
    b = nx.betweenness_centrality(g)
    return {
        "persons": n, "links": g.number_of_edges(), "density": nx.density(g),
        "components": nx.number_connected_components(g),
        "largest": max(len(c) for c in nx.connected_components(g)),
        "degreeCentralisation": freeman(deg, n) / ((n - 1) * (n - 2)),
        "betweennessCentralisation": freeman(b, n) / (n - 1),
        "betweenness": b, "closeness": nx.closeness_centrality(g),
        "harmonic": {v: h / (n - 1) for v, h in nx.harmonic_centrality(g).items()},
    }


def check(path):
    out = json.load(open(path))
    worst = 0.0
    for w, month in enumerate(MONTHS):
        g = window(month)
        ref = measures(g)
        got = out["windows"][w]
        for key, name in [("persons", "persons"), ("links", "links"), ("density", "density"),
                          ("components", "components"), ("largest", "largestComponent"),
                          ("degreeCentralisation", "degreeCentralisation"),
                          ("betweennessCentralisation", "betweennessCentralisation")]:
            worst = max(worst, abs(ref[key] - got[name]))
        partition = {}
        for p in out["persons"]:
            place = p["windows"][w]
            if place is not None:
                partition.setdefault(place["community"], set()).add(p["id"])
                for m in ("betweenness", "closeness", "harmonic"):
                    worst = max(worst, abs(ref[m][p["id"]] - place["measures"][m]["value"]))
        worst = max(worst, abs(nx.community.modularity(g, partition.values()) - got["modularity"]))
    print("largest difference from NetworkX: %.3g" % worst)
    sys.exit(0 if worst < 1e-9 else 1)


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--check":
        check(sys.argv[2])
    for w, month in enumerate(MONTHS):
        ref = measures(window(month))
        print("    // %s: %s" % (month, sorted(window(month).edges())))
        print("    static final Window W%d = new Window(%d, %d, %r, %d, %d, %r, %r," % (
            w + 1, ref["persons"], ref["links"], ref["density"], ref["components"], ref["largest"],
            ref["degreeCentralisation"], ref["betweennessCentralisation"]))
        for m in ("betweenness", "closeness", "harmonic"):
            end = ");" if m == "harmonic" else ","
            print("            Map.of(%s)%s" % (", ".join('"%s", %r' % (v, ref[m][v]) for v in sorted(ref[m])), end))


if __name__ == "__main__":
    main()
