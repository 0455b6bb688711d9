package org.crimegraph.app.query;

import java.util.List;
import org.crimegraph.graph.Release;
import org.crimegraph.store.query.EntityLookup;

/**
 * A phone, account, vehicle or address a person holds, as the release allows: shown only if an allowed
 * report asserts the holding, citing only allowed reports, described (bank, make, address name) from
 * allowed claims only.
 *
 * @param kind         phone, account, vehicle or address
 * @param shown        the number, IBAN, registration or location id
 * @param detail       the bank, make or place name an allowed report gives, or null
 * @param relationship USES, HOLDS, DRIVES, KEEPER_OF or LIVES_AT
 * @param reportIds    the allowed reports asserting the holding
 */
public record PersonHolding(String kind, String shown, String detail, String relationship, List<String> reportIds) {

    public PersonHolding {
        reportIds = List.copyOf(reportIds);
    }

    /** The holdings a reader under {@code release} sees, in the order given. */
    public static List<PersonHolding> allowed(Release release, List<EntityLookup.Holding> holdings) {
        return holdings.stream().filter(h -> release.allowsAny(h.reportIds()))
                .map(h -> new PersonHolding(h.kind(), h.shown(), release.text(h.claims(), "detail"),
                        h.relationship(), release.allowed(h.reportIds())))
                .toList();
    }
}
