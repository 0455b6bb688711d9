package org.crimegraph.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.jline.reader.Parser;
import org.jline.reader.SyntaxError;
import org.jline.reader.impl.DefaultParser;

/**
 * The command lines of one {@code crimegraph shell}: each is split into words as a POSIX shell would (quotes,
 * backslash escapes, {@code #} comments), run by {@link ShellLine} on the shell's store, and its exit code kept.
 * Blank lines and comments are skipped, a leading {@code crimegraph} is dropped (examples paste as they are), and
 * {@code exit} or {@code quit} ends the session. The session's own exit code ({@link #status}) is that of the
 * last command that failed, 0 if none did; with {@code stopOnError} the session ends at the first failure.
 */
final class ShellSession {

    /** What one line did. */
    enum Outcome { RAN, SKIPPED, EXIT }

    private final ShellStore shell;
    private final Environment environment;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean stopOnError;
    private final boolean timing;
    private final DefaultParser parser = new DefaultParser();
    private int lineNumber;
    private int lastStatus;
    private int failure;
    private String lastCommand = "";

    ShellSession(ShellStore shell, Environment environment, PrintWriter out, PrintWriter err, boolean stopOnError,
                 boolean timing) {
        this.shell = shell;
        this.environment = environment;
        this.out = out;
        this.err = err;
        this.stopOnError = stopOnError;
        this.timing = timing;
        parser.setLineCommentDelims(new String[] {"#"});
        parser.setEofOnUnclosedQuote(true);
    }

    /** The parser the interactive reader uses too (same quoting and comments). */
    Parser parser() {
        return parser;
    }

    /** Runs every line of {@code lines} (a pipe or a script) and returns the session's exit code. */
    int runAll(BufferedReader lines) {
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                Outcome outcome = run(line);
                if (outcome == Outcome.EXIT || (outcome == Outcome.RAN && stopOnError && lastStatus != 0)) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shell's input: " + e.getMessage(), e);
        }
        return status();
    }

    /** Runs one line; says whether it ran a command, was skipped, or ended the session. */
    Outcome run(String line) {
        lineNumber++;
        List<String> words;
        try {
            words = parser.parse(line, line.length(), Parser.ParseContext.ACCEPT_LINE).words().stream()
                    .filter(w -> !w.isEmpty()).toList();
        } catch (SyntaxError e) {
            finished(ExitCodes.USAGE, "line " + lineNumber + ": " + e.getMessage());
            return Outcome.RAN;
        }
        if (!words.isEmpty() && words.get(0).equals("crimegraph")) {
            words = words.subList(1, words.size());
        }
        if (words.isEmpty()) {
            return Outcome.SKIPPED;
        }
        if (words.size() == 1 && ShellCompleter.BUILT_INS.contains(words.get(0))) {
            return Outcome.EXIT;
        }
        long start = System.nanoTime();
        int code = ShellLine.run(shell, environment, out, err, words.toArray(String[]::new));
        out.flush();
        lastCommand = words.get(0);
        if (timing) {
            err.printf(Locale.ROOT, "crimegraph shell: line %d: %s in %.0f ms%n", lineNumber, lastCommand,
                    (System.nanoTime() - start) / 1e6);
        }
        finished(code, code == 0 ? null : "line " + lineNumber + ": " + lastCommand + " ended with exit code " + code);
        return Outcome.RAN;
    }

    private void finished(int code, String message) {
        lastStatus = code;
        if (code != 0) {
            failure = code;
            err.println("crimegraph shell: " + message);
        }
        err.flush();
    }

    /** The exit code of the last command run. */
    int lastStatus() {
        return lastStatus;
    }

    /** The first word of the last command run ({@code ingest}, {@code node} …), "" before any. */
    String lastCommand() {
        return lastCommand;
    }

    /** The session's exit code: that of the last command that failed, 0 if none did. */
    int status() {
        return failure;
    }
}
