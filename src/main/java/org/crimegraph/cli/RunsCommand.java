package org.crimegraph.cli;

import org.crimegraph.text.Json;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.scoring.ScoringRuns;
import org.crimegraph.store.GraphStore;
import org.crimegraph.model.ScoringRunRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crimegraph runs}: the saved scoring runs, newest first. */
@Command(name = "runs", mixinStandardHelpOptions = true,
        description = "List the scoring runs saved with 'score --save', newest first.")
final class RunsCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { table, json }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    AuditOptions auditOptions;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--limit", defaultValue = "50", paramLabel = "N", description = "At most this many runs (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() throws Exception {
        List<ScoringRunRecord> runs;
        try (GraphStore store = storeOptions.open()) {
            runs = new ScoringRuns(store).latest(limit);
            auditOptions.record(storeOptions, store, AuditEvent.of("runs").with("limit", limit)
                    .with("listed", runs.size()));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            ObjectMapper json = Json.mapper();
            out.println(json.writeValueAsString(runs));
        } else if (runs.isEmpty()) {
            out.println("No saved scoring runs. Save one with 'crimegraph score --save'.");
        } else {
            String header = String.format(Locale.ROOT, "%-22s  %-20s  %8s  %7s  %7s  %-4s %-5s %3s  %s",
                    "run", "started (UTC)", "seconds", "persons", "links", "hand", "grade", "thr", "version");
            out.println(header);
            out.println("-".repeat(header.length()));
            for (ScoringRunRecord run : runs) {
                out.printf(Locale.ROOT, "%-22s  %-20s  %8.1f  %7d  %7d  %-4s %-5s %3d  %s%n", run.runId(),
                        run.startedAt().toString().replaceFirst("\\.\\d+Z$", "Z"),
                        Duration.between(run.startedAt(), run.finishedAt()).toMillis() / 1000.0, run.persons(),
                        run.links(), run.maxHandling(), run.minGrade() == null ? "any" : run.minGrade(), run.threads(),
                        run.version());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
