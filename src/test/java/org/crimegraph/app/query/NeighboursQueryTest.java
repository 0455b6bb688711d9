package org.crimegraph.app.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.crimegraph.paths.HopEvidence;
import org.crimegraph.store.SmallCase;
import org.junit.jupiter.api.Test;

/** The {@code neighbours} use case without the CLI, on {@link SmallCase} in a real embedded store. */
class NeighboursQueryTest {

    static final QueryScope internal = SmallCaseScopes.internal();
    static final QueryScope partner = SmallCaseScopes.partner();

    private static NeighboursQuery.Request request(String reference, int hops, List<String> kinds) {
        return new NeighboursQuery.Request(reference, hops, kinds, 1000);
    }

    @Test
    void twoHopsReachTheThirdPersonThroughTheSecond() {
        NeighboursQuery.Result result = new NeighboursQuery(internal).run(request("Marie Dupont", 2, null));
        assertThat(result.person().personId()).isEqualTo("H1");
        assertThat(result.neighbours()).containsExactly("H2", "H4", "H3");
        assertThat(result.links()).extracting(l -> l.from() + "-" + l.to() + "@" + result.level(l))
                .containsExactly("H1-H2@1", "H1-H4@1", "H2-H3@2");
        assertThat(result.links().get(2).evidence()).extracting(HopEvidence::evidenceId).containsExactly("K2");
        assertThat(result.scope()).isEqualTo("all evidence kinds");
    }

    @Test
    void onlyTheKindsAskedForAreFollowed() {
        NeighboursQuery.Result result = new NeighboursQuery(internal).run(request("H1", 1, List.of("call")));
        assertThat(result.neighbours()).containsExactly("H2");
        assertThat(result.scope()).isEqualTo("kinds call");
    }

    @Test
    void aPartnerDoesNotSeeTheRestrictedSharedPhone() {
        assertThat(new NeighboursQuery(partner).run(request("H1", 1, null)).neighbours()).containsExactly("H2");
    }

    @Test
    void badRequestsAndUnknownPersonsAreRefused() {
        assertThatThrownBy(() -> request("H1", 0, null)).hasMessageContaining("--hops must be at least 1");
        assertThatThrownBy(() -> request("H1", 1, List.of("telepathy"))).hasMessageContaining("unknown evidence kind 'telepathy'");
        assertThatThrownBy(() -> new NeighboursQuery(internal).run(request("Nobody Known", 1, null)))
                .isInstanceOfSatisfying(UnresolvedReference.class, u -> assertThat(u.notFound()).isTrue());
    }
}
