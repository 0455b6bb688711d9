package org.crimegraph.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.crimegraph.app.query.CommonQuery;
import org.crimegraph.app.query.QueryScope;
import org.crimegraph.app.query.UnresolvedReference;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crimegraph common A B}: what two persons have in common — associates (persons linked to both in
 * the person network), and phones, accounts, vehicles, addresses, meetings and routes they share.
 */
@Command(name = "common", mixinStandardHelpOptions = true,
        description = {"What two persons share: common associates, phones, accounts, vehicles, addresses, meetings, routes.",
                "A and B: person id, phone, IBAN, registration or name (see 'find'). Exit code 3 if unknown, 6 if ambiguous."})
final class CommonCommand implements Callable<Integer>, StoreQuery {

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

    @Parameters(index = "0", paramLabel = "A")
    String first;

    @Parameters(index = "1", paramLabel = "B")
    String second;

    @Override
    public Integer call() {
        try (GraphStore store = storeOptions.open()) {
            return run(store, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }

    @Override
    public int run(GraphStore store, PrintWriter out, PrintWriter err) {
        QueryScope scope = new QueryScope(store, release.reportsOnly("common"), query.defaultRegion);
        CommonQuery.Result result;
        try {
            result = new CommonQuery(scope).run(new CommonQuery.Request(first, second));
        } catch (UnresolvedReference unresolved) {
            return LinkExplanation.printCandidates(unresolved, out, err);
        }
        String evidence = scope.filter().describe();
        if (query.format == QueryOptions.Format.json) {
            CommonPrinter.json(result, evidence, scope::report, out);
        } else {
            CommonPrinter.table(result, evidence, scope::report, out);
        }
        out.flush();
        if (query.graphml != null) {
            CommonPrinter.graphMl(result, query.graphml);
        }
        auditOptions.record(storeOptions, store, AuditEvent.of("common").with(Map.of("a", result.a().personId(),
                "b", result.b().personId(), "associates", result.associates().size(), "shared", result.shared().size()))
                .release(evidence));
        return ExitCodes.OK;
    }
}
