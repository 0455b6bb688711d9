package org.crimegraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.crimegraph.audit.AuditEntry;
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

    @Override
    public Integer call() {
        try (GraphStore store = storeOptions.open()) {
            ScoringRuns runs = new ScoringRuns(store);
            String id = runId.equals("latest") ? runs.latest(1).stream().findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no saved scoring run in this store")).runId() : runId;
            SavedRun run = runs.load(id);
            // other analyses' sections (removal curves …) are added here when the run carries them
            WrittenFile file;
            try {
                file = WrittenFile.hash(new RunReportWriter().write(run.run(), run.results(), top, List.of(), out));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the report " + out + ": " + e.getMessage(), e);
            }
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("runId", id);
            parameters.put("top", top);
            auditOptions.trail(storeOptions, store).record(new AuditEntry("report", auditOptions.analyst(),
                    parameters, List.of(store.target().describe()), Map.of(file.path().toString(), file.sha256()),
                    run.run().releaseRule()));
            spec.commandLine().getOut().printf("wrote %s (sha256 %s)%n", file.path(), file.sha256());
            spec.commandLine().getOut().flush();
        }
        return ExitCodes.OK;
    }
}
