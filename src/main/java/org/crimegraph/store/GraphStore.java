package org.crimegraph.store;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.FatalDiscoveryException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SecurityException;

/**
 * An open connection to crimegraph's graph, embedded or on a server, through the Neo4j Java Driver
 * (on an embedded store, {@link #forEach}'s large reads run in process, as records of the driver). It runs named statements from {@link CypherLibrary} with parameters, never concatenated
 * text, and closes what it opened (driver, then the embedded database).
 */
public final class GraphStore implements AutoCloseable {

    /** Embedded stores shared in this process (see {@link #share}), by absolute folder. */
    private static final java.util.Map<Path, GraphStore> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

    private final StoreTarget target;
    private final EmbeddedNeo4j embedded;
    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final boolean owner;
    private volatile org.crimegraph.analysis.Monitor closing = org.crimegraph.analysis.Monitor.NONE;

    private GraphStore(StoreTarget target, EmbeddedNeo4j embedded, Driver driver, SessionConfig sessionConfig,
                       boolean owner) {
        this.target = target;
        this.embedded = embedded;
        this.driver = driver;
        this.sessionConfig = sessionConfig;
        this.owner = owner;
    }

    /**
     * Lets several commands run in this process on this one open embedded store: until the returned handle
     * is closed, {@link #open} of the same folder returns a view of this store that its caller's
     * {@code close()} leaves open (tests run many commands on one store this way).
     */
    public AutoCloseable share() {
        if (!(target instanceof StoreTarget.Embedded e)) {
            throw new IllegalStateException("only an embedded store can be shared");
        }
        Path key = e.folder().toAbsolutePath().normalize();
        SHARED.put(key, this);
        return () -> SHARED.remove(key, this);
    }

    private static GraphStore shared(StoreTarget target) {
        if (target instanceof StoreTarget.Embedded e) {
            GraphStore store = SHARED.get(e.folder().toAbsolutePath().normalize());
            if (store != null) {
                return store.view();
            }
        }
        return null;
    }

    /**
     * Opens the store and applies the schema ({@code cypher/schema.cypher}), which is idempotent.
     *
     * @throws StoreNeedsMigrationException if the store was written with an older data model
     */
    public static GraphStore open(StoreTarget target) {
        return open(target, true);
    }

    /** Opens a store of any data model version, for {@code crimegraph db migrate}. */
    public static GraphStore openForMigration(StoreTarget target) {
        return open(target, false);
    }

