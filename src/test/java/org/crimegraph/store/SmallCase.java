package org.crimegraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.graph.Release;
import org.crimegraph.ingest.IngestContext;
import org.crimegraph.ingest.IngestSummary;
import org.crimegraph.ingest.Ingestion;

/**
 * A small case ({@code src/test/resources/cases/small-case}) whose answers are known by construction, ingested
 * into a real embedded store (the pattern of LinkQueriesFixtureTest, shared by store and use-case tests):
 * <pre>
 *   H1 Marie Dupont --call K1 (R1)-- H2 Paul Dupont --call K2 (R1)-- H3 Zoé Martin
 *   H1 phone +447700900001 (R1), phone +447700900099 (R2 only), account GB82WEST12345698765432 (R1),
 *      vehicle AB12 CDE keeper (R1), lives at L1 Rue Haute (R1); alias "La Rousse" only in R2
 *   H4 Victor Hale: shares H1's restricted phone (R2 only)
 * </pre>
 * R1: NCA 1B P (shareable); R2: DNRED 2B C (restricted).
 */
public final class SmallCase {

    /** The case's input files, as an analyst would load them. */
    public static final Path FOLDER = Path.of("src/test/resources/cases/small-case");

    private static GraphStore shared;

    private SmallCase() {
    }

    /**
     * One store holding the case, opened once per test JVM and closed when it exits, for tests that only
     * read (opening and ingesting costs seconds; store and use-case test classes share it).
     */
    public static synchronized GraphStore shared() throws IOException {
        if (shared == null) {
            Path dir = Files.createTempDirectory("crimegraph-small-case");
            GraphStore store = open(dir);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                store.close();
                deleteQuietly(dir);
            }));
            shared = store;
        }
        return shared;
    }

    /**
     * A reader of the {@link #shared()} store twice: seeing everything, and seeing only what a partner
     * release may ({@code ProjectionFilter.RELEASABLE}).
     */
    public static <R> Readers<R> readers(BiFunction<GraphStore, Release, R> reader) {
        GraphStore store;
        try {
            store = shared();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var reports = new PersonNetworkReader(store).reports();
        return new Readers<>(reader.apply(store, Release.of(ProjectionFilter.ALL, reports)),
                reader.apply(store, Release.of(ProjectionFilter.RELEASABLE, reports)));
    }

    /** An internal and a partner-release reader of the same store. */
    public record Readers<R>(R internal, R partner) {
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // a temporary folder left behind is harmless
        }
    }

    /** Ingests the case into {@code dir/db} and returns the open store. */
    public static GraphStore open(Path dir) {
        return ingested(dir.resolve("db"), FOLDER);
    }

    /**
     * Opens an embedded store in {@code db}, ingests the folders into it (quietly, no row may be rejected) and
     * returns it open.
     */
    public static GraphStore ingested(Path db, Path... folders) {
        GraphStore store = GraphStore.open(new StoreTarget.Embedded(db));
        IngestSummary summary = new Ingestion(store, IngestContext.defaults(), 100,
                new PrintStream(OutputStream.nullOutputStream())).run(List.of(folders));
        assertThat(summary.rejects()).as("the case ingests cleanly").isEmpty();
        return store;
    }
}
