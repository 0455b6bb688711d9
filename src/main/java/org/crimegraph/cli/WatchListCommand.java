package org.crimegraph.cli;

import java.util.List;
import org.crimegraph.app.watch.Watchlist;
import org.crimegraph.cli.render.TextTable;
import org.crimegraph.model.WatchEntry;
import org.crimegraph.store.GraphStore;
import org.crimegraph.text.SafeText;
import picocli.CommandLine.Command;

/** {@code crimegraph watch list}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "The watched persons, with who added them, when and why.")
final class WatchListCommand extends CaseCommand {

    @Override
    public Integer call() {
        try (GraphStore store = storeOptions.open()) {
            List<WatchEntry> entries = new Watchlist(auditor()).list(store);
            if (entries.isEmpty()) {
                out().println("Nobody is watched ('crimegraph watch add PERSON').");
            } else {
                TextTable table = new TextTable().left("person", 10).gap("  ").left("added by", 16).gap("  ")
                        .left("added at (UTC)", 24).gap("  ").left("reason", 0);
                table.printHeader(out());
                entries.forEach(e -> table.printRow(out(), e.personId(), e.addedBy(), e.addedAt(),
                        e.reason() == null ? "" : SafeText.clip(e.reason(), 60)));
            }
            out().flush();
            return ExitCodes.OK;
        }
    }
}
