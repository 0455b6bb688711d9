package org.crimegraph.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crimegraph.graph.PersonLink;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.ingest.IngestContext;
import org.crimegraph.ingest.IngestSummary;
import org.crimegraph.ingest.Ingestion;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.PersonNetworkReader;
import org.crimegraph.store.StoreTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated case loads into a real embedded Neo4j with no reject, and the projected network is the one the
 * generator planted: every person, exactly the links it counted, the pendant contacts, convoys that "crossed
 * together", and no person made a hub by the shared taxi and pizzeria numbers.
 */
class GeneratedCaseIngestTest {

    @TempDir
    Path dir;

    @Test
    void everyGeneratedRowIsLoadedAndTheProjectionFindsThePlantedNetwork() throws Exception {
        Path data = dir.resolve("case");
        GenerateSummary summary = CaseGeneratorTest.generate(data, 150, 42);
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        try (GraphStore store = GraphStore.open(new StoreTarget.Embedded(dir.resolve("db")))) {
            IngestSummary loaded = new Ingestion(store, IngestContext.defaults(), 1_000, quiet).run(List.of(data));
            assertThat(loaded.rejects()).isEmpty();
            assertThat(loaded.files()).hasSize(CaseGenerator.FILES.size());
            for (GenerateSummary.FileWritten file : summary.files()) {
                IngestSummary.FileCounts counts = loaded.files().stream()
                        .filter(f -> Path.of(f.file()).getFileName().equals(file.path().getFileName())).findFirst()
                        .orElseThrow();
                assertThat(counts.loaded()).as(file.type()).isEqualTo(file.rows());
                assertThat(counts.rejected()).as(file.type()).isZero();
            }

            PersonNetwork all = new PersonNetworkReader(store).read(ProjectionFilter.ALL);
            assertThat(all.graph().vertexSet()).hasSize(summary.persons());
            assertThat(all.links()).hasSize((int) summary.network().links());
            Map<String, Integer> degree = new HashMap<>();
            for (PersonLink link : all.links()) {
                degree.merge(link.source(), 1, Integer::sum);
                degree.merge(link.target(), 1, Integer::sum);
            }
            assertThat(degree.values().stream().filter(d -> d == 1).count()).isEqualTo(summary.network().degreeOnePersons());
            assertThat(summary.network().degreeOnePersons()).isGreaterThanOrEqualTo(summary.roles().pendants());
            assertThat(all.links().stream().filter(l -> l.kinds().contains("crossing")).count())
                    .isEqualTo(summary.network().crossedTogether()).isPositive();
            // the number with the most distinct callers is a taxi firm or pizzeria nobody in the case uses: it
            // links nobody, so no person comes near its reach
            java.util.Set<String> attributed = new java.util.HashSet<>();
            CaseGeneratorTest.rows(data.resolve("phones.csv")).forEach(r -> attributed.add(r.get(2)));
            Map<String, java.util.Set<String>> callers = new HashMap<>();
            for (List<String> row : CaseGeneratorTest.rows(data.resolve("calls.csv"))) {
                callers.computeIfAbsent(row.get(3), k -> new java.util.HashSet<>()).add(row.get(2));
            }
            Map.Entry<String, java.util.Set<String>> busiest = callers.entrySet().stream()
                    .max(java.util.Comparator.comparingInt(e -> e.getValue().size())).orElseThrow();
            assertThat(attributed).doesNotContain(busiest.getKey());
            assertThat(degree.values().stream().mapToInt(Integer::intValue).max().orElseThrow())
                    .isLessThan(busiest.getValue().size());

            PersonNetwork partner = new PersonNetworkReader(store).read(ProjectionFilter.RELEASABLE);
            assertThat(partner.links().size()).isLessThan(all.links().size()).isGreaterThan(all.links().size() / 2);
        }
    }
}
