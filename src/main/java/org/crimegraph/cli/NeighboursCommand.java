package org.crimegraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.crimegraph.app.query.NeighboursQuery;
import org.crimegraph.app.query.QueryScope;
import org.crimegraph.app.query.UnresolvedReference;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crimegraph neighbours X}: who surrounds a person, within N hops, with the evidence of each link. */
@Command(name = "neighbours", aliases = "neighbors", mixinStandardHelpOptions = true,
        description = {"The persons within N hops of a person in the person network, each with how they are linked.",
                "X: person id, phone, IBAN, registration or name (see 'find'). Exit code 3 if unknown, 6 if ambiguous."})
final class NeighboursCommand implements Callable<Integer>, StoreQuery {

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

    @Parameters(index = "0", paramLabel = "X", description = "The person.")
    String reference;

    @Option(names = "--hops", defaultValue = "1", paramLabel = "N", description = "How far (default: ${DEFAULT-VALUE}).")
    int hops;

    @Option(names = "--kinds", split = ",", paramLabel = "KIND",
            description = "Only these evidence kinds: associate, call, transaction, shared_phone, shared_account, "
                    + "shared_vehicle, shared_address, route, meeting, crossing.")
    List<String> kinds;

    @Option(names = "--evidence", defaultValue = "3", paramLabel = "N", description = "Evidence lines shown per link (default: ${DEFAULT-VALUE}).")
    int evidencePerLink;

    @Override
    public Integer call() {
        try (GraphStore store = storeOptions.open()) {
            return run(store, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }

    @Override
    public int run(GraphStore store, PrintWriter out, PrintWriter err) {
        NeighboursQuery.Request request = new NeighboursQuery.Request(reference, hops, kinds, query.maxPersons);
        QueryScope scope = new QueryScope(store, release.filter(), query.defaultRegion);
        NeighboursQuery.Result result;
        try {
            result = new NeighboursQuery(scope).run(request);
        } catch (UnresolvedReference unresolved) {
            return LinkExplanation.printCandidates(unresolved, out, err);
        }
        String evidence = scope.filter().describe();
        if (query.format == QueryOptions.Format.json) {
            NeighboursPrinter.json(result, hops, evidence, scope::report, evidencePerLink, out);
        } else {
            NeighboursPrinter.table(result, hops, evidence, scope::report, evidencePerLink, out);
        }
        out.flush();
        if (query.graphml != null) {
            NeighboursPrinter.graphMl(result, query.graphml);
        }
        auditOptions.record(storeOptions, store, AuditEvent.of("neighbours").with(Map.of("person",
                result.person().personId(), "hops", hops, "scope", result.scope(), "found", result.neighbours().size()))
                .release(evidence));
        return ExitCodes.OK;
    }
}
