#!/usr/bin/python3
"""Checks crimegraph's per-vertex measures against NetworkX and python-igraph.

Run from the repository root, with Debian's python3-networkx and python3-igraph:

    /usr/bin/python3 scripts/verify_measures.py            # all graphs, about 20 s on 2 cores
    /usr/bin/python3 scripts/verify_measures.py --quick    # without the two largest graphs

It compiles the test classes (./mvnw -o -q test-compile) and asks Maven for the class path, unless
CRIMEGRAPH_CLASSPATH is set (the JUnit test VerifyMeasuresScriptTest sets it). Then it writes seeded
generated graphs (several sizes, weighted and unweighted, disconnected ones with isolated vertices)
and two classic graphs (Zachary's karate club with its interaction counts as weights, Padgett's
Florentine families) as edge lists, runs org.crimegraph.analysis.MeasuresDump on them (path length
in hops and 1/weight), computes every measure with NetworkX and igraph, and prints the largest
absolute difference per measure and reference. Exit status 1 if any difference exceeds 1e-6.

Conventions compared (docs/algorithms.md):
  betweenness     nx.betweenness_centrality(G, weight=d)          igraph betweenness * 2/((n-1)(n-2)) (*)
  betweennessRaw  nx.betweenness_centrality(normalized=False)     igraph betweenness
  closeness       nx.closeness_centrality(G, distance=d)          igraph closeness(normalized) * (r-1)/(n-1)
  harmonic        nx.harmonic_centrality(G, distance=d) / (n-1)   igraph harmonic_centrality(normalized)
  pagerank        nx.pagerank(G, weight="weight")                 igraph pagerank(weights)
  eigenvector     nx.eigenvector_centrality(G, weight="weight")   igraph eigenvector_centrality, L2-scaled
                                                                  (connected graphs only: ARPACK picks any
                                                                  vector of the top eigenspace otherwise)
  coreness        nx.core_number                                  igraph coreness
  clustering      nx.clustering                                   igraph transitivity_local_undirected(zero)
  degree/strength G.degree, G.degree(weight)                      igraph degree, strength
where d is None (hops) or the edge attribute 1/weight.
(*) With 1/weight lengths igraph is compared only on graphs whose lengths are powers of two: igraph
counts path lengths within a relative epsilon as equal (so 1/3 + 1/3 + 1/3 ties with 1), NetworkX and
crimegraph compare exactly, so on other weights the number of shortest paths can differ.
"""
import csv
import math
import os
import random
import subprocess
import sys
import tempfile

import networkx as nx
import igraph as ig

TOLERANCE = 1e-6
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MEASURES = ["degree", "strength", "betweenness", "betweennessRaw", "pagerank", "closeness", "harmonic",
            "eigenvector", "coreness", "clustering"]


def weighted(graph, seed, choices=(1, 2, 3, 4, 5, 0.5, 1.5)):
    rng = random.Random(seed)
    for a, b in sorted(graph.edges()):
        graph[a][b]["weight"] = rng.choice(choices)
    return graph


def unweighted(graph):
    for a, b in graph.edges():
        graph[a][b]["weight"] = 1
    return graph


def relabel(graph, prefix):
    width = len(str(max(graph.number_of_nodes() - 1, 1)))
    return nx.relabel_nodes(graph, {v: "%s%0*d" % (prefix, width, v) for v in graph.nodes()})


def disconnected(seed):
    """Two random parts of different density plus three isolated vertices."""
    a = nx.gnm_random_graph(60, 150, seed=seed)
    b = nx.gnm_random_graph(25, 40, seed=seed + 1)
    g = nx.disjoint_union(a, b)
    g.add_nodes_from(range(85, 88))
    return relabel(g, "d")


