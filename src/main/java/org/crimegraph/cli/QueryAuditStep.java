package org.crimegraph.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crimegraph.audit.AuditEntry;
import org.crimegraph.audit.AuditTrail;
import org.crimegraph.store.GraphStore;

/**
 * Records one query in the audit log, for the query commands (paths, neighbourhoods, look-ups):
 * which query, with which parameters (never secrets), against which store, under which evidence
 * rule, and how many rows it returned. Call it once per query, after the answer is printed, with
 * the store still open (the audit head is anchored in it).
 */
final class QueryAuditStep {

    private QueryAuditStep() {
    }

    /**
     * Appends the query's audit line and returns its SHA-256.
     *
     * @param query       the query's name, e.g. {@code path} or {@code neighbours}
     * @param parameters  its parameters as given (person ids, hops, limits); never passwords
     * @param releaseRule the evidence rule the answer rests on ({@code ProjectionFilter.describe()}), or empty
     * @param rows        how many results were shown
     */
    static String record(GraphStore store, AuditOptions audit, StoreOptions storeOptions, String query,
                         Map<String, Object> parameters, String releaseRule, int rows) {
        Map<String, Object> recorded = new LinkedHashMap<>();
        recorded.put("query", query);
        recorded.putAll(parameters);
        recorded.put("rows", rows);
        return new AuditTrail(audit.log(storeOptions), store).record(new AuditEntry("query", audit.analyst(), recorded,
                List.of(store.target().describe()), Map.of(), releaseRule == null ? "" : releaseRule));
    }
}
