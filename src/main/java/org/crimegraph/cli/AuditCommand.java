package org.crimegraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.crimegraph.audit.AnchorCheck;
import org.crimegraph.audit.AuditLog;
import org.crimegraph.store.AuditAnchors;
import org.crimegraph.store.GraphStore;
import picocli.CommandLine.Option;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code crimegraph audit verify}: check that the audit log's hash chain is intact. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Audit log commands.",
        subcommands = AuditCommand.Verify.class)
final class AuditCommand extends CommandGroup {

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Check the hash chain of the store's own audit log (and of --audit-log), then every anchor "
                    + "the store holds: each anchored line must still be in its log with no line written for this store "
                    + "after it, the store's own log must be anchored once it holds a line written for this store, and "
                    + "every saved run's audit line must be there.",
                    "Exit 3 if a line was edited, removed or added behind the store's back."})
    static final class Verify extends CaseCommand {

        @Option(names = "--no-store", description = "Check the hash chain only, without the store's anchors "
                + "(then removing the last lines, or editing the last line, goes unnoticed).")
        boolean noStore;

        @Mixin
        QuietOption progress;

        @Override
        public Integer call() {
            PrintWriter out = out();
            PrintWriter err = err();
            AuditLog own = auditOptions.ownLog(storeOptions);
            Set<AuditLog> logs = new LinkedHashSet<>(List.of(own));
            if (auditOptions.chosenLog() != null) {
                logs.add(auditOptions.log(storeOptions));
            }
            for (AuditLog log : logs) {
                String problem = log.verify();
                if (problem != null) {
                    err.println("crimegraph: " + problem);
                    err.flush();
                    return ExitCodes.BAD_INPUT;
                }
                out.println(log.file() + (Files.exists(log.file()) ? ": chain intact" : ": no such log (nothing recorded)"));
            }
            AnchorCheck.Result anchored = anchorCheck(own);
            anchored.notes().forEach(note -> out.println("  " + note));
            out.flush();
            if (!anchored.ok()) {
                anchored.problems().forEach(p -> err.println("crimegraph: " + p));
                err.flush();
                return ExitCodes.BAD_INPUT;
            }
            return ExitCodes.OK;
        }

        /**
         * Cross-checks the logs with the anchors in the store: always for a server, and for an embedded
         * store if its folder exists (verify never creates a store).
         */
        private AnchorCheck.Result anchorCheck(AuditLog own) {
            Path folder = storeOptions.embeddedFolder();
            if (noStore || (folder != null && !Files.isDirectory(folder))) {
                return new AnchorCheck.Result(List.of(), List.of("no store checked: last line not cross-checked"));
            }
            org.crimegraph.analysis.Monitor monitor = progress.progressOnly();
            try (GraphStore store = storeOptions.open(monitor)) {
                return monitor.during("audit verify: anchors in the store",
                        () -> AnchorCheck.check(own, AnchorCheck.StoreRecords.of(new AuditAnchors(store))));
            }
        }
    }
}
