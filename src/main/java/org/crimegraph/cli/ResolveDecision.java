package org.crimegraph.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.crimegraph.app.resolve.EntityResolution;
import org.crimegraph.ingest.PersonResolution;
import org.crimegraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * A {@code resolve} decision on one pair: {@code confirm}, {@code reject} and {@code undo} are the same
 * command but for the {@link Decision} each calls (and its name, the audit action).
 */
abstract class ResolveDecision extends ResolveSubcommand {

    /** One of {@link EntityResolution}'s decisions on a pair; returns its result word, or null when there was nothing to decide. */
    @FunctionalInterface
    interface Decision {
        String decide(EntityResolution resolution, String a, String b, String analyst);
    }

    /** {@code crimegraph resolve confirm A B}. */
    @Command(name = "confirm", mixinStandardHelpOptions = true,
            description = "Record that two person records are one person (the projection then shows one node).")
    static final class Confirm extends ResolveDecision {
        Confirm() {
            super(EntityResolution::confirm);
        }
    }

    /** {@code crimegraph resolve reject A B}. */
    @Command(name = "reject", mixinStandardHelpOptions = true,
            description = "Record that two person records are different persons (not proposed again).")
    static final class Reject extends ResolveDecision {
        Reject() {
            super(EntityResolution::reject);
        }
    }

    /** {@code crimegraph resolve undo A B}. */
    @Command(name = "undo", mixinStandardHelpOptions = true,
            description = "Undo the confirm or reject decision on a pair; the candidate is open again.")
    static final class Undo extends ResolveDecision {
        Undo() {
            super(EntityResolution::undo);
        }
    }

    private final Decision decision;

    ResolveDecision(Decision decision) {
        this.decision = decision;
    }

    @Parameters(index = "0", paramLabel = "A", description = "A person id.")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "The other person id.")
    String b;

    String action() {
        return spec.name();
    }

    @Override
    public Integer call() {
        PersonResolution.ordered(a, b); // same id twice is a usage error
        try (GraphStore store = storeOptions.open()) {
            String done = decision.decide(new EntityResolution(store), a, b, auditOptions.analyst());
            if (done == null) {
                err().printf("crimegraph: %s %s %s: nothing to %s%n", action(), a, b,
                        action().equals("undo") ? "undo (no confirmed or rejected decision on this pair)"
                                : action() + " (unknown person id)");
                err().flush();
                return ExitCodes.BAD_INPUT;
            }
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("a", a);
            parameters.put("b", b);
            parameters.put("result", done);
            parameters.put("store", store.target().describe());
            audit(store, "resolve " + action(), parameters);
            out().printf("%s: %s %s (by %s)%n", done, a, b, auditOptions.analyst());
            out().flush();
        }
        return ExitCodes.OK;
    }
}
