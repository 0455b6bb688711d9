package org.crimegraph.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.StoreTarget;
import org.crimegraph.store.StoreUnavailableException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Where the graph lives, shared by every command that uses the store. Embedded in {@code --store}
 * (default {@value #DEFAULT_STORE}) unless {@code --uri} names a server. The server password is read
 * from {@code NEO4J_PASSWORD} or prompted for, never taken from the command line.
 */
public final class StoreOptions {

    /** The default embedded store folder, relative to the working folder. */
    public static final String DEFAULT_STORE = "crimegraph-data";

    @Option(names = "--store", paramLabel = "DIR", defaultValue = DEFAULT_STORE,
            description = "Embedded store folder (default: ${DEFAULT-VALUE}).")
    Path store;

    /** Read as text, not as a {@link URI}: a conversion error would echo the value, password and all. */
    @Option(names = "--uri", paramLabel = "URI",
            description = "Use a Neo4j server instead: bolt://, neo4j://, bolt+s://, neo4j+s://. "
                    + "Password from NEO4J_PASSWORD or a prompt; never in the URI.")
    String uri;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--user", paramLabel = "USER", defaultValue = "${env:NEO4J_USER:-neo4j}",
            description = "Server user (default: NEO4J_USER or neo4j).")
    String user;

    @Option(names = "--database", paramLabel = "NAME", description = "Server database (default: the server's default).")
    String database;

    /** The target these options describe; prompts for the password if needed. */
    public StoreTarget target() {
        if (uri == null) {
            return new StoreTarget.Embedded(store);
        }
        URI server = ServerUri.parse(uri); // before any password prompt, and before anything prints the URI
        ServerUri.plainTextWarning(server).ifPresent(warning -> {
            PrintWriter err = mixee == null ? new PrintWriter(System.err, true) : mixee.commandLine().getErr();
            err.println("crimegraph: warning: " + warning);
            err.flush();
        });
        return new StoreTarget.Server(server, user, password(server), database);
    }

    /** Opens the store. */
    public GraphStore open() {
        return GraphStore.open(target());
    }

    /** Opens the store whatever its data model version ({@code db migrate} only). */
    GraphStore openForMigration() {
        return GraphStore.openForMigration(target());
    }

    /** The folder of the embedded store, or null for a server. */
    public Path embeddedFolder() {
        return uri == null ? store : null;
    }

    private char[] password(URI uri) {
        String fromEnv = System.getenv("NEO4J_PASSWORD");
        if (fromEnv != null) {
            return fromEnv.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new StoreUnavailableException("no password for " + uri + ": set NEO4J_PASSWORD (no terminal to prompt on)", null);
        }
        char[] typed = console.readPassword("Neo4j password for %s at %s: ", user, uri);
        if (typed == null) {
            throw new StoreUnavailableException("no password given for " + uri, null);
        }
        return typed;
    }
}
