package org.crimegraph.cli;

import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * Two or three examples per command, shown as the footer of its {@code --help} (and of its
 * subcommands'), and the one-line pointer to that help printed under a usage error.
 */
final class CommandExamples {

    private static final String STORE = "--store crimegraph-demo/store";

    /** Examples by top-level command name. */
    static final Map<String, List<String>> EXAMPLES = Map.ofEntries(
            Map.entry("db", List.of("crimegraph db status " + STORE, "crimegraph db status --uri bolt://localhost:7687")),
            Map.entry("ingest", List.of("crimegraph ingest sample-data/ " + STORE,
                    "crimegraph ingest calls.csv --max-rejects 1% --default-region FR",
                    "crimegraph ingest --bulk big-case/ --store new-store    # first load, empty store only")),
            Map.entry("resolve", List.of("crimegraph resolve list " + STORE, "crimegraph resolve confirm P012 P044",
                    "crimegraph resolve history")),
            Map.entry("timeline", List.of("crimegraph timeline " + STORE + " --window P1M --charts timeline/",
                    "crimegraph timeline --windows 2024-01-01/2024-04-01,2024-04-01/2024-07-01 --release-to partner",
                    "crimegraph timeline --window P3M --step P1M --format csv --rows persons")),
            Map.entry("score", List.of("crimegraph score " + STORE + " --top 10",
                    "crimegraph score --sort betweenness --release-to partner --min-grade 2B",
                    "crimegraph score --budget 10m --save")),
            Map.entry("node", List.of("crimegraph node P020 " + STORE, "crimegraph node P039 --format json")),
            Map.entry("communities", List.of("crimegraph communities " + STORE,
                    "crimegraph communities --algorithm louvain --resolution 1.5 --seed 7 --format json",
                    "crimegraph communities --consensus 20    # stable partition; unstable memberships marked *")),
            Map.entry("export", List.of("crimegraph export " + STORE + " --out exports/",
                    "crimegraph export --format csv,dl --excel --release-to partner --out partner/",
                    "crimegraph export --run latest --format gexf,json,i2,svg --out exports/")),
            Map.entry("runs", List.of("crimegraph runs " + STORE, "crimegraph score --save --summary run.json")),
            Map.entry("watch", List.of("crimegraph watch add P020 P039 " + STORE + " --reason \"Op TIDE targets\"",
                    "crimegraph watch list", "crimegraph watch remove P039")),
            Map.entry("alerts", List.of("crimegraph alerts " + STORE, "crimegraph alerts --since RUN_ID --format json",
                    "crimegraph alerts --release-to partner")),
            Map.entry("diff", List.of("crimegraph diff " + STORE, "crimegraph diff RUN_A RUN_B --top 20 --format json")),
            Map.entry("report", List.of("crimegraph report latest " + STORE + " --out briefing.html",
                    "crimegraph report RUN_ID --out briefing.html")),
            Map.entry("disrupt", List.of("crimegraph disrupt " + STORE + " --k 6",
                    "crimegraph disrupt --measure F --recovery within-community --stability 50",
                    "crimegraph disrupt --edges network.csv --k 10")),
            Map.entry("suggest-links", List.of("crimegraph suggest-links " + STORE + " --top 10",
                    "crimegraph suggest-links --for P039 --format json",
                    "crimegraph suggest-links --edges network.csv --format csv > suggested.csv")),
            Map.entry("demo", List.of("crimegraph demo", "crimegraph demo --workdir /tmp/demo --top 5")),
            Map.entry("audit", List.of("crimegraph audit verify " + STORE,
                    "crimegraph audit verify --audit-log crimegraph-demo/audit.jsonl")),
            Map.entry("find", List.of("crimegraph find \"kevin dubois\" " + STORE, "crimegraph find +33612345678")),
            Map.entry("path", List.of("crimegraph path P001 P039 " + STORE, "crimegraph path P001 P039 --k 3 --weighted",
                    "crimegraph path P001 P039 --full --in-time-order")),
            Map.entry("neighbours", List.of("crimegraph neighbours P039 --hops 2 " + STORE,
                    "crimegraph neighbours P020 --kinds call,meeting")),
            Map.entry("common", List.of("crimegraph common P010 P020 " + STORE)),
            Map.entry("connect", List.of("crimegraph connect P001 P020 P039 " + STORE)),
            Map.entry("shell", List.of("crimegraph shell " + STORE + "   # then: node P020",
                    "crimegraph shell --stop-on-error < queries.txt   # one command a line",
                    "crimegraph shell --timing --no-history")));

    private CommandExamples() {
    }

    /** Puts each command's examples in the footer of its help and of its subcommands'. */
    static void install(CommandLine root) {
        root.getSubcommands().forEach((name, sub) -> {
            List<String> examples = EXAMPLES.get(name);
            if (examples != null) {
                footer(sub, examples);
            }
        });
    }

    private static void footer(CommandLine command, List<String> examples) {
        StringBuilder text = new StringBuilder("%nExamples:%n");
        examples.forEach(e -> text.append("  ").append(e.replace("%", "%%")).append("%n"));
        command.getCommandSpec().usageMessage().footer(text.toString());
        command.getSubcommands().values().forEach(sub -> footer(sub, examples));
    }

    /** "See 'crimegraph help score' for usage and examples." for the command that failed. */
    static String pointer(CommandLine command) {
        String qualified = command.getCommandSpec().qualifiedName();
        String[] words = qualified.split(" ");
        String help = words.length == 2 ? "crimegraph help " + words[1] : qualified + " --help";
        return "See '" + help + "' for usage and examples.";
    }
}
