package org.crimegraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.graph.PersonLink;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.graph.PersonNetworkProjection;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.graph.ProjectionWeights;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.PersonNetworkReader;
import org.crimegraph.store.ResolutionStore;
import org.crimegraph.store.StoreTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Candidates by both rules, never merged silently; confirm maps two records to one node in the
 * projection; reject keeps a pair from being proposed again; undo restores the network exactly; every
 * decision records who and when.
 */
class PersonResolutionTest {

    @TempDir
    Path dir;

    @Test
    void candidatesConfirmRejectAndUndo() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        write(in, "reports.csv", "reportId,agency,receivedAt,caseId,grade,handling,summary", "R1,NCA,,,1B,P,x");
        write(in, "persons.csv", "reportId,personId,name,aliases,dob,nationality",
                "R1,X1,Jean Dupont,,1980-01-01,FR",
                "R1,X2,JEAN  DUPONT,,1980-01-01,FR",      // same normalised name and birth date as X1
                "R1,X3,Jon Smith,,,",
                "R1,X4,John Smith,,,",                    // similar name, shares a phone with X3
                "R1,X5,Alice Brown,,,",
                "R1,X6,Robert Green,,,",                  // shares a phone with X5, names unlike: no candidate
                "R1,X7,Jean Dupont,,1975-05-05,FR");      // same name, other birth date: no candidate
        write(in, "phones.csv", "reportId,personId,phone,from,to",
                "R1,X1,+447700900001,,", "R1,X3,+447700900003,,", "R1,X4,+447700900003,,",
                "R1,X5,+447700900005,,", "R1,X6,+447700900005,,", "R1,X2,+447700900002,,");
        write(in, "calls.csv", "reportId,callId,caller,callee,start,durationS",
                "R1,K1,+447700900001,+447700900005,2024-01-01T10:00:00Z,30",
                "R1,K2,+447700900002,+447700900003,2024-01-02T10:00:00Z,30",
                "R1,K3,+447700900001,+447700900002,2024-01-03T10:00:00Z,30");   // between the two records
        write(in, "associations.csv", "reportId,personA,personB,kind", "R1,X2,X6,social");

        try (GraphStore store = GraphStore.open(new StoreTarget.Embedded(dir.resolve("db")))) {
            new Ingestion(store, IngestContext.defaults(), 100, new PrintStream(OutputStream.nullOutputStream()))
                    .run(List.of(in));
            ResolutionStore records = new ResolutionStore(store);
            PersonResolution resolution = new PersonResolution(records);

            PersonResolution.Scan scan = resolution.scan(Monitor.NONE);
            double smith = Math.round(PersonResolution.nameSimilarity("jon smith", "john smith") * 1000) / 1000.0;
            assertThat(smith).isGreaterThan(PersonResolution.NAME_THRESHOLD);
            assertThat(PersonResolution.nameSimilarity("alice brown", "robert green")).isLessThan(PersonResolution.NAME_THRESHOLD);
            assertThat(scan.candidates()).containsExactlyInAnyOrder(
                    new ResolutionStore.Candidate("X1", "X2", 0.95, "same-name-dob", ""),
                    new ResolutionStore.Candidate("X3", "X4", smith, "similar-name+shared-phone", "+447700900003"));
            assertThat(scan.newPairs()).isEqualTo(2);
            assertThat(resolution.scan(Monitor.NONE).newPairs()).as("a second scan finds nothing new").isZero();
            assertThat(smith).isGreaterThan(0.95);
            assertThat(records.list("open")).as("strongest first").extracting(l -> l.a().id(), l -> l.b().id())
                    .containsExactly(tuple("X3", "X4"), tuple("X1", "X2"));

            // never merged silently: the projection still has both records
            Set<PersonLink> before = links(store);
            PersonNetwork network = network(store);
            assertThat(network.graph().vertexSet()).contains("X1", "X2", "X3", "X4");

            Clock monday = Clock.fixed(Instant.parse("2025-03-03T09:00:00Z"), ZoneOffset.UTC);
            assertThat(resolution.confirm("X2", "X1", "analyst.a", monday)).isTrue();   // either order
            PersonNetwork merged = network(store);
            assertThat(merged.graph().vertexSet()).contains("X1").doesNotContain("X2");
            assertThat(merged.name("X1")).isEqualTo("Jean Dupont");
            // X2's links now belong to X1; the call between the two records is gone (a self-loop)
            assertThat(merged.link("X1", "X6")).isPresent();
            assertThat(merged.link("X1", "X3")).isPresent();
            assertThat(merged.link("X1", "X5")).isPresent();
            // before: X1-X5, X1-X6 (X6 shares X5's phone), X1-X2, X2-X3, X2-X4, X2-X6, X3-X4, X5-X6
            assertThat(network.graph().edgeSet()).hasSize(8);
            // after: X1-X2 gone, X1-X6 and X2-X6 one link
            assertThat(merged.graph().edgeSet()).hasSize(6);
            ResolutionStore.Listed confirmed = records.list("confirmed").get(0);
            assertThat(confirmed.status().decidedBy()).isEqualTo("analyst.a");
            assertThat(confirmed.status().decidedAt().toInstant()).isEqualTo(Instant.parse("2025-03-03T09:00:00Z"));

            assertThat(resolution.reject("X4", "X3", "analyst.b", monday)).isTrue();
            assertThat(resolution.scan(Monitor.NONE).newPairs()).isZero();
            assertThat(records.list("rejected")).extracting(l -> l.a().id(), l -> l.status().code())
                    .containsExactly(tuple("X3", "rejected"));

            Clock tuesday = Clock.fixed(Instant.parse("2025-03-04T09:00:00Z"), ZoneOffset.UTC);
            assertThat(resolution.undo("X1", "X2", "analyst.b", tuesday)).isEqualTo("confirmed");
            assertThat(links(store)).as("undo restores the network exactly").isEqualTo(before);
            assertThat(records.list("open")).extracting(l -> l.a().id()).containsExactly("X1");
            assertThat(resolution.undo("X1", "X2", "analyst.b", tuesday)).as("nothing left to undo").isNull();
            assertThat(resolution.confirm("X1", "NOBODY", "analyst.a", tuesday)).isFalse();

            assertThat(records.decisions(null, null)).extracting(ResolutionStore.Decision::action,
                            ResolutionStore.Decision::a, ResolutionStore.Decision::by)
                    .containsExactly(tuple("confirm", "X1", "analyst.a"), tuple("reject", "X3", "analyst.b"),
                            tuple("undo confirmed", "X1", "analyst.b"));
        }
    }

    private static PersonNetwork network(GraphStore store) {
        return new PersonNetworkReader(store).read(new PersonNetworkProjection(ProjectionFilter.ALL, ProjectionWeights.DEFAULTS),
                PersonNetworkReader.DEFAULT_CROSSING_WINDOW);
    }

    private static Set<PersonLink> links(GraphStore store) {
        return new HashSet<>(network(store).links());
    }

    private static void write(Path dir, String name, String... lines) throws Exception {
        Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }
}
