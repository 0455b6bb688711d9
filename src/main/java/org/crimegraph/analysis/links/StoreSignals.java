package org.crimegraph.analysis.links;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crimegraph.analysis.IndexedGraph;

/**
 * What a store knows about pairs of persons that makes no link (docs/algorithms.md, "Suggested links"):
 * calls to common numbers nobody is known to use, and the overlap of the two persons' active weeks. Built
 * from what the store reader found standing under the release rule ({@link NumberCall}, {@link DatedEvent});
 * pure, indexed like the network's {@link IndexedGraph} (and every network with the same vertices, such as
 * the training networks with hidden links).
 *
 * <p><b>Common numbers</b>: Σ over the numbers both persons were in calls with, of 1 / ln(the number's
 * distinct persons in contact), as Adamic–Adar weighs common neighbours, so a taxi firm called by half the
 * case counts for little.
 *
 * <p><b>Activity overlap</b>: Jaccard of the ISO weeks (UTC, Monday to Sunday) in which each person has dated
 * evidence (a call, a transfer, a meeting, a crossing). The events that join the two persons of the pair (the
 * same call, transfer or meeting, or crossings of the same place within the crossing window) are left out of
 * both persons' weeks when the pair is scored: they are the evidence of the pair's own link, so a link hidden
 * for training or evaluation is never scored on its own evidence (for an unlinked pair there is none).
 *
 * @param <V> vertex type
 */
public final class StoreSignals<V extends Comparable<V>> {

    /**
     * A call that stands under the release between a person's phone and a number no person is known to use.
     *
     * @param person the person (canonical id)
     * @param number the other phone, E.164
     * @param called true if the person's phone made the call, false if it received it
     */
    public record NumberCall<V>(V person, String number, boolean called) {
    }

    /**
     * A dated event a person's evidence involves, standing under the release.
     *
     * @param person   the person (canonical id)
     * @param event    what the event is, unique over kinds (e.g. {@code call:C0001}, {@code meeting:M01})
     * @param time     when it happened
     * @param location the place, for crossings (to pair crossings of one place in time); null otherwise
     */
    public record DatedEvent<V>(V person, String event, Instant time, String location) {
    }

    /**
     * One number both persons of a pair were in calls with.
     *
     * @param number   E.164
     * @param contacts distinct persons in calls with it
     * @param verb     "both called", "called both" or "both were in calls with"
     */
    public record CommonNumber(String number, int contacts, String verb) {
    }

    /**
     * The store signals of one pair.
     *
     * @param commonNumbers  Σ 1/ln(contacts) over the common numbers
     * @param numberCount    how many common numbers
     * @param named          the common numbers with the fewest contacts first (at most {@value #NAMED})
     * @param activity       Jaccard of the two persons' active weeks, in [0, 1]
     * @param sharedWeeks    weeks both were active in
     * @param activeWeeks    weeks either was active in
     */
    public record Pair(double commonNumbers, int numberCount, List<CommonNumber> named, double activity,
                       int sharedWeeks, int activeWeeks) {

        public Pair {
            named = List.copyOf(named);
        }

        static final Pair NONE = new Pair(0, 0, List.of(), 0, 0, 0);
    }

    /** Common numbers named per pair. */
    static final int NAMED = 2;

    /** Numbers with more persons in contact than this make no candidate pairs (a hub would make them all). */
    public static final int MAX_CANDIDATE_CONTACTS = 100;

    private final int n;
    private final int[][] numbers;     // per vertex: number indices, increasing
    private final byte[][] direction;  // per vertex, parallel: 1 called, 2 was called, 3 both
    private final String[] numberLabel;
    private final int[] contacts;      // per number: distinct persons in contact
    private final int[][] weeks;       // per vertex: active weeks, increasing
    private final int[][] weekEvents;  // per vertex, parallel: distinct events in that week
    private final Map<Long, int[][]> shared; // pair key → {weeks of the first's shared events, of the second's}

    private StoreSignals(int n, int[][] numbers, byte[][] direction, String[] numberLabel, int[] contacts,
                         int[][] weeks, int[][] weekEvents, Map<Long, int[][]> shared) {
        this.n = n;
        this.numbers = numbers;
        this.direction = direction;
        this.numberLabel = numberLabel;
        this.contacts = contacts;
        this.weeks = weeks;
        this.weekEvents = weekEvents;
        this.shared = shared;
    }

