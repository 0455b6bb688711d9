package org.crimegraph.spark;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.crimegraph.analysis.BetweennessMethod;
import org.crimegraph.analysis.ComputationCancelledException;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.analysis.ProgressListener;
import org.crimegraph.analysis.Target;
import org.crimegraph.analysis.Termination;
import org.crimegraph.app.run.ScheduledRun;
import org.crimegraph.cli.AuditOptions;
import org.crimegraph.cli.QuietOption;
import org.crimegraph.cli.ReleaseOption;
import org.crimegraph.cli.SamplingOption;
import org.crimegraph.cli.SavedRunOptions;
import org.crimegraph.cli.StoreOptions;
import org.crimegraph.cli.ThreadsOption;
import org.crimegraph.graph.PathLength;
import org.crimegraph.scoring.SavedRun;
import org.crimegraph.scoring.ScoringRuns;
import org.crimegraph.store.GraphStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crimegraph-spark}: the scoring job on Apache Spark (docs/scale-out.md). Submitted with
 * {@code spark-submit --class org.crimegraph.spark.CrimegraphSpark crimegraph-spark.jar score --uri …}; the
 * options are the core's own mixins ({@link StoreOptions}, {@link ReleaseOption}, {@link AuditOptions},
 * {@link SamplingOption}, {@link SavedRunOptions}, {@link ThreadsOption}, {@link QuietOption}), so the
 * password comes from {@code NEO4J_PASSWORD}, never from argv, and every option means what it means in
 * {@code crimegraph score}.
 */
@Command(name = "crimegraph-spark", mixinStandardHelpOptions = true, versionProvider = CrimegraphSpark.Version.class,
        description = "crimegraph's scoring job on Apache Spark: reads the person network from a Neo4j server with the "
                + "core's projection, runs the shortest-path searches on Spark executors, saves an ordinary run.",
        subcommands = {CrimegraphSpark.Score.class, CrimegraphSpark.Compare.class})
public final class CrimegraphSpark implements Runnable {

    /**
     * Exit codes, as the core's (README): 0 ok, 1 internal error (or, for {@code compare}, the runs differ),
     * 2 usage, 4 store unavailable, 5 another scoring run holds the run lock, 130 interrupted.
     */
    static final int OK = 0;
    static final int DIFFERENT = 1;
    static final int SOFTWARE = 1;
    static final int USAGE = 2;
    static final int UNAVAILABLE = 4;
    static final int BUSY = 5;
    static final int INTERRUPTED = 130;

