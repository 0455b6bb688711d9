package org.crimegraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.crimegraph.store.GraphStore;
import picocli.CommandLine;

/** Runs link-query commands in-process on one open store, as the CLI would after opening it. */
final class LinkQueryRunner {

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {
    }

    private final GraphStore store;
    private final Path auditLog;

    LinkQueryRunner(GraphStore store, Path auditLog) {
        this.store = store;
        this.auditLog = auditLog;
    }

    /** Parses {@code args} for the command and runs it on the shared store. */
    Run run(StoreQuery command, String... args) {
        String[] withAudit = new String[args.length + 2];
        System.arraycopy(args, 0, withAudit, 0, args.length);
        withAudit[args.length] = "--audit-log";
        withAudit[args.length + 1] = auditLog.toString();
        new CommandLine(command).parseArgs(withAudit);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = command.run(store, o, e);
        }
        return new Run(code, out.toString(), err.toString());
    }
}
