package org.crimegraph.cli;

import java.io.PrintWriter;
import org.crimegraph.app.query.FindQuery;
import org.crimegraph.app.query.QueryScope;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code crimegraph find REF}: which persons a reference (id, phone, IBAN, registration, name) may mean ({@link FindQuery}). */
@Command(name = "find", mixinStandardHelpOptions = true,
        description = {"Find persons by id, phone number (any format), IBAN, vehicle registration, or name/alias "
                + "(accents and case ignored). A prefix forces the kind: id:, phone:, iban:, vrm:, name:.",
                "Exit code 3 if nothing matches (as in every command that takes a person)."})
final class FindCommand extends SubgraphQueryCommand {

    @Parameters(index = "0", paramLabel = "REF", description = "What to look for.")
    String reference;

    @Override
    int answer(GraphStore store, PrintWriter out, PrintWriter err) {
        QueryScope scope = new QueryScope(store, release.reportsOnly("find"), region.code);
        FindQuery.Result result = new FindQuery(scope).run(new FindQuery.Request(reference));
        FindPrinter.print(result, format.json(), out);
        out.flush();
        audit(store, AuditEvent.of("find").with("reference", reference).with("found", result.ids())
                .release(result.evidence()));
        return result.persons().isEmpty() ? ExitCodes.NOT_FOUND : ExitCodes.OK;
    }
}
