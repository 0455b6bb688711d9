package org.crimegraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.crimegraph.export.ExportFormat;
import org.crimegraph.export.WrittenFile;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.ingest.Ingestion;
import org.crimegraph.scoring.ScoringResult;
import org.crimegraph.store.GraphStore;
import org.crimegraph.files.PrivateFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crimegraph demo}: the whole path on the sample case. Into a fresh embedded store under
 * {@code --workdir} it ingests {@code sample-data/}, scores the network, prints the top targets with
 * reasons, and writes the CSV and GraphML exports (internal, and a partner release).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the whole path on the sample case: ingest sample-data/ into a fresh embedded store, "
                + "score, print the key targets with reasons, write CSV and GraphML exports.")
final class DemoCommand implements Callable<Integer> {

    /** Marks a folder as the demo's own, so that it may be wiped on the next run. */
    static final String MARKER = ".crimegraph-demo";

    @Spec
    CommandSpec spec;

    @Mixin
    AuditOptions auditOptions;

    @Option(names = "--data", defaultValue = "sample-data", paramLabel = "DIR",
            description = "The case to load (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--workdir", defaultValue = "crimegraph-demo", paramLabel = "DIR",
            description = "Folder for the demo's store, exports, rejects and audit log; wiped at start if it is a "
                    + "previous demo's (default: ${DEFAULT-VALUE}).")
    Path workdir;

    @Option(names = "--top", defaultValue = "10", paramLabel = "N", description = "How many targets to print (default: ${DEFAULT-VALUE}).")
    int top;

    @Override
    public Integer call() {
        if (!Files.isDirectory(data)) {
            throw new org.crimegraph.ingest.InputFileException(data + ": no such folder (run the demo from the "
                    + "crimegraph folder, or pass --data)");
        }
        prepareWorkdir();
        PrintWriter out = spec.commandLine().getOut();
        StoreOptions storeOptions = new StoreOptions();
        storeOptions.store = workdir.resolve("store");
        if (auditOptions.auditLog == null) {
            auditOptions.auditLog = workdir.resolve("audit.jsonl");
        }
        long started = System.nanoTime();
        try (GraphStore store = storeOptions.openOrCreate()) {
            out.println("== 1. Ingest " + data + " into " + store.target().describe());
            IngestStep.run(store, new IngestStep.Settings(List.of(data), "GB", ZoneId.of("UTC"),
                    Ingestion.DEFAULT_BATCH_SIZE, workdir.resolve("rejects.csv")), auditOptions, storeOptions,
                    out, System.err);

            out.println();
            out.println("== 2. Score the person network and rank targets");
            ScoringResult internal = ScoreStep.run(store, ProjectionFilter.ALL, null, auditOptions, storeOptions);
            TargetReport.print(internal, top, TargetReport.Format.table, out);

            out.println();
            out.println("== 3. Exports");
            EnumSet<ExportFormat> formats = EnumSet.of(ExportFormat.CSV, ExportFormat.GRAPHML);
            List<WrittenFile> files = ExportStep.run(store, internal, formats, workdir.resolve("exports/internal"),
                    auditOptions, storeOptions);
            ScoringResult partner = ScoreStep.run(store, ProjectionFilter.RELEASABLE, null, auditOptions, storeOptions);
            files = Stream.concat(files.stream(), ExportStep.run(store, partner, formats, workdir.resolve("exports/partner"),
                    auditOptions, storeOptions).stream()).toList();
            for (WrittenFile file : files) {
                out.println("wrote " + file.path());
            }
            out.printf("partner release: %d of %d persons and %d of %d links rest on shareable (P) reports%n",
                    partner.network().graph().vertexSet().size(), internal.network().graph().vertexSet().size(),
                    partner.network().graph().edgeSet().size(), internal.network().graph().edgeSet().size());
        }
        out.printf("audit log: %s%n", auditOptions.log(storeOptions).file());
        out.printf("demo finished in %.1f s%n", (System.nanoTime() - started) / 1e9);
        out.println();
        out.println(nextSteps(storeOptions.store));
        out.flush();
        return ExitCodes.OK;
    }

    /** What to try next on the demo's store: the README's tour uses the same store. */
    static String nextSteps(Path store) {
        String s = " --store " + store;
        return String.join(System.lineSeparator(),
                "Next, on the demo's store (or 'export CRIMEGRAPH_STORE=" + store + "' and leave out --store; "
                        + "the README's tour does this):",
                "  bin/crimegraph node P020" + s + "                  # one person: measures, ranks, links and reports",
                "  bin/crimegraph score --sort betweenness" + s + "   # rank by one measure",
                "  bin/crimegraph disrupt --k 6" + s + "              # whom to remove to break the network",
                "  bin/crimegraph path P001 P039" + s + "             # how two persons are linked, hop by hop",
                "  bin/crimegraph export --format csv,dl --excel --out my-exports" + s);
    }

    /** Creates the work folder, wiping it first only if a previous demo made it. */
    private void prepareWorkdir() {
        try {
            if (Files.exists(workdir)) {
                boolean ours = Files.exists(workdir.resolve(MARKER));
                boolean empty;
                try (Stream<Path> children = Files.list(workdir)) {
                    empty = children.findAny().isEmpty();
                }
                if (!ours && !empty) {
                    throw new IllegalArgumentException(workdir + " exists and is not a crimegraph demo folder; "
                            + "choose another --workdir");
                }
                if (ours) {
                    try (Stream<Path> walk = Files.walk(workdir)) {
                        for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                            Files.delete(path);
                        }
                    }
                }
            }
            PrivateFiles.createDirectories(workdir);
            Files.writeString(workdir.resolve(MARKER), "created by crimegraph demo; this folder is wiped by the next demo\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + workdir + ": " + e.getMessage(), e);
        }
    }
}
