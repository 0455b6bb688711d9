package org.crimegraph.graph;

import java.util.List;

/**
 * One piece of evidence that links two persons, as the store finds it (one call, one transaction, one
 * shared phone …), before any filter or weighting.
 *
 * @param a          one person
 * @param b          the other person
 * @param kind       the evidence kind
 * @param evidenceId identifies the piece of evidence within its kind, so it is counted once
 * @param parts      for each fact the evidence rests on, the reports asserting that fact
 * @param amount     money moved, for transactions; 0 otherwise
 * @param time       when it happened (calls, transactions, meetings, crossings), or null if undated
 */
public record Evidence(String a, String b, EvidenceKind kind, String evidenceId, List<List<String>> parts,
                       double amount, java.time.Instant time) {

    /** Undated evidence. */
    public Evidence(String a, String b, EvidenceKind kind, String evidenceId, List<List<String>> parts, double amount) {
        this(a, b, kind, evidenceId, parts, amount, null);
    }
}
