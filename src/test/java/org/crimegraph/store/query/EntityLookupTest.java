package org.crimegraph.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.graph.Release;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.PersonNetworkReader;
import org.crimegraph.store.SmallCase;
import org.crimegraph.store.query.EntityLookup.Holding;
import org.crimegraph.store.query.EntityLookup.Identifier;
import org.junit.jupiter.api.Test;

/** {@link EntityLookup} against a real embedded Neo4j holding {@link SmallCase} (read only, shared). */
class EntityLookupTest {

    static final SmallCase.Readers<EntityLookup> READERS = SmallCase.readers(EntityLookup::new);
    static final EntityLookup internal = READERS.internal();
    static final EntityLookup partner = READERS.partner();

    @Test
    void personsAreNamedFromAllowedClaimsOnly() {
        PersonEntry all = internal.persons(List.of("H1")).get(0);
        assertThat(all.name()).isEqualTo("Marie Dupont");
        assertThat(all.aliases()).containsExactly("La Rousse");
        assertThat(all.reportIds()).containsExactlyInAnyOrder("R1", "R2");
        PersonEntry shared = partner.persons(List.of("H1")).get(0);
        assertThat(shared.aliases()).isEmpty();
        assertThat(internal.persons(List.of("NOBODY", "H3"))).extracting(PersonEntry::personId).containsExactly("H3");
        assertThat(internal.persons(List.of())).isEmpty();
    }

    @Test
    void tiesCarryTheReportsBehindThem() {
        List<EntityLookup.Tie> ties = internal.tiedTo(Identifier.PHONE, "+447700900099");
        assertThat(ties).extracting(EntityLookup.Tie::personId).containsExactly("H1", "H4");
        assertThat(ties).allSatisfy(t -> assertThat(t.reportIds()).containsExactly("R2"));
        assertThat(internal.tiedTo(Identifier.ACCOUNT, "GB82WEST12345698765432"))
                .extracting(EntityLookup.Tie::personId).containsExactly("H1");
        assertThat(internal.tiedTo(Identifier.PHONE, "+440000000000")).isEmpty();
    }

    @Test
    void aNameSearchFindsAWithheldAliasOnlyInternally() {
        assertThat(internal.searchName("la rousse", 10)).extracting(EntityLookup.NameHit::personId).containsExactly("H1");
        assertThat(partner.searchName("la rousse", 10)).isEmpty();
        assertThat(internal.searchName("dupont", 10)).extracting(EntityLookup.NameHit::personId)
                .containsExactlyInAnyOrder("H1", "H2");
        assertThat(internal.searchName("zoe", 10)).extracting(EntityLookup.NameHit::personId).containsExactly("H3");
        assertThat(internal.searchName("dupont OR martin", 10)).isEmpty(); // operators are text, not syntax
    }

    @Test
    void claimsAreEveryReportsStatement() {
        assertThat(internal.claims("H1")).extracting(c -> c.reportId()).containsExactly("R1", "R2");
        assertThat(internal.claims("NOBODY")).isEmpty();
    }

    @Test
    void holdingsListPhonesAccountsVehiclesAndAddressesWithTheirReportsAndDetails() throws Exception {
        List<Holding> holdings = internal.holdings("H1");
        assertThat(holdings).extracting(h -> h.kind() + " " + h.shown() + " " + h.relationship() + " " + h.reportIds())
                .containsExactly(
                        "account GB82WEST12345698765432 HOLDS [R1]",
                        "address L1 LIVES_AT [R1]",
                        "phone +447700900001 USES [R1]",
                        "phone +447700900099 USES [R2]",
                        "vehicle AB12CDE KEEPER_OF [R1]");
        Release all = Release.of(ProjectionFilter.ALL, new PersonNetworkReader(SmallCase.shared()).reports());
        assertThat(holdings).extracting(h -> all.text(h.claims(), "detail"))
                .containsExactly("Westminster Test Bank", "Rue Haute", null, null, "Ford Transit");
        assertThat(internal.holdings("H3")).extracting(Holding::shown).containsExactly("+447700900003");
    }
}
