package org.crimegraph.cli;

import java.util.Locale;
import java.io.PrintWriter;
import org.crimegraph.app.query.UnresolvedReference;
import org.crimegraph.store.GraphStore;
import picocli.CommandLine.Mixin;

/**
 * What every command about persons named by reference shares ({@code find}, {@code node}, {@code path},
 * {@code neighbours}, {@code common}, {@code connect}): store, audit, release, format and region options; the
 * store opened once; and the one answer to a reference that fits no person or several: the candidates
 * listed and exit code 3 or 6 ({@link #printCandidates}).
 */
abstract class PersonQueryCommand extends StoreQueryCommand {

    /** What a person reference may be, and the exit codes when it fits no one or several: each command's help says it. */
    static final String REFERENCES = "person id, phone, IBAN, registration or name (see 'find'). Exit code 3 if one is "
            + "unknown, 6 if ambiguous.";

    @Mixin
    FormatOption format;

    @Mixin
    RegionOption region;

    @Override
    public int run(GraphStore store, PrintWriter out, PrintWriter err) {
        try {
            return answer(store, out, err);
        } catch (UnresolvedReference unresolved) {
            return printCandidates(unresolved, out, err);
        }
    }

    /** Runs the query and prints its answer; returns the exit code. */
    abstract int answer(GraphStore store, PrintWriter out, PrintWriter err);

    /** Prints the candidates of an unresolved reference and returns its exit code ({@link ExitCodes#of}). */
    static int printCandidates(UnresolvedReference unresolved, PrintWriter out, PrintWriter err) {
        err.println("crimegraph: " + unresolved.getMessage());
        if (unresolved.candidates().isEmpty()) {
            return ExitCodes.of(unresolved);
        }
        out.printf(Locale.ROOT, "Candidates for '%s':%n", unresolved.reference());
        FindPrinter.rows(unresolved.candidates(), out);
        out.flush();
        return ExitCodes.of(unresolved);
    }
}
