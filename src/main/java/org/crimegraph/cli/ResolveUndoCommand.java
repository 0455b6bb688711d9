package org.crimegraph.cli;

import org.crimegraph.app.resolve.EntityResolution;
import picocli.CommandLine.Command;

/** {@code crimegraph resolve undo A B}. */
@Command(name = "undo", mixinStandardHelpOptions = true,
        description = "Undo the confirm or reject decision on a pair; the candidate is open again.")
final class ResolveUndoCommand extends ResolveDecision {
    @Override
    String decide(EntityResolution resolution, String a, String b, String analyst) {
        return resolution.undo(a, b, analyst);
    }
}
