package org.crimegraph.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.crimegraph.app.watch.ListAlerts;
import org.crimegraph.cli.render.TextTable;
import org.crimegraph.model.Alert;
import org.crimegraph.store.GraphStore;
import org.crimegraph.text.Json;
import org.crimegraph.text.SafeText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code crimegraph alerts [--since RUN]}: what changed around watched persons, as saved runs saw it. */
@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = {"Alerts about watched persons ('watch add') raised by saved scoring runs under the release rule:",
                "the newest run's, or every later run's with --since. Each alert cites the reports it rests on."})
final class AlertsCommand extends ReleasedCommand {

    @Option(names = "--since", paramLabel = "RUN", description = "Every run after this one (default: the newest run only).")
    String since;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        try (GraphStore store = storeOptions.open()) {
            ListAlerts.Result result = new ListAlerts(auditor()).run(store, new ListAlerts.Request(release.filter(), since));
            if (format.json()) {
                Map<String, Object> root = new LinkedHashMap<>();
                root.put("evidence", release.filter().describe());
                root.put("runs", result.runs());
                root.put("alerts", result.alerts().stream().map(Alert::fields).toList());
                out().println(Json.pretty(root));
            } else {
                table(result, out());
            }
            out().flush();
            return ExitCodes.OK;
        }
    }

    private void table(ListAlerts.Result result, java.io.PrintWriter out) {
        out.printf("Alerts of %s under: %s%n", result.runs().isEmpty() ? "no run" : result.runs().size() == 1
                ? "run " + result.runs().get(0) : result.runs().size() + " runs", release.filter().describe());
        if (result.alerts().isEmpty()) {
            out.println("No alerts.");
            return;
        }
        TextTable table = new TextTable().left("run", 22).gap("  ").left("person", 8).gap("  ").left("what", 26).gap("  ")
                .left("detail", 0);
        table.printHeader(out);
        for (Alert a : result.alerts()) {
            table.printRow(out, a.runId(), a.personId(), a.kind().name().toLowerCase(java.util.Locale.ROOT),
                    SafeText.clip(a.detail(), 110) + (a.reportIds().isEmpty() ? "" : " [reports "
                            + String.join(", ", a.reportIds()) + "]"));
        }
    }
}
