package org.crimegraph.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crimegraph find REF}: which persons a reference (id, phone, IBAN, registration, name) may mean. */
@Command(name = "find", mixinStandardHelpOptions = true,
        description = {"Find persons by id, phone number (any format), IBAN, vehicle registration, or name/alias "
                + "(accents and case ignored). A prefix forces the kind: id:, phone:, iban:, vrm:, name:.",
                "Exit code 3 if nothing matches."})
final class FindCommand implements Callable<Integer>, StoreQuery {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    AuditOptions auditOptions;

    @Mixin
    ReleaseOption release;

    @Mixin
    QueryOptions query;

    @Parameters(index = "0", paramLabel = "REF", description = "What to look for.")
    String reference;

    @Override
    public Integer call() {
        try (GraphStore store = storeOptions.open()) {
            return run(store, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }

    @Override
    public int run(GraphStore store, PrintWriter out, PrintWriter err) {
        QueryContext context = new QueryContext(store, release.reportsOnly("find"), query.defaultRegion);
        List<EntityResolver.Candidate> candidates = context.resolver.candidates(reference);
        if (query.format == QueryOptions.Format.json) {
            ObjectNode root = LinkReport.JSON.createObjectNode();
            root.put("reference", reference);
            root.put("evidence", context.filter.describe());
            ArrayNode array = root.putArray("persons");
            for (EntityResolver.Candidate c : candidates) {
                ObjectNode node = array.addObject();
                node.put("id", c.person().personId());
                node.put("name", c.person().name());
                ArrayNode aliases = node.putArray("aliases");
                c.person().aliases().forEach(aliases::add);
                node.put("matchedBy", c.matchedBy());
            }
            LinkReport.printJson(root, out);
        } else if (candidates.isEmpty()) {
            out.printf(Locale.ROOT, "No person matches '%s' (%s).%n", reference, context.filter.describe());
        } else {
            out.printf(Locale.ROOT, "%d person(s) match '%s':%n", candidates.size(), reference);
            out.printf(Locale.ROOT, "  %-8s %-26s %-24s %s%n", "id", "name", "aliases", "matched by");
            for (EntityResolver.Candidate c : candidates) {
                out.printf(Locale.ROOT, "  %-8s %-26s %-24s %s%n", c.person().personId(),
                        org.crimegraph.text.SafeText.clip(c.person().displayName(), 26),
                        org.crimegraph.text.SafeText.clip(String.join(", ", c.person().aliases()), 24), c.matchedBy());
            }
        }
        out.flush();
        auditOptions.record(storeOptions, store, AuditEvent.of("find").with("reference", reference)
                .with("found", candidates.stream().map(c -> c.person().personId()).toList())
                .release(context.filter.describe()));
        return candidates.isEmpty() ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }
}
