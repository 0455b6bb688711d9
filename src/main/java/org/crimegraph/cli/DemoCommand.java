package org.crimegraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crimegraph.app.demo.Demo;
import org.crimegraph.export.WrittenFile;
import org.crimegraph.scoring.ScoringResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code crimegraph demo}: the whole path on the sample case ({@link Demo}), from any folder: the
 * sample case ships inside the jar, and {@code --data DIR} overrides it. Prints each step, the top
 * targets with reasons and the exports written (internal, and a partner release).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the whole path on the sample case (bundled; --data DIR for another): ingest it into a fresh embedded store, "
                + "score, print the key targets with reasons, write CSV and GraphML exports.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    CrimegraphCommand root;

    @Mixin
    AuditOptions auditOptions;

    @Option(names = "--data", paramLabel = "DIR",
            description = "The case to load (default: ./sample-data if it exists, else the sample case bundled in "
                    + "crimegraph).")
    Path data;

    @Option(names = "--workdir", defaultValue = "crimegraph-demo", paramLabel = "DIR",
            description = "Folder for the demo's store, exports, rejects and audit log; wiped at start if it is a "
                    + "previous demo's (default: ${DEFAULT-VALUE}).")
    String workdir;

    @Mixin
    TopOption top;

    @Override
    public Integer call() {
        Environment environment = root == null ? Environment.system() : root.environment();
        Demo.Result result = new Demo().run(new Demo.Request(data(environment), environment.resolve(workdir),
                auditOptions.analyst(), auditOptions.chosenLog()), System.err);
        PrintWriter out = spec.commandLine().getOut();
        out.println("== 1. Ingest " + result.data() + " into " + result.storeDescription());
        IngestSummaryTable.print(result.ingest(), result.rejects(), out);
        out.println();
        out.println("== 2. Score the person network and rank targets");
        TargetTable.print(result.internal(), top.or(TopOption.DEFAULT), OutputFormat.table, out);
        out.println();
        out.println("== 3. Exports");
        for (WrittenFile file : result.files()) {
            out.println("wrote " + file.path());
        }
        out.printf("partner release: %d of %d persons and %d of %d links rest on shareable (P) reports%n",
                persons(result.partner()), persons(result.internal()), links(result.partner()), links(result.internal()));
        out.printf("audit log: %s%n", result.auditLog());
        out.printf("demo finished in %.1f s%n", result.elapsed().toNanos() / 1e9);
        out.println();
        out.println(nextSteps(result.store(), launcher(environment)));
        out.flush();
        return ExitCodes.OK;
    }

    /** {@code --data}, else {@code ./sample-data} if it exists, else null for the bundled sample case. */
    private Path data(Environment environment) {
        if (data != null) {
            return data;
        }
        Path local = environment.resolve("sample-data");
        return Files.isDirectory(local) ? local : null;
    }

    private static int persons(ScoringResult result) {
        return result.network().graph().vertexSet().size();
    }

    private static int links(ScoringResult result) {
        return result.network().graph().edgeSet().size();
    }

    /**
     * How the user starts crimegraph from here: {@code bin/crimegraph} in a checkout of the project, else
     * {@code java -jar} with the path of the running jar.
     */
    static String launcher(Environment environment) {
        if (java.nio.file.Files.isExecutable(environment.resolve("bin/crimegraph"))) {
            return "bin/crimegraph";
        }
        try {
            Path jar = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.toString().endsWith(".jar") ? "java -jar " + jar : "crimegraph";
        } catch (java.net.URISyntaxException | SecurityException | NullPointerException e) {
            return "crimegraph";
        }
    }

    /** What to try next on the demo's store, started with {@code launcher}: the README's tour uses the same store. */
    static String nextSteps(Path store, String launcher) {
        String s = " --store " + store;
        String b = launcher;
        return String.join(System.lineSeparator(),
                "Next, on the demo's store (or 'export CRIMEGRAPH_STORE=" + store + "' and leave out --store; "
                        + "the README's tour does this):",
                "  " + b + " node P020" + s + "                  # one person: measures, ranks, links and reports",
                "  " + b + " score --sort betweenness" + s + "   # rank by one measure",
                "  " + b + " disrupt --k 6" + s + "              # whom to remove to break the network",
                "  " + b + " path P001 P039" + s + "             # how two persons are linked, hop by hop",
                "  " + b + " export --format csv,dl --excel --out my-exports" + s);
    }
}
