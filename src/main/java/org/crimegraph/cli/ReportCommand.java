package org.crimegraph.cli;

import org.crimegraph.audit.AuditEvent;
import org.crimegraph.store.PersonNetworkReader;
import org.crimegraph.model.PersonResult;
import org.crimegraph.model.HandlingCode;
import org.crimegraph.model.Grade;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.export.ReportSection;
import org.crimegraph.disruption.RemovalStrategy;
import org.crimegraph.disruption.RemovalSimulation;
import org.crimegraph.disruption.RemovalCurve;
import org.crimegraph.analysis.IndexedGraph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.crimegraph.export.RunReportWriter;
import org.crimegraph.export.WrittenFile;
import org.crimegraph.scoring.SavedRun;
import org.crimegraph.scoring.ScoringRuns;
import org.crimegraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crimegraph report RUN --out FILE.html}: a self-contained HTML report of a saved run. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write one self-contained HTML file (no network needed to open it) for a saved scoring run: "
                + "parameters, top targets and their reasons, component and community sizes, key players.")
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    AuditOptions auditOptions;

    @Parameters(index = "0", paramLabel = "RUN", description = "Run id, or 'latest'.")
    String runId;

    @Option(names = "--out", required = true, paramLabel = "FILE.html", description = "The HTML file to write.")
    Path out;

    @Option(names = "--top", defaultValue = "" + RunReportWriter.DEFAULT_TOP, paramLabel = "N",
            description = "How many targets to list (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--curves", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Add removal curves (degree, betweenness, articulation points, key players, random), "
                    + "computed now on the store's network under the run's evidence rule (default: on; --no-curves).")
    boolean curves;

    /** Removals simulated per strategy in the report's chart. */
    static final int CURVE_STEPS = 10;

    @Override
    public Integer call() {
        try (GraphStore store = storeOptions.open()) {
            ScoringRuns runs = new ScoringRuns(store);
            String id = runId.equals("latest") ? runs.latest(1).stream().findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no saved scoring run in this store")).runId() : runId;
            SavedRun run = runs.load(id);
            List<ReportSection> sections = curves ? List.of(removalCurves(store, run)) : List.of();
            WrittenFile file;
            try {
                file = WrittenFile.hash(new RunReportWriter().write(run.run(), run.results(), top, sections, out));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the report " + out + ": " + e.getMessage(), e);
            }
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("runId", id);
            parameters.put("top", top);
            parameters.put("curves", curves);
            auditOptions.record(storeOptions, store, AuditEvent.of("report").with(parameters)
                    .output(file.path().toString(), file.sha256()).release(run.run().releaseRule()));
            spec.commandLine().getOut().printf("wrote %s (sha256 %s)%n", file.path(), file.sha256());
            spec.commandLine().getOut().flush();
        }
        return ExitCodes.OK;
    }

    /**
     * The removal curves of the network as projected now under the run's evidence rule: the run keeps
     * its results, not its network, so the section says when it was computed and how the network
     * compares with the run's.
     */
    private static ReportSection removalCurves(GraphStore store, SavedRun run) {
        var record = run.run();
        ProjectionFilter filter = new ProjectionFilter(record.minGrade() == null ? null : Grade.parse(record.minGrade()),
                HandlingCode.valueOf(record.maxHandling()));
        IndexedGraph<String> graph = IndexedGraph.of(new PersonNetworkReader(store).read(filter).graph());
        var settings = RemovalSimulation.Parameters.DEFAULTS.withSteps(CURVE_STEPS).withSeed(record.seed());
        RemovalSimulation<String> simulation = new RemovalSimulation<>(graph, settings).withoutEfficiency();
        List<String> keyPlayers = run.results().stream().filter(PersonResult::keyPlayer)
                .map(PersonResult::personId).filter(graph::contains).toList();
        List<RemovalCurve<String>> curves = new java.util.ArrayList<>();
        for (RemovalStrategy strategy : List.of(RemovalStrategy.DEGREE, RemovalStrategy.BETWEENNESS_BLOCK,
                RemovalStrategy.ARTICULATION, RemovalStrategy.RANDOM)) {
            curves.add(simulation.run(strategy, List.of()));
        }
        if (!keyPlayers.isEmpty()) {
            curves.add(simulation.run(RemovalStrategy.KEY_PLAYERS, keyPlayers));
        }
        String note = String.format(java.util.Locale.ROOT, "<p>Computed on %s from the store as it is now, under the "
                        + "run's evidence rule: %d persons and %d links now, %d and %d when the run was scored. "
                        + "Ties are broken by the smallest id; random is the mean of %d seeded runs.</p>%n",
                java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                graph.vertexCount(), graph.edgeCount(), record.persons(), record.links(), settings.randomRepeats());
        return new ReportSection("removal-curves", "Removal curves", note + DisruptionReport.lccChart(curves));
    }
}
