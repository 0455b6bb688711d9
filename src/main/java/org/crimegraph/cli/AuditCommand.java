package org.crimegraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.crimegraph.audit.AnchorCheck;
import org.crimegraph.audit.AuditLog;
import org.crimegraph.store.AuditAnchors;
import org.crimegraph.store.GraphStore;
import picocli.CommandLine.Option;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code crimegraph audit verify}: check that the audit log's hash chain is intact. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Audit log commands.",
        subcommands = AuditCommand.Verify.class)
final class AuditCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Check the audit log's hash chain, and that its newest line is the one the store recorded "
                    + "(so a removed or edited last line shows); exit 3 if a line was edited or removed.")
    static final class Verify implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        StoreOptions storeOptions;

        @Mixin
        AuditOptions auditOptions;

        @Option(names = "--no-store", description = "Check the hash chain only, without the store's anchor "
                + "(then removing the last lines, or editing the last line, goes unnoticed).")
        boolean noStore;

        @Override
        public Integer call() {
            var log = auditOptions.log(storeOptions);
            String problem = log.verify();
            if (problem != null) {
                spec.commandLine().getErr().println("crimegraph: " + problem);
                spec.commandLine().getErr().flush();
                return ExitCodes.BAD_INPUT;
            }
            spec.commandLine().getOut().println(log.file() + ": chain intact");
            AnchorCheck.Result anchored = anchorCheck(log);
            anchored.notes().forEach(note -> spec.commandLine().getOut().println("  " + note));
            spec.commandLine().getOut().flush();
            if (!anchored.ok()) {
                anchored.problems().forEach(p -> spec.commandLine().getErr().println("crimegraph: " + p));
                spec.commandLine().getErr().flush();
                return ExitCodes.BAD_INPUT;
            }
            return ExitCodes.OK;
        }

        /**
         * Cross-checks the log with the anchor in the store: always for a server, and for an embedded
         * store if its folder exists (verify never creates a store).
         */
        private AnchorCheck.Result anchorCheck(AuditLog log) {
            Path folder = storeOptions.embeddedFolder();
            if (noStore || (folder != null && !Files.isDirectory(folder))) {
                return new AnchorCheck.Result(List.of(), List.of("no store checked: last line not cross-checked"));
            }
            try (GraphStore store = storeOptions.open()) {
                return AnchorCheck.check(log, new AuditAnchors(store).find(log.key()));
            }
        }
    }
}
