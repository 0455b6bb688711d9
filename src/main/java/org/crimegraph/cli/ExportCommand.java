package org.crimegraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.crimegraph.app.export.Around;
import org.crimegraph.app.export.ExportNetwork;
import org.crimegraph.export.ExportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code crimegraph export}: the scored person network as files for investigators' tools. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the scored person network (scored now, or a saved run with --run) as CSV, GraphML, GEXF "
                + "(with time intervals), JSON, an i2 Analyst's Notebook import CSV and/or UCINET DL, with a manifest of SHA-256 "
                + "hashes. --release-to partner leaves out everything that rests only on restricted reports.")
final class ExportCommand extends ReleasedCommand {

    @Option(names = "--format", split = ",", defaultValue = "csv,graphml", paramLabel = "FORMAT",
            description = "Any of csv, graphml, gexf, json, i2, dl (UCINET), svg (a picture) (default: ${DEFAULT-VALUE}).")
    List<String> formats;

    @Option(names = "--run", paramLabel = "RUN_ID",
            description = "Export the results of a saved scoring run ('latest' for the newest) instead of scoring now: "
                    + "the run's own communities and key players (the columns left out if it has none), so --seed and "
                    + "--key-players do not apply.")
    String runId;

    @Option(names = "--around", split = ",", arity = "1..*", paramLabel = "PERSON_ID",
            description = "Export only around these persons: the persons within --hops person-to-person steps of them "
                    + "(the persons 'neighbours --hops' lists), the person network among them, and the phones, calls, "
                    + "accounts, transactions, vehicles, crossings, locations, meetings and routes that link them.")
    List<String> around;

    @Mixin
    HopsOption hops;

    @Option(names = "--mode-hops", paramLabel = "N",
            description = "With --around, instead of --hops: relationships to follow out in the multi-mode graph "
                    + "(person -> phone -> call -> phone -> person is 4), keeping everything met on the way.")
    Integer modeHops;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Mixin
    SeedOption seed;

    @Mixin
    KeyPlayersOption keyPlayers;

    @Mixin
    ExcelOption excel;

    @Mixin
    SortOption sort;

    @Mixin
    ScoringModeOption scoringMode;

    @Mixin
    QuietOption progress;

    @Override
    public Integer call() {
        EnumSet<ExportFormat> chosen = ExportFormat.parse(formats);
        if (runId != null && scoringMode.given()) {
            throw new IllegalArgumentException("--budget and --epsilon choose how to score now; with --run the saved "
                    + "run's own scores are exported, in the mode it was scored in");
        }
        // Ctrl-C stops between files (exit 130, nothing published)
        return monitored(progress, (store, monitor) -> {
            ExportNetwork.Result result = new ExportNetwork(auditor(), monitor).run(store,
                    new ExportNetwork.Request(release.filter(), chosen, out, runId, aroundOption(),
                            new ExportNetwork.ScoredNow(keyPlayers.value(), seed.value(), scoringMode.method(seed.value())),
                            excel.bom, sort.measure));
            PrintWriter writer = out();
            writer.println("Evidence used: " + result.evidence());
            result.files().forEach(f -> writer.printf("wrote %s (sha256 %s)%n", f.path(), f.sha256()));
            writer.flush();
            return ExitCodes.OK;
        });
    }

    /** The {@code --around} scope asked for, or null for the whole network. */
    Around aroundOption() {
        if (around == null) {
            if (hops.given != null || modeHops != null) {
                throw new IllegalArgumentException((hops.given != null ? "--hops" : "--mode-hops") + " needs --around");
            }
            return null;
        }
        if (hops.given != null && modeHops != null) {
            throw new IllegalArgumentException("--hops (person-to-person steps) and --mode-hops (multi-mode relationships) "
                    + "count hops in two different ways: give one of them");
        }
        List<String> persons = around.stream().map(String::strip).toList();
        return modeHops != null ? new Around(persons, modeHops, Around.HopCounting.MULTI_MODE)
                : new Around(persons, hops.steps(), Around.HopCounting.PERSON_STEPS);
    }
}
