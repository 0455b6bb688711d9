package org.crimegraph.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.crimegraph.app.db.MigrateStore;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.StoreStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code crimegraph db …}: the store itself. */
@Command(name = "db", description = "Store commands.", subcommands = {DbCommand.Status.class, DbCommand.Migrate.class}, mixinStandardHelpOptions = true)
final class DbCommand extends CommandGroup {

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

        static void print(PrintWriter out, Map<String, Long> counts) {
            if (counts.isEmpty()) {
                out.println("  (none)");
            }
            counts.forEach((name, count) -> out.printf("  %-14s %,10d%n", name, count));
        }
    }

    /**
     * {@code crimegraph db migrate}: brings a store written by an older crimegraph to the current data model
     * (docs/provenance.md §7): legacy node values become claims of the node's restricted reports (of all its
     * reports only if every one is shareable). One transaction; running it again changes nothing.
     */
    @Command(name = "migrate", description = {"Migrate a store written by an older crimegraph to the current data "
            + "model: values on nodes become claims on the reports' ASSERTS relationships (docs/provenance.md).",
            "A legacy value goes to the node's restricted (C) reports only, unless all of them are shareable (P)."},
            mixinStandardHelpOptions = true)
    static final class Migrate extends CaseCommand {

        @Override
        public Integer call() {
            try (GraphStore store = storeOptions.openForMigration()) {
                MigrateStore.Result result = new MigrateStore(auditor()).run(store);
                PrintWriter out = out();
                if (result.alreadyCurrent()) {
                    out.printf("%s is already at schema %d; nothing to do%n", store.target().describe(), result.before());
                } else {
                    out.printf("%s migrated from schema %d to %d: node values are now claims of their reports "
                            + "(docs/provenance.md)%n", store.target().describe(), result.before(), result.now());
                }
                out.flush();
            }
            return ExitCodes.OK;
        }
    }
}
