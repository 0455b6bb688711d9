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
    /**
     * Not found: a person reference (id, phone, IBAN, registration, name; see {@code find}) matches no person
     * under the release rule. The same code in every command that takes a person reference. It shares its
     * value with {@link #BAD_INPUT}: what was typed names nothing in the case.
     */
    public static final int NOT_FOUND = 3;
    /** The store cannot be used: server unreachable, bad credentials, or the store folder in use. */
    public static final int STORE_UNAVAILABLE = 4;
    /**
     * Busy: another scoring run holds the store's run lock, or (for {@code score --save} on an embedded
     * store) another process has the store folder open. Nothing was written; try again later.
     */
    public static final int BUSY = 5;
    /**
     * Ambiguous: a person reference matches more than one person; the candidates are listed on stdout
     * (id, name, aliases, how each matched). Nothing else was done; repeat with a person id.
     */
    public static final int AMBIGUOUS = 6;
    /**
     * Interrupted (Ctrl-C or SIGTERM, 128 + SIGINT as shells report it): the running computation was
     * cancelled, the run lock released, and no partial run left in the store.
     */
    public static final int INTERRUPTED = 130;

    /** The exit code for a person reference that fits no person or several. */
    static int of(org.crimegraph.app.query.UnresolvedReference unresolved) {
        return unresolved.ambiguous() ? AMBIGUOUS : NOT_FOUND;
    }

    private ExitCodes() {
    }

    /**
     * What a command that writes nothing until it has finished says when Ctrl-C cancels it: the line on
     * {@code err}, and {@link #INTERRUPTED}.
     */
    static int interrupted(java.io.PrintWriter err) {
        err.println("crimegraph: interrupted; nothing was written");
        err.flush();
        return INTERRUPTED;
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
        if (e instanceof org.crimegraph.app.query.UnresolvedReference unresolved) {
            return of(unresolved);
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
