package org.crimegraph.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.crimegraph.analysis.BetweennessMethod;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.app.Auditor;
import org.crimegraph.app.run.ListRuns;
import org.crimegraph.app.run.ScheduledRun;
import org.crimegraph.model.Grade;
import org.crimegraph.graph.PathLength;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.ingest.IngestContext;
import org.crimegraph.ingest.Ingestion;
import org.crimegraph.model.HandlingCode;
import org.crimegraph.model.ScoringRunRecord;
import org.crimegraph.scoring.SavedRun;
import org.crimegraph.scoring.ScoringRuns;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.StoreTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import picocli.CommandLine;

/**
 * The Spark job on Spark {@code local[2]} against a Neo4j server (in-process harness, Bolt on loopback)
 * holding the sample case: every measure of the saved Spark run equals the single-machine run on the same
 * store to 1e-9, under the internal rule and under a partner release with a grading threshold (fewer links), and the
 * Spark run is listed by the core's runs use case like any other.
 */
class SparkScoreTest {

    private static Neo4j neo4j;
    private static JavaSparkContext spark;

    @TempDir
    static Path audit;

    @BeforeAll
    static void start() {
        neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
        try (GraphStore store = GraphStore.open(server())) {
            new Ingestion(store, IngestContext.defaults(), 500, new PrintStream(OutputStream.nullOutputStream()))
                    .run(List.of(Path.of(System.getProperty("crimegraph.root", ".."), "sample-data")));
        }
        spark = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("SparkScoreTest")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1"));
        spark.setLogLevel("WARN");
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.close();
        }
        if (neo4j != null) {
            neo4j.close();
        }
    }

    /** The audit logs in the test's folder (a server's own log would otherwise go to the working folder). */
    private static Auditor auditor() {
        return new Auditor("tester", audit.resolve("audit.jsonl"), audit.resolve(Auditor.SERVER_LOG));
    }

    /** Auth is disabled in the harness: any basic credentials are accepted. */
    private static StoreTarget.Server server() {
        return new StoreTarget.Server(neo4j.boltURI(), "neo4j", "irrelevant".toCharArray(), null);
    }

    private static ScheduledRun.Request request(ProjectionFilter filter) {
        return new ScheduledRun.Request(filter, 2, BetweennessMethod.EXACT, PathLength.INVERSE_WEIGHT,
                new ScheduledRun.Analyses(1, 5, 0), Duration.ofMinutes(10), null);
    }

    @Test
    void theSparkRunEqualsTheSingleMachineRun() {
        List<Long> links = new java.util.ArrayList<>();
        for (ProjectionFilter filter : List.of(ProjectionFilter.ALL,
                new ProjectionFilter(Grade.parse("2B"), HandlingCode.P))) {
            Auditor auditor = auditor();
            try (GraphStore store = GraphStore.open(server())) {
                ScheduledRun.Result local = new ScheduledRun(auditor).run(store, request(filter), Monitor.NONE);
                SparkScoreRun.Result distributed = new SparkScoreRun(auditor, spark)
                        .run(store, new SparkScoreRun.Request(request(filter), 5), Monitor.NONE);

                ScoringRuns runs = new ScoringRuns(store);
                SavedRun a = runs.load(local.saved().run().runId());
                SavedRun b = runs.load(distributed.run().saved().run().runId());
                assertThat(b.results()).hasSameSizeAs(a.results()).isNotEmpty();
                RunComparison comparison = RunComparison.of(a, b, 1e-9);
                assertThat(comparison.differences()).isEmpty();
                assertThat(comparison.maxRelative()).containsKeys("betweenness", "closeness", "harmonic", "pagerank",
                        "degree", "strength");
                // the brokers are found: betweenness is not all zero
                assertThat(b.results().stream().mapToDouble(r -> r.measures().get("betweenness")).max().orElse(0))
                        .isPositive();
                assertThat(b.run().setup().releaseRule()).isEqualTo(a.run().setup().releaseRule());
                assertThat(b.run().setup().mode().describe()).contains("searches on Apache Spark 3.5")
                        .contains("local[2], 5 partitions");
                assertThat(a.run().setup().mode().describe()).doesNotContain("Spark");

                List<String> listed = new ListRuns(auditor).run(store, new ListRuns.Request(20)).stream()
                        .map(ScoringRunRecord::runId).toList();
                assertThat(listed).contains(a.run().runId(), b.run().runId());

                JobMetrics.Snapshot metrics = distributed.metrics();
                assertThat(metrics.tasks()).isGreaterThanOrEqualTo(5);
                assertThat(metrics.broadcastBytes()).isEqualTo(16L * b.run().input().links());
                links.add((long) b.run().input().links());
            }
        }
        // the partner release with a grading threshold rests on fewer links: the projection's rule held on Spark
        assertThat(links.get(1)).isLessThan(links.get(0));
    }

    @Test
    void scoreWithoutAServerIsAClearError() {
        StringWriter err = new StringWriter();
        CommandLine line = CrimegraphSpark.commandLine();
        line.setErr(new PrintWriter(err));
        line.setOut(new PrintWriter(new ByteArrayOutputStream()));
        int code = line.execute("score", "--store", audit.resolve("nowhere").toString());
        assertThat(code).isEqualTo(CrimegraphSpark.USAGE);
        assertThat(err.toString()).startsWith("crimegraph-spark: crimegraph-spark reads from a Neo4j server: give --uri")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }
}
