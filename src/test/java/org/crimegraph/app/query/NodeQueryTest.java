package org.crimegraph.app.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.crimegraph.analysis.Monitor;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.graph.Release;
import org.crimegraph.scoring.NetworkScoringJob;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.SmallCase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The {@code node} use case without the CLI, on {@link SmallCase} in a real embedded store. */
class NodeQueryTest {

    static GraphStore store;
    static NodeQuery query;

    @BeforeAll
    static void load() throws Exception {
        store = SmallCase.shared();
        query = new NodeQuery(store, (filter, id) ->
                new NetworkScoringJob(store, NetworkScoringJob.Parameters.defaults(1)).run(filter, Monitor.NONE));
    }

    private static NodeQuery.Result node(String reference, ProjectionFilter filter) {
        return query.run(new NodeQuery.Request(reference, filter, "GB", 10));
    }

    @Test
    void acceptsEveryReferenceFindAccepts() {
        assertThat(node("H2", ProjectionFilter.ALL).person().personId()).isEqualTo("H2");
        assertThat(node("Paul Dupont", ProjectionFilter.ALL).person().personId()).isEqualTo("H2");
        assertThat(node("07700 900003", ProjectionFilter.ALL).person().personId()).isEqualTo("H3");
        assertThat(node("GB82 WEST 1234 5698 7654 32", ProjectionFilter.ALL).person().personId()).isEqualTo("H1");
        assertThat(node("ab12 cde", ProjectionFilter.ALL).person().personId()).isEqualTo("H1");
        assertThat(node("zoe martin", ProjectionFilter.ALL).profile().id()).isEqualTo("H3");
    }

    @Test
    void notFoundAndAmbiguousAreToldApart() {
        assertThatThrownBy(() -> node("Nobody Atall", ProjectionFilter.ALL)).isInstanceOfSatisfying(
                UnresolvedReference.class, u -> assertThat(u.notFound()).isTrue());
        assertThatThrownBy(() -> node("dupont", ProjectionFilter.ALL)).isInstanceOfSatisfying(
                UnresolvedReference.class, u -> {
                    assertThat(u.ambiguous()).isTrue();
                    assertThat(u.candidates()).extracting(c -> c.person().personId()).containsExactlyInAnyOrder("H1", "H2");
                });
        // a shared restricted phone is ambiguous internally and unknown to a partner
        assertThatThrownBy(() -> node("+447700900099", ProjectionFilter.ALL)).isInstanceOfSatisfying(
                UnresolvedReference.class, u -> assertThat(u.ambiguous()).isTrue());
        assertThatThrownBy(() -> node("+447700900099", ProjectionFilter.RELEASABLE)).isInstanceOfSatisfying(
                UnresolvedReference.class, u -> assertThat(u.notFound()).isTrue());
    }

    @Test
    void showsIdentityAndHoldingsWithTheirReports() {
        NodeQuery.Result h1 = node("H1", ProjectionFilter.ALL);
        assertThat(h1.identity().fields()).extracting(PersonIdentity.Field::name)
                .containsExactly("name", "aliases", "dob", "nationality");
        PersonIdentity.Field aliases = h1.identity().fields().get(1);
        assertThat(aliases.values()).extracting(Release.Stated::value).containsExactly("La Rousse");
        assertThat(aliases.values().get(0).reportIds()).containsExactly("R2");
        assertThat(h1.holdings()).extracting(h -> h.kind() + " " + h.shown() + " " + h.detail() + " " + h.reportIds())
                .containsExactly("account GB82WEST12345698765432 Westminster Test Bank [R1]",
                        "address L1 Rue Haute [R1]",
                        "phone +447700900001 null [R1]",
                        "phone +447700900099 null [R2]",
                        "vehicle AB12CDE Ford Transit [R1]");
    }

    @Test
    void aPartnerNeverSeesWhatOnlyARestrictedReportAsserts() {
        NodeQuery.Result h1 = node("Marie Dupont", ProjectionFilter.RELEASABLE);
        assertThat(h1.identity().fields()).extracting(PersonIdentity.Field::name)
                .containsExactly("name", "dob", "nationality");
        assertThat(h1.identity().fields()).allSatisfy(f -> assertThat(f.values())
                .allSatisfy(v -> assertThat(v.reportIds()).containsExactly("R1")));
        assertThat(h1.holdings()).extracting(PersonHolding::shown).doesNotContain("+447700900099")
                .contains("+447700900001");
        assertThat(h1.holdings()).allSatisfy(h -> assertThat(h.reportIds()).containsExactly("R1"));
        assertThatThrownBy(() -> node("la rousse", ProjectionFilter.RELEASABLE))
                .isInstanceOf(UnresolvedReference.class);
    }
}