    @Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with crimegraph's error handling: a message on stderr, never a stack trace. */
    static CommandLine commandLine() {
        CommandLine line = new CommandLine(new CrimegraphSpark());
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            Throwable cause = e;
            while (cause.getCause() != null && cause.getMessage() == null) {
                cause = cause.getCause();
            }
            cmd.getErr().println("crimegraph-spark: " + cause.getMessage());
            cmd.getErr().flush();
            return e instanceof IllegalArgumentException ? USAGE
                    : e instanceof org.crimegraph.store.StoreUnavailableException ? UNAVAILABLE
                    : e instanceof org.crimegraph.store.RunLockedException ? BUSY : SOFTWARE;
        });
        return line;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: score or compare");
    }

    /** {@code crimegraph-spark score}. */
    @Command(name = "score", mixinStandardHelpOptions = true,
            description = {"Score the person network read from a Neo4j server (--uri) on Apache Spark and save the run: "
                    + "degree, strength, betweenness, closeness and harmonic with the searches partitioned over the "
                    + "executors (exact: sources; --epsilon: samples), PageRank, eigenvector, cores, components, "
                    + "articulation points, Leiden communities and key players on the driver. The run is an ordinary "
                    + "saved run: crimegraph runs, diff, export and report use it.",
                    "Examples:",
                    "  NEO4J_PASSWORD=... spark-submit --master spark://host:7077 --class org.crimegraph.spark.CrimegraphSpark \\",
                    "    crimegraph-spark.jar score --uri neo4j://db:7687 --partitions 64",
                    "  crimegraph-spark score --uri bolt://127.0.0.1:7687 --master local[2] --release-to partner --min-grade 2B",
                    "  crimegraph-spark score --uri bolt://127.0.0.1:7687 --epsilon 0.02 --partitions 200"})
    static final class Score implements Callable<Integer> {

        @Mixin
        StoreOptions storeOptions;

        @Mixin
        ReleaseOption release;

        @Mixin
        AuditOptions audit;

        @Option(names = "--master", paramLabel = "URL",
                description = "Spark master when not set by spark-submit (spark.master), e.g. local[2] or "
                        + "spark://127.0.0.1:7077; default local[*].")
        String master;

        @Option(names = "--partitions", paramLabel = "P",
                description = "Ranges of sources (or samples), one Spark task each (default: 4 × the cluster's "
                        + "default parallelism).")
        Integer partitions;

        @Mixin
        SamplingOption sampling;

        @Mixin
        SavedRunOptions savedRun;

        @Mixin
        ThreadsOption threads;

        @Mixin
        QuietOption quiet;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            if (storeOptions.embeddedFolder() != null) {
                throw new IllegalArgumentException("crimegraph-spark reads from a Neo4j server: give --uri "
                        + "(bolt:// or neo4j://; password in NEO4J_PASSWORD)");
            }
            BetweennessMethod method = sampling.or(BetweennessMethod.EXACT, savedRun.seed());
            ScheduledRun.Request run = savedRun.request(release.filter(), threads.count(), method,
                    PathLength.INVERSE_WEIGHT, 0);
            Termination termination = Termination.create();
            Thread hook = new Thread(termination::cancel, "crimegraph-spark-ctrl-c");
            Runtime.getRuntime().addShutdownHook(hook);
            long start = System.nanoTime();
            try (GraphStore store = storeOptions.open(); JavaSparkContext spark = context(master)) {
                spark.setLogLevel("WARN");
                int p = partitions != null ? partitions : 4 * spark.defaultParallelism();
                Monitor monitor = new Monitor(quiet.quiet() ? ProgressListener.NONE : progress(err), termination);
                SparkScoreRun.Result result = new SparkScoreRun(audit.auditor(storeOptions), spark)
                        .run(store, new SparkScoreRun.Request(run, p), monitor);
                SavedRun saved = result.run().saved();
                err.printf(Locale.ROOT, "saved scoring run %s (%d persons, %d links) in %s%n", saved.run().runId(),
                        saved.run().input().persons(), saved.run().input().links(), store.target().describe());
                err.printf(Locale.ROOT, "mode: %s%n", saved.run().setup().mode().describe());
                err.printf(Locale.ROOT, "spark: %s%n", result.metrics().describe());
                err.printf(Locale.ROOT, "run steps: %s; job wall %.1f s%n", result.run().scoring().steps().describe(),
                        (System.nanoTime() - start) / 1e9);
                err.flush();
                PrintWriter out = spec.commandLine().getOut();
                out.println(saved.run().runId());
                for (Target t : result.run().scoring().targets().stream().limit(10).toList()) {
                    out.printf(Locale.ROOT, "%3d  %-10s %-28s %.4f%n", t.rank(), t.personId(),
                            result.run().scoring().network().name(t.personId()), t.score());
                }
                out.flush();
                return OK;
            } catch (ComputationCancelledException e) {
                err.println("crimegraph-spark: interrupted; no run was saved and the run lock is free");
                err.flush();
                return INTERRUPTED;
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the JVM is already stopping (Ctrl-C): the hook has run
                }
            }
        }

        private static ProgressListener progress(PrintWriter err) {
            return (task, done, total) -> {
                if (done == 0 || done == total) {
                    err.printf(Locale.ROOT, "%s: %d/%d%n", task, done, total);
                    err.flush();
                }
            };
        }
    }

    /** {@code crimegraph-spark compare}: are two saved runs the same to a tolerance? */
    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = {"Compare two saved runs person by person: every measure and the composite score within "
                    + "--tolerance (relative), the same component and community. Exit 0 if they agree, 1 if not.",
                    "Example:",
                    "  crimegraph-spark compare 20261207T091500Z-1a2b 20261207T092000Z-3c4d --uri bolt://127.0.0.1:7687"})
    static final class Compare implements Callable<Integer> {

        @Mixin
        StoreOptions storeOptions;

        @Parameters(index = "0", paramLabel = "RUN_A")
        String a;

        @Parameters(index = "1", paramLabel = "RUN_B")
        String b;

        @Option(names = "--tolerance", defaultValue = "1e-9", paramLabel = "T",
                description = "Largest relative difference allowed (default: ${DEFAULT-VALUE}).")
        double tolerance;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (GraphStore store = storeOptions.open()) {
                ScoringRuns runs = new ScoringRuns(store);
                RunComparison comparison = RunComparison.of(runs.load(a), runs.load(b), tolerance);
                PrintWriter out = spec.commandLine().getOut();
                out.printf(Locale.ROOT, "%d persons; largest relative difference per measure:%n", comparison.persons());
                comparison.maxRelative().forEach((measure, value) -> out.printf(Locale.ROOT, "  %-16s %.3g%n", measure, value));
                comparison.differences().stream().limit(20).forEach(d -> out.println("  differs: " + d));
                out.println(comparison.same() ? "same to " + tolerance : comparison.differences().size() + " difference(s)");
                out.flush();
                return comparison.same() ? OK : DIFFERENT;
            }
        }
    }

    /** The Spark context: the master from spark-submit, else {@code --master}, else local[*]. */
    static JavaSparkContext context(String master) {
        SparkConf conf = new SparkConf().setAppName("crimegraph-spark score");
        if (!conf.contains("spark.executor.metrics.pollingInterval")) {
            conf.set("spark.executor.metrics.pollingInterval", "500ms"); // peak executor heap for JobMetrics
        }
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        return new JavaSparkContext(conf);
    }

    /** The core's version and Spark's. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"crimegraph-spark " + org.crimegraph.scoring.CrimegraphVersion.current(),
                    "Apache Spark " + org.apache.spark.package$.MODULE$.SPARK_VERSION()};
        }
    }
}
