package org.crimegraph.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.crimegraph.app.query.CommonQuery;
import org.crimegraph.app.query.QueryScope;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code crimegraph common A B}: what two persons have in common — associates (persons linked to both in
 * the person network), and phones, accounts, vehicles, addresses, meetings and routes they share.
 */
@Command(name = "common", mixinStandardHelpOptions = true,
        description = {"What two persons share: common associates, phones, accounts, vehicles, addresses, meetings, routes.",
                "A and B: " + PersonQueryCommand.REFERENCES})
final class CommonCommand extends SubgraphQueryCommand {

    @Mixin
    PersonPairParameters persons;

    @Override
    int answer(GraphStore store, PrintWriter out, PrintWriter err) {
        QueryScope scope = new QueryScope(store, release.reportsOnly("common"), region.code);
        CommonQuery.Result result = new CommonQuery(scope).run(new CommonQuery.Request(persons.a, persons.b));
        String evidence = scope.filter().describe();
        CommonPrinter.print(result, evidence, scope::report, format.json(), out);
        out.flush();
        if (subgraph.graphml != null) {
            CommonPrinter.graphMl(result, subgraph.graphml);
        }
        audit(store, AuditEvent.of("common").with(Map.of("a", result.a().personId(),
                "b", result.b().personId(), "associates", result.associates().size(), "shared", result.shared().size()))
                .release(evidence));
        return ExitCodes.OK;
    }
}
