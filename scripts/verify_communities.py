#!/usr/bin/python3
"""Verify crimegraph's community detection and brokerage roles against NetworkX 2.8.8 and python-igraph 0.10.2.

Run from the repository root (the one command):

    /usr/bin/python3 scripts/verify_communities.py

It compiles the project offline first (./mvnw -o -q test-compile dependency:build-classpath; skip with
--no-build once compiled) and calls the test-side main class
org.crimegraph.analysis.community.CommunityRunner with
java -cp target/classes:target/test-classes:<dependencies>.

For every graph (Zachary's karate club weighted and unweighted, Padgett's Florentine families, seeded
planted-partition graphs weighted and unweighted, an LFR benchmark graph, a graph with isolated
vertices) and resolution, it runs crimegraph's Louvain and Leiden with seeds 0..SEEDS-1, igraph's
community_multilevel and community_leiden(objective_function="modularity", n_iterations=-1) with the
same number of seeded runs, and NetworkX's louvain_communities, and checks:

  1. crimegraph's reported modularity equals networkx.algorithms.community.modularity of the same
     partition (weighted, same resolution) within 1e-9;
  2. the same seed gives the same partition (seed 0 is run twice);
  3. every Leiden community is connected;
  4. quality: crimegraph Leiden's best and mean modularity over the seeds are not below igraph
     multilevel's best and mean (tolerance 1e-9); crimegraph Louvain's mean is not significantly below
     igraph multilevel's (not more than two standard errors of the difference of the means, and
     at most 1e-9 when both always find the same value): Louvain and multilevel are the same
     algorithm, their results differ only by the random node order, so a best-of-N or a strict mean
     comparison would test the dice;
  5. brokerage roles (Gould & Fernandez 1989, undirected convention of BrokerageRoles) equal a
     brute-force count of the directed definitions on the symmetric digraph over ordered triples:
     coordinator, itinerant and liaison halved; gatekeeper = representative = gatekeeper/representative.

Modularity of every partition, whoever found it, is computed by NetworkX. Prints a table; exits 1 on
any failure, 2 if Python modules or Java are missing.
"""
import argparse
import itertools
import random
import statistics
import subprocess
import sys
from pathlib import Path

try:
    import igraph as ig
    import networkx as nx
    from networkx.algorithms.community import louvain_communities, modularity
except ImportError as e:  # pragma: no cover
    print(f"verify_communities: needs networkx and python-igraph ({e}); run with /usr/bin/python3", file=sys.stderr)
    sys.exit(2)

ROOT = Path(__file__).resolve().parent.parent
RUNNER = "org.crimegraph.analysis.community.CommunityRunner"
SEEDS = 20
TOL = 1e-9


def classpath(build):
    cp_file = ROOT / "target" / "community-classpath.txt"
    if build or not cp_file.exists():
        subprocess.run(["./mvnw", "-o", "-q", "-pl", "crimegraph-core", "test-compile", "dependency:build-classpath",
                        f"-Dmdep.outputFile={cp_file}"], cwd=ROOT, check=True)
    return f"{ROOT}/target/classes:{ROOT}/target/test-classes:{cp_file.read_text().strip()}"


def weighted(g, seed):
    """A copy of g with seeded integer weights 1..5."""
    r = random.Random(seed)
    h = nx.Graph()
    h.add_nodes_from(g)
    for a, b in sorted(g.edges()):
        h.add_edge(a, b, weight=r.choice([1, 2, 3, 4, 5]))
    return h


def unit(g):
    h = nx.Graph()
    h.add_nodes_from(g)
    h.add_edges_from(g.edges(), weight=1)
    return h


def relabel(g):
    """String ids that sort in the graph's node order (crimegraph orders vertices naturally)."""
    nodes = list(g.nodes())
    width = len(str(len(nodes)))
    mapping = {v: f"n{i:0{width}d}" for i, v in enumerate(nodes)}
    return nx.relabel_nodes(g, mapping), mapping


