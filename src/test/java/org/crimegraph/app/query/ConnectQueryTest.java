package org.crimegraph.app.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.crimegraph.paths.HopEvidence;
import org.crimegraph.store.SmallCase;
import org.junit.jupiter.api.Test;

/** The {@code connect} use case without the CLI, on {@link SmallCase} in a real embedded store. */
class ConnectQueryTest {

    static final QueryScope internal = SmallCaseScopes.internal();
    static final QueryScope partner = SmallCaseScopes.partner();

    private static ConnectQuery.Request request(String method, String... references) {
        return new ConnectQuery.Request(List.of(references), method, false, 6, 1000);
    }

    @Test
    void theFirstAndThirdPersonAreConnectedThroughTheSecond() {
        ConnectQuery.Result result = new ConnectQuery(internal).run(request("steiner", "Marie Dupont", "H3"));
        assertThat(result.terminals()).containsExactly("H1", "H3");
        assertThat(result.connection().persons()).containsExactlyInAnyOrder("H1", "H2", "H3");
        assertThat(result.links()).flatExtracting(l -> l.evidence().stream().map(HopEvidence::evidenceId).toList())
                .containsExactlyInAnyOrder("K1", "K2");
        assertThat(result.connection().unreachable()).isEmpty();
    }

    @Test
    void aPartnerCannotConnectThroughTheRestrictedSharedPhone() {
        assertThat(new ConnectQuery(internal).run(request("union", "H1", "H4")).connection().unreachable()).isEmpty();
        assertThat(new ConnectQuery(partner).run(request("union", "H1", "H4")).connection().unreachable())
                .containsExactly("H4");
    }

    @Test
    void badRequestsAreRefused() {
        assertThatThrownBy(() -> request("magic", "H1", "H2")).hasMessageContaining("--method must be steiner or union");
        assertThatThrownBy(() -> new ConnectQuery(internal).run(request("steiner", "H1", "Marie Dupont")))
                .hasMessageContaining("at least two different persons");
        assertThatThrownBy(() -> new ConnectQuery(internal).run(request("steiner", "H1", "Nobody Known")))
                .isInstanceOf(UnresolvedReference.class);
    }
}
