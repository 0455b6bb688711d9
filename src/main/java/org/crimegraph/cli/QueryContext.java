package org.crimegraph.cli;

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
 * What every link query needs once the store is open: the release filter with the report gradings, the
 * projection (same weights as {@code score}), and the entity resolver.
 */
final class QueryContext {

    final GraphStore store;
    final ProjectionFilter filter;
    final List<ReportGrading> reports;
    final Map<String, ReportGrading> reportsById = new HashMap<>();
    /** The release rule, applied to everything read (docs/provenance.md). */
    final Release release;
    final PersonNetworkProjection projection;
    final EntityLookup lookup;
    final EntityResolver resolver;

    QueryContext(GraphStore store, ProjectionFilter filter, String defaultRegion) {
        this.store = store;
        this.filter = filter;
        this.reports = new PersonNetworkReader(store).reports();
        reports.forEach(r -> reportsById.put(r.reportId(), r));
        this.release = Release.of(filter, reports);
        this.projection = new PersonNetworkProjection(filter, ProjectionWeights.DEFAULTS);
        this.lookup = new EntityLookup(store, release);
        this.resolver = new EntityResolver(lookup, new PhoneNumbers(defaultRegion), release);
    }

    /** A fresh reading of the network around some persons, following only evidence {@code keep} accepts. */
    NetworkReading reading(Predicate<DatedEvidence> keep) {
        return new NetworkReading(store, projection, reports, PersonNetworkReader.DEFAULT_CROSSING_WINDOW, keep);
    }
}