def graphs():
    karate = nx.karate_club_graph()  # weighted in NetworkX 2.8.8
    yield "karate (weighted)", karate, [1.0, 0.5, 2.0]
    yield "karate (unweighted)", unit(karate), [1.0]
    yield "florentine families", unit(nx.florentine_families_graph()), [1.0]
    pp = nx.planted_partition_graph(10, 30, 0.3, 0.02, seed=1)
    yield "planted 10x30 (unweighted)", unit(pp), [1.0]
    yield "planted 10x30 (weights 1-5)", weighted(pp, 1), [1.0, 0.5, 2.0]
    pp2 = nx.planted_partition_graph(20, 50, 0.15, 0.01, seed=2)
    yield "planted 20x50 noisy (weights 1-5)", weighted(pp2, 2), [1.0]
    lfr = nx.LFR_benchmark_graph(1000, 3, 1.5, 0.3, average_degree=10, max_degree=50, min_community=20, seed=10)
    lfr.remove_edges_from(nx.selfloop_edges(lfr))
    yield "LFR n=1000 mu=0.3 (unweighted)", unit(nx.Graph(lfr)), [1.0]
    iso = weighted(nx.planted_partition_graph(4, 15, 0.5, 0.05, seed=3), 3)
    iso.add_nodes_from(range(60, 66))
    yield "planted 4x15 + 6 isolated", iso, [1.0]


