#!/usr/bin/python3
"""igraph's side of the community benchmark (called by org.crimegraph.bench.CommunityBenchmark).

Usage: /usr/bin/python3 scripts/bench_communities_igraph.py EDGES_FILE RUNS
EDGES_FILE: first line "n", then "a b weight" per edge (0-based ids). Prints one line per run:
"method seed seconds modularity communities", timing only the algorithm call; modularity is igraph's
Graph.modularity (weighted, resolution 1), the same formula as NetworkX's.
"""
import random
import sys
import time

import igraph as ig


def main():
    path, runs = sys.argv[1], int(sys.argv[2])
    with open(path) as f:
        n = int(f.readline())
        edges, weights = [], []
        for line in f:
            a, b, w = line.split()
            edges.append((int(a), int(b)))
            weights.append(float(w))
    g = ig.Graph(n=n, edges=edges)
    g.es["weight"] = weights
    for method in ("multilevel", "leiden", "leiden-converged"):
        for seed in range(runs):
            ig.set_random_number_generator(random.Random(seed))
            t0 = time.perf_counter()
            if method == "multilevel":
                c = g.community_multilevel(weights="weight")
            elif method == "leiden":
                c = g.community_leiden(objective_function="modularity", weights="weight")  # n_iterations=2
            else:
                c = g.community_leiden(objective_function="modularity", weights="weight", n_iterations=-1)
            seconds = time.perf_counter() - t0
            q = g.modularity(c.membership, weights="weight")
            print(f"{method} {seed} {seconds:.6f} {q:.12f} {len(c)}", flush=True)


if __name__ == "__main__":
    main()
