package org.crimegraph.app.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.crimegraph.store.SmallCase;
import org.junit.jupiter.api.Test;

/** The {@code find} use case without the CLI, on {@link SmallCase} in a real embedded store. */
class FindQueryTest {

    static final QueryScope internal = SmallCaseScopes.internal();
    static final QueryScope partner = SmallCaseScopes.partner();

    private static FindQuery.Result find(QueryScope scope, String reference) {
        return new FindQuery(scope).run(new FindQuery.Request(reference));
    }

    @Test
    void everyKindOfReferenceFindsItsPerson() {
        assertThat(find(internal, "H2").ids()).containsExactly("H2");
        assertThat(find(internal, "07700 900003").ids()).containsExactly("H3");
        assertThat(find(internal, "gb82 west 1234 5698 7654 32").ids()).containsExactly("H1");
        assertThat(find(internal, "ab12cde").ids()).containsExactly("H1");
        FindQuery.Result byName = find(internal, "zoe martin");
        assertThat(byName.ids()).containsExactly("H3");
        assertThat(byName.reference()).isEqualTo("zoe martin");
        assertThat(byName.evidence()).isEqualTo(ProjectionFilterText.ALL);
    }

    @Test
    void aNameSharedByTwoPersonsFindsBoth() {
        assertThat(find(internal, "dupont").ids()).containsExactlyInAnyOrder("H1", "H2");
    }

    @Test
    void aPartnerFindsNoOneByTheRestrictedAliasOrPhone() {
        assertThat(find(internal, "La Rousse").ids()).containsExactly("H1");
        assertThat(find(internal, "+447700900099").ids()).containsExactlyInAnyOrder("H1", "H4");
        FindQuery.Result alias = find(partner, "La Rousse");
        assertThat(alias.persons()).isEmpty();
        assertThat(alias.evidence()).isEqualTo(ProjectionFilterText.RELEASABLE);
        assertThat(find(partner, "+447700900099").persons()).isEmpty();
        assertThat(find(partner, "Marie Dupont").persons()).filteredOn(c -> c.person().personId().equals("H1"))
                .singleElement()
                .satisfies(c -> assertThat(c.person().aliases()).doesNotContain("La Rousse"));
    }

    @Test
    void nothingMatchesAnUnknownReference() {
        assertThat(find(internal, "Nobody Atall").persons()).isEmpty();
    }

    /** The filters' descriptions, as the result carries them. */
    private static final class ProjectionFilterText {
        static final String ALL = org.crimegraph.graph.ProjectionFilter.ALL.describe();
        static final String RELEASABLE = org.crimegraph.graph.ProjectionFilter.RELEASABLE.describe();
    }
}
