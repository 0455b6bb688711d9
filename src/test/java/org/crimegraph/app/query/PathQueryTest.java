package org.crimegraph.app.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.crimegraph.paths.HopEvidence;
import org.crimegraph.store.SmallCase;
import org.junit.jupiter.api.Test;

/** The {@code path} use cases without the CLI, on {@link SmallCase} in a real embedded store. */
class PathQueryTest {

    static final QueryScope internal = SmallCaseScopes.internal();
    static final QueryScope partner = SmallCaseScopes.partner();

    private static PathQuery.Request request(String from, String to, boolean inTimeOrder) {
        return new PathQuery.Request(from, to, false, null, false, 6, inTimeOrder, null, 1000);
    }

    @Test
    void fewestHopsWithTheEvidenceOfEachHop() {
        PathQuery.Result result = new PathQuery(internal).run(request("Marie Dupont", "07700 900003", false));
        assertThat(result.found()).singleElement().satisfies(f -> {
            assertThat(f.path().persons()).containsExactly("H1", "H2", "H3");
            assertThat(f.links()).extracting(l -> l.evidence().stream().map(HopEvidence::evidenceId).toList())
                    .containsExactly(java.util.List.of("K1"), java.util.List.of("K2"));
        });
        assertThat(result.search()).contains("bidirectional");
    }

    @Test
    void aTimeOrderedJourneyNeedsContactsInOrder() {
        // K1 (H1-H2) is on 1 March, K2 (H2-H3) on 1 February: no journey from H1 to H3, one from H3 to H1
        assertThat(new PathQuery(internal).run(request("H1", "H3", true)).found()).isEmpty();
        assertThat(new PathQuery(internal).run(request("H3", "H1", true)).found()).singleElement()
                .satisfies(f -> assertThat(f.path().persons()).containsExactly("H3", "H2", "H1"));
    }

    @Test
    void theRestrictedSharedPhoneLinksOnlyInternally() {
        assertThat(new PathQuery(internal).run(request("H1", "H4", false)).found()).hasSize(1);
        assertThat(new PathQuery(partner).run(request("H1", "H2", false)).found()).hasSize(1);
        // H4 is known from R1, but the shared phone only from R2: no path for a partner
        assertThat(new PathQuery(partner).run(request("H1", "H4", false)).found()).isEmpty();
    }

    @Test
    void fullPathNamesTheHolderInTheMiddle() {
        FullPathQuery.Result result = new FullPathQuery(internal).run(new FullPathQuery.Request("H1", "H3", 6));
        assertThat(result.path()).isPresent();
        assertThat(result.path().get().nodes().get(3).holders()).extracting(h -> h.personId()).containsExactly("H2");
        assertThat(new FullPathQuery(internal).run(new FullPathQuery.Request("H1", "H3", 1)).note())
                .contains("more than 4");
    }

    @Test
    void invalidCombinationsAreRefusedBeforeAnythingIsRead() {
        assertThatThrownBy(() -> new PathQuery.Request("a", "b", false, null, false, 0, false, null, 10))
                .hasMessageContaining("--max-hops");
        assertThatThrownBy(() -> new PathQuery.Request("a", "b", false, null, false, 6, false, Duration.ofHours(1), 10))
                .hasMessageContaining("--max-gap needs --in-time-order");
        assertThatThrownBy(() -> new PathQuery.Request("a", "b", true, null, false, 6, true, null, 10))
                .hasMessageContaining("--in-time-order");
    }
}
