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
