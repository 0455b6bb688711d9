package org.crimegraph.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.crimegraph.app.resolve.EntityResolution;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.ingest.PersonResolution;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.ResolutionStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crimegraph resolve list|scan|confirm|reject|undo|history}: the analyst's side of entity
 * resolution. Candidates are found at every ingest (and by {@code scan}); nothing is merged until an
 * analyst confirms, and every decision records who and when and can be undone.
 */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = "Entity resolution: list possible duplicate persons, confirm or reject them, undo a decision.",
        subcommands = {ResolveCommand.ListCandidates.class, ResolveCommand.Scan.class, ResolveCommand.Confirm.class,
                ResolveCommand.Reject.class, ResolveCommand.Undo.class, ResolveCommand.History.class})
final class ResolveCommand implements Runnable {

    @Spec
    CommandSpec spec;

    /** Store options given before the subcommand ({@code resolve --store X history}); the subcommand's own win. */
    @Mixin
    StoreOptions storeOptions;

    /** Audit options given before the subcommand; the subcommand's own win. */
    @Mixin
    AuditOptions auditOptions;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Shared: store, audit options, output. */
    abstract static class Base implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOptions storeOptions;

        @Mixin
        AuditOptions auditOptions;

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        void audit(GraphStore store, String action, Map<String, Object> parameters) {
            auditOptions.record(storeOptions, store, AuditEvent.of(action).with(parameters));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List candidate pairs, strongest first.")
    static final class ListCandidates extends Base {
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

    @Command(name = "scan", mixinStandardHelpOptions = true,
            description = "Look for candidate pairs now (ingest does this after every run).")
    static final class Scan extends Base {
        @Override
        public Integer call() {
            try (GraphStore store = storeOptions.open()) {
                PersonResolution.Scan scan = new EntityResolution(store).scan();
                audit(store, "resolve scan", Map.of("candidates", scan.candidates().size(), "new", scan.newPairs()));
                out().printf("%d candidate pairs, %d new; see crimegraph resolve list%n", scan.candidates().size(),
                        scan.newPairs());
                out().flush();
            }
            return ExitCodes.OK;
        }
    }

    /** A decision on one pair. */
    abstract static class Decide extends Base {
        @Parameters(index = "0", paramLabel = "A", description = "A person id.")
        String a;

        @Parameters(index = "1", paramLabel = "B", description = "The other person id.")
        String b;

        abstract String decide(EntityResolution resolution, String a, String b, String analyst);

        String action() {
            return spec.name();
        }

        @Override
        public Integer call() {
            PersonResolution.ordered(a, b); // same id twice is a usage error
            try (GraphStore store = storeOptions.open()) {
                String done = decide(new EntityResolution(store), a, b, auditOptions.analyst());
                if (done == null) {
                    spec.commandLine().getErr().printf("crimegraph: %s %s %s: nothing to %s%n", action(), a, b,
                            action().equals("undo") ? "undo (no confirmed or rejected decision on this pair)"
                                    : action() + " (unknown person id)");
                    spec.commandLine().getErr().flush();
                    return ExitCodes.BAD_INPUT;
                }
                Map<String, Object> parameters = new LinkedHashMap<>();
                parameters.put("a", a);
                parameters.put("b", b);
                parameters.put("result", done);
                parameters.put("store", store.target().describe());
                audit(store, "resolve " + action(), parameters);
                out().printf("%s: %s %s (by %s)%n", done, a, b, auditOptions.analyst());
                out().flush();
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "confirm", mixinStandardHelpOptions = true,
            description = "Record that two person records are one person (the projection then shows one node).")
    static final class Confirm extends Decide {
        @Override
        String decide(EntityResolution resolution, String a, String b, String analyst) {
            return resolution.confirm(a, b, analyst);
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true,
            description = "Record that two person records are different persons (not proposed again).")
    static final class Reject extends Decide {
        @Override
        String decide(EntityResolution resolution, String a, String b, String analyst) {
            return resolution.reject(a, b, analyst);
        }
    }

    @Command(name = "undo", mixinStandardHelpOptions = true,
            description = "Undo the confirm or reject decision on a pair; the candidate is open again.")
    static final class Undo extends Decide {
        @Override
        String decide(EntityResolution resolution, String a, String b, String analyst) {
            return resolution.undo(a, b, analyst);
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true, description = "Every decision, oldest first.")
    static final class History extends Base {
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
}
