package org.crimegraph.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.crimegraph.app.run.ListRuns;
import org.crimegraph.app.run.RunModeJson;
import org.crimegraph.cli.render.TextTable;
import org.crimegraph.text.Json;
import org.crimegraph.store.GraphStore;
import org.crimegraph.model.ScoringRunRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code crimegraph runs}: the saved scoring runs, newest first. */
@Command(name = "runs", mixinStandardHelpOptions = true,
        description = "List the scoring runs saved with 'score --save', newest first.")
final class RunsCommand extends CaseCommand {

    @Mixin
    FormatOption format;

    @Option(names = "--limit", defaultValue = "50", paramLabel = "N", description = "At most this many runs (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() throws Exception {
        List<ScoringRunRecord> runs;
        try (GraphStore store = storeOptions.open()) {
            runs = new ListRuns(auditor()).run(store, new ListRuns.Request(limit));
        }
        PrintWriter out = out();
        if (format.json()) {
            out.println(Json.pretty(runs.stream().map(RunsCommand::json).toList()));
        } else if (runs.isEmpty()) {
            out.println("No saved scoring runs. Save one with 'crimegraph score --save'.");
        } else {
            TextTable table = new TextTable().left("run", 22).gap("  ").left("started (UTC)", 20).gap("  ")
                    .right("seconds", 8).gap("  ").right("persons", 7).gap("  ").right("links", 7).gap("  ")
                    .left("hand", 4).left("grade", 5).right("thr", 3).gap("  ").left("mode", 7).gap("  ").left("version", 0);
            table.printHeader(out);
            for (ScoringRunRecord run : runs) {
                table.printRow(out, run.runId(), run.timing().startedAt().toString().replaceFirst("\\.\\d+Z$", "Z"),
                        String.format(Locale.ROOT, "%.1f", Duration.between(run.timing().startedAt(), run.timing().finishedAt()).toMillis() / 1000.0),
                        run.input().persons(), run.input().links(), run.setup().release().maxHandling(),
                        run.setup().release().minGrade() == null ? "any" : run.setup().release().minGradeCode(), run.setup().threads(),
                        run.setup().mode().brief(), run.setup().version());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** A run as {@code runs --format json} lists it: every field flat, the release rule as its parts. */
    private static Map<String, Object> json(ScoringRunRecord run) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("runId", run.runId());
        row.put("startedAt", run.timing().startedAt());
        row.put("finishedAt", run.timing().finishedAt());
        row.put("version", run.setup().version());
        row.putAll(run.setup().rules());
        row.put("persons", run.input().persons());
        row.put("links", run.input().links());
        row.put("componentSizes", run.input().componentSizes());
        row.put("pathLength", run.setup().pathLength());
        row.put("inputCounts", run.input().inputCounts());
        row.put("measureNames", run.setup().measureNames());
        row.put("mode", RunModeJson.of(run.setup().mode()));
        if (run.timing().steps() != null) {
            row.put("stepSeconds", run.timing().steps().asMap());
        }
        row.put("auditLog", run.audit().log());
        row.put("auditHash", run.audit().hash());
        return row;
    }
}
