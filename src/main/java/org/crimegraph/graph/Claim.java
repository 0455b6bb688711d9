package org.crimegraph.graph;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * What one report says about one entity or event: the values on its {@code (Report)-[:ASSERTS]->(node)}
 * relationship (docs/provenance.md). A value the report does not give is absent (null).
 *
 * @param reportId the asserting report
 * @param values   field name (as on the node it describes: name, aliases, start, amount …) to value
 */
public record Claim(String reportId, Map<String, Object> values) {

    public Claim {
        values = Collections.unmodifiableMap(new HashMap<>(values));
    }

    /** The value this report gives for {@code field}, or null. */
    public Object value(String field) {
        return values.get(field);
    }
}
