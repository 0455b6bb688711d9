package org.crimegraph.cli;

import org.crimegraph.app.resolve.EntityResolution;
import picocli.CommandLine.Command;

/** {@code crimegraph resolve confirm A B}. */
@Command(name = "confirm", mixinStandardHelpOptions = true,
        description = "Record that two person records are one person (the projection then shows one node).")
final class ResolveConfirmCommand extends ResolveDecision {
    @Override
    String decide(EntityResolution resolution, String a, String b, String analyst) {
        return resolution.confirm(a, b, analyst);
    }
}
