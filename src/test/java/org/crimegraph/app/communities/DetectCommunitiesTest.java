package org.crimegraph.app.communities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crimegraph.analysis.community.CommunityAlgorithm;
import org.crimegraph.app.Auditor;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.scoring.CommunityResult;
import org.crimegraph.store.SmallCase;
import org.crimegraph.text.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code communities} use case without the CLI, on {@link SmallCase} in a real embedded store: the
 * chain H1-H2-H3 (calls, R1) and H4 linked to H1 only through a phone that restricted report R2 alone asserts.
 */
class DetectCommunitiesTest {

    @TempDir
    Path dir;

    private CommunityResult detect(ProjectionFilter filter, Path log) throws Exception {
        return new DetectCommunities(new Auditor("Community Test", log, null)).run(SmallCase.shared(),
                new DetectCommunities.Request(filter, CommunityAlgorithm.LEIDEN, 1.0, 1));
    }

    private static int community(CommunityResult result, String person) {
        return result.communities().communityOf(result.indexed().indexOf(person));
    }

    @Test
    void internallyTheRestrictedPhoneTiesH4ToH1() throws Exception {
        Path log = dir.resolve("internal.jsonl");
        CommunityResult result = detect(ProjectionFilter.ALL, log);
        assertThat(result.indexed().vertexCount()).isEqualTo(4);
        assertThat(result.indexed().edgeCount()).isEqualTo(3);
        assertThat(community(result, "H4")).isEqualTo(community(result, "H1"));
        JsonNode line = Json.mapper().readTree(Files.readAllLines(log).get(0));
        assertThat(line.get("action").asText()).isEqualTo("communities");
        assertThat(line.get("analyst").asText()).isEqualTo("Community Test");
        assertThat(line.get("parameters").get("algorithm").asText()).isEqualTo("leiden");
        assertThat(line.get("parameters").get("links").asInt()).isEqualTo(3);
        assertThat(line.get("parameters").get("communities").asInt()).isEqualTo(result.communities().count());
        assertThat(line.get("releaseRule").asText()).isEqualTo(ProjectionFilter.ALL.describe());
    }

    @Test
    void aPartnerReleaseLeavesH4Alone() throws Exception {
        Path log = dir.resolve("partner.jsonl");
        CommunityResult result = detect(ProjectionFilter.RELEASABLE, log);
        assertThat(result.filter()).isEqualTo(ProjectionFilter.RELEASABLE);
        assertThat(result.indexed().edgeCount()).isEqualTo(2);
        assertThat(result.network().graph().containsEdge("H1", "H4")).isFalse();
        int h4 = community(result, "H4");
        assertThat(List.of("H1", "H2", "H3")).allSatisfy(p -> assertThat(community(result, p)).isNotEqualTo(h4));
        JsonNode line = Json.mapper().readTree(Files.readAllLines(log).get(0));
        assertThat(line.get("parameters").get("links").asInt()).isEqualTo(2);
        assertThat(line.get("releaseRule").asText()).isEqualTo(ProjectionFilter.RELEASABLE.describe());
    }

    @Test
    void aResolutionThatIsNotAPositiveNumberIsRefused() {
        for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> new DetectCommunities.Request(ProjectionFilter.ALL, CommunityAlgorithm.LOUVAIN, bad, 1))
                    .hasMessage("--resolution must be a positive number");
        }
    }
}
