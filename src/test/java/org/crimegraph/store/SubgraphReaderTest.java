package org.crimegraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.graph.Release;
import org.crimegraph.model.Subgraph;
import org.junit.jupiter.api.Test;

/** {@link SubgraphReader} against a real embedded Neo4j holding {@link SmallCase} (read only, shared). */
class SubgraphReaderTest {

    static final SmallCase.Readers<SubgraphReader> READERS = SmallCase.readers(SubgraphReader::new);
    static final SubgraphReader internal = READERS.internal();
    static final SubgraphReader partner = READERS.partner();

    private static List<String> keys(Subgraph subgraph) {
        return subgraph.entities().stream().map(Subgraph.Entity::key).toList();
    }

    @Test
    void aroundAPersonFollowsMultiModeRelationshipsUpToTheDepth() {
        Subgraph one = internal.around(List.of("H1"), 1);
        assertThat(keys(one)).contains("H1", "+447700900001", "+447700900099", "GB82WEST12345698765432", "L1")
                .doesNotContain("H2", "H4", "K1");
        Subgraph two = internal.around(List.of("H1"), 2);
        assertThat(keys(two)).contains("H4", "K1").doesNotContain("H3");
        assertThat(two.entities()).filteredOn(e -> e.key().equals("H1"))
                .singleElement().satisfies(e -> assertThat(e.hops()).isZero());
        assertThat(two.relationships()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.reportIds()).isNotEmpty());
    }

    @Test
    void aPartnerSubgraphLeavesOutWhatOnlyARestrictedReportAsserts() {
        Subgraph two = partner.around(List.of("H1"), 2);
        assertThat(keys(two)).contains("H1", "+447700900001", "K1").doesNotContain("+447700900099", "H4");
        assertThat(two.entities()).allSatisfy(e -> assertThat(e.reportIds()).doesNotContain("R2"));
        assertThat(two.relationships()).allSatisfy(r -> assertThat(r.reportIds()).doesNotContain("R2"));
    }

    @Test
    void anUnknownPersonIsRefusedAndANegativeDepthToo() {
        assertThatThrownBy(() -> internal.around(List.of("NOBODY"), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> internal.around(List.of("H1"), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void linkingKeepsTheChosenPersonsAndTheElementsOfTheirEvidence() {
        Subgraph linked = internal.linking(Map.of("H1", 0, "H2", 1),
                List.of(new SubgraphReader.Link("H1", "H2", "call", "K1")));
        assertThat(keys(linked)).contains("H1", "H2", "K1", "+447700900001", "+447700900002").doesNotContain("H3");
        assertThat(linked.entities()).filteredOn(e -> e.key().equals("H2"))
                .singleElement().satisfies(e -> assertThat(e.hops()).isEqualTo(1));
    }
}
