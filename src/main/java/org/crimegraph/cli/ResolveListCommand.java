package org.crimegraph.cli;

import java.util.List;
import java.util.Map;
import org.crimegraph.app.resolve.EntityResolution;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.ResolutionStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crimegraph resolve list}: candidate pairs, strongest first. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List candidate pairs, strongest first.")
final class ResolveListCommand extends ResolveSubcommand {
    @Option(names = "--status", paramLabel = "STATUS", defaultValue = "open",
            description = "open, confirmed, rejected or all (default: ${DEFAULT-VALUE}).")
    String status;

    @Override
    public Integer call() {
        String wanted = EntityResolution.status(status);
        try (GraphStore store = storeOptions.open()) {
            List<ResolutionStore.Listed> listed = new EntityResolution(store).list(wanted);
            audit(store, "resolve list", Map.of("status", wanted, "listed", listed.size()));
            ResolvePrinter.list(listed, wanted, out());
        }
        return ExitCodes.OK;
    }
}
