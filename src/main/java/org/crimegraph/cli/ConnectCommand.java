package org.crimegraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.crimegraph.app.query.ConnectQuery;
import org.crimegraph.app.query.QueryScope;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crimegraph connect A B C …}: the network that connects a set of persons. */
@Command(name = "connect", mixinStandardHelpOptions = true,
        description = {"The connecting network of two or more persons: a Steiner-tree approximation (default) or the union of shortest paths.",
                "Each person: " + PersonQueryCommand.REFERENCES})
final class ConnectCommand extends SubgraphQueryCommand {

    @Parameters(arity = "2..*", paramLabel = "PERSON", description = "The persons to connect.")
    List<String> references;

    @Option(names = "--method", defaultValue = "steiner", paramLabel = "METHOD",
            description = "steiner (Kou-Markowsky-Berman tree, fewest extra persons) or union (a shortest path between every pair). Default: ${DEFAULT-VALUE}.")
    String method;

    @Mixin
    WeightedOption weighted;

    @Option(names = "--max-hops", defaultValue = "6", paramLabel = "N",
            description = "Read the person network within N hops of the first person (default: ${DEFAULT-VALUE}).")
    int maxHops;

    @Mixin
    EvidenceOption evidencePerLink;

    @Override
    int answer(GraphStore store, PrintWriter out, PrintWriter err) {
        ConnectQuery.Request request = new ConnectQuery.Request(references, method, weighted.weighted, maxHops, subgraph.maxPersons);
        QueryScope scope = new QueryScope(store, release.reportsOnly("connect"), region.code);
        ConnectQuery.Result result = new ConnectQuery(scope).run(request);
        String evidence = scope.filter().describe();
        ConnectPrinter.print(result, evidence, scope::report, evidencePerLink.or(EvidenceOption.PER_LINK), format.json(),
                out);
        out.flush();
        if (subgraph.graphml != null) {
            ConnectPrinter.graphMl(result, subgraph.graphml);
        }
        audit(store, AuditEvent.of("connect").with(Map.of("terminals", result.terminals(),
                "method", result.method().name(), "persons", List.copyOf(result.connection().persons())))
                .release(evidence));
        return ExitCodes.OK;
    }
}
