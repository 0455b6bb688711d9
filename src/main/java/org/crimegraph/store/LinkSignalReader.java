package org.crimegraph.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.analysis.ProgressListener;
import org.crimegraph.analysis.links.StoreSignals;
import org.crimegraph.graph.Claim;
import org.crimegraph.graph.ClaimedEvidence;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.graph.Release;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Reads what the store knows about persons that makes no link, for {@code suggest-links}
 * ({@link StoreSignals}): calls between a person's phone and a number no person is known to use, and every
 * person's dated evidence (calls, transfers, meetings, crossings). Statements {@code cypher/links/}; what stands
 * is decided by the release component every reader uses ({@link Release}): a call or event counts only if an
 * allowed report asserts every relationship it rests on and the event itself, its time is the one allowed
 * claims give, and it must fall in the filter's time window; a number is unowned if no person's use of it is
 * asserted by an allowed report. Person records confirmed as one person count under the canonical id the
 * person network uses.
 *
 * <p>Progress: task {@value #TASK}, counted in rows as they arrive.
 */
public final class LinkSignalReader {

    /** The progress task of the reads. */
    public static final String TASK = "link signals read";

    /**
     * What was read.
     *
     * @param calls  calls to numbers nobody is known to use, standing under the release
     * @param events dated events of persons, standing under the release, in the filter's window
     */
    public record Signals(List<StoreSignals.NumberCall<String>> calls, List<StoreSignals.DatedEvent<String>> events) {
    }

    private final GraphStore store;
    private final Monitor monitor;

    public LinkSignalReader(GraphStore store, Monitor monitor) {
        this.store = store;
        this.monitor = monitor;
    }

    /**
     * The signals under {@code filter}, for the persons of a network read under the same filter.
     *
     * @param persons the network's person ids (canonical ids of confirmed groups)
     */
    public Signals read(ProjectionFilter filter, Set<String> persons) {
        PersonNetworkReader networkReader = new PersonNetworkReader(store);
        Release release = Release.of(filter, networkReader.reports());
        Standing standing = new Standing(release, filter, networkReader.canonicalIds(persons), persons);
        List<StoreSignals.NumberCall<String>> calls = new ArrayList<>();
        List<StoreSignals.DatedEvent<String>> events = new ArrayList<>();
        readStanding("links/calls-to-unowned-numbers", "calls", standing, (r, person, at) -> {
            String callId = r.get("callId").asString();
            events.add(new StoreSignals.DatedEvent<>(person, "call:" + callId, at, null));
            boolean owned = r.get("users").asList(LinkSignalReader::strings).stream().anyMatch(release::allowsAny);
            if (!owned) {
                calls.add(new StoreSignals.NumberCall<>(person, r.get("number").asString(), r.get("called").asBoolean()));
            }
        });
        readStanding("links/person-activity", "activity", standing, (r, person, at) ->
                events.add(new StoreSignals.DatedEvent<>(person, r.get("event").asString(), at,
                        r.get("location").isNull() ? null : r.get("location").asString())));
        return new Signals(List.copyOf(calls), List.copyOf(events));
    }

    /** What decides whether a row counts: the release and window, and the network's persons under canonical ids. */
    private record Standing(Release release, ProjectionFilter filter, Map<String, String> canonical,
                            Set<String> persons) {
    }

    /** What is done with a row that counts: its record, the person's canonical id and the event's time. */
    private interface StandingRow {
        void accept(Record record, String person, Instant at);
    }

    /**
     * Reads {@code statement} (progress under task {@code "TASK: part"}) and hands each row about a network
     * person whose event {@linkplain #standing stands} to {@code row}.
     */
    private void readStanding(String statement, String part, Standing standing, StandingRow row) {
        monitor.check();
        try (RowProgress rows = new RowProgress(monitor, TASK + ": " + part, ProgressListener.UNKNOWN, "rows")) {
            store.read(statement, Map.of(), r -> {
                rows.row();
                String person = standing.canonical().getOrDefault(r.get("person").asString(), r.get("person").asString());
                if (!standing.persons().contains(person)) {
                    return Boolean.FALSE;
                }
                Instant at = standing(standing.release(), standing.filter(), r.get("parts"), r.get("events"));
                if (at == null) {
                    return Boolean.FALSE;
                }
                row.accept(r, person, at);
                return Boolean.TRUE;
            });
        }
    }

    /**
     * The event's time if it stands under the release (every part and the event asserted by an allowed report,
     * a time from allowed claims, inside the filter's window), else null.
     */
    private static Instant standing(Release release, ProjectionFilter filter, Value partsValue, Value eventsValue) {
        List<List<String>> parts = new ArrayList<>(partsValue.asList(LinkSignalReader::strings));
        List<List<Claim>> claimed = eventsValue.asList(Claims::of);
        Instant at = null;
        for (List<Claim> event : claimed) {
            parts.add(Claims.reportIds(event));
            at = instant(release.value(event, ClaimedEvidence.AT));
        }
        if (at == null || release.allowedReports(parts) == null || !filter.inWindow(at)) {
            return null;
        }
        return at;
    }

    /** A list of report ids, empty for null (a relationship without reports). */
    private static List<String> strings(Value list) {
        return list.isNull() ? List.of() : list.asList(Value::asString);
    }

    private static Instant instant(Object value) {
        if (value instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        return value instanceof OffsetDateTime o ? o.toInstant() : null;
    }
}
