package org.crimegraph.app.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crimegraph.graph.PersonLink;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.graph.PersonNetworkProjection;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.graph.ProjectionWeights;
import org.crimegraph.graph.Release;
import org.crimegraph.graph.ReportGrading;
import org.crimegraph.model.Subgraph;
import org.crimegraph.paths.LocalNetwork;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.PersonNetworkReader;
import org.crimegraph.store.SubgraphReader;
import org.crimegraph.store.query.NetworkReading;

/** The multi-mode subgraph an {@code --around} export holds, read under the export's release rule. */
final class AroundSubgraph {

    private AroundSubgraph() {
    }

    /** The subgraph around the chosen persons, hops counted as {@code around} says. */
    static Subgraph read(GraphStore store, ProjectionFilter filter, Around around) {
        return around.counting() == Around.HopCounting.PERSON_STEPS ? personSteps(store, filter, around)
                : new SubgraphReader(store, Release.of(filter, new PersonNetworkReader(store).reports()))
                        .around(around.personIds(), around.hops());
    }

    /**
     * The subgraph of {@code --around … --hops N}: the persons within N person-to-person steps of the chosen
     * ones, read exactly as {@code neighbours} reads them (same projection, release rule and time window),
     * and the multi-mode elements of every piece of evidence that links two of them and stands under the rule.
     *
     * @throws IllegalArgumentException if a chosen person is not in the store or rests only on withheld reports
     */
    private static Subgraph personSteps(GraphStore store, ProjectionFilter filter, Around around) {
        List<ReportGrading> reports = new PersonNetworkReader(store).reports();
        Release release = Release.of(filter, reports);
        PersonNetworkProjection projection = new PersonNetworkProjection(filter, ProjectionWeights.DEFAULTS);
        LocalNetwork local = new NetworkReading(store, projection, reports, PersonNetworkReader.DEFAULT_CROSSING_WINDOW,
                e -> filter.inWindow(e.at() == null ? null : e.at().toInstant()))
                .around(around.personIds(), around.hops(), Integer.MAX_VALUE);
        PersonNetwork network = local.project(projection, reports);
        Set<String> persons = network.graph().vertexSet();
        List<String> missing = around.personIds().stream().filter(id -> !persons.contains(id)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("not found, or resting only on reports this release withholds: "
                    + String.join(", ", missing));
        }
        Map<String, Integer> steps = new LinkedHashMap<>();
        local.depth().forEach((id, depth) -> {
            if (persons.contains(id)) {
                steps.put(id, depth);
            }
        });
        List<SubgraphReader.Link> links = new ArrayList<>();
        for (PersonLink link : network.links()) {
            if (steps.containsKey(link.source()) && steps.containsKey(link.target())) {
                local.between(link.source(), link.target(), release).forEach(e -> links.add(
                        new SubgraphReader.Link(link.source(), link.target(), e.kind(), e.evidenceId())));
            }
        }
        return new SubgraphReader(store, release).linking(steps, links);
    }
}
