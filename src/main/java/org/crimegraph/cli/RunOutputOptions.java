package org.crimegraph.cli;

import java.nio.file.Path;
import java.util.List;
import org.crimegraph.app.export.ExportNetwork;
import org.crimegraph.app.report.RunReport;
import org.crimegraph.export.ExportFormat;
import org.crimegraph.export.RunReportWriter;
import org.crimegraph.graph.ProjectionFilter;
import picocli.CommandLine.Option;

/**
 * {@code score --save --export DIR --report FILE}: the saved run's export and report in the same command,
 * from the network the run read (app.run.OvernightRun; docs/operations.md, "The overnight path").
 */
public final class RunOutputOptions {

    @Option(names = "--export", paramLabel = "DIR",
            description = "With --save: then export the run into DIR, as 'export --run RUN --out DIR' would, from the "
                    + "network the run was scored on (the store is read once for both).")
    Path export;

    @Option(names = "--export-format", split = ",", defaultValue = "csv,graphml", paramLabel = "FORMAT",
            description = "With --export: any of csv, graphml, gexf, json, i2, dl, svg (default: ${DEFAULT-VALUE}).")
    List<String> formats;

    @Option(names = "--report", paramLabel = "FILE.html",
            description = "With --save: then write the run's HTML report, as 'report RUN --out FILE' would (top "
                    + RunReportWriter.DEFAULT_TOP + ", removal curves), from the network the run was scored on.")
    Path report;

    /** True if an export or a report is asked for. */
    boolean any() {
        return export != null || report != null;
    }

    /** The export asked for under the run's release {@code filter}, or null. */
    ExportNetwork.Request export(ProjectionFilter filter) {
        return export == null ? null : new ExportNetwork.Request(filter, ExportFormat.parse(formats), export, "latest",
                null, null, false, null);
    }

    /** The report asked for, or null. */
    RunReport.Request report() {
        return report == null ? null : new RunReport.Request("latest", report, RunReportWriter.DEFAULT_TOP, true);
    }
}
