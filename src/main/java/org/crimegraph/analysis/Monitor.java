package org.crimegraph.analysis;

/**
 * What a caller hands a long algorithm alongside its parameters: where to report progress and the
 * token that cancels it. {@link #NONE} reports nowhere and never cancels.
 *
 * @param listener    receives progress
 * @param termination checked in the algorithm's outer loops
 */
public record Monitor(ProgressListener listener, Termination termination) {

    /** No progress, no cancellation. */
    public static final Monitor NONE = new Monitor(ProgressListener.NONE, Termination.NONE);

    public Monitor {
        if (listener == null || termination == null) {
            throw new IllegalArgumentException("listener and termination are required");
        }
    }

    /** Reports progress on {@code task}. */
    public void progress(String task, long done, long total) {
        listener.progress(task, done, total);
    }

    /** Reports progress on {@code task} in {@code unit}s ({@link ProgressListener#progress(String, long, long, String)}). */
    public void progress(String task, long done, long total, String unit) {
        listener.progress(task, done, total, unit);
    }

    /**
     * Reports {@code task} as under way every second until the returned heartbeat is closed, for a step
     * that has no progress of its own to report (a Neo4j statement, a layout, a file being written).
     */
    public Heartbeat heartbeat(String task) {
        return Heartbeat.start(this, task, null);
    }

    /** Runs {@code work} under a {@link #heartbeat(String)} for {@code task} and returns its result. */
    public <T> T during(String task, java.util.function.Supplier<T> work) {
        try (Heartbeat beating = heartbeat(task)) {
            beating.touch();
            return work.get();
        }
    }

    /**
     * As {@link #heartbeat(String)}, reporting {@code measure}'s value in {@code unit}s each time (the bytes a
     * writer has written so far, say) instead of the seconds elapsed.
     */
    public Heartbeat heartbeat(String task, java.util.function.LongSupplier measure, String unit) {
        return Heartbeat.start(this, task, new Heartbeat.Measure(measure, unit));
    }

    /**
     * The same termination without progress: for a sub-computation whose own progress would only
     * confuse the caller's (a betweenness pass inside one removal step, say).
     */
    public Monitor cancellationOnly() {
        return listener == ProgressListener.NONE ? this : new Monitor(ProgressListener.NONE, termination);
    }

    /** Throws {@link ComputationCancelledException} if cancelled. */
    public void check() {
        termination.check();
    }
}
