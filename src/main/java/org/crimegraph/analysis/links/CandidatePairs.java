package org.crimegraph.analysis.links;

import java.util.Arrays;
import org.crimegraph.analysis.IndexedGraph;
import org.crimegraph.analysis.Monitor;

/**
 * The pairs worth scoring: for each person, the persons not linked to them who are two links away or in
 * the same community, at most {@code perPerson} of them, those with the most common neighbours first (then
 * the lower index). A pair is a candidate when either of its persons keeps it, so every person keeps their
 * own best {@code perPerson} however many hubs surround them, and the total is at most n·perPerson.
 *
 * <p>Cost: O(Σ_z deg(z)² + Σ_c size(c)²) time for the two-step walks and the community members, O(n) extra
 * memory per person (a counter array reused with a touched list) plus the pairs kept.
 */
final class CandidatePairs {

    static final String TASK = "link candidates";

    private CandidatePairs() {
    }

    /** The candidate pairs, each encoded as {@link #key}(i, j) with i &lt; j, sorted, no duplicates. */
    static long[] of(IndexedGraph<?> graph, int[] community, int perPerson, Monitor monitor) {
        return of(graph, community, perPerson, null, monitor);
    }

    /**
     * The candidate pairs; with store signals, also the pairs in calls with a common number no person is known
     * to use (numbers with at most {@link StoreSignals#MAX_CANDIDATE_CONTACTS} persons in contact), ranked after
     * the pairs with more common neighbours and before the other pairs with as many.
     */
    static long[] of(IndexedGraph<?> graph, int[] community, int perPerson, StoreSignals<?> signals, Monitor monitor) {
        int n = graph.vertexCount();
        int[][] callers = signals == null ? null : callers(signals);
        boolean[] sharesNumber = new boolean[n];
        int[][] members = members(community, n);
        int[] count = new int[n];
        int[] touched = new int[n];
        boolean[] neighbour = new boolean[n];
        long[] kept = new long[(int) Math.min(Math.max(16L, (long) n * perPerson), 1 << 20)];
        int keptCount = 0;
        long[] ranked = new long[16];
        for (int i = 0; i < n; i++) {
            if ((i & 255) == 0) {
                monitor.check();
                monitor.progress(TASK, i, n);
            }
            int touchedCount = 0;
            for (int k = graph.start(i); k < graph.end(i); k++) {
                neighbour[graph.neighbour(k)] = true;
            }
            for (int k = graph.start(i); k < graph.end(i); k++) {
                int z = graph.neighbour(k);
                for (int l = graph.start(z); l < graph.end(z); l++) {
                    int j = graph.neighbour(l);
                    if (j == i || neighbour[j]) {
                        continue;
                    }
                    if (count[j] == 0) {
                        touched[touchedCount++] = j;
                    }
                    count[j]++;
                }
            }
            if (callers != null) {
                for (int number : signals.numbersOf(i)) {
                    if (signals.contacts(number) > StoreSignals.MAX_CANDIDATE_CONTACTS) {
                        continue;
                    }
                    for (int j : callers[number]) {
                        if (j != i && !neighbour[j]) {
                            if (count[j] == 0) {
                                touched[touchedCount++] = j;
                                count[j] = -1;
                            }
                            sharesNumber[j] = true;
                        }
                    }
                }
            }
            for (int j : members[community[i]]) {
                if (j != i && !neighbour[j] && count[j] == 0) {
                    touched[touchedCount++] = j;
                    count[j] = -1; // same community, no common neighbour: marked, ranked after every CN > 0
                }
            }
            if (ranked.length < touchedCount) {
                ranked = new long[Math.max(touchedCount, ranked.length * 2)];
            }
            for (int t = 0; t < touchedCount; t++) {
                int j = touched[t];
                int cn = Math.max(count[j], 0);
                // most common neighbours first, then a common number, then lower index
                ranked[t] = ((long) (n - cn) << 33) | ((sharesNumber[j] ? 0L : 1L) << 32) | j;
                count[j] = 0;
                sharesNumber[j] = false;
            }
            Arrays.sort(ranked, 0, touchedCount);
            int keep = Math.min(perPerson, touchedCount);
            if (keptCount + keep > kept.length) {
                kept = Arrays.copyOf(kept, Math.max(keptCount + keep, kept.length * 2));
            }
            for (int t = 0; t < keep; t++) {
                int j = (int) ranked[t];
                kept[keptCount++] = key(Math.min(i, j), Math.max(i, j));
            }
            for (int k = graph.start(i); k < graph.end(i); k++) {
                neighbour[graph.neighbour(k)] = false;
            }
        }
        monitor.progress(TASK, n, n);
        Arrays.sort(kept, 0, keptCount);
        int distinct = 0;
        for (int t = 0; t < keptCount; t++) {
            if (distinct == 0 || kept[distinct - 1] != kept[t]) {
                kept[distinct++] = kept[t];
            }
        }
        return Arrays.copyOf(kept, distinct);
    }

    /** Per number, the persons in calls with it (for the numbers small enough to make candidates). */
    private static int[][] callers(StoreSignals<?> signals) {
        int numbers = 0;
        for (int i = 0; i < signals.vertexCount(); i++) {
            for (int k : signals.numbersOf(i)) {
                numbers = Math.max(numbers, k + 1);
            }
        }
        int[][] callers = new int[numbers][];
        int[] fill = new int[numbers];
        for (int k = 0; k < numbers; k++) {
            callers[k] = new int[signals.contacts(k) > StoreSignals.MAX_CANDIDATE_CONTACTS ? 0 : signals.contacts(k)];
        }
        for (int i = 0; i < signals.vertexCount(); i++) {
            for (int k : signals.numbersOf(i)) {
                if (callers[k].length > 0) {
                    callers[k][fill[k]++] = i;
                }
            }
        }
        return callers;
    }

    static long key(int i, int j) {
        return ((long) i << 32) | j;
    }

    static int first(long key) {
        return (int) (key >>> 32);
    }

    static int second(long key) {
        return (int) key;
    }

    /** Members of each community, in increasing index order. */
    static int[][] members(int[] community, int n) {
        int max = -1;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, community[i]);
        }
        int[] sizes = new int[max + 1];
        for (int i = 0; i < n; i++) {
            sizes[community[i]]++;
        }
        int[][] members = new int[max + 1][];
        for (int c = 0; c <= max; c++) {
            members[c] = new int[sizes[c]];
        }
        int[] fill = new int[max + 1];
        for (int i = 0; i < n; i++) {
            members[community[i]][fill[community[i]]++] = i;
        }
        return members;
    }
}
