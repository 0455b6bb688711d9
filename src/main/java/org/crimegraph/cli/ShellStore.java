package org.crimegraph.cli;

import java.util.concurrent.atomic.AtomicInteger;
import org.crimegraph.store.GraphStore;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The store {@code crimegraph shell} opened once, with the store and audit options it was opened with.
 * Every command run inside the shell asks {@link StoreOptions} for its store and gets a {@link GraphStore#view}
 * of this one, which its {@code close()} leaves open; the shell closes the store when it ends. A command
 * finds the shell through the root of its command line ({@link CrimegraphCommand#shellStore}).
 */
final class ShellStore {

    private final GraphStore store;
    private final StoreOptions storeOptions;
    private final AuditOptions auditOptions;
    private final AtomicInteger views = new AtomicInteger();

    /**
     * @param store        the open store (the shell owns and closes it)
     * @param storeOptions the options the shell opened it with: every command inside works on that store
     * @param auditOptions the shell's {@code --analyst} and {@code --audit-log}: the default of every command inside
     */
    ShellStore(GraphStore store, StoreOptions storeOptions, AuditOptions auditOptions) {
        this.store = store;
        this.storeOptions = storeOptions;
        this.auditOptions = auditOptions;
    }

    /** The shell a command runs in, or null when it runs alone. */
    static ShellStore of(CommandSpec command) {
        if (command == null || command.root() == null) {
            return null;
        }
        return command.root().userObject() instanceof CrimegraphCommand root ? root.shellStore : null;
    }

    /** A view of the open store for one command. */
    GraphStore view() {
        views.incrementAndGet();
        return store.view();
    }

    /** How many commands have asked for the store (the store itself was opened once). */
    int views() {
        return views.get();
    }

    StoreOptions storeOptions() {
        return storeOptions;
    }

    AuditOptions auditOptions() {
        return auditOptions;
    }
}
