package org.crimegraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.crimegraph.analysis.ComputationCancelledException;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.analysis.timeline.TimeWindows;
import org.crimegraph.app.timeline.NetworkTimeline;
import org.crimegraph.graph.PathLength;
import org.crimegraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code crimegraph timeline}: the person network window by window ({@link NetworkTimeline}). */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"The person network in consecutive time windows: per window persons, links, density, "
                + "components, Freeman centralisation (degree, betweenness) and modularity; per person every measure "
                + "and its rank, who enters and leaves; communities matched across windows (split, merge, birth, death).",
                "A window holds the evidence dated inside it and the undated evidence (associations, shared phones, "
                        + "accounts, vehicles, addresses), unless --dated-only; a person is in a window when linked there."})
final class TimelineCommand extends StoreQueryCommand {

    @Mixin
    PathLengthOption pathLength;

    @Option(names = "--window", defaultValue = "P1M", paramLabel = "PERIOD",
            description = "Length of each window, an ISO-8601 period: P1M (calendar month), P2W, P7D, P1Y "
                    + "(default: ${DEFAULT-VALUE}). --from/--to give the span (default: the dated evidence's).")
    String window;

    @Option(names = "--step", paramLabel = "PERIOD",
            description = "How far each window starts after the previous one (default: the window, so windows do not overlap).")
    String step;

    @Option(names = "--windows", paramLabel = "LIST",
            description = "Exactly these windows, START/END,... with END exclusive, e.g. "
                    + "2026-01-01/2026-02-01,2026-02-01/2026-04-01 (instead of --window, --step, --from, --to).")
    String windows;

    @Option(names = "--dated-only", description = "Leave undated evidence (associations, shared phones, accounts, "
            + "vehicles, addresses, routes) out of every window.")
    boolean datedOnly;

    @Mixin
    CsvFormatOption format;

    @Option(names = "--rows", defaultValue = "windows", paramLabel = "ROWS",
            description = "With --format csv: windows (one row per window), persons (one row per person and window, "
                    + "every measure and rank) or communities (one row per community change). Default: ${DEFAULT-VALUE}.")
    TimelinePrinter.Rows rows;

    @Option(names = "--top", defaultValue = "8", paramLabel = "N",
            description = "Persons followed in the rank table and chart: those in the betweenness top N of some window "
                    + "(default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--charts", paramLabel = "DIR",
            description = "Write betweenness-rank.svg, network-size.svg, centralisation.svg and one network "
                    + "frame a window (frame-01.svg ..., one layout for all) here.")
    Path charts;

    @Mixin
    SeedOption seed;

    @Mixin
    ThreadsOption threads;

    @Mixin
    QuietOption progress;

    @Override
    public int run(GraphStore store, PrintWriter out, PrintWriter err) {
        if (windows != null && (spec.commandLine().getParseResult().hasMatchedOption("--window") || step != null)) {
            throw new IllegalArgumentException("--windows lists the windows itself: it does not combine with --window or --step");
        }
        NetworkTimeline.Plan plan = windows != null ? NetworkTimeline.Plan.of(TimeWindows.parse(windows))
                : NetworkTimeline.Plan.consecutive(TimeWindows.period(window, "--window"),
                        step == null ? null : TimeWindows.period(step, "--step"));
        NetworkTimeline.Request request = new NetworkTimeline.Request(release.filter(), plan, datedOnly,
                pathLength.or(PathLength.INVERSE_WEIGHT), threads.count, seed.value(), charts, top);
        // Ctrl-C cancels the windows still to score (exit 130, nothing written or audited)
        try (CtrlC ctrlC = CtrlC.install()) {
            NetworkTimeline.Result result = new NetworkTimeline(auditor()).run(store, request,
                    progress.monitor(ctrlC));
            new TimelinePrinter(result, top).print(format.format, rows, out);
            result.charts().forEach(p -> err.println("chart written to " + p));
            err.flush();
        } catch (ComputationCancelledException e) {
            return ExitCodes.interrupted(err);
        }
        return ExitCodes.OK;
    }
}
