package org.crimegraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.graph.Release;
import org.crimegraph.ingest.IngestContext;
import org.crimegraph.ingest.IngestSummary;
import org.crimegraph.ingest.Ingestion;

/**
 * A small case whose answers are known by construction, ingested into a real embedded store (the pattern of
 * LinkQueriesFixtureTest, shared by store and use-case tests):
 * <pre>
 *   H1 Marie Dupont --call K1 (R1)-- H2 Paul Dupont --call K2 (R1)-- H3 Zoé Martin
 *   H1 phone +447700900001 (R1), phone +447700900099 (R2 only), account GB82WEST12345698765432 (R1),
 *      vehicle AB12 CDE keeper (R1), lives at L1 Rue Haute (R1); alias "La Rousse" only in R2
 *   H4 Victor Hale: shares H1's restricted phone (R2 only)
 * </pre>
 * R1: NCA 1B P (shareable); R2: DNRED 2B C (restricted).
 */
public final class SmallCase {

    public static final Map<String, String> FILES = Map.of(
            "reports.csv", """
                    reportId,agency,receivedAt,caseId,grade,handling,summary
                    R1,NCA,2024-05-01T00:00:00Z,CASE-1,1B,P,call data and persons
                    R2,DNRED,2024-05-02T00:00:00Z,CASE-2,2B,C,surveillance (restricted)
                    """,
            "persons.csv", """
                    reportId,personId,name,aliases,dob,nationality
                    R1,H1,Marie Dupont,,1980-01-01,FR
                    R2,H1,Marie Dupont,La Rousse,1980-01-01,FR
                    R1,H2,Paul Dupont,,1981-01-01,FR
                    R1,H3,Zoé Martin,,1982-01-01,FR
                    R1,H4,Victor Hale,,1983-01-01,GB
                    """,
            "phones.csv", """
                    reportId,personId,phone,from,to
                    R1,H1,+447700900001,2023-01-01,
                    R2,H1,+447700900099,2023-01-01,
                    R2,H4,+447700900099,2023-01-01,
                    R1,H2,+447700900002,2023-01-01,
                    R1,H3,+447700900003,2023-01-01,
                    """,
            "calls.csv", """
                    reportId,callId,caller,callee,start,durationS
                    R1,K1,+447700900001,+447700900002,2024-03-01T10:00:00Z,60
                    R1,K2,+447700900002,+447700900003,2024-02-01T10:00:00Z,60
                    """,
            "accounts.csv", """
                    reportId,personId,iban,bank,from,to
                    R1,H1,GB82 WEST 1234 5698 7654 32,Westminster Test Bank,2020-01-01,
                    """,
            "vehicles.csv", """
                    reportId,personId,vrm,country,relation,make
                    R1,H1,AB12 CDE,GB,KEEPER_OF,Ford Transit
                    """,
            "locations.csv", """
                    reportId,locationId,name,country,kind,lat,lon
                    R1,L1,Rue Haute,FR,city,50.00,1.00
                    """,
            "addresses.csv", """
                    reportId,personId,locationId,from,to
                    R1,H1,L1,2015-06-01,
                    """);

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
    public static <R> Readers<R> readers(BiFunction<GraphStore, Release, R> reader) throws IOException {
        GraphStore store = shared();
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

    /** Writes the case under {@code dir/case}, ingests it into {@code dir/db} and returns the open store. */
    public static GraphStore open(Path dir) throws IOException {
        Path data = Files.createDirectories(dir.resolve("case"));
        for (Map.Entry<String, String> file : FILES.entrySet()) {
            Files.writeString(data.resolve(file.getKey()), file.getValue());
        }
        GraphStore store = GraphStore.open(new StoreTarget.Embedded(dir.resolve("db")));
        IngestSummary summary = new Ingestion(store, IngestContext.defaults(), 100,
                new PrintStream(OutputStream.nullOutputStream())).run(List.of(data));
        assertThat(summary.rejects()).as("the small case ingests cleanly").isEmpty();
        return store;
    }
}
