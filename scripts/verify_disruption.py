#!/usr/bin/python3
"""Cross-check crimegraph's disruption measures against NetworkX 2.8.8.

For seeded graphs (G(n,m), Barabasi-Albert, Zachary's karate club, a graph with isolated vertices
and several components) it compares, with crimegraph's output from
org.crimegraph.disruption.DisruptionReferenceRun:

  * global efficiency of the whole graph         == nx.global_efficiency
  * removal curves, step by step (removed id, lcc, components, F, efficiency), with the same
    tie rule (highest score; scores within a relative 1e-9 tie; smallest id wins):
      betweenness-sequential  nx.betweenness_centrality(H, normalized=False), recomputed on H each step
      degree (block)          degree on the whole graph
      collective-influence    CI_2(i) = (k_i - 1) * sum over j at exactly 2 hops of (k_j - 1), on H each step
  * for seeded random sets S: F and efficiency of G - S, distance-weighted reach and 2-reach of S.

Run from the repository root (builds nothing; compile first):
  ./mvnw -o -q -pl crimegraph-core test-compile dependency:build-classpath -Dmdep.outputFile="$PWD/target/classpath.txt"
  /usr/bin/python3 scripts/verify_disruption.py
Exits 0 if everything matches, 1 on any mismatch.
"""
import json
import os
import random
import subprocess
import sys
import tempfile

import networkx as nx

TOL = 1e-9
STEPS = 12
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def best(scores):
    """Highest score; within a relative 1e-9 of the maximum, the smallest id."""
    m = max(scores.values())
    return min(v for v, s in scores.items() if not (m - s > TOL * max(1.0, abs(m), abs(s))))


def measures(H, initial_lcc):
    comps = [len(c) for c in nx.connected_components(H)]
    n = H.number_of_nodes()
    pairs = sum(s * (s - 1) for s in comps)
    f = 1.0 if n < 2 else 1.0 - pairs / (n * (n - 1))
    return {"lcc": max(comps) if comps else 0, "components": len(comps), "fragmentation": f,
            "efficiency": nx.global_efficiency(H)}


def collective_influence(H, radius=2):
    ci = {}
    for i in H:
        lengths = nx.single_source_shortest_path_length(H, i, cutoff=radius)
        frontier = sum(H.degree(j) - 1 for j, d in lengths.items() if d == radius)
        ci[i] = (H.degree(i) - 1) * frontier
    return ci


def curve(G, strategy, steps):
    H = G.copy()
    initial_lcc = max(len(c) for c in nx.connected_components(G))
    order = None
    if strategy == "degree":
        d = dict(G.degree())
        order = []
        for _ in range(min(steps, len(d))):
            v = best(d)
            order.append(v)
            del d[v]
    out = []
    for k in range(1, min(steps, G.number_of_nodes()) + 1):
        if strategy == "betweenness-sequential":
            v = best(nx.betweenness_centrality(H, normalized=False))
        elif strategy == "collective-influence":
            v = best(collective_influence(H))
        else:
            v = order[k - 1]
        H.remove_node(v)
        step = {"k": k, "removed": v}
        step.update(measures(H, initial_lcc))
        out.append(step)
    return out


def reach(G, members):
    dist = nx.multi_source_dijkstra_path_length(G, set(members), weight=lambda u, v, d: 1)  # hops
    dr = sum(1.0 if d == 0 else 1.0 / d for d in dist.values()) / G.number_of_nodes()
    m2 = sum(1 for d in dist.values() if d <= 2)
    return dr, m2


def graphs():
    yield "gnm-40-80-seed1", nx.gnm_random_graph(40, 80, seed=1)
    yield "gnm-60-90-seed7", nx.gnm_random_graph(60, 90, seed=7)  # sparse: several components
    yield "ba-80-2-seed3", nx.barabasi_albert_graph(80, 2, seed=3)
    yield "karate", nx.karate_club_graph()
    g = nx.gnm_random_graph(30, 35, seed=11)
    g.add_nodes_from(range(30, 34))  # isolated vertices
    yield "gnm-30-35-seed11+isolated", g


def relabel(g):
    return nx.relabel_nodes(nx.Graph(g), {v: "N%03d" % v for v in g.nodes})


def close(a, b):
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def main():
    cp_file = os.path.join(ROOT, "target", "classpath.txt")
    if not os.path.exists(cp_file):
        print("missing target/classpath.txt: run ./mvnw -o -q -pl crimegraph-core dependency:build-classpath "
              "-Dmdep.outputFile=$PWD/target/classpath.txt", file=sys.stderr)
        return 2
    classpath = ":".join([os.path.join(ROOT, "target", "classes"), os.path.join(ROOT, "target", "test-classes"),
                          open(cp_file).read().strip()])
    failures = 0
    checks = 0
    for name, raw in graphs():
        G = relabel(raw)
        rng = random.Random(name)
        nodes = sorted(G.nodes)
        sets = [sorted(rng.sample(nodes, k)) for k in (1, 2, 3, 5)]
        with tempfile.TemporaryDirectory() as tmp:
            edges = os.path.join(tmp, "edges.txt")
            with open(edges, "w") as f:
                for v in nodes:
                    f.write(v + "\n")
                for a, b in sorted(G.edges):
                    f.write("%s %s\n" % (a, b))
            sets_file = os.path.join(tmp, "sets.txt")
            with open(sets_file, "w") as f:
                for s in sets:
                    f.write(" ".join(s) + "\n")
            run = subprocess.run(["java", "-cp", classpath, "org.crimegraph.disruption.DisruptionReferenceRun",
                                  edges, sets_file, str(STEPS)], capture_output=True, text=True, check=True)
        ours = json.loads(run.stdout)
        problems = []
        checks += 1
        if not close(ours["efficiency"], nx.global_efficiency(G)):
            problems.append("efficiency %r != networkx %r" % (ours["efficiency"], nx.global_efficiency(G)))
        for strategy in ("betweenness-sequential", "degree", "collective-influence"):
            theirs = curve(G, strategy, STEPS)
            mine = ours["curves"][strategy]
            if len(mine) != len(theirs):
                problems.append("%s: %d steps != %d" % (strategy, len(mine), len(theirs)))
            for a, b in zip(mine, theirs):
                checks += 1
                if a["removed"] != b["removed"] or a["lcc"] != b["lcc"] or a["components"] != b["components"] \
                        or not close(a["fragmentation"], b["fragmentation"]) or not close(a["efficiency"], b["efficiency"]):
                    problems.append("%s step %d: crimegraph %s, networkx %s" % (strategy, a["k"], a, b))
                    break
        for s, r in zip(sets, ours["sets"]):
            checks += 1
            H = G.copy()
            H.remove_nodes_from(s)
            m = measures(H, 0)
            dr, m2 = reach(G, s)
            if not (close(r["fragmentation"], m["fragmentation"]) and close(r["efficiency"], m["efficiency"])
                    and close(r["reach"], dr) and r["mreach2"] == m2):
                problems.append("set %s: crimegraph %s, networkx F %r E %r DR %r 2-reach %r"
                                % (s, r, m["fragmentation"], m["efficiency"], dr, m2))
        status = "OK" if not problems else "MISMATCH"
        print("%-28s %s" % (name, status))
        for p in problems:
            print("   " + p)
        failures += len(problems)
    print("%d checks, %d mismatches" % (checks, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
