package org.crimegraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.crimegraph.app.report.RunReport;
import org.crimegraph.export.RunReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crimegraph report RUN --out FILE.html}: a self-contained HTML report of a saved run. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write one self-contained HTML file (no network needed to open it) for a saved scoring run: "
                + "parameters, top targets and their reasons, component and community sizes, key players.")
final class ReportCommand extends CaseCommand {

    @Parameters(index = "0", paramLabel = "RUN", description = "Run id, or 'latest'.")
    String runId;

    @Option(names = "--out", required = true, paramLabel = "FILE.html", description = "The HTML file to write.")
    Path out;

    @Mixin
    TopOption top;

    @Option(names = "--curves", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Add removal curves (degree, betweenness, articulation points, key players, random), "
                    + "computed now on the store's network under the run's evidence rule (default: on; --no-curves).")
    boolean curves;

    @Mixin
    QuietOption progress;

    @Override
    public Integer call() {
        // Ctrl-C stops between the steps (exit 130, no report written)
        return monitored(progress, (store, monitor) -> {
            RunReport.Result result = new RunReport(auditor()).run(store,
                    new RunReport.Request(runId, out, top.or(RunReportWriter.DEFAULT_TOP), curves), monitor);
            PrintWriter writer = out();
            writer.printf("wrote %s (sha256 %s)%n", result.file().path(), result.file().sha256());
            writer.flush();
            return ExitCodes.OK;
        });
    }
}
