package org.crimegraph.cli;

import java.util.Map;
import org.crimegraph.app.resolve.EntityResolution;
import org.crimegraph.ingest.PersonResolution;
import org.crimegraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code crimegraph resolve scan}: look for candidate pairs now. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Look for candidate pairs now (ingest does this after every run).")
final class ResolveScanCommand extends ResolveSubcommand {

    @Mixin
    QuietOption progress;

    @Override
    public Integer call() {
        try (GraphStore store = storeOptions.open()) {
            PersonResolution.Scan scan = new EntityResolution(store).scan(progress.progressOnly());
            audit(store, "resolve scan", Map.of("candidates", scan.candidates().size(), "new", scan.newPairs()));
            out().printf("%d candidate pairs, %d new; see crimegraph resolve list%n", scan.candidates().size(),
                    scan.newPairs());
            out().flush();
        }
        return ExitCodes.OK;
    }
}
