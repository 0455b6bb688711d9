package org.crimegraph.cli;

import java.util.List;
import org.crimegraph.app.query.UnresolvedReference;
import org.crimegraph.app.watch.Watchlist;
import org.crimegraph.model.WatchEntry;
import org.crimegraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crimegraph watch add PERSON… [--reason TEXT]}. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Watch persons (id, phone, IBAN, registration or name, as 'find' reads them).",
                "Exit code 3 if a reference names nobody, 6 if it names several (candidates listed)."})
final class WatchAddCommand extends CaseCommand {

    @Parameters(arity = "1..*", paramLabel = "PERSON", description = "The persons to watch.")
    List<String> references;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why they are watched (kept with the entry).")
    String reason;

    @Mixin
    RegionOption region;

    @Override
    public Integer call() {
        try (GraphStore store = storeOptions.open()) {
            List<WatchEntry> added = new Watchlist(auditor()).add(store, references, reason, region.code);
            added.forEach(e -> out().printf("watching %s%s%n", e.personId(), reason == null ? "" : " (" + reason + ")"));
            out().flush();
            return ExitCodes.OK;
        } catch (UnresolvedReference unresolved) {
            return PersonQueryCommand.printCandidates(unresolved, out(), err());
        }
    }
}
