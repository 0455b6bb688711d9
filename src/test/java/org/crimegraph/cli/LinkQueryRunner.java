package org.crimegraph.cli;

import java.nio.file.Path;
import org.crimegraph.store.GraphStore;
import picocli.CommandLine;

/** Runs link-query commands in-process on one open store, as the CLI would after opening it. */
final class LinkQueryRunner {

    private final GraphStore store;
    private final Path auditLog;

    LinkQueryRunner(GraphStore store, Path auditLog) {
        this.store = store;
        this.auditLog = auditLog;
    }

    /** Parses {@code args} for the command and runs it on the shared store. */
    CliTest.Run run(StoreQuery command, String... args) {
        String[] withAudit = new String[args.length + 2];
        System.arraycopy(args, 0, withAudit, 0, args.length);
        withAudit[args.length] = "--audit-log";
        withAudit[args.length + 1] = auditLog.toString();
        new CommandLine(command).parseArgs(withAudit);
        return CliTest.capture((o, e) -> command.run(store, o, e));
    }
}
