package org.crimegraph.cli;

import java.util.concurrent.Callable;
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
            description = "Check the audit log's hash chain; exit 3 if a line was edited or removed.")
    static final class Verify implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        StoreOptions storeOptions;

        @Mixin
        AuditOptions auditOptions;

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
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }
}