def run_crimegraph(cp, g, specs):
    lines = [f"v {v}" for v in g] + [f"e {a} {b} {d['weight']!r}" for a, b, d in g.edges(data=True)]
    out = subprocess.run(["java", "-cp", cp, RUNNER, *specs], input="\n".join(lines) + "\n",
                         capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(out.stderr)
    runs = []
    current = None
    for line in out.stdout.splitlines():
        if line.startswith("RUN "):
            _, algorithm, resolution, seed, count, q, millis = line.split()
            current = {"algorithm": algorithm, "resolution": float(resolution), "seed": int(seed),
                       "count": int(count), "modularity": float(q), "millis": float(millis),
                       "membership": {}, "roles": {}}
        elif line == "END":
            runs.append(current)
        else:
            v, c, *roles = line.split()
            current["membership"][v] = int(c)
            current["roles"][v] = tuple(int(x) for x in roles)
    return runs


def parts(membership):
    groups = {}
    for v, c in membership.items():
        groups.setdefault(c, set()).add(v)
    return list(groups.values())


def igraph_runs(g, resolution):
    h = ig.Graph.from_networkx(g)
    names = h.vs["_nx_name"]
    weights = h.es["weight"]
    results = {"igraph multilevel": [], "igraph leiden": []}
    for seed in range(SEEDS):
        ig.set_random_number_generator(random.Random(seed))
        ml = h.community_multilevel(weights=weights, resolution=resolution)
        results["igraph multilevel"].append(ml.membership)
        ig.set_random_number_generator(random.Random(seed))
        ld = h.community_leiden(objective_function="modularity", weights=weights, resolution_parameter=resolution,
                                n_iterations=-1)
        results["igraph leiden"].append(ld.membership)
    return {k: [dict(zip(names, m)) for m in v] for k, v in results.items()}


def brute_force_roles(g, membership):
    """Directed Gould-Fernandez counts on the symmetric digraph: (coord, itin, rep, gate, liaison) per vertex."""
    counts = {}
    for b in g:
        c = [0, 0, 0, 0, 0]
        for a, x in itertools.permutations(g[b], 2):
            if g.has_edge(a, x):
                continue
            ga, gb, gx = membership[a], membership[b], membership[x]
            if ga == gb == gx:
                c[0] += 1
            elif ga == gx:
                c[1] += 1
            elif ga == gb:
                c[2] += 1
            elif gb == gx:
                c[3] += 1
            else:
                c[4] += 1
        counts[b] = c
    return counts


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-build", action="store_true", help="use the compiled classes as they are")
    args = parser.parse_args()
    try:
        cp = classpath(not args.no_build)
    except (OSError, subprocess.CalledProcessError) as e:
        print(f"verify_communities: cannot build or find Java ({e})", file=sys.stderr)
        return 2
    failures = []
    header = f"{'graph':36} {'n':>5} {'m':>6} {'γ':>4}  {'method':22} {'best Q':>9} {'mean Q':>9} {'min Q':>9} {'comms':>5}"
    print(header)
    print("-" * len(header))
    for name, graph, resolutions in graphs():
        g, _ = relabel(graph)
        for resolution in resolutions:
            specs = [f"{a}:{resolution}:{s}" for a in ("louvain", "leiden") for s in range(SEEDS)]
            specs += [f"louvain:{resolution}:0", f"leiden:{resolution}:0"]  # determinism
            runs = run_crimegraph(cp, g, specs)
            by_method = {"crimegraph louvain": [], "crimegraph leiden": []}
            for run in runs[:2 * SEEDS]:
                q = modularity(g, parts(run["membership"]), weight="weight", resolution=resolution)
                if abs(q - run["modularity"]) > TOL:
                    failures.append(f"{name} γ={resolution} {run['algorithm']} seed {run['seed']}: reported "
                                    f"modularity {run['modularity']!r} != NetworkX {q!r}")
                if run["algorithm"] == "leiden":
                    for community in parts(run["membership"]):
                        if not nx.is_connected(g.subgraph(community)):
                            failures.append(f"{name} γ={resolution} leiden seed {run['seed']}: a community is "
                                            f"not connected ({len(community)} vertices)")
                by_method["crimegraph " + run["algorithm"]].append((q, len(parts(run["membership"]))))
            for again in runs[2 * SEEDS:]:
                first = next(r for r in runs if r["algorithm"] == again["algorithm"] and r["seed"] == 0)
                if first["membership"] != again["membership"]:
                    failures.append(f"{name} γ={resolution} {again['algorithm']}: seed 0 gave two partitions")
            for method, memberships in igraph_runs(g, resolution).items():
                by_method[method] = [(modularity(g, parts(m), weight="weight", resolution=resolution), len(parts(m)))
                                     for m in memberships]
            by_method["networkx louvain"] = []
            for seed in range(SEEDS):
                found = louvain_communities(g, weight="weight", resolution=resolution, seed=seed)
                by_method["networkx louvain"].append(
                    (modularity(g, found, weight="weight", resolution=resolution), len(found)))
            stats = {}
            for method, values in by_method.items():
                qs = [q for q, _ in values]
                stats[method] = (max(qs), statistics.fmean(qs), min(qs))
                counts = sorted({c for _, c in values})
                count_text = str(counts[0]) if len(counts) == 1 else f"{counts[0]}-{counts[-1]}"
                print(f"{name:36} {g.number_of_nodes():5d} {g.number_of_edges():6d} {resolution:4.1f}  {method:22} "
                      f"{stats[method][0]:9.6f} {stats[method][1]:9.6f} {stats[method][2]:9.6f} {count_text:>5}")
            ml_best, ml_mean, _ = stats["igraph multilevel"]
            ld_best, ld_mean, _ = stats["crimegraph leiden"]
            if ld_best < ml_best - TOL or ld_mean < ml_mean - TOL:
                failures.append(f"{name} γ={resolution}: crimegraph leiden best/mean {ld_best:.6f}/{ld_mean:.6f} "
                                f"below igraph multilevel {ml_best:.6f}/{ml_mean:.6f}")
            lv_qs = [q for q, _ in by_method["crimegraph louvain"]]
            ml_qs = [q for q, _ in by_method["igraph multilevel"]]
            allowance = 2 * (statistics.variance(lv_qs) / SEEDS + statistics.variance(ml_qs) / SEEDS) ** 0.5 + TOL
            if statistics.fmean(lv_qs) < ml_mean - allowance:
                failures.append(f"{name} γ={resolution}: crimegraph louvain mean {statistics.fmean(lv_qs):.6f} "
                                f"significantly below igraph multilevel {ml_mean:.6f} (allowance {allowance:.6f})")
            # brokerage: crimegraph's roles for the Leiden seed-0 partition against the brute force
            leiden0 = next(r for r in runs if r["algorithm"] == "leiden" and r["seed"] == 0)
            if g.number_of_nodes() <= 1000:
                brute = brute_force_roles(g, leiden0["membership"])
                for v, (coord, itin, gate_rep, liaison) in leiden0["roles"].items():
                    c = brute[v]
                    if (2 * coord, 2 * itin, gate_rep, gate_rep, 2 * liaison) != (c[0], c[1], c[2], c[3], c[4]):
                        failures.append(f"{name}: brokerage of {v} {leiden0['roles'][v]} vs directed {c}")
                        break
        print()
    if failures:
        print(f"FAILED ({len(failures)}):")
        for f in failures:
            print("  " + f)
        return 1
    print("OK: modularity equals NetworkX's, seeds reproduce, Leiden communities are connected, crimegraph Leiden "
          "is not below igraph multilevel (best and mean), crimegraph Louvain's mean is not "
          "significantly below igraph multilevel's, brokerage roles equal the directed brute force.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
