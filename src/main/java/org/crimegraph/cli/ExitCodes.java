package org.crimegraph.cli;

/**
 * The documented process exit codes (README, "Exit codes"). Schedulers rely on them: keep them stable.
 */
public final class ExitCodes {

    /** Success. */
    public static final int OK = 0;
    /** An unexpected internal error (a bug): the message and a stack trace go to stderr. */
    public static final int SOFTWARE = 1;
    /** Wrong command-line usage (picocli's default). */
    public static final int USAGE = 2;
    /** Bad input data: an unreadable input file, an unknown header, or more rejected rows than allowed. */
    public static final int BAD_INPUT = 3;
    /** The store cannot be used: server unreachable, bad credentials, or the store folder in use. */
    public static final int STORE_UNAVAILABLE = 4;
    /**
     * Busy: another scoring run holds the store's run lock, or (for {@code score --save} on an embedded
     * store) another process has the store folder open. Nothing was written; try again later.
     */
    public static final int BUSY = 5;
    /**
     * Interrupted (Ctrl-C or SIGTERM, 128 + SIGINT as shells report it): the running computation was
     * cancelled, the run lock released, and no partial run left in the store.
     */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {
    }

    /** The exit code of a command that failed with {@code e}. */
    static int of(Throwable e) {
        if (e instanceof org.crimegraph.analysis.ComputationCancelledException) {
            return INTERRUPTED;
        }
        if (e instanceof org.crimegraph.store.RunLockedException) {
            return BUSY;
        }
        if (e instanceof org.crimegraph.store.StoreUnavailableException) {
            return STORE_UNAVAILABLE;
        }
        if (e instanceof org.crimegraph.ingest.InputFileException) {
            return BAD_INPUT;
        }
        if (e instanceof picocli.CommandLine.ParameterException || e instanceof IllegalArgumentException) {
            return USAGE;
        }
        return SOFTWARE;
    }
}