    /**
     * Opens a store that the offline importer has just written, without applying the schema yet
     * ({@code ingest --bulk}): what the importer could not write is completed while no index has to be kept
     * up to date, then {@link #applySchema} builds every index and constraint once.
     *
     * @throws StoreNeedsMigrationException if the imported schema marker names an older data model
     */
    public static GraphStore openBeforeSchema(StoreTarget.Embedded target) {
        GraphStore store = connect(target);
        try {
            SchemaVersion.check(store);
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static GraphStore open(StoreTarget target, boolean checkVersion) {
        GraphStore view = shared(target);
        if (view != null) {
            if (checkVersion) {
                SchemaVersion.check(view);
            }
            return view;
        }
        GraphStore store = connect(target);
        try {
            store.applySchema();
            if (checkVersion) {
                SchemaVersion.check(store);
            }
            return store;
        } catch (FatalDiscoveryException e) {
            store.close();
            throw new StoreUnavailableException(target.describe() + ": no such database (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static GraphStore connect(StoreTarget target) {
        Config config = Config.builder()
                .withLogging(org.neo4j.driver.Logging.none())
                .withUserAgent("crimegraph")
                .build();
        if (target instanceof StoreTarget.Embedded embeddedTarget) {
            EmbeddedNeo4j embedded = EmbeddedNeo4j.start(embeddedTarget.folder());
            try {
                Driver driver = GraphDatabase.driver(embedded.boltUri(), embedded.authToken(), config);
                driver.verifyConnectivity();
                return new GraphStore(target, embedded, driver, SessionConfig.defaultConfig(), true);
            } catch (RuntimeException e) {
                embedded.close();
                throw new StoreUnavailableException("cannot connect to the embedded store: " + e.getMessage(), e);
            }
        }
        StoreTarget.Server server = (StoreTarget.Server) target;
        AuthToken auth = AuthTokens.basic(server.user(), new String(server.password()));
        Driver driver = GraphDatabase.driver(server.uri(), auth, config);
        try {
            driver.verifyConnectivity();
        } catch (AuthenticationException e) {
            driver.close();
            throw new StoreUnavailableException("the server at " + server.uri() + " refused the credentials for user "
                    + server.user(), e);
        } catch (ServiceUnavailableException | SecurityException e) {
            driver.close();
            throw new StoreUnavailableException("cannot reach the server at " + server.uri() + ": " + e.getMessage(), e);
        } catch (ClientException e) {
            driver.close();
            throw new StoreUnavailableException("the server at " + server.uri() + " rejected the connection: "
                    + e.getMessage(), e);
        }
        SessionConfig sessionConfig = server.database() == null
                ? SessionConfig.defaultConfig()
                : SessionConfig.forDatabase(server.database());
        return new GraphStore(target, null, driver, sessionConfig, true);
    }

    /**
     * A view of this open store that its holder's {@code close()} leaves open: the owner (this instance)
     * closes the store. {@code crimegraph shell} opens the store once and hands each command a view.
     */
    public GraphStore view() {
        return new GraphStore(target, embedded, driver, sessionConfig, false);
    }

    /** Where this store lives, for messages. */
    public StoreTarget target() {
        return target;
    }

    /** True for the embedded store. */
    public boolean isEmbedded() {
        return embedded != null;
    }

    /**
     * Applies the statements of {@code cypher/schema.cypher} whose index or constraint the store does not
     * have yet; each is {@code IF NOT EXISTS}, so running one that exists would change nothing, but
     * planning twenty-odd schema statements costs a fresh process seconds. The names present are read in
     * one query ({@code cypher/store/schema-names.cypher}: a uniqueness constraint owns an index of its name).
     */
    public void applySchema() {
        try (Session session = session()) {
            Set<String> present = new HashSet<>(session.run(CypherLibrary.statement("store/schema-names")).single()
                    .get("names").asList(org.neo4j.driver.Value::asString));
            for (String statement : SchemaStatements.indexesFirst(
                    SchemaStatements.missing(CypherLibrary.statements("schema"), present))) {
                session.run(statement).consume();
            }
        }
    }

    /**
     * Runs a named write statement that commits its own batches ({@code CALL ... IN TRANSACTIONS}), which only
     * an auto-commit transaction may run (no driver retries: run it where nothing else writes); returns the
     * number of properties it set.
     */
    public long writeInBatches(String statementName, Map<String, Object> parameters) {
        String cypher = CypherLibrary.statement(statementName);
        try (Session session = session()) {
            return session.run(cypher, parameters).consume().counters().propertiesSet();
        }
    }

    /** Runs a named write statement with {@code $rows} as one transaction, with the driver's retries. */
    public void writeRows(String statementName, List<Map<String, Object>> rows) {
        String cypher = CypherLibrary.statement(statementName);
        try (Session session = session()) {
            session.executeWriteWithoutResult(tx -> tx.run(cypher, Map.of("rows", rows)).consume());
        }
    }

    /** One named statement with its parameters, for {@link #writeAll}. */
    public record Write(String statementName, Map<String, Object> parameters) {
    }

    /**
     * Runs named write statements in order as one transaction, with the driver's retries for transient
     * errors: all of them take effect or none does.
     */
    public void writeAll(List<Write> writes) {
        List<String> cypher = writes.stream().map(w -> CypherLibrary.statement(w.statementName())).toList();
        try (Session session = session()) {
            session.executeWriteWithoutResult(tx -> {
                for (int i = 0; i < writes.size(); i++) {
                    tx.run(cypher.get(i), writes.get(i).parameters()).consume();
                }
            });
        }
    }

    /** The statements of one write transaction, as {@link #inTransaction} hands them to its work. */
    public interface WriteTransaction {
        /** Runs a named statement in this transaction and returns its records as plain maps of Java values. */
        List<Map<String, Object>> readRows(String statementName, Map<String, Object> parameters);

        /** Runs a named write statement in this transaction. */
        void write(String statementName, Map<String, Object> parameters);
    }

    /**
     * Runs {@code work} as one write transaction: all its statements take effect or none does. The driver
     * retries transient errors by running {@code work} again from the start, so it must decide only from what
     * it reads in the transaction. A write refused by a uniqueness constraint (another writer created the same
     * key between this transaction's read and its write) ends in {@link ConstraintConflictException}, with
     * nothing written.
     */
    public void inTransaction(java.util.function.Consumer<WriteTransaction> work) {
        try (Session session = session()) {
            session.executeWriteWithoutResult(tx -> work.accept(new WriteTransaction() {
                @Override
                public List<Map<String, Object>> readRows(String statementName, Map<String, Object> parameters) {
                    return collect(tx.run(CypherLibrary.statement(statementName), parameters), Record::asMap);
                }

                @Override
                public void write(String statementName, Map<String, Object> parameters) {
                    tx.run(CypherLibrary.statement(statementName), parameters).consume();
                }
            }));
        } catch (ClientException e) {
            if ("Neo.ClientError.Schema.ConstraintValidationFailed".equals(e.code())) {
                throw new ConstraintConflictException(e.getMessage(), e);
            }
            throw e;
        }
    }

    /** Runs a named write statement that returns rows, as one transaction, and maps each record. */
    public <T> List<T> writeAndRead(String statementName, Map<String, Object> parameters, Function<Record, T> mapper) {
        String cypher = CypherLibrary.statement(statementName);
        try (Session session = session()) {
            return session.executeWrite(tx -> collect(tx.run(cypher, parameters), mapper));
        }
    }

    /** The keys among {@code ids} that have no node of the given kind in the store. */
    public java.util.Set<String> missing(EntityKey key, java.util.Collection<String> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(read(key.missingStatement(), Map.of("ids", List.copyOf(ids)),
                r -> r.get("id").asString()));
    }

    /** Runs a named read statement and maps each record. */
    public <T> List<T> read(String statementName, Map<String, Object> parameters, Function<Record, T> mapper) {
        String cypher = CypherLibrary.statement(statementName);
        try (Session session = session()) {
            return session.executeRead(tx -> collect(tx.run(cypher, parameters), mapper));
        }
    }

    /**
     * Runs a named read statement and hands each record to {@code consumer} as it is produced, holding
     * none: for reads too large to keep (the projection's calls at a million persons). One transaction,
     * never retried, so a consumer that accumulates sees each record once; a failure propagates. On an
     * embedded store the statement runs in this process ({@link EmbeddedNeo4j#readInProcess}) and each row
     * becomes the record the driver would have made of it, without Bolt between them; on a server, through
     * the driver.
     */
    public void forEach(String statementName, Map<String, Object> parameters, java.util.function.Consumer<Record> consumer) {
        String cypher = CypherLibrary.statement(statementName);
        if (embedded != null) {
            embedded.readInProcess(cypher, parameters, (columns, row) -> {
                List<org.neo4j.driver.Value> values = new ArrayList<>(columns.size());
                for (String column : columns) {
                    values.add(org.neo4j.driver.Values.value(row.get(column)));
                }
                consumer.accept(new org.neo4j.driver.internal.InternalRecord(columns, values));
            });
            return;
        }
        SessionConfig.Builder read = SessionConfig.builder().withDefaultAccessMode(org.neo4j.driver.AccessMode.READ);
        sessionConfig.database().ifPresent(read::withDatabase);
        try (Session session = driver.session(read.build()); org.neo4j.driver.Transaction tx = session.beginTransaction()) {
            org.neo4j.driver.Result result = tx.run(cypher, parameters);
            while (result.hasNext()) {
                consumer.accept(result.next());
            }
            tx.commit();
        }
    }

    /**
     * Runs a named read statement that takes the parameters {@code part} and {@code parts} (it returns the
     * rows of part {@code part} of {@code parts}, which together are all its rows, each once) as {@code parts}
     * reads at once, each in its own transaction on its own thread ({@link #forEach}). Each thread maps its
     * records with {@code mapper} (null: nothing to hand on); {@code consumer} gets every mapped value on the
     * calling thread, the only thread that sees them, in no set order. Held between the two: at most 64
     * batches of 1,000. A failure on either side stops the other reads and propagates.
     */
    public <T> void forEachInParts(String statementName, int parts, Function<Record, T> mapper,
                                   java.util.function.Consumer<T> consumer) {
        if (parts <= 1) {
            forEach(statementName, Map.of("part", 0L, "parts", 1L), r -> {
                T value = mapper.apply(r);
                if (value != null) {
                    consumer.accept(value);
                }
            });
            return;
        }
        new PartedRead<>(this, statementName, parts, mapper).deliverTo(consumer);
    }

    /**
     * Maps {@code result} record by record as the driver pulls it in fetch-size batches. {@code Result.list}
     * would first pull and hold every record (at a million persons, ten million evidence rows of the
     * projection read, and the heap with them: no row had been mapped after 850 s).
     */
    private static <T> List<T> collect(org.neo4j.driver.Result result, Function<Record, T> mapper) {
        List<T> rows = new ArrayList<>();
        while (result.hasNext()) {
            rows.add(mapper.apply(result.next()));
        }
        return rows;
    }

    /**
     * Runs a named read statement and returns each record as a plain map of Java values, for callers
     * outside the store, which must not see driver types (docs/design.md: store is the only Neo4j code).
     */
    public List<Map<String, Object>> readRows(String statementName, Map<String, Object> parameters) {
        return read(statementName, parameters, Record::asMap);
    }

    Session session() {
        return driver.session(sessionConfig);
    }

    /** Shows {@value #CLOSING} on {@code monitor} while {@link #close()} shuts the embedded database down. */
    public void reportClosingTo(org.crimegraph.analysis.Monitor monitor) {
        closing = monitor;
    }

    /** The task of shutting the embedded database down (a checkpoint: seconds on a large store). */
    public static final String CLOSING = "closing the store";

    @Override
    public void close() {
        if (!owner) {
            return; // a shared view: the owner closes the store
        }
        try {
            driver.close();
        } finally {
            if (embedded != null) {
                closing.during(CLOSING, () -> {
                    embedded.close();
                    return null;
                });
            }
        }
    }
}
