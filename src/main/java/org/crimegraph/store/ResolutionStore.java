package org.crimegraph.store;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.analysis.ProgressListener;
import org.crimegraph.graph.Claim;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.graph.Release;

/**
 * Entity-resolution records in the store ({@code cypher/resolve/}): candidate pairs of person records
 * that may be one person ({@code POSSIBLE_SAME_AS}, with score, rule and status), analysts' decisions
 * on them ({@code SAME_AS} for a confirmed pair, plus a {@code ResolutionDecision} history node per
 * decision). Person nodes are never merged or changed, so every decision can be undone exactly.
 */
public final class ResolutionStore {

    private final GraphStore store;
    private Release internal;

    public ResolutionStore(GraphStore store) {
        this.store = store;
    }

    /** Resolution is internal work: names and dates of birth are the most trusted claims of all reports. */
    private Release internal() {
        if (internal == null) {
            internal = Release.of(ProjectionFilter.ALL, new PersonNetworkReader(store).reports());
        }
        return internal;
    }

    /** A pair of person records found by a rule, with the two normalised names for scoring. */
    public record Pair(String a, String b, String nameA, String nameB, String rule, String via) {
    }

    /** A candidate to record: {@code a < b}. */
    public record Candidate(String a, String b, double score, String rule, String via) {
    }

    /** A recorded candidate: the two person records, why they match, and its decision. */
    public record Listed(Side a, Side b, Match match, Status status) {
    }

    /** One person record of a candidate pair, named and dated by the claims the internal release allows. */
    public record Side(String id, String name, String dob) {
    }

    /** Why a pair was proposed: its score, the rule that found it and what it matched on. */
    public record Match(double score, String rule, String via) {
    }

    /**
     * Where a candidate stands.
     *
     * @param code      {@code open}, {@code confirmed} or {@code rejected}
     * @param createdAt when it was recorded
     * @param decidedBy who confirmed or rejected it, or null
     * @param decidedAt when, or null
     */
    public record Status(String code, ZonedDateTime createdAt, String decidedBy, ZonedDateTime decidedAt) {
    }

    /** One decision in the history. */
    public record Decision(String a, String b, String action, String by, ZonedDateTime at) {
    }

    /** The task under which a scan's reads show their progress (pairs read so far, once a second). */
    public static final String SCAN_TASK = "possible duplicate persons";

    /** Pairs with the same normalised name and date of birth; progress in pairs read on {@code monitor}. */
    public List<Pair> sameNameAndBirthDate(Monitor monitor) {
        return pairs("resolve/same-name-dob", monitor, SCAN_TASK + ": same name and birth date");
    }

    /**
     * Pairs sharing a phone, account or vehicle (names to be compared by the caller); progress in pairs read
     * on {@code monitor}.
     */
    public List<Pair> sharingAnIdentifier(Monitor monitor) {
        return pairs("resolve/shared-identifier", monitor, SCAN_TASK + ": shared phone, account or vehicle").stream()
                .filter(p -> p.nameA() != null && p.nameB() != null).toList();
    }

    /**
     * A whole-store read that may take minutes at a million persons (the query sorts before its first row),
     * so it reports the pairs read once a second meanwhile.
     */
    private List<Pair> pairs(String statement, Monitor monitor, String task) {
        monitor.check();
        try (RowProgress rows = new RowProgress(monitor, task, ProgressListener.UNKNOWN, "pairs")) {
            return store.read(statement, Map.of(), r -> {
                rows.row();
                return pair(r);
            });
        }
    }

    /** Records candidates; returns how many pairs were new. Shows the time it takes on {@code monitor}. */
    public long record(List<Candidate> candidates, Monitor monitor) {
        if (candidates.isEmpty()) {
            return 0;
        }
        List<Map<String, Object>> rows = candidates.stream().map(c -> Map.<String, Object>of("a", c.a(), "b", c.b(),
                "score", c.score(), "rule", c.rule(), "via", c.via())).toList();
        return monitor.during(SCAN_TASK + ": recording " + candidates.size() + " candidates",
                () -> store.writeAndRead("resolve/record-candidates", Map.of("candidates", rows),
                        r -> r.get("created").asLong()).get(0));
    }

    /** Candidates with the given status ({@code open}, {@code confirmed}, {@code rejected}), or all if null. */
    public List<Listed> list(String status) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("status", status);
        return store.read("resolve/list", parameters, r -> {
            List<Claim> a = Claims.of(r.get("claimsA"));
            List<Claim> b = Claims.of(r.get("claimsB"));
            return new Listed(
                    new Side(r.get("a").asString(), internal().text(a, "name"), internal().text(a, "dob")),
                    new Side(r.get("b").asString(), internal().text(b, "name"), internal().text(b, "dob")),
                    new Match(r.get("score").asDouble(), r.get("rule").asString(null), r.get("via").asString(null)),
                    new Status(r.get("status").asString(),
                            r.get("createdAt").isNull() ? null : r.get("createdAt").asZonedDateTime(),
                            r.get("decidedBy").asString(null),
                            r.get("decidedAt").isNull() ? null : r.get("decidedAt").asZonedDateTime()));
        });
    }

    /** Confirms that {@code a} and {@code b} are one person; false if either is unknown. */
    public boolean confirm(String a, String b, String by, Instant at) {
        return decide("resolve/confirm", a, b, by, at);
    }

    /** Records that {@code a} and {@code b} are different persons; false if either is unknown. */
    public boolean reject(String a, String b, String by, Instant at) {
        return decide("resolve/reject", a, b, by, at);
    }

    /** Undoes the decision on the pair; returns what was undone ({@code confirmed}/{@code rejected}) or null. */
    public String undo(String a, String b, String by, Instant at) {
        List<String> undone = store.writeAndRead("resolve/undo", parameters(a, b, by, at), r -> r.get("undone").asString());
        return undone.isEmpty() ? null : undone.get(0);
    }

    /** Decisions on one pair, or all if {@code a} is null; oldest first. */
    public List<Decision> decisions(String a, String b) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("a", a);
        parameters.put("b", b);
        return store.read("resolve/decisions", parameters, r -> new Decision(r.get("a").asString(), r.get("b").asString(),
                r.get("action").asString(), r.get("by").asString(), r.get("at").asZonedDateTime()));
    }

    private boolean decide(String statement, String a, String b, String by, Instant at) {
        return !store.writeAndRead(statement, parameters(a, b, by, at), r -> r.get("a").asString()).isEmpty();
    }

    private static Map<String, Object> parameters(String a, String b, String by, Instant at) {
        return Map.of("a", a, "b", b, "by", by, "at", at.toString());
    }

    private Pair pair(org.neo4j.driver.Record r) {
        String nameA = internal().text(Claims.of(r.get("claimsA")), "nameKey");
        String nameB = internal().text(Claims.of(r.get("claimsB")), "nameKey");
        return new Pair(r.get("a").asString(), r.get("b").asString(), nameA, nameB, r.get("rule").asString(),
                r.get("via").asString());
    }
}
