package org.crimegraph.analysis;

/**
 * Receives the progress of a long computation (the part of Neo4j GDS's {@code ProgressTracker} we
 * need): the task's name and how much of its work is done. Algorithms call it from their outer loops,
 * possibly from worker threads, so an implementation must be thread-safe and cheap; it must not
 * throw. {@link #NONE} ignores everything.
 */
@FunctionalInterface
public interface ProgressListener {

    /** Ignores all progress. */
    ProgressListener NONE = (task, done, total) -> {
    };

    /**
     * @param task  what is being computed, e.g. {@code "betweenness"}
     * @param done  units of work finished so far (0 ≤ done ≤ total)
     * @param total units of work in the task; {@code done == total} means the task is finished
     */
    void progress(String task, long done, long total);

    /** {@code total} of a task whose size is not known in advance (rows of a query, bytes of a file being written). */
    long UNKNOWN = -1;

    /**
     * Progress counted in {@code unit}s that mean something to the reader ("evidence rows", "persons",
     * "formats", "MB"); {@code total} may be {@link #UNKNOWN}, and such a task is finished by a call with
     * {@code done == total}. The default ignores the unit.
     */
    default void progress(String task, long done, long total, String unit) {
        progress(task, done, total);
    }
}
