package org.crimegraph.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.crimegraph.analysis.BetweennessMethod;
import org.crimegraph.analysis.IndexedGraph;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.analysis.NetworkScores;
import org.crimegraph.analysis.NetworkScoring;
import org.crimegraph.analysis.VertexScore;
import org.crimegraph.graph.PathLength;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sampled mode on Spark {@code local[2]} on a generated network of 600 persons: betweenness within the
 * stated Riondato–Kornaropoulos bound of the exact values, harmonic within the Eppstein–Wang bound, and the
 * same samples as the one-JVM sampled mode (betweenness identical, distances to 1e-9); the exact pass on
 * Spark equals the one-JVM exact pass to 1e-9.
 */
class SampledOnSparkTest {

    private static JavaSparkContext spark;
    private static IndexedGraph<String> graph;

    @BeforeAll
    static void start() {
        spark = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("SampledOnSparkTest")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1"));
        spark.setLogLevel("WARN");
        graph = IndexedGraph.of(generated(600, 1800, 11));
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.close();
        }
    }

    /** Cells joined by a few brokers: a ring of random cells with random weights. */
    private static SimpleWeightedGraph<String, DefaultWeightedEdge> generated(int n, int m, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        SimpleWeightedGraph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int i = 0; i < n; i++) {
            g.addVertex(String.format("P%05d", i));
        }
        int cell = 30;
        while (g.edgeSet().size() < m) {
            int a = random.nextInt(n);
            int b = random.nextInt(10) == 0 ? random.nextInt(n) : (a / cell) * cell + random.nextInt(cell);
            if (b < n && a != b && !g.containsEdge(name(a), name(b))) {
                g.setEdgeWeight(g.addEdge(name(a), name(b)), 1 + random.nextInt(5));
            }
        }
        return g;
    }

    private static String name(int i) {
        return String.format("P%05d", i);
    }

    private static NetworkScores<String> score(BetweennessMethod method, SparkPathMeasures searches) {
        NetworkScoring.Parameters parameters = new NetworkScoring.Parameters(PathLength.INVERSE_WEIGHT, 2, method);
        return (searches == null ? new NetworkScoring<>(graph, parameters)
                : new NetworkScoring<>(graph, parameters, searches)).compute(Monitor.NONE);
    }

    @Test
    void sampledOnSparkIsWithinTheBoundAndDrawsTheSameSamples() {
        BetweennessMethod.Sampled sampled = new BetweennessMethod.Sampled(0.05, 0.1, 3);
        NetworkScores<String> exact = score(BetweennessMethod.EXACT, null);
        NetworkScores<String> local = score(sampled, null);
        try (SparkPathMeasures searches = new SparkPathMeasures(spark, 7, new JobMetrics())) {
            NetworkScores<String> distributed = score(sampled, searches);
            assertThat(distributed.mode().betweennessSamples()).isEqualTo(local.mode().betweennessSamples()).isPositive();
            assertThat(distributed.mode().distanceSamples()).isEqualTo(local.mode().distanceSamples()).isPositive();
            int n = graph.vertexCount();
            // Riondato–Kornaropoulos on NetworkX's normalised scale: ε·n/(n−2); Eppstein–Wang harmonic: ε·n/((n−1)·ℓ)
            double betweennessBound = 0.05 * n / (n - 2);
            double harmonicBound = 0.05 * n / ((n - 1.0) * (1.0 / 5));
            double worst = 0;
            for (VertexScore<String> s : distributed.scores()) {
                VertexScore<String> e = exact.of(s.vertex());
                VertexScore<String> l = local.of(s.vertex());
                assertThat(Math.abs(s.normalisedBetweenness() - e.normalisedBetweenness())).isLessThanOrEqualTo(betweennessBound);
                assertThat(Math.abs(s.harmonic() - e.harmonic())).isLessThanOrEqualTo(harmonicBound);
                worst = Math.max(worst, Math.abs(s.normalisedBetweenness() - e.normalisedBetweenness()));
                assertThat(s.normalisedBetweenness()).isEqualTo(l.normalisedBetweenness());
                assertThat(s.harmonic()).isCloseTo(l.harmonic(), org.assertj.core.data.Offset.offset(1e-9 * Math.max(1e-3, l.harmonic())));
                assertThat(s.closeness()).isCloseTo(l.closeness(), org.assertj.core.data.Offset.offset(1e-9 * Math.max(1e-3, l.closeness())));
            }
            // the bound says something: the top broker's exact betweenness exceeds it
            assertThat(exact.scores().stream().mapToDouble(VertexScore::normalisedBetweenness).max().orElse(0))
                    .isGreaterThan(betweennessBound);
            assertThat(worst).isLessThanOrEqualTo(betweennessBound);
            assertThat(distributed.mode().describe()).contains("searches on Apache Spark");
        }
    }

    @Test
    void exactOnSparkEqualsTheOneJvmPass() {
        NetworkScores<String> local = score(BetweennessMethod.EXACT, null);
        try (SparkPathMeasures searches = new SparkPathMeasures(spark, 9, new JobMetrics())) {
            NetworkScores<String> distributed = score(BetweennessMethod.EXACT, searches);
            for (VertexScore<String> s : distributed.scores()) {
                VertexScore<String> l = local.of(s.vertex());
                assertThat(s.betweenness()).isCloseTo(l.betweenness(),
                        org.assertj.core.data.Offset.offset(1e-9 * Math.max(1e-12, Math.abs(l.betweenness()))));
                assertThat(s.closeness()).isEqualTo(l.closeness());
                assertThat(s.harmonic()).isEqualTo(l.harmonic());
                assertThat(s.pageRank()).isEqualTo(l.pageRank());
            }
        }
    }
}
