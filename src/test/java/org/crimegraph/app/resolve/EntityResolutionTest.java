package org.crimegraph.app.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.crimegraph.store.SmallCase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The {@code resolve} use cases without the CLI, on {@link SmallCase} in a real embedded store (nothing decided). */
class EntityResolutionTest {

    static EntityResolution resolution;

    @BeforeAll
    static void load() throws Exception {
        resolution = new EntityResolution(SmallCase.shared());
    }

    @Test
    void theStatusMustBeOneOfFour() {
        assertThat(EntityResolution.status("OPEN")).isEqualTo("open");
        assertThatThrownBy(() -> EntityResolution.status("pending"))
                .hasMessage("--status must be open, confirmed, rejected or all");
        assertThat(resolution.list("confirmed")).isEmpty();
    }

    @Test
    void decisionsOnUnknownPersonsOrUndecidedPairsDoNothing() {
        assertThat(resolution.confirm("H1", "NOBODY", "analyst")).isNull();
        assertThat(resolution.reject("H1", "NOBODY", "analyst")).isNull();
        assertThat(resolution.undo("H1", "H3", "analyst")).isNull();
        assertThat(resolution.history()).isEmpty();
        assertThatThrownBy(() -> resolution.confirm("H1", "H1", "analyst")).hasMessageContaining("same as itself");
    }
}
