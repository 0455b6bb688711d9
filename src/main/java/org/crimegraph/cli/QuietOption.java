package org.crimegraph.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import org.crimegraph.analysis.Monitor;
import picocli.CommandLine.Option;

/**
 * {@code -q/--quiet} for commands that do long work: progress goes to stderr (a bar on a terminal, a line
 * every few seconds otherwise), or nowhere with {@code --quiet} (for cron); results are printed either way.
 */
public final class QuietOption {

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr (for cron); results are still printed.")
    boolean quiet;

    /** True with {@code --quiet}. */
    public boolean quiet() {
        return quiet;
    }

    /** The monitor for a long computation: this progress and Ctrl-C's cancellation. */
    Monitor monitor(CtrlC ctrlC) {
        return new Monitor(TerminalProgress.onStderr(quiet), ctrlC.termination());
    }

    /** The monitor for long work that Ctrl-C does not stop midway (it writes as it goes): progress only. */
    Monitor progressOnly() {
        return new Monitor(TerminalProgress.onStderr(quiet), org.crimegraph.analysis.Termination.NONE);
    }

    /** Where progress text goes: stderr, or nowhere with {@code --quiet}. */
    PrintStream stream() {
        return quiet ? new PrintStream(OutputStream.nullOutputStream()) : System.err;
    }
}
