package org.crimegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code crimegraph communities} on the sample case (sample-data/README.md: six planted groups with
 * the brokers P010, P020, P040 and the courier P039), on one store ingested once for the class.
 */
class CommunitiesCommandTest extends SampleStoreTest {

    static List<String> ids(int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            out.add(String.format("P%03d", i));
        }
        return out;
    }

    static List<String> plus(List<String> group, String... more) {
        List<String> out = new ArrayList<>(group);
        out.addAll(List.of(more));
        return out.stream().sorted().toList();
    }

    @Test
    void leidenFindsThePlantedGroupsAndTheirBrokers() throws Exception {
        CliTest.Run run = CliTest.run("communities", "--store", store.toString(), "--format", "json").ok();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("algorithm").asText()).isEqualTo("leiden");
        assertThat(root.get("seed").asLong()).isEqualTo(1);
        // six groups, the couple P054-P055 and five isolated persons
        assertThat(root.get("count").asInt()).isEqualTo(12);
        assertThat(root.get("modularity").asDouble()).isGreaterThan(0.68);
        List<List<String>> groups = new ArrayList<>();
        List<String> topBrokers = new ArrayList<>();
        for (JsonNode c : root.get("communities")) {
            List<String> members = new ArrayList<>();
            c.get("members").forEach(m -> members.add(m.asText()));
            groups.add(members);
            if (c.get("brokers").size() > 0) {
                topBrokers.add(c.get("brokers").get(0).get("id").asText());
            }
            assertThat(c.get("density").asDouble()).isBetween(0.0, 1.0);
        }
        assertThat(groups).contains(
                plus(ids(2, 9), "P010"),               // Calais cell + broker 1
                ids(11, 19),                           // Dunkirk cell
                plus(ids(21, 29), "P020"),             // Kent drivers + broker 2
                ids(30, 38),                           // London cell
                plus(ids(41, 45), "P001", "P040"),     // money cell + collector + leader
                plus(ids(46, 49), "P039"),             // drop-off group + courier
                List.of("P054", "P055"));
        assertThat(topBrokers).contains("P010", "P020", "P039", "P040");
        JsonNode p010 = null;
        for (JsonNode p : root.get("persons")) {
            if (p.get("id").asText().equals("P010")) {
                p010 = p;
            }
        }
        assertThat(p010).isNotNull();
        JsonNode roles = p010.get("brokerage");
        assertThat(roles.get("total").asInt()).isEqualTo(roles.get("coordinator").asInt() + roles.get("itinerant").asInt()
                + roles.get("gatekeeperRepresentative").asInt() + roles.get("liaison").asInt());
        assertThat(roles.get("gatekeeperRepresentative").asInt()).isPositive();
        assertThat(Files.readString(store.resolve("audit.jsonl"))).contains("\"communities\"");
    }

    @Test
    void theTableNamesTheMembers() {
        CliTest.Run run = CliTest.run("communities", "--store", store.toString(), "--algorithm", "louvain",
                "--seed", "3", "--release-to", "partner").ok();
        assertThat(run.out()).contains("Communities (louvain, resolution 1.0, seed 3)", "density", "brokers",
                "members:", "Yannick Boulanger", "Persons with no link", "handling code P");
    }

    @Test
    void aConsensusOfTenRunsKeepsThePlantedGroupsAndGivesEveryPersonAStability() throws Exception {
        CliTest.Run run = CliTest.run("communities", "--store", store.toString(), "--consensus", "10", "-q",
                "--format", "json").ok();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("algorithm").asText()).isEqualTo("leiden-consensus");
        JsonNode consensus = root.get("consensus");
        assertThat(consensus.get("runs").asInt()).isEqualTo(10);
        assertThat(consensus.get("converged").asBoolean()).isTrue();
        assertThat(root.get("count").asInt()).isEqualTo(12);
        int unstable = 0;
        for (JsonNode p : root.get("persons")) {
            double s = p.get("stability").asDouble();
            assertThat(s).as(p.get("id").asText()).isBetween(0.0, 1.0);
            assertThat(p.get("unstable").asBoolean()).isEqualTo(s < 0.5);
            unstable += s < 0.5 ? 1 : 0;
        }
        assertThat(consensus.get("unstable").asInt()).isEqualTo(unstable);
        assertThat(Files.readString(store.resolve("audit.jsonl"))).contains("\"consensusRuns\":10");

        CliTest.Run table = CliTest.run("communities", "--store", store.toString(), "--consensus", "10", "-q");
        assertThat(table.out()).contains("Consensus of 10 runs (seeds 1-10; Lancichinetti & Fortunato 2012)");
    }

    @Test
    void aConsensusNeedsTwoRunsOfAWeightedAlgorithm() {
        CliTest.Run run = CliTest.run("communities", "--store", store.toString(), "--consensus", "1");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("at least 2 runs");
        run = CliTest.run("communities", "--store", store.toString(), "--consensus", "5", "--algorithm",
                "label-propagation");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("leiden or louvain");
    }

    @Test
    void anUnknownAlgorithmOrABadResolutionIsAUsageError() {
        CliTest.Run run = CliTest.run("communities", "--store", dir.resolve("never").toString(), "--algorithm", "walktrap");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("walktrap");
        run = CliTest.run("communities", "--store", dir.resolve("never").toString(), "--resolution", "-1");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(dir.resolve("never")).doesNotExist();
    }
}
