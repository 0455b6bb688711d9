package org.crimegraph.ingest.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crimegraph.files.PrivateFiles;
import org.crimegraph.generate.CaseGenerator;
import org.crimegraph.generate.GenerateOptions;
import org.crimegraph.ingest.IngestContext;
import org.crimegraph.ingest.IngestSummary;
import org.crimegraph.ingest.Ingestion;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.StoreTarget;

/**
 * Ingestion benchmark (not a unit test): generates a case ({@link CaseGenerator}, as {@code crimegraph generate}
 * with PHONES persons and CALLS calls), then, each in a
 * fresh embedded store, (1) the baseline of issue 3, a bare {@code UNWIND $rows MERGE (a)-[:KNOWS]->(b)}
 * of the same caller/callee pairs in 10k-row batches, and (2) crimegraph's calls ingest (validation,
 * E.164 normalisation, reference checks, Call events, provenance, ledger) at each batch size. Prints
 * rows/s and the ratio to the baseline measured in the same run.
 *
 * <pre>
 * ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx4g -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *      org.crimegraph.ingest.bench.IngestBench [CALLS] [PHONES] [BATCH,BATCH,…] [WORKDIR]
 * </pre>
 * Defaults: 1,000,000 calls among 100,000 persons (about as many phones); batch sizes 1000,5000,20000; work folder
 * under target/.
 */
public final class IngestBench {

    private IngestBench() {
    }

    public static void main(String[] args) throws IOException {
        long calls = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        int phones = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        List<Integer> batchSizes = args.length > 2
                ? Arrays.stream(args[2].split(",")).map(Integer::parseInt).toList() : List.of(1_000, 5_000, 20_000);
        Path work = Path.of(args.length > 3 ? args[3] : "target/ingest-bench");
        PrivateFiles.deleteTree(work);
        Path data = work.resolve("data");
        long t0 = System.nanoTime();
        Path callsFile = generate(data, calls, phones, 1);
        System.out.printf(Locale.ROOT, "generated %,d calls among %,d persons (%,d bytes) in %.1f s%n", calls, phones,
                Files.size(callsFile), (System.nanoTime() - t0) / 1e9);
        System.out.printf(Locale.ROOT, "JVM %s, %d processors, max heap %,d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        // warm-up (JIT, Cypher plan caches are per store so only the JVM side carries over): a small case, untimed
        Path warm = generate(work.resolve("warm-up"), 20_000, 2_000, 2);
        baseline(work.resolve("store-warm-baseline"), warm, 10_000);
        ingestCalls(work.resolve("store-warm"), warm.getParent(), warm, 5_000);

        double baseline = baseline(work.resolve("store-baseline"), callsFile, 10_000);
        System.out.printf(Locale.ROOT, "%-44s %,10.0f rows/s  (1.00x)%n", "baseline MERGE (a)-[:KNOWS]->(b), 10k batches",
                baseline);
        for (int batchSize : batchSizes) {
            double[] result = ingestCalls(work.resolve("store-" + batchSize), data, callsFile, batchSize);
            System.out.printf(Locale.ROOT, "%-44s %,10.0f rows/s  (%.2fx)  %,d calls in %.1f s%n",
                    "crimegraph calls ingest, batch " + batchSize, result[0] / result[1], result[0] / result[1] / baseline,
                    (long) result[0], result[1]);
        }
    }

    /** Writes a generated case into {@code dir}; returns its calls file. */
    private static Path generate(Path dir, long calls, int persons, long seed) throws IOException {
        new CaseGenerator(new GenerateOptions(persons, calls, seed, java.time.LocalDate.of(2024, 1, 1),
                java.time.LocalDate.of(2024, 12, 31), 0.2), dir, new PrintStream(OutputStream.nullOutputStream()), false)
                .generate();
        return dir.resolve("calls.csv");
    }

    /** Loads reports, persons and phones (untimed), then the calls (timed); returns {calls loaded, seconds}. */
    private static double[] ingestCalls(Path storeDir, Path data, Path callsFile, int batchSize) throws IOException {
        PrintStream progress = new PrintStream(OutputStream.nullOutputStream());
        try (GraphStore store = GraphStore.open(new StoreTarget.Embedded(storeDir))) {
            Ingestion ingestion = new Ingestion(store, IngestContext.defaults(), batchSize, progress);
            ingestion.run(List.of(data.resolve("reports.csv"), data.resolve("persons.csv"), data.resolve("phones.csv")));
            long start = System.nanoTime();
            IngestSummary summary = ingestion.run(List.of(callsFile));
            return new double[] {summary.rowsLoaded(), (System.nanoTime() - start) / 1e9};
        } finally {
            PrivateFiles.deleteTree(storeDir);
        }
    }

    /** The bare MERGE of caller/callee pairs, rows/s. */
    private static double baseline(Path storeDir, Path callsFile, int batchSize) throws IOException {
        try (GraphStore store = GraphStore.open(new StoreTarget.Embedded(storeDir));
             BufferedReader in = Files.newBufferedReader(callsFile, StandardCharsets.UTF_8)) {
            in.readLine();
            long start = System.nanoTime();
            long rows = 0;
            List<Map<String, Object>> batch = new ArrayList<>(batchSize);
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.split(",");
                batch.add(Map.of("a", cells[2].replace(" ", "").replaceFirst("^0", "+44"), "b", cells[3]));
                if (batch.size() == batchSize) {
                    store.writeAll(List.of(new GraphStore.Write("bench/knows-baseline", Map.of("rows", batch))));
                    rows += batch.size();
                    batch = new ArrayList<>(batchSize);
                }
            }
            if (!batch.isEmpty()) {
                store.writeAll(List.of(new GraphStore.Write("bench/knows-baseline", Map.of("rows", batch))));
                rows += batch.size();
            }
            return rows / ((System.nanoTime() - start) / 1e9);
        } finally {
            PrivateFiles.deleteTree(storeDir);
        }
    }

}
