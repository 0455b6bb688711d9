package org.crimegraph.disruption;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.crimegraph.analysis.IndexedGraph;
import org.crimegraph.analysis.Monitor;

/**
 * Simulates how a criminal network recovers after persons are removed, following the idea of
 * P. A. C. Duijn, V. Kashirin and P. M. A. Sloot, "The relative ineffectiveness of criminal network
 * disruption", Scientific Reports 4:4238, 2014: the contacts of a removed person do not stay apart;
 * they link up to replace him, and the network may come back as efficient as before.
 *
 * <p>Rule (our reading, fixed so that runs are reproducible): the removed persons are taken in the
 * given order; for each, its surviving contacts in increasing id order each make one new link to a
 * partner drawn (seeded {@link Random}) from its fellow contacts of that removed person not yet linked
 * to it — uniformly ({@link RecoveryRule#RANDOM}), with probability proportional to the partner's
 * current degree + 1 ({@link RecoveryRule#PREFERENTIAL}), or only among fellow contacts in its own
 * community, falling back to any surviving member of its community ({@link RecoveryRule#WITHIN_COMMUNITY};
 * communities are given as a membership array, e.g. from Louvain). New links have weight 1.
 * Efficiency and largest component are then compared before the disruption, right after it and after
 * recovery: is the network weaker, or merely reorganised?
 *
 * <p>Contract: {@link #run(List, RecoveryRule, long, Monitor)} reports progress in removed persons
 * rewired ({@value #TASK}) and checks cancellation for each, and inside the efficiency passes.
 *
 * @param <V> vertex type
 */
public final class Recovery<V extends Comparable<V>> {

    /** The task name progress is reported under. */
    public static final String TASK = "recovery";

    private final IndexedGraph<V> graph;
    private final int[] community;
    private final int threads;

    /**
     * @param graph     the whole network
     * @param community community id per vertex index (needed for {@link RecoveryRule#WITHIN_COMMUNITY}, else may be null)
     * @param threads   threads for efficiency
     */
    public Recovery(IndexedGraph<V> graph, int[] community, int threads) {
        if (community != null && community.length != graph.vertexCount()) {
            throw new IllegalArgumentException("membership has " + community.length + " entries for "
                    + graph.vertexCount() + " vertices");
        }
        this.graph = graph;
        this.community = community;
        this.threads = threads;
    }

    /** {@link #run(List, RecoveryRule, long, Monitor)} without progress or cancellation. */
    public RecoveryResult<V> run(List<V> removedIds, RecoveryRule rule, long seed) {
        return run(removedIds, rule, seed, Monitor.NONE);
    }

    /**
     * Removes {@code removedIds} in order, rewires by {@code rule} with {@code seed}, and measures.
     *
     * @throws org.crimegraph.analysis.ComputationCancelledException if the monitor's termination is
     *                                                               cancelled meanwhile
     */
    public RecoveryResult<V> run(List<V> removedIds, RecoveryRule rule, long seed, Monitor monitor) {
        if (rule == RecoveryRule.WITHIN_COMMUNITY && community == null) {
            throw new IllegalArgumentException("within-community recovery needs community memberships");
        }
        int n = graph.vertexCount();
        boolean[] removed = new boolean[n];
        for (V v : removedIds) {
            removed[graph.indexOf(v)] = true;
        }
        int[] degree = new int[n];
        for (int i = 0; i < n; i++) {
            for (int k = graph.start(i); k < graph.end(i); k++) {
                if (!removed[i] && !removed[graph.neighbour(k)]) {
                    degree[i]++;
                }
            }
        }
        Random random = new Random(seed);
        Set<Long> added = new HashSet<>();
        List<int[]> links = new ArrayList<>();
        int done = 0;
        for (V r : removedIds) {
            monitor.progress(TASK, done++, removedIds.size());
            monitor.check();
            int ri = graph.indexOf(r);
            List<Integer> contacts = new ArrayList<>();
            for (int k = graph.start(ri); k < graph.end(ri); k++) {
                if (!removed[graph.neighbour(k)]) {
                    contacts.add(graph.neighbour(k));
                }
            }
            for (int a : contacts) {
                List<Integer> candidates = new ArrayList<>();
                for (int b : contacts) {
                    if (b != a && !linked(a, b, added)
                            && (rule != RecoveryRule.WITHIN_COMMUNITY || community[b] == community[a])) {
                        candidates.add(b);
                    }
                }
                if (candidates.isEmpty() && rule == RecoveryRule.WITHIN_COMMUNITY) {
                    for (int b = 0; b < n; b++) {
                        if (b != a && !removed[b] && community[b] == community[a] && !linked(a, b, added)) {
                            candidates.add(b);
                        }
                    }
                }
                if (candidates.isEmpty()) {
                    continue;
                }
                int b = rule == RecoveryRule.PREFERENTIAL ? preferential(candidates, degree, random)
                        : candidates.get(random.nextInt(candidates.size()));
                added.add(key(a, b));
                links.add(new int[] {Math.min(a, b), Math.max(a, b)});
                degree[a]++;
                degree[b]++;
            }
        }
        RemainderAnalysis<V> whole = new RemainderAnalysis<>(graph, threads, monitor.termination());
        RemainderMeasures before = whole.measure();
        RemainderMeasures disrupted = whole.measure(removed);
        IndexedGraph<V> rewired = Subgraphs.remainder(graph, removed, links);
        RemainderMeasures recovered = new RemainderAnalysis<>(rewired, threads, monitor.termination()).measure();
        monitor.progress(TASK, removedIds.size(), removedIds.size());
        List<List<V>> newLinks = links.stream().map(l -> List.of(graph.vertex(l[0]), graph.vertex(l[1]))).toList();
        return new RecoveryResult<>(rule, removedIds, before, disrupted, recovered, newLinks);
    }

    private static int preferential(List<Integer> candidates, int[] degree, Random random) {
        long total = 0;
        for (int b : candidates) {
            total += degree[b] + 1;
        }
        long pick = (long) (random.nextDouble() * total);
        for (int b : candidates) {
            pick -= degree[b] + 1;
            if (pick < 0) {
                return b;
            }
        }
        return candidates.get(candidates.size() - 1);
    }

    private boolean linked(int a, int b, Set<Long> added) {
        if (added.contains(key(a, b))) {
            return true;
        }
        for (int k = graph.start(a); k < graph.end(a); k++) {
            if (graph.neighbour(k) == b) {
                return true;
            }
        }
        return false;
    }

    private static long key(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }
}
