package org.crimegraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.crimegraph.export.ExportFormat;
import org.crimegraph.export.WrittenFile;
import org.crimegraph.scoring.ScoringResult;
import org.crimegraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crimegraph export}: the scored person network as files for investigators' tools. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the scored person network as CSV (nodes.csv, edges.csv) and/or GraphML, with a manifest "
                + "of SHA-256 hashes. --release-to partner leaves out everything that rests only on restricted reports.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    AuditOptions auditOptions;

    @Mixin
    ReleaseOption release;

    @Option(names = "--format", split = ",", defaultValue = "csv,graphml", paramLabel = "FORMAT",
            description = "csv and/or graphml (default: ${DEFAULT-VALUE}).")
    List<String> formats;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Override
    public Integer call() {
        EnumSet<ExportFormat> chosen = EnumSet.noneOf(ExportFormat.class);
        for (String format : formats) {
            try {
                chosen.add(ExportFormat.valueOf(format.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown export format '" + format + "' (use csv or graphml)");
            }
        }
        try (GraphStore store = storeOptions.open()) {
            ScoringResult result = ScoreStep.run(store, release.filter(), null, auditOptions, storeOptions);
            List<WrittenFile> files = ExportStep.run(result, chosen, out, auditOptions, storeOptions,
                    store.target().describe());
            PrintWriter writer = spec.commandLine().getOut();
            writer.println("Evidence used: " + result.filter().describe());
            files.forEach(f -> writer.printf("wrote %s (sha256 %s)%n", f.path(), f.sha256()));
            writer.flush();
        }
        return ExitCodes.OK;
    }
}
