package org.crimegraph.store;

import org.crimegraph.files.PrivateFiles;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * An in-process Neo4j Community database kept in a local folder, reachable only over Bolt on a loopback
 * port chosen by the operating system. crimegraph's store code talks to this database through the Neo4j
 * Java Driver, exactly as it would to a server, so both modes run the same statements and the same code;
 * the one exception is {@link #readInProcess}, through which {@link GraphStore#forEach} runs the projection's
 * large reads in this process (the same statement, its rows as the driver's records, without Bolt).
 *
 * <p>Access model: Bolt requires authentication. Each start draws a fresh secret (32 random bytes,
 * base64) and sets it as the {@code neo4j} user's password through the embedded API on the system
 * database; the secret lives only in this object's memory and is handed to the driver in-process,
 * never written to disk, argv, logs or messages (the system database keeps only Neo4j's salted hash,
 * as for any password). Bolt connections open before the new password took effect (the only window in
 * which the previous password, or Neo4j's default one on a new store, could have been used) are closed
 * before this process connects. The store folder, its {@code data} and {@code logs} folders are
 * private to the owner ({@link PrivateFiles}), so Neo4j's files and logs are not readable by others.
 *
 * <p>Neo4j locks the folder: a second process opening it fails with {@link StoreInUseException}.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DatabaseManagementService service;
    private final URI boltUri;
    private final String secret;
    private final Thread shutdownHook;
    private volatile boolean closed;

    /** The user this process authenticates as. */
    static final String USER = "neo4j";

    private EmbeddedNeo4j(DatabaseManagementService service, URI boltUri, String secret) {
        this.service = service;
        this.boltUri = boltUri;
        this.secret = secret;
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
            PrivateFiles.createDirectories(absolute);
            PrivateFiles.restrict(absolute); // an existing store made before stores were private
            PrivateFiles.createDirectories(absolute.resolve("data"));
            PrivateFiles.createDirectories(absolute.resolve("logs"));
        } catch (IOException e) {
            throw new StoreUnavailableException("cannot create store folder " + absolute + ": " + e.getMessage(), e);
        }
        DatabaseManagementService service;
        try {
            service = new DatabaseManagementServiceBuilder(absolute)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    // no lock-out after failed logins: it would only let another user block this process,
                    // and guessing a 256-bit secret is hopeless anyway
                    .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
                    .setConfig(GraphDatabaseSettings.logs_directory, absolute.resolve("logs"))
                    // case data never leaves this machine: no anonymous usage report to Neo4j
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
                    // a stated page cache, not one sized from the machine's free memory (PageCacheSize)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, PageCacheSize.of(System.getenv()))
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
            String secret = closeToOthers(service, db);
            ConnectorPortRegister ports = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
            var address = ports.getLocalAddress(ConnectorType.BOLT);
            URI uri = URI.create("bolt://127.0.0.1:" + address.getPort());
            restrictLogs(absolute.resolve("logs"));
            return new EmbeddedNeo4j(service, uri, secret);
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

    private static void restrictLogs(Path logs) {
        try {
            PrivateFiles.restrictTree(logs);
        } catch (IOException e) {
            throw new StoreUnavailableException("cannot make Neo4j's logs in " + logs + " private: " + e.getMessage(), e);
        }
    }

    /** The Bolt address of this database, on loopback. */
    public URI boltUri() {
        return boltUri;
    }

    /**
     * Runs the read statement {@code cypher} in this process, in one transaction, and hands each row to
     * {@code row} as Neo4j produces it (column names, then the row's values in that order, as the embedded
     * API returns them: strings, longs, doubles, lists, maps, arrays, {@code java.time} values). For the
     * projection's reads of millions of rows, which over Bolt on loopback spent about a third of their
     * time encoding and decoding them (docs/performance.md, "Projection read").
     */
    void readInProcess(String cypher, Map<String, Object> parameters,
                  java.util.function.BiConsumer<java.util.List<String>, Map<String, Object>> row) {
        GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        try (org.neo4j.graphdb.Transaction tx = db.beginTx();
             org.neo4j.graphdb.Result result = tx.execute(cypher, parameters)) {
            java.util.List<String> columns = result.columns();
            while (result.hasNext()) {
                row.accept(columns, result.next());
            }
            tx.commit();
        }
    }

    /** The credentials of this process: the {@code neo4j} user with this start's secret. */
    public AuthToken authToken() {
        return AuthTokens.basic(USER, secret);
    }

    /**
     * Sets a fresh random secret as the password of {@link #USER} (through the embedded API, not Bolt),
     * then closes every Bolt connection opened before it took effect. Returns the secret.
     */
    private static String closeToOthers(DatabaseManagementService service, GraphDatabaseService db) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = Base64.getEncoder().encodeToString(random);
        Arrays.fill(random, (byte) 0);
        GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        system.executeTransactionally(CypherLibrary.statement("store/set-password"), Map.of("user", USER, "secret", secret));
        db.executeTransactionally(CypherLibrary.statement("store/close-connections"));
        return secret;
    }

    @Override
    public String toString() {
        return "EmbeddedNeo4j[" + boltUri + "]";
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
