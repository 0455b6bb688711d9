package org.crimegraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crimegraph.generate.CaseGenerator;
import org.crimegraph.generate.GenerateOptions;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.IngestLedger;
import org.crimegraph.store.StoreTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest --bulk} makes the store the transactional path makes, node for node, property for property,
 * relationship for relationship ({@link GraphDump}), with the same ledger, rejects and counts; a later
 * transactional ingest of the same files adds nothing; a store holding anything is refused.
 */
class BulkIngestionTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
    /** Small batches, so that files span several batches and repeats meet earlier batches. */
    private static final int BATCH = 40;

    @TempDir
    Path dir;

    @Test
    void sampleCaseBundleAndTrickyRowsMakeTheTransactionalStore() throws Exception {
        Path tricky = tricky(dir.resolve("tricky"));
        // the same content given twice: the second file is "already loaded" by both paths (same ledger key)
        Path again = Files.createDirectories(dir.resolve("zz-again")).resolve("x-reports-again.csv");
        Files.copy(tricky.resolve("x-reports.csv"), again);
        List<Path> input = List.of(Path.of("sample-data"), Path.of("sample-data/bundles/partner-reports.jsonl"), tricky,
                again);
        Compared compared = compare(input, "sample");
        IngestSummary.FileCounts first = compared.summary().files().stream()
                .filter(f -> f.file().endsWith("x-reports.csv")).findFirst().orElseThrow();
        IngestSummary.FileCounts second = compared.summary().files().stream()
                .filter(f -> f.file().endsWith("x-reports-again.csv")).findFirst().orElseThrow();
        assertThat(second.resumedBatches()).isEqualTo(second.batches()).isPositive();
        assertThat(second.rejected()).as("the ledger's counts of the first").isEqualTo(first.rejected()).isEqualTo(1);
        assertThat(compared.summary().rejected() - second.rejected()).as("the tricky rows' rejects").isEqualTo(5);
        assertThat(compared.graph()).anyMatch(l -> l.startsWith("N [Call]") && l.contains("X-C1"));
        // a repeated call id (later batch, second report, another caller) merged as calls.cypher does
        assertThat(compared.graph()).filteredOn(l -> l.startsWith("R CALLER") && l.contains("callId=X-C1}")).hasSize(2);
        assertThat(compared.graph()).filteredOn(l -> l.startsWith("R ASSERTS") && l.contains("callId=X-C1}")).hasSize(2);
        assertThat(compared.graph()).anyMatch(l -> l.contains("reportIds=[X-R1, X-R2]"));
        assertThat(compared.graph()).anyMatch(l -> l.contains("aliases=[]"));
        assertThat(compared.graph()).anyMatch(l -> l.contains("aliases=[Kev, Big \"Q\"]"));
    }

    /**
     * --bulk reads ahead and maps batches in parallel (several files and batches in flight): the rejects, in
     * the rejects file's order, and the graph are those of the transactional path, which reads one batch at a
     * time. Bad rows are spread over many batches of several files, and one file breaks off (an open quote).
     */
    @Test
    void readingAheadKeepsTheRejectsInFileOrder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("spread"));
        StringBuilder reports = new StringBuilder("reportId,agency,receivedAt,caseId,grade,handling,summary\n");
        for (int r = 0; r < 30; r++) {
            reports.append("S-R").append(r).append(",NCA,2024-02-01,S,").append(r % 11 == 5 ? "9Z" : "1B").append(",P,\n");
        }
        Files.writeString(folder.resolve("s-reports.csv"), reports);
        StringBuilder persons = new StringBuilder("reportId,personId,name,aliases,dob,nationality\n");
        for (int p = 0; p < 700; p++) {
            persons.append("S-R").append(p % 30).append(",S-P").append(p).append(",Person ").append(p).append(",,")
                    .append(p % 7 == 3 ? "1980-13-40" : "1980-01-02").append(",GB\n");
        }
        Files.writeString(folder.resolve("s-persons.csv"), persons);
        StringBuilder calls = new StringBuilder("reportId,callId,caller,callee,start,durationS\n");
        for (int c = 0; c < 2_000; c++) {
            calls.append("S-R").append(c % 31).append(",S-C").append(c).append(',')
                    .append(c % 13 == 4 ? "not-a-phone" : "+4477009002" + String.format("%02d", c % 50)).append(",+447700900399,")
                    .append("2024-02-04T10:00:00Z,").append(c).append('\n');
        }
        Files.writeString(folder.resolve("s-calls.csv"), calls);
        StringBuilder phones = new StringBuilder("reportId,personId,phone,from,to\n");
        for (int p = 0; p < 500; p++) {
            phones.append("S-R").append(p % 30).append(",S-P").append(p % 710).append(",+4477009002")
                    .append(String.format("%02d", p % 50)).append(",,\n");
            if (p == 420) {
                phones.append("S-R1,S-P1,\"+447700900201,,\n"); // an open quote: the file ends here
            }
        }
        Files.writeString(folder.resolve("s-phones.csv"), phones);
        Compared compared = compare(List.of(folder), "spread");
        assertThat(compared.summary().rejected()).as("rejects in every file").isGreaterThan(300);
        assertThat(compared.summary().rejects()).extracting(Reject::file).map(f -> Path.of(f).getFileName().toString())
                .contains("s-reports.csv", "s-persons.csv", "s-phones.csv", "s-calls.csv");
    }

    @Test
    void generatedCaseMakesTheTransactionalStore() throws Exception {
        Path data = dir.resolve("generated");
        new CaseGenerator(new GenerateOptions(150, 1_500, 11, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30), 0.2),
                data, QUIET, false).generate();
        Compared compared = compare(List.of(data), "generated");
        assertThat(compared.graph()).filteredOn(l -> l.startsWith("N [Call]")).hasSizeGreaterThan(1_000);
    }

    @Test
    void aRejectLimitStopsBothPathsAtTheSameRow() throws Exception {
        Path tricky = tricky(dir.resolve("tricky"));
        IngestOptions limited = options(dir.resolve("limited-tx.csv")).withRejectLimit(RejectLimit.parse("2"));
        List<String> expected;
        List<String> expectedLedger;
        List<String> expectedLedgerNodes;
        IngestSummary transactional;
        try (GraphStore store = GraphStore.open(new StoreTarget.Embedded(dir.resolve("limited-tx")))) {
            transactional = new Ingestion(store, limited, QUIET).run(List.of(tricky));
            expected = GraphDump.of(store);
            expectedLedger = ledger(store);
            expectedLedgerNodes = ledgerNodes(store);
        }
        assertThat(transactional.complete()).isFalse();
        BulkIngestion.Loaded loaded = BulkIngestion.run(new StoreTarget.Embedded(dir.resolve("limited-bulk")),
                limited.withRejectsFile(dir.resolve("limited-bulk.csv")), QUIET, List.of(tricky));
        try (GraphStore store = loaded.store()) {
            assertThat(loaded.summary().stoppedBecause()).isEqualTo(transactional.stoppedBecause());
            assertThat(loaded.summary().files()).isEqualTo(transactional.files());
            assertThat(GraphDump.of(store)).isEqualTo(expected);
            assertThat(ledger(store)).isEqualTo(expectedLedger).anyMatch(l -> l.endsWith(" false"));
            assertThat(ledgerNodes(store)).isEqualTo(expectedLedgerNodes);
        }
        assertThat(Files.readString(dir.resolve("limited-bulk.csv"))).isEqualTo(Files.readString(dir.resolve("limited-tx.csv")));
    }

    @Test
    void aStoreHoldingAnythingIsRefused() {
        Path store = dir.resolve("used");
        try (GraphStore opened = GraphStore.open(new StoreTarget.Embedded(store))) {
            new Ingestion(opened, IngestContext.defaults(), BATCH, QUIET).run(List.of(Path.of("sample-data/reports.csv")));
        }
        assertThatThrownBy(() -> BulkIngestion.run(new StoreTarget.Embedded(store), options(dir.resolve("r.csv")), QUIET,
                List.of(Path.of("sample-data/persons.csv"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not empty (30 nodes)").hasMessageContaining("without --bulk");
        assertThat(store.resolve("bulk-import")).doesNotExist();
    }

    private record Compared(List<String> graph, IngestSummary summary) {
    }

    /**
     * Loads {@code input} transactionally and with --bulk into two new stores and checks: same graph, same
     * ledger (less its times), same counts and rejects file; then a transactional ingest of the same files into
     * the bulk store says every file is loaded and changes nothing.
     */
    private Compared compare(List<Path> input, String name) throws Exception {
        Path transactionalRejects = dir.resolve(name + "-tx-rejects.csv");
        Path bulkRejects = dir.resolve(name + "-bulk-rejects.csv");
        List<String> expected;
        List<String> expectedLedger;
        List<String> expectedLedgerNodes;
        IngestSummary transactional;
        try (GraphStore store = GraphStore.open(new StoreTarget.Embedded(dir.resolve(name + "-tx")))) {
            transactional = new Ingestion(store, options(transactionalRejects), QUIET).run(input);
            expected = GraphDump.of(store);
            expectedLedger = ledger(store);
            expectedLedgerNodes = ledgerNodes(store);
        }
        Path bulkStore = dir.resolve(name + "-bulk");
        BulkIngestion.Loaded loaded = BulkIngestion.run(new StoreTarget.Embedded(bulkStore), options(bulkRejects), QUIET, input);
        List<String> graph;
        try (GraphStore store = loaded.store()) {
            graph = GraphDump.of(store);
            assertThat(difference(graph, expected)).as("only in the bulk store").isEmpty();
            assertThat(difference(expected, graph)).as("only in the transactional store").isEmpty();
            assertThat(graph).isEqualTo(expected);
            assertThat(ledger(store)).isEqualTo(expectedLedger);
            assertThat(ledgerNodes(store)).isEqualTo(expectedLedgerNodes);
            IngestSummary bulk = loaded.summary();
            assertThat(bulk.files()).isEqualTo(transactional.files());
            assertThat(bulk.rejects()).isEqualTo(transactional.rejects());
            assertThat(bulk.conflictingEvents()).isEqualTo(transactional.conflictingEvents());
            if (transactional.rejected() > 0) {
                assertThat(Files.readString(bulkRejects)).isEqualTo(Files.readString(transactionalRejects));
            }

            IngestSummary again = new Ingestion(store, options(dir.resolve(name + "-again.csv")), QUIET).run(input);
            assertThat(again.files()).allMatch(f -> f.resumedBatches() == f.batches());
            assertThat(GraphDump.of(store)).isEqualTo(expected);
        }
        assertThat(bulkStore.resolve("bulk-import")).as("import files deleted").doesNotExist();
        return new Compared(graph, loaded.summary());
    }

    /** The lines of {@code a} that {@code b} lacks, counting repeats. */
    private static List<String> difference(List<String> a, List<String> b) {
        List<String> rest = new ArrayList<>(a);
        b.forEach(rest::remove);
        return rest;
    }

    private static IngestOptions options(Path rejects) {
        return IngestOptions.of(IngestContext.defaults(), BATCH).withRejectsFile(rejects);
    }

    private static List<String> ledger(GraphStore store) {
        List<String> lines = new ArrayList<>();
        for (IngestLedger.FileEntry f : new IngestLedger(store).files()) {
            lines.add(f.fileKey() + " " + f.fileName() + " " + f.type() + " " + f.completedBatches() + " " + f.read() + " "
                    + f.loaded() + " " + f.rejected() + " " + (f.finishedAt() != null));
        }
        lines.sort(null);
        return lines;
    }

    /** Every ledger node with every property but its times (the importer writes the bulk path's ledger). */
    private static List<String> ledgerNodes(GraphStore store) {
        List<String> lines = new ArrayList<>(store.read("test/dump-ledger", java.util.Map.of(), r -> {
            java.util.Map<String, Object> props = new java.util.TreeMap<>(r.get("props").asMap());
            props.keySet().removeIf(k -> k.endsWith("At"));
            return r.get("labels").asList(v -> v.asString()) + " " + props;
        }));
        lines.sort(null);
        return lines;
    }

    /**
     * Rows that exercise the merge semantics: a call id repeated in a later batch by another report with another
     * caller and start, a call repeated in its own batch, person claims refined by later rows (aliases
     * accumulating, a quote in a value, no aliases at all), a report sent again identically and with another
     * grade, and bad rows (unknown report, bad phone, a phone calling itself).
     */
    private static Path tricky(Path folder) throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("x-reports.csv"), """
                reportId,agency,receivedAt,caseId,grade,handling,summary
                X-R1,NCA,2024-02-01T10:00:00+01:00,X,1B,P,"two lines,
                with a ""quote""\"
                X-R2,OFAST,2024-02-02,X,2C,C,
                X-R1,NCA,2024-02-01T10:00:00+01:00,X,1B,P,"two lines,
                with a ""quote""\"
                X-R3,NCA,,,1B,P,
                X-R3,NCA,,,3E,P,
                """);
        Files.writeString(folder.resolve("x-persons.csv"), """
                reportId,personId,name,aliases,dob,nationality
                X-R1,X-P1,Kevin Dubois,Kev,1980-01-02,FR
                X-R1,X-P1,,"Big ""Q""|Kev",,
                X-R2,X-P1,Kévin Dubois,,,
                X-R2,X-P2,Ann Smith,,,GB
                X-R9,X-P3,Nobody,,,
                """);
        Files.writeString(folder.resolve("x-phones.csv"), """
                reportId,personId,phone,from,to
                X-R1,X-P1,+447700900001,2024-01-01,
                X-R2,X-P1,+447700900001,,2024-03-01
                X-R1,X-P2,07700900002,,
                X-R1,X-P2,not-a-phone,,
                """);
        StringBuilder calls = new StringBuilder("reportId,callId,caller,callee,start,durationS\n");
        calls.append("X-R1,X-C1,+447700900001,+447700900002,2024-02-03T10:00:00Z,60\n");
        calls.append("X-R1,X-C2,+447700900002,+447700900001,2024-02-03T11:00:00.5+02:00,5\n");
        calls.append("X-R1,X-C2,+447700900002,+447700900001,2024-02-03T11:00:01+02:00,6\n");
        for (int i = 0; i < 2 * BATCH; i++) {
            calls.append("X-R1,X-F").append(i).append(",+447700900001,+4477009001").append(10 + i % 20)
                    .append(",2024-02-04T10:00:00Z,").append(i).append('\n');
        }
        calls.append("X-R2,X-C1,+447700900003,+447700900002,2024-02-03T10:01:00Z,61\n");
        calls.append("X-R9,X-C3,+447700900003,+447700900002,2024-02-03T10:01:00Z,61\n");
        calls.append("X-R2,X-C4,+447700900003,+447700900003,2024-02-03T10:01:00Z,61\n");
        Files.writeString(folder.resolve("x-calls.csv"), calls);
        return folder;
    }
}
