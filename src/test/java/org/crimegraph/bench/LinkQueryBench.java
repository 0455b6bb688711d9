package org.crimegraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;
import org.crimegraph.graph.PersonNetworkProjection;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.graph.ProjectionWeights;
import org.crimegraph.graph.ReportGrading;
import org.crimegraph.ingest.NameKey;
import org.crimegraph.paths.BidirectionalSearch;
import org.crimegraph.graph.Release;
import org.crimegraph.paths.LocalNetwork;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.PersonNetworkReader;
import org.crimegraph.store.StoreTarget;
import org.crimegraph.store.query.EntityLookup;
import org.crimegraph.store.query.NetworkReading;

/**
 * Link-query benchmark (docs/performance.md, "Link queries"). Generates, once, a store of N persons,
 * each with a phone, and about 3 calls per person (two to persons with nearby ids, one to anyone: a
 * clustered small world of average degree about 6), then measures warm latency of the work behind
 * {@code crimegraph path A B --max-hops 6} (resolve both ids, bidirectional search in the store, read the
 * evidence of every hop) and {@code crimegraph neighbours X --hops 2} (read and project the 2-hop
 * neighbourhood) over seeded random persons, with the store already open (the CLI's JVM and Neo4j start-up
 * are not included). Run:
 *
 * <pre>
 * ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx3g -cp target/test-classes:target/classes:$(cat target/cp.txt) org.crimegraph.bench.LinkQueryBench \
 *      --persons 1000000 --store target/bench-store --queries 300 --seed 42
 * </pre>
 * The store is generated only if the folder does not hold one of that size yet.
 */
public final class LinkQueryBench {

    private static final String REPORT = "RPT-BENCH";
    private static final String[] FIRST = {"Olivier", "Julien", "Nadia", "Thomas", "Kévin", "Mélanie", "Gary", "Darren",
            "Stacey", "Arben", "Erion", "Marcus", "Jamal", "Kelly", "Liam", "Danny", "Nathan", "Claire", "Hugo", "Fiona"};
    private static final String[] LAST = {"Marchand", "Lefèvre", "Haddad", "Caron", "Dubois", "Roussel", "Whitfield",
            "Cooke", "Pearce", "Krasniqi", "Dema", "Reid", "Osei", "Brennan", "O'Connor", "Fisher", "Cole", "Fontaine",
            "Mercier", "McLeod", "Yılmaz", "Ionescu", "Price", "Turner"};