def graphs(quick):
    """The graphs checked; quick keeps the small ones (for the JUnit run)."""
    yield "karate", nx.relabel_nodes(nx.karate_club_graph(), lambda v: "k%02d" % v)
    yield "florentine", unweighted(nx.florentine_families_graph())
    for n, m, seed in ((30, 60, 7), (200, 600, 11)) if quick else ((30, 60, 7), (200, 600, 11), (600, 2400, 13)):
        g = relabel(nx.gnm_random_graph(n, m, seed=seed), "g")
        yield "gnm%d_unweighted" % n, unweighted(g.copy())
        yield "gnm%d_weighted" % n, weighted(g, seed)
    yield "gnm300_pow2", weighted(relabel(nx.gnm_random_graph(300, 900, seed=17), "p"), 17, (0.5, 1, 2, 4))
    if not quick:
        yield "ba300_weighted", weighted(relabel(nx.barabasi_albert_graph(300, 3, seed=5), "b"), 5, (1, 2, 3))
    yield "disconnected_unweighted", unweighted(disconnected(21))
    yield "disconnected_weighted", weighted(disconnected(23), 23)


def write(graph, directory, name):
    with open(os.path.join(directory, name + ".nodes"), "w") as out:
        for v in graph.nodes():
            out.write("%s\n" % v)
    with open(os.path.join(directory, name + ".csv"), "w") as out:
        out.write("source,target,weight\n")
        for a, b, w in graph.edges(data="weight"):
            out.write("%s,%s,%r\n" % (a, b, float(w)))


def classpath():
    if os.environ.get("CRIMEGRAPH_CLASSPATH"):
        return os.environ["CRIMEGRAPH_CLASSPATH"]
    mvnw = os.path.join(ROOT, "mvnw")
    subprocess.run([mvnw, "-o", "-q", "-pl", "crimegraph-core", "test-compile"], cwd=ROOT, check=True)
    with tempfile.NamedTemporaryFile("r", suffix=".cp") as cp:
        subprocess.run([mvnw, "-o", "-q", "-pl", "crimegraph-core", "dependency:build-classpath", "-Dmdep.outputFile=" + cp.name],
                       cwd=ROOT, check=True)
        deps = cp.read().strip()
    return os.pathsep.join([os.path.join(ROOT, "target", "test-classes"), os.path.join(ROOT, "target", "classes"), deps])


def read_output(path):
    with open(path) as f:
        return {row["id"]: {k: float(row[k]) for k in MEASURES} for row in csv.DictReader(f)}


def networkx_measures(graph, distance):
    n = graph.number_of_nodes()
    raw = nx.betweenness_centrality(graph, normalized=False, weight=distance)
    harmonic = nx.harmonic_centrality(graph, distance=distance)
    eigen = nx.eigenvector_centrality(graph, weight="weight", tol=1e-13, max_iter=100000)
    values = {
        "degree": dict(graph.degree()),
        "strength": dict(graph.degree(weight="weight")),
        "betweenness": nx.betweenness_centrality(graph, weight=distance),
        "betweennessRaw": raw,
        "pagerank": nx.pagerank(graph, weight="weight", tol=1e-14, max_iter=10000),
        "closeness": nx.closeness_centrality(graph, distance=distance),
        "harmonic": {v: h / (n - 1) for v, h in harmonic.items()},
        "eigenvector": eigen,
        "coreness": nx.core_number(graph),
        "clustering": nx.clustering(graph),
    }
    return {v: {k: float(values[k][v]) for k in MEASURES} for v in graph.nodes()}


def exact_lengths(graph):
    """True if every 1/weight is a power of two, so that sums of link lengths are exact in floating point."""
    return all(math.frexp(1.0 / w)[0] == 0.5 for _, _, w in graph.edges(data="weight"))


