package org.crimegraph.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.crimegraph.app.run.ListRuns;
import org.crimegraph.cli.render.TextTable;
import org.crimegraph.text.Json;
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
            runs = new ListRuns(auditOptions.auditor(storeOptions)).run(store, new ListRuns.Request(limit));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(Json.pretty(runs.stream().map(RunsCommand::json).toList()));
        } else if (runs.isEmpty()) {
            out.println("No saved scoring runs. Save one with 'crimegraph score --save'.");
        } else {
            TextTable table = new TextTable().left("run", 22).gap("  ").left("started (UTC)", 20).gap("  ")
                    .right("seconds", 8).gap("  ").right("persons", 7).gap("  ").right("links", 7).gap("  ")
                    .left("hand", 4).left("grade", 5).right("thr", 3).gap("  ").left("version", 0);
            table.printHeader(out);
            for (ScoringRunRecord run : runs) {
                table.printRow(out, run.runId(), run.startedAt().toString().replaceFirst("\\.\\d+Z$", "Z"),
                        String.format(Locale.ROOT, "%.1f", Duration.between(run.startedAt(), run.finishedAt()).toMillis() / 1000.0),
                        run.persons(), run.links(), run.release().maxHandling(),
                        run.release().minGrade() == null ? "any" : run.release().minGradeCode(), run.threads(),
                        run.version());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** A run as {@code runs --format json} lists it: every field flat, the release rule as its parts. */
    private static Map<String, Object> json(ScoringRunRecord run) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("runId", run.runId());
        row.put("startedAt", run.startedAt());
        row.put("finishedAt", run.finishedAt());
        row.put("version", run.version());
        row.put("releaseRule", run.releaseRule());
        row.put("maxHandling", run.release().maxHandling().name());
        row.put("minGrade", run.release().minGradeCode());
        row.put("threads", run.threads());
        row.put("seed", run.seed());
        row.put("persons", run.persons());
        row.put("links", run.links());
        row.put("componentSizes", run.componentSizes());
        row.put("pathLength", run.pathLength());
        row.put("inputCounts", run.inputCounts());
        row.put("measureNames", run.measureNames());
        row.put("auditLog", run.auditLog());
        row.put("auditHash", run.auditHash());
        return row;
    }
}
