package org.crimegraph.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.crimegraph.analysis.Termination;
import org.crimegraph.store.ShutdownBarrier;

/**
 * Ctrl-C for a long computation: while open, a shutdown hook turns SIGINT (and SIGTERM, e.g.
 * {@code kill} or {@link Process#destroy()}: the JVM runs shutdown hooks for both) into a cancelled
 * {@link Termination}, then waits up to {@value #WAIT_SECONDS} s for the command to unwind (release the
 * run lock, remove a half-written run, close the store) and ends the process with
 * {@link ExitCodes#INTERRUPTED}. Closing it (at the end of the command) lets the waiting hook go.
 */
final class CtrlC implements AutoCloseable {

    /** How long the hook waits for the command to unwind before ending the process anyway. */
    static final int WAIT_SECONDS = 20;

    /** The computations with Ctrl-C open in this process, for the shell's own Ctrl-C ({@link #cancelOpen}). */
    private static final java.util.Set<CtrlC> OPEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final Termination termination = Termination.create();
    private final CountDownLatch unwound = new CountDownLatch(1);
    private final Thread hook;
    private CtrlC() {
        this.hook = new Thread(this::interrupted, "crimegraph-ctrl-c");
        ShutdownBarrier.hold(unwound);
        Runtime.getRuntime().addShutdownHook(hook);
        OPEN.add(this);
    }

    /**
     * Cancels every computation with Ctrl-C open in this process, as SIGINT would but without ending the
     * process: {@code crimegraph shell} calls it on Ctrl-C, and the command returns {@link ExitCodes#INTERRUPTED}.
     *
     * @return true if a computation was running
     */
    static boolean cancelOpen() {
        OPEN.forEach(open -> open.termination.cancel());
        return !OPEN.isEmpty();
    }

    /** Installs the hook; close it when the command is done. */
    static CtrlC install() {
        return new CtrlC();
    }

    /** The token the hook cancels. */
    Termination termination() {
        return termination;
    }

    private void interrupted() {
        if (unwound.getCount() == 0) {
            return; // the command had finished: an ordinary exit
        }
        termination.cancel();
        try {
            unwound.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Runtime.getRuntime().halt(ExitCodes.INTERRUPTED);
    }

    @Override
    public void close() {
        OPEN.remove(this);
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it waits for the latch below
        }
        unwound.countDown();
        ShutdownBarrier.release(unwound);
    }
}
