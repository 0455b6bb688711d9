#!/usr/bin/python3
"""igraph peer of the crimegraph analysis benchmark (src/test/java/org/crimegraph/bench/AnalysisBenchmark.java).

Reads an undirected edge list (CSV header source,target; integer ids 0..n-1), then times only the algorithm
calls, each with time.perf_counter() (wall) and time.process_time() (CPU), and prints one JSON object:
{measure: {"seconds": wall, "cpu": cpu, "note": text}}.
Run with Debian's python3-igraph 0.10.2: /usr/bin/python3 scripts/bench_igraph.py EDGES.csv N MEASURE...
Measures: betweenness pagerank components articulation closeness harmonic louvain leiden.
"""
import csv
import json
import sys
import time

import igraph


def load(path, n):
    with open(path, newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        next(rows)
        edges = [(int(a), int(b)) for a, b, *_ in rows]
    return igraph.Graph(n=n, edges=edges, directed=False)


def timed(call):
    cpu = time.process_time()
    start = time.perf_counter()
    value = call()
    wall = time.perf_counter() - start
    timed.cpu = time.process_time() - cpu
    return wall, value


def main():
    path, n, measures = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    g = load(path, n)
    out = {}
    for measure in measures:
        if measure == "betweenness":
            s, v = timed(lambda: g.betweenness(directed=False))
            note = "max %.6g" % max(v)
        elif measure == "pagerank":
            s, v = timed(lambda: g.pagerank(damping=0.85, directed=False))
            note = "PRPACK (direct solve)"
        elif measure == "components":
            s, v = timed(lambda: g.connected_components())
            note = "%d components, largest %d" % (len(v), max(v.sizes()))
        elif measure == "articulation":
            s, v = timed(lambda: g.articulation_points())
            note = "%d articulation points" % len(v)
        elif measure == "closeness":
            s, v = timed(lambda: g.closeness())
            note = ""
        elif measure == "harmonic":
            s, v = timed(lambda: g.harmonic_centrality())
            note = ""
        elif measure == "louvain":
            s, v = timed(lambda: g.community_multilevel())
            note = "modularity %.4f, %d communities" % (v.modularity, len(v))
        elif measure == "leiden":
            s, v = timed(lambda: g.community_leiden(objective_function="modularity", n_iterations=-1))
            note = "modularity %.4f, %d communities (runs until stable)" % (v.modularity, len(v))
        else:
            raise SystemExit("unknown measure " + measure)
        out[measure] = {"seconds": s, "cpu": timed.cpu, "note": note}
        print("igraph %s: %.3f s" % (measure, s), file=sys.stderr, flush=True)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
