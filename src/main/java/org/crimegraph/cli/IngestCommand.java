package org.crimegraph.cli;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.crimegraph.ingest.IngestSummary;
import org.crimegraph.ingest.Ingestion;
import org.crimegraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crimegraph ingest PATH…}: load CSV files (or folders of them) into the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Load report files (CSV; type from the header) or folders of them into the store. "
                + "Safe to repeat: loading the same data again changes nothing.")
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    AuditOptions auditOptions;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "CSV files or folders of CSV files.")
    List<Path> paths;

    @Option(names = "--default-region", defaultValue = "GB", paramLabel = "CC",
            description = "Region for phone numbers written in national form (default: ${DEFAULT-VALUE}).")
    String region;

    @Option(names = "--default-zone", defaultValue = "UTC", paramLabel = "ZONE",
            description = "Time zone for timestamps without an offset (default: ${DEFAULT-VALUE}).")
    ZoneId zone;

    @Option(names = "--batch-size", defaultValue = "" + Ingestion.DEFAULT_BATCH_SIZE, paramLabel = "N",
            description = "Rows per transaction (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--rejects", defaultValue = "rejects.csv", paramLabel = "FILE",
            description = "Where rejected rows are written (default: ${DEFAULT-VALUE}).")
    Path rejectsFile;

    @Option(names = "--max-rejects", defaultValue = "0", paramLabel = "N",
            description = "Exit with code 3 if more rows than this are rejected (good rows are loaded either way; default: ${DEFAULT-VALUE}).")
    long maxRejects;

    @Override
    public Integer call() {
        try (GraphStore store = storeOptions.open()) {
            IngestSummary summary = IngestStep.run(store,
                    new IngestStep.Settings(paths, region, zone, batchSize, rejectsFile),
                    auditOptions.log(storeOptions), auditOptions.analyst(), spec.commandLine().getOut(), System.err);
            if (summary.rejects().size() > maxRejects) {
                spec.commandLine().getErr().printf("crimegraph: %d rows rejected (allowed: %d); see %s%n",
                        summary.rejects().size(), maxRejects, rejectsFile);
                spec.commandLine().getErr().flush();
                return ExitCodes.BAD_INPUT;
            }
        }
        return ExitCodes.OK;
    }
}
