package org.crimegraph.cli;

import java.io.PrintWriter;
import org.crimegraph.analysis.BetweennessMethod;
import org.crimegraph.app.run.ScheduledRun;
import org.crimegraph.graph.PathLength;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.store.GraphStore;
import org.crimegraph.store.RunLockedException;
import org.crimegraph.store.StoreInUseException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code score --save} and its companions: keep the run in the store ({@link SavedRunOptions}: seed, key
 * players, run lock, summary file), its communities optionally a consensus ({@link ConsensusOption}).
 */
public final class RunOptions {

    @Option(names = "--save", description = "Save the run (parameters, counts, every person's results) in the store; "
            + "list runs with 'crimegraph runs', compare with 'crimegraph diff'.")
    boolean save;

    @Mixin
    SavedRunOptions savedRun;

    @Mixin
    ConsensusOption consensus;

    /** The scheduled run these options ask for. */
    ScheduledRun.Request request(ProjectionFilter filter, Integer threads, BetweennessMethod method, PathLength pathLength) {
        return savedRun.request(filter, threads, method, pathLength, consensus.runs);
    }

    /** The seed of the run, or of the scoring when not saving. */
    long seed() {
        return savedRun.seed();
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
        if (savedRun.summary() != null) {
            err.printf("run summary written to %s%n", savedRun.summary());
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
        if (savedRun.summary() != null && !save) {
            throw new IllegalArgumentException("--summary needs --save");
        }
        if (consensus.runs != 0 && !save) {
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
