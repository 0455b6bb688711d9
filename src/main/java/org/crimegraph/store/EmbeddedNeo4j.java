package org.crimegraph.store;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * An in-process Neo4j Community database kept in a local folder, reachable only over Bolt on a loopback
 * port chosen by the operating system. crimegraph's store code never calls the embedded API: it talks
 * to this database through the Neo4j Java Driver, exactly as it would to a server, so both modes run
 * the same code.
 *
 * <p>Security: Bolt listens on 127.0.0.1 only, on a random port, for the life of the process, without
 * authentication (Community embedded has no way to set a password in-process). Anyone able to run code
 * as another user on the same machine could connect during that time; use a server with
 * authentication ({@code --uri}) on shared machines. Neo4j's own logs go to {@code DIR/logs}.
 *
 * <p>Neo4j locks the folder: a second process opening it fails with {@link StoreInUseException}.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private final DatabaseManagementService service;
    private final URI boltUri;
    private final Thread shutdownHook;
    private volatile boolean closed;

    private EmbeddedNeo4j(DatabaseManagementService service, URI boltUri) {
        this.service = service;
        this.boltUri = boltUri;
        this.shutdownHook = new Thread(() -> {
            ShutdownBarrier.await(); // a command interrupted by Ctrl-C may still need the store to unwind
            shutdown();
        }, "crimegraph-store-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts (creating if needed) the database in {@code home}. */
    public static EmbeddedNeo4j start(Path home) {
        Path absolute = home.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
        } catch (IOException e) {
            throw new StoreUnavailableException("cannot create store folder " + absolute + ": " + e.getMessage(), e);
        }
        DatabaseManagementService service;
        try {
            service = new DatabaseManagementServiceBuilder(absolute)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.logs_directory, absolute.resolve("logs"))
                    .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
                    // the driver has closed its connections before shutdown: no need for Bolt's grace periods
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(200))
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(200))
                    .build();
        } catch (RuntimeException e) {
            if (isLockFailure(e)) {
                throw new StoreInUseException(absolute, e);
            }
            throw new StoreUnavailableException("cannot open the embedded store in " + absolute + ": " + rootMessage(e), e);
        }
        try {
            GraphDatabaseAPI db = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            if (!db.isAvailable(Duration.ofSeconds(60).toMillis())) {
                throw new StoreUnavailableException("the embedded store in " + absolute + " did not become available", null);
            }
            ConnectorPortRegister ports = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
            var address = ports.getLocalAddress(ConnectorType.BOLT);
            URI uri = URI.create("bolt://127.0.0.1:" + address.getPort());
            return new EmbeddedNeo4j(service, uri);
        } catch (RuntimeException e) {
            service.shutdown();
            if (e instanceof StoreUnavailableException) {
                throw e;
            }
            if (isLockFailure(e)) {
                throw new StoreInUseException(absolute, e);
            }
            throw new StoreUnavailableException("cannot open the embedded store in " + absolute + ": " + rootMessage(e), e);
        }
    }

    /** The Bolt address of this database, on loopback. */
    public URI boltUri() {
        return boltUri;
    }

    @Override
    public void close() {
        shutdown();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the JVM is exiting; the hook runs or has run shutdown()
        }
    }

    private synchronized void shutdown() {
        if (!closed) {
            closed = true;
            service.shutdown();
        }
    }

    private static boolean isLockFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            String message = String.valueOf(t.getMessage());
            if (name.contains("FileLockException") || name.contains("StoreLockException")
                    || message.contains("Unable to obtain lock") || message.contains("store_lock")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
