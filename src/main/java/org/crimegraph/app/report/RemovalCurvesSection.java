package org.crimegraph.app.report;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crimegraph.analysis.IndexedGraph;
import org.crimegraph.app.disrupt.RemovalCurveFiles;
import org.crimegraph.disruption.RemovalCurve;
import org.crimegraph.disruption.RemovalSimulation;
import org.crimegraph.disruption.RemovalStrategy;
import org.crimegraph.export.ReportSection;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.model.PersonResult;
import org.crimegraph.scoring.SavedRun;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.PersonNetworkReader;

/**
 * The removal-curves section of a run's HTML report: the network as projected now under the run's own
 * release rule (the run keeps its results, not its network), so the section says when it was computed
 * and how the network compares with the run's.
 */
final class RemovalCurvesSection {

    /** Removals simulated per strategy in the report's chart. */
    static final int CURVE_STEPS = 10;

    private RemovalCurvesSection() {
    }

    static ReportSection of(GraphStore store, SavedRun run) {
        var record = run.run();
        ProjectionFilter filter = ProjectionFilter.of(record.setup().release());
        IndexedGraph<String> graph = IndexedGraph.of(new PersonNetworkReader(store).read(filter).graph());
        var settings = RemovalSimulation.Parameters.DEFAULTS.withSteps(CURVE_STEPS).withSeed(record.setup().seed());
        RemovalSimulation<String> simulation = new RemovalSimulation<>(graph, settings).withoutEfficiency();
        List<String> keyPlayers = run.results().stream().filter(PersonResult::keyPlayer)
                .map(PersonResult::personId).filter(graph::contains).toList();
        List<RemovalCurve<String>> curves = new ArrayList<>();
        for (RemovalStrategy strategy : List.of(RemovalStrategy.DEGREE, RemovalStrategy.BETWEENNESS_BLOCK,
                RemovalStrategy.ARTICULATION, RemovalStrategy.RANDOM)) {
            curves.add(simulation.run(strategy, List.of()));
        }
        if (!keyPlayers.isEmpty()) {
            curves.add(simulation.run(RemovalStrategy.KEY_PLAYERS, keyPlayers));
        }
        String note = String.format(Locale.ROOT, "<p>Computed on %s from the store as it is now, under the "
                        + "run's evidence rule: %d persons and %d links now, %d and %d when the run was scored. "
                        + "Ties are broken by the smallest id; random is the mean of %d seeded runs.</p>%n",
                Instant.now().truncatedTo(ChronoUnit.SECONDS),
                graph.vertexCount(), graph.edgeCount(), record.input().persons(), record.input().links(), settings.randomRepeats());
        return new ReportSection("removal-curves", "Removal curves", note + RemovalCurveFiles.lccChart(curves));
    }
}
