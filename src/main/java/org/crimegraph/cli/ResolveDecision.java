package org.crimegraph.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.crimegraph.app.resolve.EntityResolution;
import org.crimegraph.ingest.PersonResolution;
import org.crimegraph.store.GraphStore;
import picocli.CommandLine.Parameters;

/** A {@code resolve} decision on one pair ({@code confirm}, {@code reject}, {@code undo}). */
abstract class ResolveDecision extends ResolveSubcommand {
    @Parameters(index = "0", paramLabel = "A", description = "A person id.")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "The other person id.")
    String b;

    /** The decision's result word, or null when there was nothing to decide. */
    abstract String decide(EntityResolution resolution, String a, String b, String analyst);

    String action() {
        return spec.name();
    }

    @Override
    public Integer call() {
        PersonResolution.ordered(a, b); // same id twice is a usage error
        try (GraphStore store = storeOptions.open()) {
            String done = decide(new EntityResolution(store), a, b, auditOptions.analyst());
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
