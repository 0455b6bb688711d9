package org.crimegraph.app.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.crimegraph.paths.HopEvidence;
import org.crimegraph.store.SmallCase;
import org.junit.jupiter.api.Test;

/** The {@code common} use case without the CLI, on {@link SmallCase} in a real embedded store. */
class CommonQueryTest {

    static final QueryScope internal = SmallCaseScopes.internal();
    static final QueryScope partner = SmallCaseScopes.partner();

    @Test
    void theFirstAndThirdPersonHaveTheSecondInCommon() {
        CommonQuery.Result result = new CommonQuery(internal).run(new CommonQuery.Request("Marie Dupont", "H3"));
        assertThat(result.direct()).isFalse();
        assertThat(result.associates()).singleElement().satisfies(c -> {
            assertThat(c.personId()).isEqualTo("H2");
            assertThat(c.toA().evidence()).extracting(HopEvidence::evidenceId).containsExactly("K1");
            assertThat(c.toB().evidence()).extracting(HopEvidence::evidenceId).containsExactly("K2");
        });
    }

    @Test
    void theRestrictedSharedPhoneIsSharedOnlyInternally() {
        CommonQuery.Result internally = new CommonQuery(internal).run(new CommonQuery.Request("H1", "H4"));
        assertThat(internally.direct()).isTrue();
        assertThat(internally.shared()).singleElement().satisfies(s -> {
            assertThat(s.thing().kind()).isEqualTo("phone");
            assertThat(s.reports()).containsExactly("R2");
        });
        assertThat(new CommonQuery(partner).run(new CommonQuery.Request("H1", "H4")).shared()).isEmpty();
    }

    @Test
    void anUnknownPersonIsRefused() {
        assertThatThrownBy(() -> new CommonQuery(internal).run(new CommonQuery.Request("H1", "Nobody Known")))
                .isInstanceOfSatisfying(UnresolvedReference.class, u -> assertThat(u.notFound()).isTrue());
    }
}