def igraph_measures(graph, distance):
    names = list(graph.nodes())
    position = {v: i for i, v in enumerate(names)}
    n = len(names)
    g = ig.Graph(n=n, edges=[(position[a], position[b]) for a, b in graph.edges()])
    g.es["weight"] = [float(w) for _, _, w in graph.edges(data="weight")]
    g.es["d"] = [1.0 / w for w in g.es["weight"]]
    dist = "d" if distance else None
    raw = g.betweenness(weights=dist)
    size = g.connected_components().sizes()
    membership = g.connected_components().membership
    closeness = g.closeness(weights=dist, normalized=True)
    values = {
        "degree": g.degree(),
        "strength": g.strength(weights="weight"),
        "betweenness": [b * 2 / ((n - 1) * (n - 2)) for b in raw],
        "betweennessRaw": raw,
        "pagerank": g.pagerank(weights="weight", damping=0.85),
        "closeness": [0.0 if math.isnan(c) else c * (size[membership[i]] - 1) / (n - 1)
                      for i, c in enumerate(closeness)],
        "harmonic": g.harmonic_centrality(weights=dist, normalized=True),
        "coreness": g.coreness(),
        "clustering": g.transitivity_local_undirected(mode="zero"),
    }
    if distance and not exact_lengths(graph):
        # igraph treats weighted path lengths within a relative epsilon as equal (1/3 + 1/3 + 1/3 ties
        # with 1); NetworkX and crimegraph compare exactly. Compared only where sums are exact.
        del values["betweenness"], values["betweennessRaw"]
    if g.is_connected():
        eigen = g.eigenvector_centrality(scale=False, weights="weight")
        norm = math.sqrt(sum(x * x for x in eigen))
        values["eigenvector"] = [abs(x) / norm for x in eigen]
    return {v: {k: float(values[k][position[v]]) for k in values} for v in names}


def main():
    cp = classpath()
    worst = {}  # (reference, measure) -> (error, graph, vertex)
    counts = {}  # (reference, measure) -> number of values compared
    failures = 0
    with tempfile.TemporaryDirectory(prefix="verify-measures-") as directory:
        originals = {}
        for name, graph in graphs("--quick" in sys.argv[1:]):
            for a, b in graph.edges():
                graph[a][b]["d"] = 1.0 / graph[a][b]["weight"]
            write(graph, directory, name)
            originals[name] = graph
        subprocess.run(["java", "-cp", cp, "org.crimegraph.analysis.MeasuresDump", directory], check=True)
        for name, graph in originals.items():
            for mode, distance in (("hops", None), ("inverse", "d")):
                ours = read_output(os.path.join(directory, "%s.%s.out" % (name, mode)))
                if set(ours) != set(map(str, graph.nodes())):
                    print("%s/%s: vertex sets differ" % (name, mode))
                    failures += 1
                    continue
                for reference, theirs in (("networkx", networkx_measures(graph, distance)),
                                          ("igraph", igraph_measures(graph, distance))):
                    for v, measures in theirs.items():
                        for measure, expected in measures.items():
                            error = abs(ours[str(v)][measure] - expected)
                            key = (reference, measure)
                            counts[key] = counts.get(key, 0) + 1
                            if key not in worst or error > worst[key][0]:
                                worst[key] = (error, "%s/%s" % (name, mode), str(v))
                            if not error <= TOLERANCE:
                                failures += 1
                                if failures <= 20:
                                    print("MISMATCH %s/%s %s %s: crimegraph %r, %s %r"
                                          % (name, mode, v, measure, ours[str(v)][measure], reference, expected))
            print("checked %-26s %4d vertices %5d links" % (name, graph.number_of_nodes(), graph.number_of_edges()),
                  file=sys.stderr)
    print()
    print("%-15s %-10s %7s %12s  %s" % ("measure", "reference", "values", "max |error|",
                                         "where (graph/path length, vertex)"))
    print("-" * 78)
    for measure in MEASURES:
        for reference in ("networkx", "igraph"):
            if (reference, measure) in worst:
                error, where, vertex = worst[(reference, measure)]
                print("%-15s %-10s %7d %12.3e  %s %s" % (measure, reference, counts[(reference, measure)], error,
                                                        where, vertex))
    print()
    if failures:
        print("FAILED: %d values differ by more than %g" % (failures, TOLERANCE))
        return 1
    print("OK: every measure equals NetworkX and igraph within %g" % TOLERANCE)
    return 0


if __name__ == "__main__":
    sys.exit(main())
