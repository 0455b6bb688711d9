package org.crimegraph.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.StoreStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code crimegraph db …}: the store itself. */
@Command(name = "db", description = "Store commands.", subcommands = DbCommand.Status.class, mixinStandardHelpOptions = true)
final class DbCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code crimegraph db status}: mode, Neo4j version, counts by label and relationship type. */
    @Command(name = "status", description = "Show the store: mode, Neo4j version, node and relationship counts.",
            mixinStandardHelpOptions = true)
    static final class Status implements java.util.concurrent.Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        StoreOptions storeOptions;

        @Override
        public Integer call() {
            try (GraphStore store = storeOptions.open()) {
                StoreStatus status = StoreStatus.of(store);
                PrintWriter out = spec.commandLine().getOut();
                out.printf("mode:     %s%n", status.mode());
                out.printf("location: %s%n", status.location());
                out.printf("neo4j:    %s %s%n", status.neo4jVersion(), status.edition());
                out.println("nodes:");
                print(out, status.labels());
                out.println("relationships:");
                print(out, status.relationships());
                out.flush();
            }
            return ExitCodes.OK;
        }

        private static void print(PrintWriter out, Map<String, Long> counts) {
            if (counts.isEmpty()) {
                out.println("  (none)");
            }
            counts.forEach((name, count) -> out.printf("  %-14s %,10d%n", name, count));
        }
    }
}