    /**
     * The signals of the persons of {@code graph}; persons not in it are ignored.
     *
     * @param crossingWindow two crossings of one place within this time join their persons ("crossed together")
     */
    public static <V extends Comparable<V>> StoreSignals<V> of(IndexedGraph<V> graph, List<NumberCall<V>> calls,
                                                               List<DatedEvent<V>> events, Duration crossingWindow) {
        int n = graph.vertexCount();
        // ---- numbers
        Map<String, Integer> numberIndex = new TreeMap<>();
        for (NumberCall<V> c : calls) {
            if (graph.contains(c.person())) {
                numberIndex.putIfAbsent(c.number(), 0);
            }
        }
        String[] labels = numberIndex.keySet().toArray(new String[0]);
        for (int k = 0; k < labels.length; k++) {
            numberIndex.put(labels[k], k);
        }
        List<Map<Integer, Byte>> perPerson = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            perPerson.add(null);
        }
        for (NumberCall<V> c : calls) {
            if (!graph.contains(c.person())) {
                continue;
            }
            int i = graph.indexOf(c.person());
            if (perPerson.get(i) == null) {
                perPerson.set(i, new TreeMap<>());
            }
            perPerson.get(i).merge(numberIndex.get(c.number()), (byte) (c.called() ? 1 : 2), (a, b) -> (byte) (a | b));
        }
        int[][] numbers = new int[n][];
        byte[][] direction = new byte[n][];
        int[] contacts = new int[labels.length];
        for (int i = 0; i < n; i++) {
            Map<Integer, Byte> m = perPerson.get(i);
            numbers[i] = m == null ? new int[0] : m.keySet().stream().mapToInt(Integer::intValue).toArray();
            direction[i] = new byte[numbers[i].length];
            int k = 0;
            if (m != null) {
                for (byte d : m.values()) {
                    direction[i][k++] = d;
                }
            }
            for (int number : numbers[i]) {
                contacts[number]++;
            }
        }
        // ---- activity: distinct events per person, and the events two persons share
        Map<String, Integer> eventIndex = new HashMap<>();
        List<Integer> eventWeek = new ArrayList<>();
        Map<Integer, List<Integer>> personsOfEvent = new HashMap<>();
        List<java.util.Set<Integer>> eventsOf = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            eventsOf.add(new java.util.HashSet<>());
        }
        Map<String, List<long[]>> crossingsAt = new TreeMap<>(); // location → {epoch second, person, event}
        for (DatedEvent<V> e : events) {
            if (!graph.contains(e.person()) || e.time() == null) {
                continue;
            }
            int i = graph.indexOf(e.person());
            Integer id = eventIndex.get(e.event());
            if (id == null) {
                id = eventWeek.size();
                eventIndex.put(e.event(), id);
                eventWeek.add(week(e.time()));
            }
            if (eventsOf.get(i).add(id)) {
                personsOfEvent.computeIfAbsent(id, x -> new ArrayList<>()).add(i);
                if (e.location() != null) {
                    crossingsAt.computeIfAbsent(e.location(), x -> new ArrayList<>())
                            .add(new long[] {e.time().getEpochSecond(), i, id});
                }
            }
        }
        int[][] weeks = new int[n][];
        int[][] weekEvents = new int[n][];
        for (int i = 0; i < n; i++) {
            TreeMap<Integer, Integer> byWeek = new TreeMap<>();
            for (int id : eventsOf.get(i)) {
                byWeek.merge(eventWeek.get(id), 1, Integer::sum);
            }
            weeks[i] = byWeek.keySet().stream().mapToInt(Integer::intValue).toArray();
            weekEvents[i] = byWeek.values().stream().mapToInt(Integer::intValue).toArray();
        }
        Map<Long, java.util.Set<Integer>[]> sharedEvents = new HashMap<>();
        for (Map.Entry<Integer, List<Integer>> entry : personsOfEvent.entrySet()) {
            List<Integer> persons = entry.getValue();
            for (int a = 0; a < persons.size(); a++) {
                for (int b = a + 1; b < persons.size(); b++) {
                    addShared(sharedEvents, persons.get(a), entry.getKey(), persons.get(b), entry.getKey());
                }
            }
        }
        long window = crossingWindow.getSeconds();
        for (List<long[]> at : crossingsAt.values()) {
            at.sort(Comparator.comparingLong((long[] c) -> c[0]));
            for (int a = 0; a < at.size(); a++) {
                for (int b = a + 1; b < at.size() && at.get(b)[0] - at.get(a)[0] <= window; b++) {
                    if (at.get(a)[1] != at.get(b)[1]) {
                        addShared(sharedEvents, (int) at.get(a)[1], (int) at.get(a)[2], (int) at.get(b)[1],
                                (int) at.get(b)[2]);
                    }
                }
            }
        }
        Map<Long, int[][]> shared = new HashMap<>();
        sharedEvents.forEach((key, sides) -> shared.put(key, new int[][] {
                sides[0].stream().mapToInt(eventWeek::get).toArray(),
                sides[1].stream().mapToInt(eventWeek::get).toArray()}));
        return new StoreSignals<>(n, numbers, direction, labels, contacts, weeks, weekEvents, shared);
    }

    @SuppressWarnings("unchecked")
    private static void addShared(Map<Long, java.util.Set<Integer>[]> shared, int i, int eventI, int j, int eventJ) {
        int first = Math.min(i, j);
        java.util.Set<Integer>[] sides = shared.computeIfAbsent(CandidatePairs.key(first, Math.max(i, j)),
                k -> new java.util.Set[] {new java.util.TreeSet<>(), new java.util.TreeSet<>()});
        sides[i == first ? 0 : 1].add(eventI);
        sides[j == first ? 0 : 1].add(eventJ);
    }

    /** The ISO week (UTC, weeks start on Monday) of an instant, as weeks since the one of 1969-12-29. */
    static int week(Instant time) {
        long day = Math.floorDiv(time.getEpochSecond(), 86_400L);
        return (int) Math.floorDiv(day + 3, 7);
    }

    /** Persons the signals are indexed over. */
    int vertexCount() {
        return n;
    }

    /** Numbers vertex {@code i} was in calls with (indices, increasing). */
    int[] numbersOf(int i) {
        return numbers[i];
    }

    /** Persons in contact with number {@code k}. */
    int contacts(int k) {
        return contacts[k];
    }

    /** The store signals of the pair (i, j), i ≠ j. */
    public Pair pair(int i, int j) {
        int first = Math.min(i, j);
        int second = Math.max(i, j);
        // common numbers: merge of two increasing lists
        int[] a = numbers[first];
        int[] b = numbers[second];
        double sum = 0;
        int count = 0;
        List<int[]> common = new ArrayList<>(); // {number, direction of first, direction of second}
        for (int p = 0, q = 0; p < a.length && q < b.length; ) {
            if (a[p] < b[q]) {
                p++;
            } else if (a[p] > b[q]) {
                q++;
            } else {
                count++;
                sum += 1 / Math.log(contacts[a[p]]);
                common.add(new int[] {a[p], direction[first][p], direction[second][q]});
                p++;
                q++;
            }
        }
        List<CommonNumber> named = new ArrayList<>();
        if (!common.isEmpty()) {
            common.sort(Comparator.comparingInt((int[] c) -> contacts[c[0]]).thenComparing(c -> numberLabel[c[0]]));
            for (int[] c : common.subList(0, Math.min(NAMED, common.size()))) {
                String verb = c[1] == 1 && c[2] == 1 ? "both called" : c[1] == 2 && c[2] == 2 ? "called both"
                        : "both were in calls with";
                named.add(new CommonNumber(numberLabel[c[0]], contacts[c[0]], verb));
            }
        }
        // activity overlap, without the events that join the two
        int[] countsA = weekEvents[first];
        int[] countsB = weekEvents[second];
        int[][] own = shared.get(CandidatePairs.key(first, second));
        if (own != null) {
            countsA = without(weeks[first], countsA, own[0]);
            countsB = without(weeks[second], countsB, own[1]);
        }
        int both = 0;
        int either = 0;
        int[] wa = weeks[first];
        int[] wb = weeks[second];
        int p = 0;
        int q = 0;
        while (p < wa.length || q < wb.length) {
            if (q == wb.length || (p < wa.length && wa[p] < wb[q])) {
                either += countsA[p++] > 0 ? 1 : 0;
            } else if (p == wa.length || wb[q] < wa[p]) {
                either += countsB[q++] > 0 ? 1 : 0;
            } else {
                boolean inA = countsA[p++] > 0;
                boolean inB = countsB[q++] > 0;
                either += inA || inB ? 1 : 0;
                both += inA && inB ? 1 : 0;
            }
        }
        if (count == 0 && either == 0) {
            return Pair.NONE;
        }
        return new Pair(sum, count, named, either == 0 ? 0 : (double) both / either, both, either);
    }

    /** The week counts minus one event per listed week (never below 0). */
    private static int[] without(int[] weeks, int[] counts, int[] removed) {
        int[] left = counts.clone();
        for (int w : removed) {
            int at = Arrays.binarySearch(weeks, w);
            if (at >= 0 && left[at] > 0) {
                left[at]--;
            }
        }
        return left;
    }
}
