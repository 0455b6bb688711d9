package org.crimegraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.crimegraph.analysis.BetweennessMethod;
import org.crimegraph.app.run.ScheduledRun;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.RunLockedException;
import org.crimegraph.store.StoreInUseException;
import picocli.CommandLine.Option;

/** {@code score --save} and its companions: keep the run in the store, write a summary file. */
public final class RunOptions {

    /** How long a run lock lasts if its holder dies without releasing it. */
    static final String DEFAULT_LOCK_TTL = "PT12H";

    @Option(names = "--save", description = "Save the run (parameters, counts, every person's results) in the store; "
            + "list runs with 'crimegraph runs', compare with 'crimegraph diff'.")
    boolean save;

    @Option(names = "--summary", paramLabel = "FILE", description = "With --save: write a JSON summary of the run here.")
    Path summary;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N",
            description = "Seed for randomised analyses, recorded with the run (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--key-players", defaultValue = "5", paramLabel = "K",
            description = "With --save: size of the key-player set saved with the run (Borgatti KPP-Neg, "
                    + "fragmentation F; 0 for none; default: ${DEFAULT-VALUE}).")
    int keyPlayers;

    @Option(names = "--consensus", defaultValue = "0", paramLabel = "RUNS",
            description = "With --save: the run's communities are the consensus of RUNS Leiden runs (seeds --seed "
                    + "onwards; Lancichinetti & Fortunato 2012), each person's stability saved; the report and "
                    + "exports mark memberships below 0.5 as unstable. Default: one run.")
    int consensus;

    @Option(names = "--lock-ttl", defaultValue = DEFAULT_LOCK_TTL, paramLabel = "DURATION",
            description = "With --save: the run lock expires after this long if the run dies holding it "
                    + "(ISO-8601, default: ${DEFAULT-VALUE}).")
    Duration lockTtl;

    /** The scheduled run these options ask for. */
    ScheduledRun.Request request(ProjectionFilter filter, Integer threads, BetweennessMethod method) {
        return new ScheduledRun.Request(filter, threads, method, seed, keyPlayers, lockTtl, summary).withConsensus(consensus);
    }

    /** Says on stderr what the run did: leftovers removed, the run saved, the summary written. */
    void printSaved(ScheduledRun.Result run, GraphStore store, PrintWriter err) {
        if (run.lockTakenOverFrom() != null) {
            err.printf("took over the run lock of %s: that process is no longer running on this machine%n",
                    run.lockTakenOverFrom());
        }
        if (run.removedUnfinished() > 0) {
            err.printf("removed %d unfinished run(s) left by a failed run%n", run.removedUnfinished());
        }
        var saved = run.saved().run();
        err.printf("saved scoring run %s (%d persons, %d links) in %s%n", saved.runId(), saved.input().persons(), saved.input().links(),
                store.target().describe());
        if (!run.alerts().isEmpty()) {
            err.printf("%d alert(s) about watched persons (crimegraph alerts):%n", run.alerts().size());
            run.alerts().forEach(a -> err.printf("  %s %s: %s%s%n", a.personId(), a.kind(), a.detail(),
                    a.reportIds().isEmpty() ? "" : " [reports " + String.join(", ", a.reportIds()) + "]"));
        }
        if (summary != null) {
            err.printf("run summary written to %s%n", summary);
        }
        err.flush();
    }

    /**
     * Opens the store; when saving, a store folder held by another process means another run is in
     * progress, reported as {@link ExitCodes#BUSY}.
     */
    GraphStore open(StoreOptions storeOptions) {
        return open(storeOptions, org.crimegraph.analysis.Monitor.NONE);
    }

    /** As {@link #open(StoreOptions)}, showing the opening on {@code monitor}. */
    GraphStore open(StoreOptions storeOptions, org.crimegraph.analysis.Monitor monitor) {
        if (summary != null && !save) {
            throw new IllegalArgumentException("--summary needs --save");
        }
        if (consensus != 0 && !save) {
            throw new IllegalArgumentException("--consensus needs --save (for the communities alone: "
                    + "'crimegraph communities --consensus RUNS')");
        }
        try {
            return storeOptions.open(monitor);
        } catch (StoreInUseException e) {
            if (!save) {
                throw e;
            }
            throw new RunLockedException(e.getMessage() + " (a scoring run may be in progress)");
        }
    }
}
