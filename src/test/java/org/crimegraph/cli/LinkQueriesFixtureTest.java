package org.crimegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Link queries on a hand-built case whose answers are known by construction:
 * <pre>
 *   F1 Marie Dupont --call 2024-03-01 (R1)-- F2 Paul Dupont --call 2024-02-01 (R1)-- F3 Zoé Martin
 *   F1 --meeting M1 2024-04-01, reported only by R2 (handling C)-- F4 Victor Hale
 *   F5 Isolde Alone: no link;  F6 Secret Person: asserted only by R2
 * </pre>
 * R1: NCA 1B P; R2: DNRED 2B C.
 */
class LinkQueriesFixtureTest extends IngestedCaseTest {

    @BeforeAll
    static void load() throws IOException {
        Path data = Files.createDirectories(dir.resolve("case"));
        Files.writeString(data.resolve("reports.csv"), """
                reportId,agency,receivedAt,caseId,grade,handling,summary
                R1,NCA,2024-05-01T00:00:00Z,CASE-1,1B,P,call data and persons
                R2,DNRED,2024-05-02T00:00:00Z,CASE-2,2B,C,surveillance (restricted)
                """);
        Files.writeString(data.resolve("persons.csv"), """
                reportId,personId,name,aliases,dob,nationality
                R1,F1,Marie Dupont,,1980-01-01,FR
                R1,F2,Paul Dupont,,1981-01-01,FR
                R1,F3,Zoé Martin,La Souris,1982-01-01,FR
                R1,F4,Victor Hale,,1983-01-01,GB
                R1,F5,Isolde Alone,,1984-01-01,GB
                R2,F6,Secret Person,,1985-01-01,GB
                """);
        Files.writeString(data.resolve("phones.csv"), """
                reportId,personId,phone,from,to
                R1,F1,+447700900001,2023-01-01,
                R1,F2,+447700900002,2023-01-01,
                R1,F3,+447700900003,2023-01-01,
                """);
        Files.writeString(data.resolve("calls.csv"), """
                reportId,callId,caller,callee,start,durationS
                R1,K1,+447700900001,+447700900002,2024-03-01T10:00:00Z,60
                R1,K2,+447700900002,+447700900003,2024-02-01T10:00:00Z,60
                """);
        Files.writeString(data.resolve("locations.csv"), """
                reportId,locationId,name,country,kind,lat,lon
                R1,L1,Cafe,FR,city,50.00,1.00
                """);
        Files.writeString(data.resolve("meetings.csv"), """
                reportId,meetingId,ts,locationId,attendees
                R2,M1,2024-04-01T12:00:00Z,L1,F1|F4
                """);
        ingest(data);
    }

    @Test
    void noPathToAnIsolatedPerson() throws Exception {
        CliTest.Run run = runner.run(new PathCommand(), "F1", "F5", "--format", "json");
        assertThat(run.code()).isEqualTo(ExitCodes.OK);
        assertThat(JSON.readTree(run.out()).get("paths")).isEmpty();
        assertThat(runner.run(new PathCommand(), "F1", "F5").out()).contains("no path within 6 hops");
        assertThat(JSON.readTree(runner.run(new PathCommand(), "F1", "F3", "--max-hops", "1", "--format", "json").out())
                .get("paths")).isEmpty();
    }

    @Test
    void anAmbiguousNameListsTheCandidatesWithTheAmbiguousExitCode() {
        CliTest.Run run = runner.run(new PathCommand(), "dupont", "F3");
        assertThat(run.code()).isEqualTo(ExitCodes.AMBIGUOUS);
        assertThat(run.out()).contains("F1", "Marie Dupont", "F2", "Paul Dupont");
        assertThat(run.err()).contains("ambiguous");
        assertThat(runner.run(new PathCommand(), "marie dupont", "zoe martin").code()).isEqualTo(ExitCodes.OK);
        assertThat(runner.run(new FindCommand(), "la souris").out()).contains("F3"); // alias
        assertThat(runner.run(new FindCommand(), "07700 900002").out()).contains("F2");
    }

