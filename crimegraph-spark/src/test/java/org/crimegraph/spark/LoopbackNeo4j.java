package org.crimegraph.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * The Neo4j server of {@code scripts/spark-cluster}: Neo4j 5.26 (neo4j-harness) in its own JVM, Bolt on
 * loopback at a port the OS chooses, authentication on with the password from {@code NEO4J_PASSWORD}
 * (set through the embedded API on the system database, as a parameter). Writes the Bolt URI to the
 * file named by the first argument and serves until its standard input closes.
 *
 * <p>Usage: {@code NEO4J_PASSWORD=... java -cp ... org.crimegraph.spark.LoopbackNeo4j URI_FILE WORK_DIR}
 */
public final class LoopbackNeo4j {

    private LoopbackNeo4j() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: LoopbackNeo4j URI_FILE WORK_DIR");
            System.exit(2);
        }
        String password = System.getenv("NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            System.err.println("LoopbackNeo4j: set NEO4J_PASSWORD (8 characters or more)");
            System.exit(2);
        }
        try (Neo4j neo4j = Neo4jBuilders.newInProcessBuilder(Path.of(args[1])).withDisabledServer()
                .withConfig(GraphDatabaseSettings.auth_enabled, true).build()) {
            neo4j.databaseManagementService().database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                    .executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                            Map.of("password", password));
            Path uri = Path.of(args[0]);
            Files.writeString(uri, neo4j.boltURI().toString() + "\n", StandardCharsets.UTF_8);
            System.err.println("LoopbackNeo4j: serving " + neo4j.boltURI() + " until standard input closes");
            while (System.in.read() != -1) {
                // serve
            }
        }
    }
}
