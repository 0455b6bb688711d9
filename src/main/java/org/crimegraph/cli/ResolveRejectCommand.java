package org.crimegraph.cli;

import org.crimegraph.app.resolve.EntityResolution;
import picocli.CommandLine.Command;

/** {@code crimegraph resolve reject A B}. */
@Command(name = "reject", mixinStandardHelpOptions = true,
        description = "Record that two person records are different persons (not proposed again).")
final class ResolveRejectCommand extends ResolveDecision {
    @Override
    String decide(EntityResolution resolution, String a, String b, String analyst) {
        return resolution.reject(a, b, analyst);
    }
}
