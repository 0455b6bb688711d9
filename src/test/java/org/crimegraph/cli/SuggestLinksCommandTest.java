package org.crimegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.store.PersonNetworkReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code crimegraph suggest-links} on the sample case (one store for the class) and on edge lists. */
class SuggestLinksCommandTest extends IngestedCaseTest {

    static PersonNetwork internal;
    static PersonNetwork partner;

    @BeforeAll
    static void ingestTheSampleCase() {
        ingest(Path.of("sample-data"));
        internal = new PersonNetworkReader(store).read(ProjectionFilter.ALL);
        partner = new PersonNetworkReader(store).read(ProjectionFilter.RELEASABLE);
    }

    private static CliTest.Run suggest(String... args) {
        return runner.run(new SuggestLinksCommand(), args);
    }

    @Test
    void csvListsUnlinkedPairsBestFirstLabelledAsSuggestions() {
        CliTest.Run run = suggest("--format", "csv", "--top", "1000");
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith("source,target,score,").endsWith(",label");
        assertThat(lines).hasSizeGreaterThan(20);
        double previous = Double.POSITIVE_INFINITY;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            assertThat(internal.graph().containsVertex(cells[0])).isTrue();
            assertThat(internal.link(cells[0], cells[1])).as(line).isEmpty();
            double score = Double.parseDouble(cells[2]);
            assertThat(score).isBetween(0.0, 1.0).isLessThanOrEqualTo(previous);
            previous = score;
            assertThat(line).endsWith(",\"suggested, not evidence\"");
        }
    }

    @Test
    void theTableSaysTheyAreSuggestionsAndGivesReasons() {
        CliTest.Run run = suggest("--top", "5");
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("Suggested links (suggested, not evidence)")
                .contains("Person network: " + internal.graph().vertexSet().size() + " persons, "
                        + internal.graph().edgeSet().size() + " links")
                .contains("logistic regression on").contains("held-out AUC")
                .contains("common contacts (").contains("Suggestions are not evidence");
        assertThat(run.out().lines().filter(l -> l.matches("\\s+\\d+  P\\d{3} .*"))).hasSize(5);
    }

    @Test
    void forAPersonListsOnlyTheirPairsAndTheSameSeedTheSameJson() throws Exception {
        CliTest.Run run = suggest("--for", "P039", "--format", "json", "--top", "8");
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("label").asText()).isEqualTo("suggested, not evidence");
        assertThat(root.get("for").asText()).isEqualTo("P039");
        assertThat(root.get("model").get("learned").asBoolean()).isTrue();
        assertThat(root.get("model").get("heldOutAuc").asDouble()).isGreaterThan(0.75);
        JsonNode suggestions = root.get("suggestions");
        assertThat(suggestions.size()).isBetween(1, 8);
        for (JsonNode s : suggestions) {
            assertThat(List.of(s.get("source").asText(), s.get("target").asText())).contains("P039");
            assertThat(internal.link(s.get("source").asText(), s.get("target").asText())).isEmpty();
            assertThat(s.get("reasons").size()).isPositive();
            assertThat(s.get("features").get("commonNeighbours").asInt()).isEqualTo(s.get("commonNeighbours").size());
        }
        assertThat(suggest("--for", "P039", "--format", "json", "--top", "8").out()).isEqualTo(run.out());
    }

    @Test
    void thePartnerReleaseChangesTheNetworkTheSuggestionsRestOn() throws Exception {
        assertThat(partner.graph().edgeSet().size()).isLessThan(internal.graph().edgeSet().size());
        JsonNode all = JSON.readTree(suggest("--format", "json", "--top", "1000").out());
        JsonNode released = JSON.readTree(suggest("--format", "json", "--top", "1000", "--release-to", "partner").out());
        assertThat(released.get("links").asInt()).isEqualTo(partner.graph().edgeSet().size());
        assertThat(released.get("evidence").asText()).contains("handling code P");
        List<String> releasedPairs = new ArrayList<>();
        for (JsonNode s : released.get("suggestions")) {
            String a = s.get("source").asText();
            String b = s.get("target").asText();
            // a pair may be suggested to a partner although restricted reports link it: the partner network lacks the link
            assertThat(partner.link(a, b)).isEmpty();
            assertThat(partner.graph().containsVertex(a) && partner.graph().containsVertex(b)).isTrue();
            releasedPairs.add(a + "-" + b);
        }
        List<String> allPairs = new ArrayList<>();
        all.get("suggestions").forEach(s -> allPairs.add(s.get("source").asText() + "-" + s.get("target").asText()));
        assertThat(releasedPairs).isNotEqualTo(allPairs);
    }

    @Test
    void anUnknownPersonIsNotFound() {
        CliTest.Run run = suggest("--for", "P999");
        assertThat(run.code()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(run.err()).contains("P999");
    }

    @Test
    void anEdgeListUsesTheStructuralPredictorsAndABadRowNamesItsLine() throws Exception {
        Path edges = KarateReference.writeEdges(dir);
        CliTest.Run run = CliTest.run("suggest-links", "--edges", edges.toString(), "--format", "csv", "--top", "5",
                "--audit-log", dir.resolve("edges-audit.jsonl").toString());
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).startsWith("source,target,score,");
        assertThat(Files.readString(dir.resolve("edges-audit.jsonl"))).contains("suggest-links").contains("sha256:");
        CliTest.Run forOne = CliTest.run("suggest-links", "--edges", edges.toString(), "--for", "K33", "--top", "3",
                "--audit-log", dir.resolve("edges-audit.jsonl").toString());
        assertThat(forOne.code()).as(forOne.err()).isEqualTo(ExitCodes.OK);
        assertThat(forOne.out()).contains("For K33");
        CliTest.Run partnerEdges = CliTest.run("suggest-links", "--edges", edges.toString(), "--release-to", "partner");
        assertThat(partnerEdges.code()).isEqualTo(ExitCodes.USAGE);
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "source,target,weight\nA,B,1\nA,C,heavy\n", StandardCharsets.UTF_8);
        CliTest.Run broken = CliTest.run("suggest-links", "--edges", bad.toString(),
                "--audit-log", dir.resolve("edges-audit.jsonl").toString());
        assertThat(broken.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(broken.err()).contains("bad.csv").contains("line 3").contains("weight").doesNotContain("at org.");
    }
}
