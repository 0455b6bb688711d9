package org.crimegraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crimegraph.app.report.RunReport;
import org.crimegraph.export.RunReportWriter;
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

    @Override
    public Integer call() {
        try (GraphStore store = storeOptions.open()) {
            RunReport.Result result = new RunReport(auditOptions.auditor(storeOptions)).run(store,
                    new RunReport.Request(runId, out, top, curves));
            PrintWriter writer = spec.commandLine().getOut();
            writer.printf("wrote %s (sha256 %s)%n", result.file().path(), result.file().sha256());
            writer.flush();
        }
        return ExitCodes.OK;
    }
}
