package org.crimegraph.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.crimegraph.analysis.BetweennessMethod;
import org.crimegraph.app.run.ScheduledRun;
import org.crimegraph.graph.PathLength;
import org.crimegraph.graph.ProjectionFilter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * How a scoring run is saved, for {@code score --save} ({@link RunOptions}) and {@code crimegraph-spark score}:
 * its seed, its key players, the run lock's lifetime and the summary file.
 */
public final class SavedRunOptions {

    /** How long a run lock lasts if its holder dies without releasing it. */
    static final String DEFAULT_LOCK_TTL = "PT12H";

    @Mixin
    SeedOption seed;

    @Mixin
    KeyPlayersOption keyPlayers;

    @Option(names = "--lock-ttl", defaultValue = DEFAULT_LOCK_TTL, paramLabel = "DURATION",
            description = "The run lock expires after this long if the run dies holding it (ISO-8601, "
                    + "default: ${DEFAULT-VALUE}).")
    Duration lockTtl;

    @Option(names = "--summary", paramLabel = "FILE", description = "Also write a JSON summary of the saved run here.")
    Path summary;

    /** The seed of the run (and of everything randomised in the command). */
    public long seed() {
        return seed.value();
    }

    /** The summary file asked for, or null. */
    public Path summary() {
        return summary;
    }

    /** The scheduled run these options ask for, its communities a consensus of {@code consensusRuns} (0: one run). */
    public ScheduledRun.Request request(ProjectionFilter filter, Integer threads, BetweennessMethod method,
                                        PathLength pathLength, int consensusRuns) {
        return new ScheduledRun.Request(filter, threads, method, pathLength,
                new ScheduledRun.Analyses(seed.value(), keyPlayers.value(), consensusRuns), lockTtl, summary);
    }
}
