package org.crimegraph.cli;

import java.util.List;
import java.util.Map;
import org.crimegraph.app.resolve.EntityResolution;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.ResolutionStore;
import picocli.CommandLine.Command;

/** {@code crimegraph resolve history}: every decision, oldest first. */
@Command(name = "history", mixinStandardHelpOptions = true, description = "Every decision, oldest first.")
final class ResolveHistoryCommand extends ResolveSubcommand {
    @Override
    public Integer call() {
        try (GraphStore store = storeOptions.open()) {
            List<ResolutionStore.Decision> decisions = new EntityResolution(store).history();
            audit(store, "resolve history", Map.of("decisions", decisions.size()));
            ResolvePrinter.history(decisions, out());
        }
        return ExitCodes.OK;
    }
}
