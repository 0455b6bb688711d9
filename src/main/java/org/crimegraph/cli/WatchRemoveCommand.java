package org.crimegraph.cli;

import java.util.List;
import org.crimegraph.app.watch.Watchlist;
import org.crimegraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code crimegraph watch remove PERSON_ID…}. */
@Command(name = "remove", mixinStandardHelpOptions = true, description = "Stop watching persons (by person id).")
final class WatchRemoveCommand extends CaseCommand {

    @Parameters(arity = "1..*", paramLabel = "PERSON_ID", description = "The persons to stop watching.")
    List<String> personIds;

    @Override
    public Integer call() {
        try (GraphStore store = storeOptions.open()) {
            List<String> removed = new Watchlist(auditor()).remove(store, personIds);
            for (String id : personIds) {
                out().printf(removed.contains(id) ? "no longer watching %s%n" : "%s was not watched%n", id);
            }
            out().flush();
            return ExitCodes.OK;
        }
    }
}
