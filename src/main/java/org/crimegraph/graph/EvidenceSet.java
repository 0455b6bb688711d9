package org.crimegraph.graph;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the store holds for one release rule, read once and projected many times: the persons, every
 * report's grading and the evidence rows that stand under the rule (docs/projection.md). A time window
 * ({@link ProjectionFilter#window}) is applied by {@link #project}, so consecutive windows of one
 * timeline share one reading. Pure.
 *
 * @param persons  persons with the reports that mention them
 * @param reports  every report's grading
 * @param evidence evidence rows standing under the release rule
 */
public record EvidenceSet(List<PersonNetworkProjection.PersonRecord> persons, List<ReportGrading> reports,
                          List<Evidence> evidence) {

    public EvidenceSet {
        persons = List.copyOf(persons);
        reports = List.copyOf(reports);
        evidence = List.copyOf(evidence);
    }

    /** The person network under {@code projection}'s filter (report rules and time window). */
    public PersonNetwork project(PersonNetworkProjection projection) {
        return projection.project(persons, reports, evidence);
    }

    /** The same without undated evidence (associations, shared phones, accounts, vehicles, addresses, routes). */
    public EvidenceSet datedOnly() {
        return new EvidenceSet(persons, reports, evidence.stream().filter(e -> e.time() != null).toList());
    }

    /** The earliest and latest time of dated evidence, or empty if none is dated. */
    public Optional<Instant[]> datedSpan() {
        Instant first = null;
        Instant last = null;
        for (Evidence e : evidence) {
            if (e.time() != null) {
                first = first == null || e.time().isBefore(first) ? e.time() : first;
                last = last == null || e.time().isAfter(last) ? e.time() : last;
            }
        }
        return first == null ? Optional.empty() : Optional.of(new Instant[] {first, last});
    }
}
