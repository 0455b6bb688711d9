package org.crimegraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.crimegraph.app.query.NeighboursQuery;
import org.crimegraph.app.query.QueryScope;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crimegraph neighbours X}: who surrounds a person, within N hops, with the evidence of each link. */
@Command(name = "neighbours", aliases = "neighbors", mixinStandardHelpOptions = true,
        description = {"The persons within N hops of a person in the person network, each with how they are linked.",
                "X: " + PersonQueryCommand.REFERENCES})
final class NeighboursCommand extends SubgraphQueryCommand {

    @Parameters(index = "0", paramLabel = "X", description = "The person.")
    String reference;

    @Mixin
    HopsOption hops;

    @Option(names = "--kinds", split = ",", paramLabel = "KIND",
            description = "Only these evidence kinds: associate, call, transaction, shared_phone, shared_account, "
                    + "shared_vehicle, shared_address, route, meeting, crossing.")
    List<String> kinds;

    @Mixin
    EvidenceOption evidencePerLink;

    @Override
    int answer(GraphStore store, PrintWriter out, PrintWriter err) {
        NeighboursQuery.Request request = new NeighboursQuery.Request(reference, hops.steps(), kinds, subgraph.maxPersons);
        QueryScope scope = new QueryScope(store, release.filter(), region.code);
        NeighboursQuery.Result result = new NeighboursQuery(scope).run(request);
        String evidence = scope.filter().describe();
        NeighboursPrinter.print(result, hops.steps(), evidence, scope::report, evidencePerLink.or(EvidenceOption.PER_LINK),
                format.json(), out);
        out.flush();
        if (subgraph.graphml != null) {
            NeighboursPrinter.graphMl(result, subgraph.graphml);
        }
        audit(store, AuditEvent.of("neighbours").with(Map.of("person",
                result.person().personId(), "hops", hops.steps(), "scope", result.scope(), "found", result.neighbours().size()))
                .release(evidence));
        return ExitCodes.OK;
    }
}
