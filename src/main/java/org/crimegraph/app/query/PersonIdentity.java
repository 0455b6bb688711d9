package org.crimegraph.app.query;

import java.util.ArrayList;
import java.util.List;
import org.crimegraph.graph.Claim;
import org.crimegraph.graph.Release;

/**
 * Who a person is, as the release allows: each identity field (name, aliases, date of birth, nationality)
 * with the values allowed claims give and the reports giving each, the value shown first; a field whose
 * allowed claims disagree is marked as a conflict (aliases accumulate, they never conflict). A value only a
 * withheld report gives never appears (docs/provenance.md).
 */
public record PersonIdentity(List<Field> fields) {

    /** The identity fields, in the order shown; each a claim field on {@code (Report)-[:ASSERTS]->(Person)}. */
    public static final List<String> FIELDS = List.of("name", "aliases", "dob", "nationality");

    /** One field: its values with their reports, and whether allowed claims conflict. */
    public record Field(String name, List<Release.Stated> values, boolean conflict) {
        public Field {
            values = List.copyOf(values);
        }
    }

    public PersonIdentity {
        fields = List.copyOf(fields);
    }

    /** The allowed identity of a person from every claim about them. */
    public static PersonIdentity of(Release release, List<Claim> claims) {
        List<Field> fields = new ArrayList<>();
        for (String field : FIELDS) {
            List<Release.Stated> stated = release.stated(claims, field);
            if (!stated.isEmpty()) {
                fields.add(new Field(field, stated, !field.equals("aliases") && stated.size() > 1));
            }
        }
        return new PersonIdentity(fields);
    }
}
