package org.crimegraph.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Set;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.StoreStatus;
import org.crimegraph.store.StoreTarget;
import org.crimegraph.store.StoreUnavailableException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Where the graph lives, shared by every command that uses the store. Embedded in {@code --store}
 * (default {@value #DEFAULT_STORE}) unless {@code --uri} names a server. The server password is read
 * from {@code NEO4J_PASSWORD} or prompted for, never taken from the command line.
 *
 * <p>An embedded store folder that does not exist is refused (only {@code ingest} and {@code demo}
 * create one), naming the nearest existing store folder; a command that analyses persons refuses a
 * store that holds none; every command says on stderr which store it opened.
 */
public final class StoreOptions {

    /** The default embedded store folder, relative to the working folder. */
    public static final String DEFAULT_STORE = "crimegraph-data";

    /** Commands that analyse or look up persons, and so have nothing to say about a store without any. */
    private static final Set<String> NEED_PERSONS = Set.of("score", "node", "communities", "export", "disrupt",
            "find", "path", "neighbours", "common", "connect");

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "${env:CRIMEGRAPH_STORE:-" + DEFAULT_STORE + "}",
            description = "Embedded store folder (default: CRIMEGRAPH_STORE or " + DEFAULT_STORE + "; must exist, "
                    + "except for ingest).")
    Path store;

    /** Read as text, not as a {@link URI}: a conversion error would echo the value, password and all. */
    @Option(names = "--uri", paramLabel = "URI",
            description = "Use a Neo4j server instead: bolt://, neo4j://, bolt+s://, neo4j+s://. "
                    + "Password from NEO4J_PASSWORD or a prompt; never in the URI.")
    String uri;

    @Option(names = "--user", paramLabel = "USER", defaultValue = "${env:NEO4J_USER:-neo4j}",
            description = "Server user (default: NEO4J_USER or neo4j).")
    String user;

    @Option(names = "--database", paramLabel = "NAME", description = "Server database (default: the server's default).")
    String database;

    /**
     * Takes the store options given on an enclosing command ({@code crimegraph db --store X status}) for
     * each option not given on this one: store and server options are accepted at every command level.
     */
    private void inheritFromParents() {
        ShellStore shell = ShellStore.of(command);
        if (shell != null) { // inside the shell every command works on the shell's store (ShellLine refuses others)
            StoreOptions opened = shell.storeOptions();
            store = opened.store;
            uri = opened.uri;
            user = opened.user;
            database = opened.database;
            return;
        }
        ParentOptions.inherit(command, StoreOptions.class, "--store", o -> o.store, v -> store = v);
        ParentOptions.inherit(command, StoreOptions.class, "--uri", o -> o.uri, v -> uri = v);
        ParentOptions.inherit(command, StoreOptions.class, "--user", o -> o.user, v -> user = v);
        ParentOptions.inherit(command, StoreOptions.class, "--database", o -> o.database, v -> database = v);
    }

    /** The target these options describe; prompts for the password if needed. */
    public StoreTarget target() {
        inheritFromParents();
        if (uri == null) {
            return new StoreTarget.Embedded(store);
        }
        URI server = ServerUri.parse(uri); // before any password prompt, and before anything prints the URI
        ServerUri.plainTextWarning(server).ifPresent(warning -> {
            PrintWriter err = command == null ? new PrintWriter(System.err, true) : command.commandLine().getErr();
            err.println("crimegraph: warning: " + warning);
            err.flush();
        });
        return new StoreTarget.Server(server, user, ServerUri.password(server, user), database);
    }

    /**
     * Opens an existing store, saying which on stderr.
     *
     * @throws StoreUnavailableException if the embedded store folder does not exist, or the command
     *                                   analyses persons and the store holds none
     */
    public GraphStore open() {
        return open(org.crimegraph.analysis.Monitor.NONE);
    }

    /**
     * As {@link #open()}, showing {@value #OPENING} on {@code monitor} while the database starts (tens of
     * seconds for a large embedded store on a loaded machine).
     */
    GraphStore open(org.crimegraph.analysis.Monitor monitor) {
        return start(monitor, true);
    }

    /** The task of opening the store. */
    static final String OPENING = "opening the store";

    /**
     * Opens the store, creating an embedded store folder if needed (ingest, demo); opening and closing (a
     * checkpoint after a large load) show on {@code monitor}.
     */
    public GraphStore openOrCreate(org.crimegraph.analysis.Monitor monitor) {
        return start(monitor, false);
    }

    /** The shell's store, or the store opened with {@value #OPENING} and its closing shown on {@code monitor}. */
    private GraphStore start(org.crimegraph.analysis.Monitor monitor, boolean mustExist) {
        ShellStore shell = ShellStore.of(command);
        if (shell != null) {
            return announce(shell.view());
        }
        if (mustExist) {
            inheritFromParents();
            if (uri == null) {
                StoreFolders.requireExisting(store);
            }
        }
        StoreTarget target = target();
        GraphStore opened = monitor.during(OPENING, () -> GraphStore.open(target));
        opened.reportClosingTo(monitor);
        return announce(opened);
    }

    private GraphStore announce(GraphStore opened) {
        if (command == null) {
            return opened;
        }
        PrintWriter err = command.commandLine().getErr();
        err.println("crimegraph: using " + opened.target().describe());
        err.flush();
        if (NEED_PERSONS.contains(command.name())) {
            long persons;
            try {
                persons = StoreStatus.persons(opened);
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
            if (persons == 0) {
                opened.close();
                throw new StoreUnavailableException("the " + opened.target().describe()
                        + " holds no persons yet: ingest first (crimegraph ingest PATH"
                        + (uri == null ? " --store " + store : "") + ")", null);
            }
        }
        return opened;
    }

    /** Opens the store whatever its data model version ({@code db migrate} only). */
    GraphStore openForMigration() {
        if (ShellStore.of(command) != null) {
            throw new StoreUnavailableException("db migrate needs the store to itself: leave the shell first", null);
        }
        return GraphStore.openForMigration(target());
    }

    /** The folder of the embedded store, or null for a server. */
    public Path embeddedFolder() {
        inheritFromParents();
        return uri == null ? store : null;
    }
}
