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
import org.crimegraph.analysis.Monitor;
import org.crimegraph.export.ReportSection;
import org.crimegraph.model.PersonResult;
import org.crimegraph.scoring.SavedRun;

/**
 * The removal-curves section of a run's HTML report: the network as projected now under the run's own
 * release rule (the run keeps its results, not its network), so the section says when it was computed
 * and how the network compares with the run's.
 */
final class RemovalCurvesSection {

    /** Removals simulated per strategy in the report's chart. */
    static final int CURVE_STEPS = 10;

    /**
     * Up to this many persons the betweenness curve recomputes exact betweenness by hops, as removal curves
     * count hops (Borgatti 2006); above it, it removes in the order of the run's own betweenness: exact
     * betweenness of a national network takes hours, the run already holds one within its stated bound.
     */
    static final int RECOMPUTE_BETWEENNESS_UP_TO = 5_000;

    /** The run's betweenness of each person of {@code graph}, indexed like it; persons new since the run count 0. */
    private static double[] runBetweenness(SavedRun run, IndexedGraph<String> graph) {
        double[] betweenness = new double[graph.vertexCount()];
        for (PersonResult r : run.results()) {
            Double value = r.measures().get("betweenness");
            if (value != null && graph.contains(r.personId())) {
                betweenness[graph.indexOf(r.personId())] = value;
            }
        }
        return betweenness;
    }

    private RemovalCurvesSection() {
    }

    /**
     * @param graph   the person network as projected now under the run's release rule
     * @param monitor receives {@link RunReport#CURVES_TASK} (in curves) and each simulation's removals
     */
    static ReportSection of(IndexedGraph<String> graph, SavedRun run, Monitor monitor) {
        var record = run.run();
        var settings = RemovalSimulation.Parameters.DEFAULTS.withSteps(CURVE_STEPS).withSeed(record.setup().seed());
        RemovalSimulation<String> simulation = new RemovalSimulation<>(graph, settings).withoutEfficiency();
        List<String> keyPlayers = run.results().stream().filter(PersonResult::keyPlayer)
                .map(PersonResult::personId).filter(graph::contains).toList();
        List<RemovalCurve<String>> curves = new ArrayList<>();
        int count = keyPlayers.isEmpty() ? 4 : 5;
        monitor.progress(RunReport.CURVES_TASK, 0, count, "curves");
        curves.add(simulation.run(RemovalStrategy.DEGREE, List.of(), monitor));
        monitor.progress(RunReport.CURVES_TASK, curves.size(), count, "curves");
        boolean runBetweenness = graph.vertexCount() > RECOMPUTE_BETWEENNESS_UP_TO;
        curves.add(runBetweenness ? simulation.runBlock(RemovalStrategy.BETWEENNESS_BLOCK, runBetweenness(run, graph),
                monitor) : simulation.run(RemovalStrategy.BETWEENNESS_BLOCK, List.of(), monitor));
        monitor.progress(RunReport.CURVES_TASK, curves.size(), count, "curves");
        for (RemovalStrategy strategy : List.of(RemovalStrategy.ARTICULATION, RemovalStrategy.RANDOM)) {
            curves.add(simulation.run(strategy, List.of(), monitor));
            monitor.progress(RunReport.CURVES_TASK, curves.size(), count, "curves");
        }
        if (!keyPlayers.isEmpty()) {
            curves.add(simulation.run(RemovalStrategy.KEY_PLAYERS, keyPlayers, monitor));
            monitor.progress(RunReport.CURVES_TASK, curves.size(), count, "curves");
        }
        String note = String.format(Locale.ROOT, "<p>Computed on %s from the store as it is now, under the "
                        + "run's evidence rule: %d persons and %d links now, %d and %d when the run was scored. "
                        + "%s; ties are broken by the smallest id; random is the mean of %d seeded runs.</p>%n",
                Instant.now().truncatedTo(ChronoUnit.SECONDS),
                graph.vertexCount(), graph.edgeCount(), record.input().persons(), record.input().links(),
                runBetweenness ? "The betweenness order is the run's own betweenness (" + org.crimegraph.export
                        .RunReportWriter.escape(record.setup().pathLength() + "; " + record.setup().mode().describe())
                        + "), as recomputing it by hops is not done above "
                        + RECOMPUTE_BETWEENNESS_UP_TO + " persons" : "Betweenness is recomputed by hops",
                settings.randomRepeats());
        return new ReportSection("removal-curves", "Removal curves", note + RemovalCurveFiles.lccChart(curves));
    }
}