    @Test
    void timeOrderRulesOutThePathWhoseSecondCallCameFirst() throws Exception {
        JsonNode plain = JSON.readTree(runner.run(new PathCommand(), "F1", "F3", "--format", "json").out());
        assertThat(plain.get("paths")).hasSize(1);
        JsonNode forward = JSON.readTree(runner.run(new PathCommand(), "F1", "F3", "--in-time-order", "--format", "json").out());
        assertThat(forward.get("paths")).isEmpty();
        JsonNode backward = JSON.readTree(runner.run(new PathCommand(), "F3", "F1", "--in-time-order", "--format", "json").out());
        assertThat(backward.get("paths")).hasSize(1);
        JsonNode hops = backward.get("paths").get(0).get("links");
        assertThat(hops.get(0).get("evidence").get(0).get("id").asText()).isEqualTo("K2");
        assertThat(hops.get(1).get("evidence").get(0).get("id").asText()).isEqualTo("K1");
        JsonNode gap = JSON.readTree(runner.run(new PathCommand(), "F3", "F1", "--in-time-order", "--max-gap", "7d",
                "--format", "json").out());
        assertThat(gap.get("paths")).isEmpty(); // 29 days between the calls
        JsonNode wide = JSON.readTree(runner.run(new PathCommand(), "F3", "F1", "--in-time-order", "--max-gap", "30d",
                "--format", "json").out());
        assertThat(wide.get("paths")).hasSize(1);
    }

    @Test
    void aRestrictedReportIsNeverShownUnderPartnerRelease() throws Exception {
        CliTest.Run internal = runner.run(new PathCommand(), "F1", "F4");
        assertThat(internal.code()).isEqualTo(ExitCodes.OK);
        assertThat(internal.out()).contains("meeting", "M1", "R2", "DNRED");

        CliTest.Run partner = runner.run(new PathCommand(), "F1", "F4", "--release-to", "partner");
        assertThat(partner.code()).isEqualTo(ExitCodes.OK);
        assertThat(partner.out()).contains("no path").doesNotContain("R2").doesNotContain("M1").doesNotContain("DNRED");
        CliTest.Run weighted = runner.run(new PathCommand(), "F1", "F4", "--release-to", "partner", "--k", "2");
        assertThat(weighted.out()).contains("no path").doesNotContain("R2").doesNotContain("M1");
        JsonNode full = JSON.readTree(runner.run(new PathCommand(), "F1", "F4", "--full", "--format", "json").out());
        assertThat(full.get("nodes")).extracting(n -> n.get("key").asText()).containsExactly("F1", "M1", "F4");
        assertThat(full.get("steps")).extracting(n -> n.get("type").asText()).containsExactly("ATTENDED", "ATTENDED");
        CliTest.Run fullPartner = runner.run(new PathCommand(), "F1", "F4", "--full", "--release-to", "partner");
        assertThat(fullPartner.out()).contains("no path").doesNotContain("M1").doesNotContain("R2");
        CliTest.Run neighbours = runner.run(new NeighboursCommand(), "F1", "--release-to", "partner");
        assertThat(neighbours.out()).contains("F2").doesNotContain("F4").doesNotContain("R2");
        CliTest.Run common = runner.run(new CommonCommand(), "F1", "F4", "--release-to", "partner");
        assertThat(common.out()).doesNotContain("M1").doesNotContain("R2");
        assertThat(runner.run(new CommonCommand(), "F1", "F4").out()).contains("M1", "R2");
        CliTest.Run secret = runner.run(new FindCommand(), "Secret Person", "--release-to", "partner");
        assertThat(secret.code()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(secret.out()).doesNotContain("F6");
        assertThat(runner.run(new FindCommand(), "F6").out()).contains("Secret Person");
    }
}
