package org.crimegraph.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.graph.Release;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.PersonNetworkReader;
import org.crimegraph.store.SmallCase;
import org.crimegraph.store.query.MultiModePathReader.MultiModePath;
import org.crimegraph.store.query.MultiModePathReader.Node;
import org.junit.jupiter.api.Test;

/** {@link MultiModePathReader} against a real embedded Neo4j holding {@link SmallCase} (read only, shared). */
class MultiModePathReaderTest {

    static final SmallCase.Readers<MultiModePathReader> READERS = SmallCase.readers(MultiModePathReader::new);
    static final MultiModePathReader internal = READERS.internal();
    static final MultiModePathReader partner = READERS.partner();

    @Test
    void aCallChainRunsThroughPhonesAndCallsAndNamesThePhonesHolders() {
        MultiModePath path = internal.shortest("H1", "H3").orElseThrow();
        assertThat(path.nodes()).extracting(Node::label)
                .containsExactly("Person", "Phone", "Call", "Phone", "Call", "Phone", "Person");
        assertThat(path.nodes()).extracting(Node::key).containsExactly("H1", "+447700900001", "K1", "+447700900002",
                "K2", "+447700900003", "H3");
        assertThat(path.hops()).hasSize(path.nodes().size() - 1)
                .allSatisfy(s -> assertThat(s.reportIds()).containsExactly("R1"));
        Node middle = path.nodes().get(3);
        assertThat(middle.holders()).extracting(h -> h.personId() + " " + h.name() + " " + h.relationship()
                + " " + h.reportIds()).containsExactly("H2 Paul Dupont USES [R1]");
        assertThat(path.nodes().get(2).holders()).isEmpty(); // a call is held by no one
        assertThat(path.nodes().get(0).name()).isEqualTo("Marie Dupont");
    }

    @Test
    void aPathRestingOnARestrictedReportIsNotFoundForAPartner() {
        MultiModePath shared = internal.shortest("H1", "H4").orElseThrow();
        assertThat(shared.nodes()).extracting(Node::key).containsExactly("H1", "+447700900099", "H4");
        assertThat(shared.nodes().get(1).holders()).extracting(MultiModePathReader.Holder::personId)
                .containsExactlyInAnyOrder("H1", "H4");
        assertThat(partner.shortest("H1", "H4")).isEmpty();
        Optional<MultiModePath> none = internal.shortest("H1", "NOBODY");
        assertThat(none).isEmpty();
    }

    @Test
    void holdersOfAPhoneAreOnlyThoseAllowedReportsAssert() {
        Node phone = new Node("Phone", "+447700900099", "", null, List.of());
        assertThat(internal.holders(List.of(phone)).get("Phone:+447700900099")).hasSize(2);
        assertThat(partner.holders(List.of(phone)).getOrDefault("Phone:+447700900099", List.of())).isEmpty();
    }
}