    public static void main(String[] args) {
        Map<String, String> options = new HashMap<>(Map.of("--persons", "1000000", "--store", "target/bench-store",
                "--queries", "300", "--warmup", "50", "--seed", "42", "--batch", "20000"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        int persons = Integer.parseInt(options.get("--persons"));
        Path folder = Path.of(options.get("--store"));
        int queries = Integer.parseInt(options.get("--queries"));
        int warmup = Integer.parseInt(options.get("--warmup"));
        long seed = Long.parseLong(options.get("--seed"));
        int batch = Integer.parseInt(options.get("--batch"));
        Path marker = folder.resolve("bench-persons.txt");
        try (GraphStore store = GraphStore.open(new StoreTarget.Embedded(folder.resolve("db")))) {
            if (!Files.exists(marker) || !readMarker(marker).equals(String.valueOf(persons))) {
                generate(store, persons, seed, batch);
                Files.writeString(marker, String.valueOf(persons));
            }
            measure(store, persons, queries, warmup, seed);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String readMarker(Path marker) throws java.io.IOException {
        return Files.readString(marker).strip();
    }

    static String personId(int i) {
        return String.format(Locale.ROOT, "B%07d", i);
    }

    static String phone(int i) {
        return String.format(Locale.ROOT, "+4479%08d", i);
    }

    private static void generate(GraphStore store, int persons, long seed, int batch) {
        long started = System.nanoTime();
        store.writeRows("bench/report", List.of(Map.of("reportId", REPORT, "agency", "BENCH", "grade", "2B", "handling", "P")));
        SplittableRandom random = new SplittableRandom(seed);
        Batches personRows = new Batches(store, "bench/persons", batch,
                done -> progress("persons", done, persons, started));
        for (int i = 0; i < persons; i++) {
            String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            personRows.add(Map.of("reportId", REPORT, "personId", personId(i), "name", name, "nameKey", NameKey.of(name),
                    "phone", phone(i)));
        }
        personRows.flush();
        long calls = 3L * persons;
        Batches callRows = new Batches(store, "bench/calls", batch,
                done -> progress("calls", done, calls, started));
        OffsetDateTime base = OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        for (long c = 0; c < calls; c++) {
            int caller = (int) (c / 3);
            int callee;
            if (c % 3 == 2) {
                callee = random.nextInt(persons);
            } else {
                callee = Math.floorMod(caller + 1 + random.nextInt(50), persons);
            }
            if (callee == caller) {
                callee = (caller + 1) % persons;
            }
            callRows.add(Map.of("reportId", REPORT, "callId", "BC" + c, "caller", phone(caller), "callee", phone(callee),
                    "start", base.plusSeconds(random.nextInt(365 * 24 * 3600)), "durationS", 1 + random.nextInt(600)));
        }
        callRows.flush();
        System.err.printf(Locale.ROOT, "generated %d persons, %d phones, %d calls in %.0f s%n", persons, persons, calls,
                (System.nanoTime() - started) / 1e9);
    }

    private static void progress(String what, long done, long total, long started) {
        if (done % 200_000 == 0 || done == total) {
            System.err.printf(Locale.ROOT, "  %s %,d / %,d (%.0f s)%n", what, done, total, (System.nanoTime() - started) / 1e9);
        }
    }

    /** Rows for one statement, written a batch at a time; after each full batch, the rows added so far are reported. */
    private static final class Batches {
        private final GraphStore store;
        private final String statement;
        private final List<Map<String, Object>> rows;
        private final int size;
        private final LongConsumer afterBatch;
        private long added;

        Batches(GraphStore store, String statement, int size, LongConsumer afterBatch) {
            this.store = store;
            this.statement = statement;
            this.rows = new ArrayList<>(size);
            this.size = size;
            this.afterBatch = afterBatch;
        }

        void add(Map<String, Object> row) {
            rows.add(row);
            added++;
            if (rows.size() == size) {
                flush();
                afterBatch.accept(added);
            }
        }

        /** Writes the rows not written yet. */
        void flush() {
            if (!rows.isEmpty()) {
                store.writeRows(statement, rows);
                rows.clear();
            }
        }
    }

    private static void measure(GraphStore store, int persons, int queries, int warmup, long seed) {
        List<ReportGrading> reports = new PersonNetworkReader(store).reports();
        Map<String, ReportGrading> byId = new HashMap<>();
        reports.forEach(r -> byId.put(r.reportId(), r));
        ProjectionFilter filter = ProjectionFilter.ALL;
        PersonNetworkProjection projection = new PersonNetworkProjection(filter, ProjectionWeights.DEFAULTS);
        Release evidenceFilter = Release.of(filter, reports);
        EntityLookup lookup = new EntityLookup(store, evidenceFilter);
        SplittableRandom random = new SplittableRandom(seed + 1);

        // baseline: one indexed person lookup, the floor of any store round trip on this machine right now
        long[] lookupNanos = new long[queries];
        for (int q = -warmup; q < queries; q++) {
            String a = personId(random.nextInt(persons));
            long t0 = System.nanoTime();
            lookup.persons(List.of(a));
            if (q >= 0) {
                lookupNanos[q] = System.nanoTime() - t0;
            }
        }
        int found = 0;
        long hopsTotal = 0;
        long[] pathNanos = new long[queries];
        for (int q = -warmup; q < queries; q++) {
            String a = personId(random.nextInt(persons));
            String b = personId(random.nextInt(persons));
            long t0 = System.nanoTime();
            lookup.persons(List.of(a));
            lookup.persons(List.of(b));
            NetworkReading reading = new NetworkReading(store, projection, reports, PersonNetworkReader.DEFAULT_CROSSING_WINDOW, e -> true);
            Optional<List<String>> path = new BidirectionalSearch(reading).shortest(a, b, 6);
            LocalNetwork local = reading.local();
            int evidence = 0;
            if (path.isPresent()) {
                for (int i = 0; i + 1 < path.get().size(); i++) {
                    evidence += local.between(path.get().get(i), path.get().get(i + 1), evidenceFilter).size();
                }
            }
            long t1 = System.nanoTime();
            if (q >= 0) {
                pathNanos[q] = t1 - t0;
                if (path.isPresent()) {
                    found++;
                    hopsTotal += path.get().size() - 1;
                }
            }
            if (evidence < 0) {
                throw new IllegalStateException();
            }
        }
        long[] neighbourNanos = new long[queries];
        long reached = 0;
        for (int q = -warmup; q < queries; q++) {
            String x = personId(random.nextInt(persons));
            long t0 = System.nanoTime();
            NetworkReading reading = new NetworkReading(store, projection, reports, PersonNetworkReader.DEFAULT_CROSSING_WINDOW, e -> true);
            LocalNetwork local = reading.around(List.of(x), 2, 200_000);
            int size = local.project(projection, reports).graph().vertexSet().size();
            long t1 = System.nanoTime();
            if (q >= 0) {
                neighbourNanos[q] = t1 - t0;
                reached += size;
            }
        }
        System.out.printf(Locale.ROOT, "store: %,d persons, %,d phones, %,d calls; %d warm-up + %d measured queries each, seed %d%n",
                persons, persons, 3L * persons, warmup, queries, seed);
        double base = pct(lookupNanos, 50);
        System.out.printf(Locale.ROOT, "baseline (one indexed person lookup): p50 %6.1f ms  p95 %6.1f ms%n", base, pct(lookupNanos, 95));
        System.out.printf(Locale.ROOT, "ratios to the baseline p50: path p50 %.1fx, p95 %.1fx; neighbours p50 %.1fx, p95 %.1fx%n",
                pct(pathNanos, 50) / base, pct(pathNanos, 95) / base, pct(neighbourNanos, 50) / base, pct(neighbourNanos, 95) / base);
        System.out.printf(Locale.ROOT, "load average at the end: %.1f on %d cores%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "path --max-hops 6:   p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  (%d of %d pairs linked, mean %.2f hops)%n",
                pct(pathNanos, 50), pct(pathNanos, 95), pct(pathNanos, 100), found, queries,
                found == 0 ? 0.0 : (double) hopsTotal / found);
        System.out.printf(Locale.ROOT, "neighbours --hops 2: p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  (mean %.1f persons)%n",
                pct(neighbourNanos, 50), pct(neighbourNanos, 95), pct(neighbourNanos, 100), (double) reached / queries);
    }

    static double pct(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private LinkQueryBench() {
    }

}
