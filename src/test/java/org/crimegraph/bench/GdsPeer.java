package org.crimegraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Neo4j Graph Data Science 2.13 (open-source edition) in this JVM, as a benchmark peer: an embedded
 * Neo4j 5.26 database with GDS's procedures registered from the classpath ({@code gds.*} unrestricted
 * and allowlisted, as a server's {@code dbms.security.procedures.*} settings would do), the generated
 * graph loaded with Cypher and projected with {@code gds.graph.project} as undirected.
 *
 * <p>This is benchmark code only: crimegraph's own store code reaches Neo4j through the driver
 * ({@code org.crimegraph.store}); here the embedded API runs Cypher in-process so that nothing but
 * GDS's work is timed.
 */
final class GdsPeer implements AutoCloseable {

    private final DatabaseManagementService service;
    private final GraphDatabaseService db;
    private final int registered;

    GdsPeer(Path home) {
        this.service = new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("gds.*"))
                .setConfig(GraphDatabaseSettings.procedure_allowlist, List.of("gds.*"))
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(512))
                .setConfig(GraphDatabaseSettings.logs_directory, home.resolve("logs"))
                .build();
        this.db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(Duration.ofSeconds(60).toMillis())) {
            service.shutdown();
            throw new IllegalStateException("benchmark database did not start");
        }
        this.registered = registerProcedures();
    }

    /** Number of GDS procedure and function classes registered. */
    int registered() {
        return registered;
    }

    /** The GDS version the procedures report. */
    String version() {
        return (String) single("RETURN gds.version() AS v", Map.of()).get("v");
    }

    /**
     * Registers every procedure and function class that GDS's jars list in their service files
     * (what a server does when it scans its plugins folder).
     */
    private int registerProcedures() {
        GlobalProcedures procedures = ((GraphDatabaseAPI) db).getDependencyResolver().resolveDependency(GlobalProcedures.class);
        int count = 0;
        for (String kind : List.of("Procedure", "UserFunction", "UserAggregationFunction")) {
            for (String name : listed("META-INF/services/org.neo4j.procedure." + kind)) {
                try {
                    Class<?> type = Class.forName(name);
                    switch (kind) {
                        case "Procedure" -> procedures.registerProcedure(type);
                        case "UserFunction" -> procedures.registerFunction(type);
                        default -> procedures.registerAggregationFunction(type);
                    }
                    count++;
                } catch (Exception | LinkageError e) {
                    throw new IllegalStateException("cannot register GDS " + kind + " " + name + ": " + e, e);
                }
            }
        }
        return count;
    }

    private static Set<String> listed(String resource) {
        Set<String> names = new LinkedHashSet<>();
        try {
            Enumeration<URL> files = GdsPeer.class.getClassLoader().getResources(resource);
            while (files.hasMoreElements()) {
                URL url = files.nextElement();
                if (!url.toString().contains("/org/neo4j/gds/")) {
                    continue;
                }
                try (BufferedReader in = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
                    in.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot list GDS procedures: " + e.getMessage(), e);
        }
        return names;
    }

    /** Loads the graph as (:N {id}) nodes and [:L] relationships, in batches, then projects it undirected. */
    void load(String graphName, String label, int vertexCount, int[] sources, int[] targets, int edgeCount) {
        run("CREATE INDEX IF NOT EXISTS FOR (n:" + label + ") ON (n.id)", Map.of());
        run("CALL db.awaitIndexes(300)", Map.of());
        int batch = 50_000;
        for (int from = 0; from < vertexCount; from += batch) {
            run("UNWIND range($from, $to) AS i CREATE (:" + label + " {id: i})",
                    Map.of("from", from, "to", Math.min(vertexCount, from + batch) - 1));
        }
        for (int from = 0; from < edgeCount; from += batch) {
            List<List<Integer>> rows = new ArrayList<>();
            for (int e = from; e < Math.min(edgeCount, from + batch); e++) {
                rows.add(List.of(sources[e], targets[e]));
            }
            run("UNWIND $rows AS r MATCH (a:" + label + " {id: r[0]}), (b:" + label + " {id: r[1]}) CREATE (a)-[:L]->(b)",
                    Map.of("rows", rows));
        }
        run("CALL gds.graph.project($name, $label, {L: {orientation: 'UNDIRECTED'}})",
                Map.of("name", graphName, "label", label));
    }

    /** Runs one statement and returns its single row (all columns), consuming the result. */
    Map<String, Object> single(String cypher, Map<String, Object> parameters) {
        try (Transaction tx = db.beginTx(); Result result = tx.execute(cypher, parameters)) {
            Map<String, Object> row = result.hasNext() ? result.next() : Map.of();
            while (result.hasNext()) {
                result.next();
            }
            tx.commit();
            return row;
        }
    }

    private void run(String cypher, Map<String, Object> parameters) {
        single(cypher, parameters);
    }

    @Override
    public void close() {
        service.shutdown();
    }
}
