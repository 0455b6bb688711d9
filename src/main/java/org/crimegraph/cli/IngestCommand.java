package org.crimegraph.cli;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.app.ingest.IngestReports;
import org.crimegraph.ingest.IngestSummary;
import org.crimegraph.ingest.Ingestion;
import org.crimegraph.ingest.RecordType;
import org.crimegraph.ingest.RejectLimit;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.StoreTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crimegraph ingest PATH…}: load CSV files and JSON Lines report bundles (or folders of them) into the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Load report files (CSV, type from the header; JSON Lines bundles, .jsonl) or folders of them "
                + "into the store. Safe to repeat: loading the same data again changes nothing, and a run that was "
                + "stopped part-way resumes where it stopped.")
final class IngestCommand extends CaseCommand {

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "CSV files (type from the header), JSON Lines report bundles (.jsonl), or folders of them.")
    List<Path> paths;

    @Mixin
    RegionOption region;

    @Option(names = "--default-zone", defaultValue = "UTC", paramLabel = "ZONE",
            description = "Time zone for timestamps without an offset (default: ${DEFAULT-VALUE}).")
    ZoneId zone;

    @Option(names = "--batch-size", defaultValue = "" + Ingestion.DEFAULT_BATCH_SIZE, paramLabel = "N",
            description = "Rows per transaction (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--rejects", defaultValue = "rejects.csv", paramLabel = "FILE",
            description = "Where rejected rows are written (default: ${DEFAULT-VALUE}).")
    Path rejectsFile;

    @Option(names = "--max-rejects", defaultValue = "none", paramLabel = "N|P%",
            description = "Stop and exit with code 3 once more rows than this are rejected: a count (checked after "
                    + "every batch) or a percentage of rows read (checked after every file). Batches already "
                    + "written stay in the store. Default ${DEFAULT-VALUE}: bad rows never stop the run.")
    String maxRejects;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "Read every CSV file as this record type (reports, persons, calls, ...) instead of "
                    + "recognising it from the header; extra columns are ignored.")
    String type;

    @Option(names = "--reload",
            description = "Write every batch again even if the ingestion ledger says an earlier run wrote it "
                    + "(by default a rerun of the same file content resumes or skips).")
    boolean reload;

    @Option(names = "--bulk",
            description = "First load into a new, empty embedded store through Neo4j's offline importer: the same "
                    + "checks, rejects, claims and ledger as without --bulk, and the same store, several times faster "
                    + "for large files. Refuses a store that holds anything (docs/operations.md).")
    boolean bulk;

    @Mixin
    QuietOption progress;

    @Override
    public Integer call() {
        RejectLimit limit = RejectLimit.parse(maxRejects);
        RecordType forced = type == null ? null : RecordType.named(type);
        IngestReports.Request request = new IngestReports.Request(paths, region.code, zone, batchSize, rejectsFile, forced,
                limit, reload, bulk);
        IngestReports.Result result;
        if (bulk) {
            if (ShellStore.of(storeOptions.command) != null) {
                throw new IllegalArgumentException("--bulk needs the store to itself (the importer replaces its files): "
                        + "leave the shell first");
            }
            if (!(storeOptions.target() instanceof StoreTarget.Embedded embedded)) {
                throw new IllegalArgumentException("--bulk loads into an embedded store only (--store); a server's "
                        + "database is loaded with neo4j-admin database import on the server, or without --bulk");
            }
            err().println("crimegraph: using " + embedded.describe());
            result = new IngestReports(auditor()).runBulk(embedded, request, progress.stream(), progress.progressOnly());
        } else {
            Monitor monitor = progress.progressOnly();
            try (GraphStore store = storeOptions.openOrCreate(monitor)) {
                result = new IngestReports(auditor()).run(store, request, progress.stream(), monitor);
            }
        }
        IngestSummaryTable.print(result, rejectsFile, out());
        IngestSummary summary = result.summary();
        if (!summary.complete()) {
            err().printf("crimegraph: %s; see %s%n", summary.stoppedBecause(), rejectsFile);
            err().flush();
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.OK;
    }
}
