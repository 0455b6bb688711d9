package org.crimegraph.app.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.crimegraph.graph.PersonNetworkProjection;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.graph.ProjectionWeights;
import org.crimegraph.graph.Release;
import org.crimegraph.graph.ReportGrading;
import org.crimegraph.ingest.PhoneNumbers;
import org.crimegraph.paths.DatedEvidence;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.PersonNetworkReader;
import org.crimegraph.store.query.EntityLookup;
import org.crimegraph.store.query.NetworkReading;

/**
 * What every query needs once the store is open: the release rule with the report gradings, the
 * projection (same weights as {@code score}), the entity lookup and the person resolver.
 */
public final class QueryScope {

    private final GraphStore store;
    private final ProjectionFilter filter;
    private final List<ReportGrading> reports;
    private final Map<String, ReportGrading> reportsById = new HashMap<>();
    private final Release release;
    private final PersonNetworkProjection projection;
    private final EntityLookup lookup;
    private final PersonResolver resolver;

    public QueryScope(GraphStore store, ProjectionFilter filter, String defaultRegion) {
        this.store = store;
        this.filter = filter;
        this.reports = new PersonNetworkReader(store).reports();
        reports.forEach(r -> reportsById.put(r.reportId(), r));
        this.release = Release.of(filter, reports);
        this.projection = new PersonNetworkProjection(filter, ProjectionWeights.DEFAULTS);
        this.lookup = new EntityLookup(store, release);
        this.resolver = new PersonResolver(lookup, new ReferenceClassifier(new PhoneNumbers(defaultRegion)), release);
    }

    public GraphStore store() {
        return store;
    }

    public ProjectionFilter filter() {
        return filter;
    }

    public List<ReportGrading> reports() {
        return reports;
    }

    /** The grading of a report, or null if the store has no such report. */
    public ReportGrading report(String reportId) {
        return reportsById.get(reportId);
    }

    /** The release rule, applied to everything read (docs/provenance.md). */
    public Release release() {
        return release;
    }

    public PersonNetworkProjection projection() {
        return projection;
    }

    public EntityLookup lookup() {
        return lookup;
    }

    public PersonResolver resolver() {
        return resolver;
    }

    /** A fresh reading of the network around some persons, following only evidence {@code keep} accepts. */
    public NetworkReading reading(Predicate<DatedEvidence> keep) {
        return new NetworkReading(store, projection, reports, PersonNetworkReader.DEFAULT_CROSSING_WINDOW, keep);
    }
}
