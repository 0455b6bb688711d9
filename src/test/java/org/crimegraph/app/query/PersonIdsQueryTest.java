package org.crimegraph.app.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.model.Grade;
import org.crimegraph.model.HandlingCode;
import org.crimegraph.store.SmallCase;
import org.junit.jupiter.api.Test;

/** The person ids the shell completes, on {@link SmallCase} in a real embedded store. */
class PersonIdsQueryTest {

    @Test
    void everyPersonAnAllowedReportAssertsIsListedInIdOrder() {
        PersonIdsQuery.Result internal = new PersonIdsQuery(SmallCaseScopes.internal()).run();
        assertThat(internal.ids()).containsExactly("H1", "H2", "H3", "H4");
        assertThat(internal.evidence()).isEqualTo(ProjectionFilter.ALL.describe());
    }

    @Test
    void aPersonNoAllowedReportAssertsIsNotListed() throws IOException {
        // R1 is graded 1B and R2 2B: with 1A required no report stands, so no person is shown
        ProjectionFilter strict = new ProjectionFilter(Grade.parse("1A"), HandlingCode.C);
        PersonIdsQuery.Result none = new PersonIdsQuery(new QueryScope(SmallCase.shared(), strict, "GB")).run();
        assertThat(none.ids()).isEmpty();
    }
}
