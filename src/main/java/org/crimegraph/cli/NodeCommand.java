package org.crimegraph.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.crimegraph.analysis.BetweennessMethod;
import org.crimegraph.app.query.NodeQuery;
import org.crimegraph.app.query.UnresolvedReference;
import org.crimegraph.app.score.ScoreNetwork;
import org.crimegraph.graph.PathLength;
import org.crimegraph.scoring.NetworkScoringJob;
import org.crimegraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crimegraph node REF}: one person's profile in the person network — every measure with its
 * rank, target rank and reasons, articulation status, the strongest links with their evidence, the
 * person's identity and holdings with their reports — all under the release filter ({@link NodeQuery}).
 */
@Command(name = "node", mixinStandardHelpOptions = true,
        description = {"One person's profile: every score and its rank, structural role, the strongest links, "
                + "identity (names, aliases, date of birth, nationality) and holdings (phones, accounts, vehicles, "
                + "addresses), each with the reports behind it.",
                "REF: person id, phone, IBAN, registration or name (see 'find'). Exit code 3 if unknown, 6 if ambiguous."})
final class NodeCommand implements Callable<Integer>, StoreQuery {

    /** Output formats. */
    enum Format { table, json }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    AuditOptions auditOptions;

    @Mixin
    ReleaseOption release;

    @Mixin
    PathLengthOption pathLength;

    @Parameters(index = "0", paramLabel = "REF", description = "The person: id (e.g. P020), phone, IBAN, registration or name.")
    String personId;

    @Option(names = "--links", defaultValue = "10", paramLabel = "N",
            description = "How many of the strongest links to list (default: ${DEFAULT-VALUE}).")
    int links;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--default-region", defaultValue = "GB", paramLabel = "CC",
            description = "Region for phone numbers written without a country code (default: ${DEFAULT-VALUE}).")
    String defaultRegion;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the path measures (default: all cores).")
    Integer threads;

    @Override
    public Integer call() {
        try (GraphStore store = storeOptions.open()) {
            return run(store, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }

    @Override
    public int run(GraphStore store, PrintWriter out, PrintWriter err) {
        NodeQuery.Request request = new NodeQuery.Request(personId, release.filter(), defaultRegion, links);
        NodeQuery query = new NodeQuery(store, (filter, id) -> new ScoreNetwork(auditOptions.auditor(storeOptions)).run(store,
                new ScoreNetwork.Request(filter, threads, BetweennessMethod.EXACT, NetworkScoringJob.DEFAULT_SEED,
                        "node", Map.of("person", id), pathLength.or(PathLength.INVERSE_WEIGHT))));
        NodeQuery.Result result;
        try {
            result = query.run(request);
        } catch (UnresolvedReference unresolved) {
            return LinkExplanation.printCandidates(unresolved, out, err);
        }
        if (format == Format.json) {
            NodeJson.print(result, out);
        } else {
            NodeTable.print(result, out);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
