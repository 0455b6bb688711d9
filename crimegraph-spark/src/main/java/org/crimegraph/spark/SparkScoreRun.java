package org.crimegraph.spark;

import java.time.Clock;
import org.apache.spark.api.java.JavaSparkContext;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.app.Auditor;
import org.crimegraph.app.run.ScheduledRun;
import org.crimegraph.store.GraphStore;

/**
 * Use case {@code crimegraph-spark score}: the core's scheduled run ({@link ScheduledRun}: run lock,
 * cleanup, projection through {@code cypher/projection/} under the release rule and grading threshold,
 * scoring, Leiden communities and key players on the driver, save, audit line, completion) with the
 * shortest-path searches on Spark executors ({@link SparkPathMeasures}). The run is an ordinary saved
 * run; its mode names the engine ("searches on Apache Spark …").
 */
public final class SparkScoreRun {

    /**
     * @param run        the scheduled run, exactly as {@code crimegraph score --save} would make it
     * @param partitions ranges of sources or samples, one Spark task each
     */
    public record Request(ScheduledRun.Request run, int partitions) {
        public Request {
            if (run == null) {
                throw new IllegalArgumentException("run is required");
            }
            if (partitions < 1) {
                throw new IllegalArgumentException("--partitions must be at least 1: " + partitions);
            }
        }
    }

    /**
     * @param run     the saved run and its scoring
     * @param engine  where the searches ran
     * @param metrics what the Spark jobs cost
     */
    public record Result(ScheduledRun.Result run, String engine, JobMetrics.Snapshot metrics) {
    }

    private final Auditor auditor;
    private final JavaSparkContext spark;

    public SparkScoreRun(Auditor auditor, JavaSparkContext spark) {
        this.auditor = auditor;
        this.spark = spark;
    }

    /** Scores on Spark and saves the run, stopping when the monitor is cancelled. */
    public Result run(GraphStore store, Request request, Monitor monitor) {
        JobMetrics metrics = new JobMetrics();
        spark.sc().addSparkListener(metrics);
        try (SparkPathMeasures searches = new SparkPathMeasures(spark, request.partitions(), metrics)) {
            ScheduledRun.Result run = new ScheduledRun(auditor, Clock.systemUTC(), searches)
                    .run(store, request.run(), monitor);
            return new Result(run, searches.engine(), metrics.snapshot());
        } finally {
            spark.sc().removeSparkListener(metrics);
        }
    }
}
